/// Which rule codes run: ruff's selector semantics.
///
/// A selector is a code (`CL001`), a code prefix (`CL`, `EV01`), a rule name
/// (`claim-missing-field`) or `ALL`. A code runs when some `select` selector
/// matches it and no `ignore` selector at least as specific does.
public struct RuleSelection: Hashable, Sendable {
    public var select: [String]
    public var ignore: [String]

    public init(select: [String] = ["ALL"], ignore: [String] = []) {
        self.select = select
        self.ignore = ignore
    }

    public func isEnabled(_ code: String) -> Bool {
        let selected = Self.specificity(of: code, among: select)
        guard selected >= 0 else { return false }
        return Self.specificity(of: code, among: ignore) < selected
    }

    /// The length of the most specific selector matching `code` (`ALL` is 0), or -1.
    static func specificity(of code: String, among selectors: [String]) -> Int {
        var best = -1
        let name = RuleRegistry.description(of: code)?.name
        for selector in selectors {
            let upper = selector.uppercased()
            if upper == "ALL" {
                best = max(best, 0)
            } else if code.hasPrefix(upper) {
                best = max(best, upper.count)
            } else if selector.lowercased() == name {
                best = max(best, code.count)
            }
        }
        return best
    }

    /// Selectors as given on the command line, each value comma-separated:
    /// `["CL,EV", " XL011"]` → `["CL", "EV", "XL011"]`.
    public static func selectors(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Selectors that match no code at all (typos), for an error message.
    public static func unknown(_ selectors: [String]) -> [String] {
        selectors.filter { selector in
            let upper = selector.uppercased()
            return upper != "ALL"
                && !RuleRegistry.descriptions.contains { $0.code.hasPrefix(upper) || $0.name == selector.lowercased() }
        }
    }
}
