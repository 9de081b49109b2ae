/// The configuration formats `src/configs/` is read from. Dependency
/// manifests, lock files and tool settings are not configurations.
enum ConfigFormat {
    case yaml, json, toml

    private static let excludedNames: Set<String> = [
        "package.json", "package-lock.json", "environment.yml", "environment.yaml", "pyproject.toml", "Cargo.toml",
        "Pipfile", "tsconfig.json", "jsconfig.json", "pnpm-lock.yaml", "composer.json", "composer.lock",
    ]

    init?(path: String) {
        let name = RepositoryText.name(of: path)
        let lowered = name.lowercased()
        let stem = lowered.split(separator: ".").dropLast().joined(separator: ".")
        let isLock = stem == "lock" || [".lock", "-lock", "_lock"].contains { stem.hasSuffix($0) }
        // `.github/` and other hidden folders are never walked, so only names are checked here.
        guard !Self.excludedNames.contains(name), !isLock, !lowered.hasPrefix("tsconfig.") else { return nil }
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            self = .yaml
        } else if lowered.hasSuffix(".json") {
            self = .json
        } else if lowered.hasSuffix(".toml") {
            self = .toml
        } else {
            return nil
        }
    }

    func scan(_ file: RepositoryText) -> ParameterScan {
        switch self {
        case .yaml: YAMLParameterScanner.scan(file)
        case .json: JSONParameterScanner.scan(file)
        case .toml: TOMLParameterScanner.scan(file)
        }
    }
}
