/// The files `src/environment.md` is read from, recognised by name anywhere in the tree.
enum ManifestKind {
    case requirements, pyproject, setupConfig, conda, pipfile, dockerfile, swiftPackage, cargo, goModule, npmPackage

    /// What a reader says when none is found.
    static let lookedFor =
        "requirements*.txt, pyproject.toml, setup.cfg, environment.yml, Pipfile, Dockerfile, Package.swift, Cargo.toml, go.mod, package.json"

    init?(path: String) {
        let name = RepositoryText.name(of: path)
        switch name {
        case "pyproject.toml": self = .pyproject
        case "setup.cfg": self = .setupConfig
        case "environment.yml", "environment.yaml": self = .conda
        case "Pipfile": self = .pipfile
        case "Package.swift": self = .swiftPackage
        case "Cargo.toml": self = .cargo
        case "go.mod": self = .goModule
        case "package.json": self = .npmPackage
        default:
            if name.hasPrefix("requirements") && name.hasSuffix(".txt") {
                self = .requirements
            } else if name == "Dockerfile" || name.hasPrefix("Dockerfile.") || name.hasSuffix(".Dockerfile")
                || name.hasSuffix(".dockerfile")
            {
                self = .dockerfile
            } else {
                return nil
            }
        }
    }

    func read(_ file: RepositoryText) -> EnvironmentEntries {
        switch self {
        case .requirements: PythonManifestReader.requirements(file)
        case .pyproject: PythonManifestReader.pyproject(file)
        case .setupConfig: PythonManifestReader.setupConfig(file)
        case .conda: PythonManifestReader.condaEnvironment(file)
        case .pipfile: PythonManifestReader.pipfile(file)
        case .dockerfile: DockerfileReader.read(file)
        case .swiftPackage: ToolchainManifestReader.swiftPackage(file)
        case .cargo: ToolchainManifestReader.cargo(file)
        case .goModule: ToolchainManifestReader.goModule(file)
        case .npmPackage: ToolchainManifestReader.npmPackage(file)
        }
    }
}
