/// The parameters read from one configuration file, and what was not read.
struct ParameterScan {
    /// Parameters written per file, so a data file cannot flood the bundle.
    static let maxParameters = 500

    var parameters: [ScannedParameter] = []
    /// Sentences about values that were skipped or a parse that stopped.
    var notes: [String] = []
    /// Set when the cap was reached with more values left.
    private(set) var capped = false

    /// Adds a parameter; `false` once the cap is reached, so the scanner stops.
    /// A document that is a bare scalar has no name to give, and is skipped.
    mutating func add(_ path: ParameterPath, _ value: String, line: Int) -> Bool {
        guard !path.components.isEmpty else { return true }
        guard parameters.count < Self.maxParameters else {
            capped = true
            return false
        }
        parameters.append(ScannedParameter(name: path.name, value: value, line: line))
        return true
    }
}
