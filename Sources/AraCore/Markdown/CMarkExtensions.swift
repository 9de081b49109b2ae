import CCMarkGFM

/// cmark-gfm's extensions, registered once per process.
///
/// Debian's cmark-gfm (0.29.0.gfm.6) registers its core extensions behind a
/// plain flag with no lock. Two threads parsing their first document at once
/// could both register, and the second registration renumbers the table node
/// type while the first thread is still building its tree: that thread's
/// tables came back as unknown nodes, and a claim lost its cells (a CI run
/// saw it once). Swift runs a static initialiser exactly once, whatever the
/// threads, so every parser goes through here.
public enum CMarkExtensions {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Attaches the named syntax extensions (`table`, `strikethrough`, …) to
    /// a new parser, registering them first if no thread has yet.
    public static func attach(_ names: [String], to parser: OpaquePointer) {
        guard registered else { return }
        for name in names {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
    }
}
