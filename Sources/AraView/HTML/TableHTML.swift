import AraCore
import AraReview

/// A GFM table from the model (cell text as written, escaped), with the
/// same cell ids as on its file's page.
enum TableHTML {
    static func render(_ table: GFMTable, index: Int, highlighted: Set<String>) -> String {
        var html = "<div class=\"table-wrap\"><table><thead><tr>"
        html += table.header.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (row, cells) in table.rows.enumerated() {
            html += "<tr>"
            for (column, cell) in cells.enumerated() {
                let id = SitePaths.cellID(table: index, row: row, column: column)
                let cited = highlighted.contains(id) ? " class=\"cited\"" : ""
                html += "<td\(cited) data-cell=\"\(id)\">\(HTMLText.escape(cell))</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }
}

/// Where a cell AraRead reports stands on its file's page.
enum CellAnchor {
    /// The cell's id (`t0-r3-c1`): its row found by its line, its column by header and text.
    static func id(of cell: TableCell, in bundle: AraBundle) -> String? {
        guard let table = bundle.evidenceTables[cell.path]?[safe: cell.table], let line = cell.line,
            let lineIndex = table.rowLines.firstIndex(of: line), lineIndex > 0
        else { return nil }
        let row = lineIndex - 1
        guard let cells = table.rows[safe: row] else { return nil }
        let columns = table.header.indices.filter { table.header[$0] == cell.column }
        guard let column = columns.first(where: { cells[safe: $0] == cell.text }) ?? columns.first else { return nil }
        return SitePaths.cellID(table: cell.table, row: row, column: column)
    }
}
