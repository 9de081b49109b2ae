import AraCore
import Foundation

/// Keeps the counts PAPER.md states (`8 falsifiable claims`) true when `add`
/// adds a block: a count that was right before is raised by one, in place;
/// a count that was already wrong is left for review to report (ST006).
enum DeclaredCounts {
    /// PAPER.md with each right count of `kind` raised from `count`, or `nil` when none is stated.
    static func raised(_ kind: DeclaredCount.Kind, from count: Int, in bundle: AraBundle, file: RawLines) -> RawLines? {
        let stated = (bundle.manifest?.declaredCounts ?? []).filter { $0.kind == kind && $0.value == count }
        guard !stated.isEmpty else { return nil }
        var lines = file.text.splitLines().map(String.init)
        for declared in stated where lines.indices.contains(declared.location.line - 1) {
            // The words as read (`8 falsifiable claims`) stand on that line as written.
            let raised = String(count + 1) + declared.text.drop { $0.isNumber }
            lines[declared.location.line - 1] = lines[declared.location.line - 1]
                .replacingOccurrences(of: declared.text, with: raised)
        }
        var result = file
        for index in Set(stated.map { $0.location.line - 1 }) where lines.indices.contains(index) {
            result.replace(index..<(index + 1), with: [lines[index]])
        }
        return result
    }
}
