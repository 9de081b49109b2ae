import AraCore

/// `trace/git_capture.yaml`: the refs a capture has read, so the next one
/// walks only newer commits. Only an optimisation: without it the whole
/// history is read again and nothing is added twice (SPEC.md §10.6).
struct CaptureState: Equatable {
    static let path = "trace/git_capture.yaml"
    static let header = [
        "# arakit capture: the git refs read so far; the next capture walks only newer commits.",
        "# Deleting this file is safe: the whole history is read again and nothing is added twice.",
    ]

    /// Full ref name → commit id.
    var refs: [(name: String, commit: String)]

    static func == (lhs: CaptureState, rhs: CaptureState) -> Bool {
        lhs.refs.map(\.name) == rhs.refs.map(\.name) && lhs.refs.map(\.commit) == rhs.refs.map(\.commit)
    }

    static func load(_ texts: inout BundleTexts) throws(CaptureError) -> CaptureState {
        guard let text = try texts.text(path) else { return CaptureState(refs: []) }
        let entries = YAMLFile.parse(text, path: path).file.root?["refs"]?.mapping ?? []
        return CaptureState(refs: entries.compactMap { entry in entry.value.scalarText.map { (entry.key, $0) } })
    }

    var text: String {
        get throws(CaptureError) {
            let map = YAMLNode(.mapping(refs.map { YAMLEntry(key: $0.name, value: YAMLNode(.string($0.commit))) }))
            let file = YAMLFile(
                path: Self.path, headerComment: Self.header,
                root: YAMLNode(.mapping([YAMLEntry(key: "refs", value: map)])))
            return try BundleTexts.render(file)
        }
    }
}
