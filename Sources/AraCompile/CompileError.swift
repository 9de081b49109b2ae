import AraPDF

/// Why `arakit compile` stopped. Nothing is left half-written when it does.
public enum CompileError: Error, Sendable, CustomStringConvertible {
    /// The PDF cannot be used.
    case pdf(PDFError)
    /// `--out` already holds files and `--force` was not given, is a file, or
    /// is (or holds) the PDF, the repository or the current folder.
    case output(path: String, reason: String)
    /// `--repo` cannot be read.
    case repository(RepositoryScanError)
    /// The bundle could not be written or its history captured.
    case write(String)
    /// A signal stopped the compile; what it had written was removed.
    case stopped(signal: Int32)

    public var description: String {
        switch self {
        case .pdf(let error): error.description
        case .output(let path, let reason): "\(path): \(reason)"
        case .repository(let error): error.description
        case .write(let message): message
        case .stopped(let signal): "stopped by signal \(signal); nothing was written"
        }
    }
}
