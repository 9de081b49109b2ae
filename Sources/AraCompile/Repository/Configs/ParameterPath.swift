/// A dotted key path with list indices, built while scanning.
struct ParameterPath: Hashable {
    enum Component: Hashable {
        case key(String)
        case index(Int)
    }

    var components: [Component] = []

    func appending(_ component: Component) -> ParameterPath {
        ParameterPath(components: components + [component])
    }

    /// Keys joined by `.`, indices as `[0]`.
    var name: String {
        var name = ""
        for component in components {
            switch component {
            case .key(let key): name += name.isEmpty ? key : "." + key
            case .index(let index): name += "[\(index)]"
            }
        }
        return name
    }
}
