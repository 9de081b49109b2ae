import AraCore

/// The numbers of one evidence file's tables, indexed once for the two
/// questions EV011 asks of every claim value (SPEC.md §9.5). Scanning the
/// cells anew for each claim made a bundle of many claims over one large
/// table quadratic.
///
/// Each number keeps the cell it stands in, so `arakit read` can show the
/// cells a claim's numbers come from with the same matching review uses.
public struct NumberGrid: Sendable {
    /// Where a number stands: table, data row and column, all 0-based.
    struct Position: Hashable, Sendable {
        var table: Int
        var row: Int
        var column: Int
    }

    /// Canonical text of every number in a cell, with the cells that hold it.
    private var canonicals: [String: [Position]] = [:]
    /// Every number in a cell, by value: the cells that round to a value.
    private var exact: [(value: Double, decimals: Int, position: Position)] = []
    /// `|a − b|` for every two numbers of one row, or of one column of under
    /// 200 numbers (a number with itself included), sorted.
    private var differences: [Double] = []
    private let tables: [GFMTable]
    /// The evidence file the tables are in.
    private let path: String

    /// Pairs per row or column are bounded as the check has always bounded them.
    static let maximumLine = 200

    public init(path: String, tables: [GFMTable]) {
        self.path = path
        self.tables = tables
        for (tableIndex, table) in tables.enumerated() {
            var grid: [[Double]] = []
            for (rowIndex, row) in table.rows.enumerated() {
                var values: [Double] = []
                for (columnIndex, cell) in row.enumerated() {
                    let position = Position(table: tableIndex, row: rowIndex, column: columnIndex)
                    for token in NumberText.numbers(in: cell) {
                        canonicals[token.canonical, default: []].append(position)
                        if let value = token.value {
                            exact.append((value, token.decimals, position))
                            values.append(value)
                        }
                    }
                }
                grid.append(values)
                addDifferences(values)
            }
            // Columns of numbers, as review has always counted them: the n-th number of each row.
            let width = grid.map(\.count).max() ?? 0
            for column in 0..<width {
                addDifferences(grid.compactMap { $0.indices.contains(column) ? $0[column] : nil })
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
    public func says(_ value: NumberToken) -> Bool { !positions(saying: value, first: true).isEmpty }

    /// The cells that say the value, in table order, without repeats.
    public func cells(saying value: NumberToken) -> [TableCell] {
        positions(saying: value, first: false).map(cell)
    }

    private func positions(saying value: NumberToken, first: Bool) -> [Position] {
        var found = canonicals[value.canonical] ?? []
        if first, !found.isEmpty { return found }
        if let wanted = value.value {
            let tolerance = 0.5 * NumberText.pow10(-value.decimals) * (1 + 1e-9)
            var index = Self.firstIndex(in: exact.count, notBelow: wanted - tolerance) { exact[$0].value }
            while index < exact.count, exact[index].value <= wanted + tolerance {
                if exact[index].decimals > value.decimals {
                    found.append(exact[index].position)
                    if first { return found }
                }
                index += 1
            }
        }
        var seen: Set<Position> = []
        return found.filter { seen.insert($0).inserted }.sorted {
            ($0.table, $0.row, $0.column) < ($1.table, $1.row, $1.column)
        }
    }

    func cell(_ position: Position) -> TableCell {
        let table = tables[position.table]
        let row = table.rows[position.row]
        let lines = table.rowLines
        return TableCell(
            path: path, table: position.table,
            line: lines.indices.contains(position.row + 1) ? lines[position.row + 1] : nil,
            row: row.first?.trimmingWhitespace() ?? "",
            column: table.header.indices.contains(position.column) ? table.header[position.column] : "",
            text: row[position.column])
    }

    /// Two numbers of one row or column differ by the value, at its precision.
    public func hasDifference(_ value: NumberToken) -> Bool {
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

/// One cell of an evidence table: where it is and what it says.
public struct TableCell: Hashable, Sendable, Encodable {
    /// The evidence file, bundle-relative.
    public var path: String
    /// The table's index in its file, 0-based (most files hold one).
    public var table: Int
    /// The 1-based line of the cell's row in its file, when known.
    public var line: Int?
    /// The row's first cell: its label.
    public var row: String
    /// The column's header.
    public var column: String
    /// The cell's text, exactly as written.
    public var text: String
}
