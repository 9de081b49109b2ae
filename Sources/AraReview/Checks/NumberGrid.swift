import AraCore

/// The numbers of one evidence file's tables, indexed once for the two
/// questions EV011 asks of every claim value (SPEC.md §9.5). Scanning the
/// cells anew for each claim made a bundle of many claims over one large
/// table quadratic.
struct NumberGrid {
    /// Canonical text of every number in a cell.
    private var canonicals: Set<String> = []
    /// Every number in a cell, by value: the cells that round to a value.
    private var exact: [(value: Double, decimals: Int)] = []
    /// `|a − b|` for every two numbers of one row, or of one column of under
    /// 200 numbers (a number with itself included), sorted.
    private var differences: [Double] = []

    /// Pairs per row or column are bounded as the check has always bounded them.
    static let maximumLine = 200

    init(tables: [GFMTable]) {
        for table in tables {
            let grid = table.rows.map { $0.flatMap(NumberText.numbers(in:)) }
            for row in grid {
                for token in row {
                    canonicals.insert(token.canonical)
                    if let value = token.value { exact.append((value, token.decimals)) }
                }
                addDifferences(row.compactMap(\.value))
            }
            let width = grid.map(\.count).max() ?? 0
            for column in 0..<width {
                addDifferences(grid.compactMap { $0.indices.contains(column) ? $0[column].value : nil })
            }
        }
        exact.sort { $0.value < $1.value }
        differences.sort()
    }

    private mutating func addDifferences(_ values: [Double]) {
        guard values.count < Self.maximumLine else { return }
        for a in values { for b in values { differences.append(abs(a - b)) } }
    }

    /// A cell says the value: the same number, or one with more decimals that rounds to it.
    func says(_ value: NumberToken) -> Bool {
        if canonicals.contains(value.canonical) { return true }
        guard let wanted = value.value else { return false }
        let tolerance = 0.5 * NumberText.pow10(-value.decimals) * (1 + 1e-9)
        var index = Self.firstIndex(in: exact.count, notBelow: wanted - tolerance) { exact[$0].value }
        while index < exact.count, exact[index].value <= wanted + tolerance {
            if exact[index].decimals > value.decimals { return true }
            index += 1
        }
        return false
    }

    /// Two numbers of one row or column differ by the value, at its precision.
    func hasDifference(_ value: NumberToken) -> Bool {
        guard let target = value.value.map(abs) else { return false }
        let tolerance = 0.5 * NumberText.pow10(-value.decimals) + 1e-9
        let index = Self.firstIndex(in: differences.count, notBelow: target - tolerance) { differences[$0] }
        return index < differences.count && differences[index] <= target + tolerance
    }

    /// The first index whose key is at least `bound`, in keys sorted ascending.
    static func firstIndex(in count: Int, notBelow bound: Double, key: (Int) -> Double) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if key(middle) < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
