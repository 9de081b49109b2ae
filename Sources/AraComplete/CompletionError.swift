import AraCore
import AraReview

/// Why a completion could not even be tried. A write that review refuses is
/// not an error: it is a ``CompletionResult`` with status `refused`.
public enum CompletionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bundle could not be read, reviewed, locked or written.
    case bundle(String)
    /// No object of the bundle answers to the target as written.
    case targetNotFound(String)
    /// More than one evidence file answers to `Figure N` / `Table N`.
    case ambiguousTarget(String, candidates: [String])
    /// The field is not one completion writes for this kind of object.
    case fieldNotAllowed(field: String, target: String, allowed: [String])
    /// The field holds text that is not pending, and replacing it was not asked for.
    case alreadyFilled(field: String, target: String, location: SourceLocation)
    /// The value or the block file cannot be written as asked.
    case invalidInput(String)
    /// A path names something outside the bundle.
    case outsideBundle(String)

    public var description: String {
        switch self {
        case .bundle(let message): message
        case .targetNotFound(let target):
            "no object '\(target)' in the bundle (use an id such as C03, E02, H01 or RW04, "
                + "`Figure 2`, or an evidence file's path; `arakit pending` lists what is open)"
        case .ambiguousTarget(let target, let candidates):
            "'\(target)' names \(candidates.count) files (\(candidates.joined(separator: ", "))); pass one path"
        case .fieldNotAllowed(let field, let target, let allowed):
            allowed.isEmpty
                ? "\(target) has no field completion writes ('\(field)' was asked)"
                : "\(target) has no field '\(field)' that completion writes; use one of \(allowed.joined(separator: ", "))"
        case .alreadyFilled(let field, let target, let location):
            "\(location): \(target) \(field) already holds text that is not pending; pass --replace to overwrite it"
        case .invalidInput(let message): message
        case .outsideBundle(let path):
            "'\(path)' points outside the bundle; completion never reads or writes there"
        }
    }

    static func from(_ error: ReviewError) -> CompletionError { .bundle(error.description) }
    static func from(_ error: AraError) -> CompletionError {
        if case .pathOutsideBundle(let path) = error { return .outsideBundle(path) }
        return .bundle(error.description)
    }
}
