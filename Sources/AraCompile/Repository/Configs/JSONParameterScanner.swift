/// Parameters of a JSON file: every scalar, named by its key path, with its
/// text and line as written.
enum JSONParameterScanner {
    static func scan(_ file: RepositoryText) -> ParameterScan {
        var scan = ParameterScan()
        do throws(LocatedJSONParser.Failure) {
            let json = try LocatedJSONParser.parse(file.lines.joined(separator: "\n"))
            _ = collect(json, at: ParameterPath(), into: &scan)
        } catch {
            scan.notes.append(
                "\(file.location(error.line - 1)) could not be parsed (\(error.message)); no parameters read")
        }
        return scan
    }

    /// `false` once the parameter cap stops the walk.
    private static func collect(_ value: LocatedJSON, at path: ParameterPath, into scan: inout ParameterScan) -> Bool {
        switch value {
        case .scalar(let text, let line):
            return scan.add(path, text, line: line)
        case .object(let members, _):
            for member in members where !collect(member.value, at: path.appending(.key(member.key)), into: &scan) {
                return false
            }
        case .array(let elements, _):
            for (index, element) in elements.enumerated()
            where !collect(element, at: path.appending(.index(index)), into: &scan) {
                return false
            }
        }
        return true
    }
}
