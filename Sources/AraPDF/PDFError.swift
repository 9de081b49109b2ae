/// A PDF could not be opened or read. Carries the file and, when it applies,
/// the page, so the user knows what failed and where.
public struct PDFError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why the file cannot be used.
    public enum Kind: String, Sendable, Equatable {
        /// The file does not exist or cannot be read.
        case unreadable
        /// The bytes are not a PDF (no `%PDF-` header).
        case notPDF
        /// The PDF is password-protected.
        case encrypted
        /// poppler could not parse the file (truncated or damaged).
        case damaged
        /// Rendering a region failed (cairo reported an error).
        case render
    }

    /// What went wrong, for callers that react differently (an encrypted file).
    public var kind: Kind
    /// The PDF's path as the user gave it.
    public var path: String
    /// 1-based page number, when the failure belongs to one page.
    public var page: Int?
    /// What failed and how to mend it, in a sentence.
    public var message: String

    public init(_ kind: Kind, path: String, page: Int? = nil, message: String) {
        self.kind = kind
        self.path = path
        self.page = page
        self.message = message
    }

    public var description: String {
        let place = page.map { "\(path): page \($0)" } ?? path
        return "\(place): \(message)"
    }
}
