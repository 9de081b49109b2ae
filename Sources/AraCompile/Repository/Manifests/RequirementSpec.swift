/// A requirement split into the package it names and its version spec, both
/// verbatim: pip's `numpy>=1.24`, conda's `python=3.10` or `numpy 1.24.*`,
/// `pkg @ https://…`, or a bare URL.
struct RequirementSpec: Equatable {
    var name: String
    var spec: String?

    init?(_ text: String) {
        let text = RepositoryLexing.trim(text)
        if let scheme = text.range(of: "://"), !text[..<scheme.lowerBound].contains(where: { $0.isWhitespace }) {
            self.init(url: text)
            return
        }
        var name = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first.isLetter || first.isNumber || "._-".contains(first) {
                name.append(first)
                rest = rest.dropFirst()
            } else if rest.hasPrefix("::") && !name.isEmpty {
                // A conda channel prefix (`conda-forge::numpy`) is part of the name as written.
                name += "::"
                rest = rest.dropFirst(2)
            } else {
                break
            }
        }
        guard let initial = name.first, initial.isLetter || initial.isNumber else { return nil }
        if rest.first == "[", let close = rest.firstIndex(of: "]") {
            name += rest[...close]
            rest = rest[rest.index(after: close)...]
        }
        // Environment markers and pip options (`--hash=…`) are not the version.
        if let marker = rest.firstIndex(of: ";") { rest = rest[..<marker] }
        if let option = rest.range(of: " --") { rest = rest[..<option.lowerBound] }
        let spec = RepositoryLexing.trim(rest)
        self.init(name: name, spec: spec.isEmpty ? nil : spec)
    }

    private init(name: String, spec: String?) {
        self.name = name
        self.spec = spec
    }

    /// A direct URL (`git+https://host/x/y.git@v1.0#egg=y`): the URL names the
    /// package; a `@ref` after its last `/` is its version.
    private init(url: String) {
        var name = url
        if let fragment = name.firstIndex(of: "#") { name = String(name[..<fragment]) }
        let lastSlash = name.lastIndex(of: "/") ?? name.startIndex
        guard let at = name[lastSlash...].lastIndex(of: "@") else {
            self.init(name: name, spec: nil)
            return
        }
        self.init(name: String(name[..<at]), spec: String(name[at...]))
    }
}
