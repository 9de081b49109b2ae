import AraCore

/// A unified diff of two texts, for `--diff`.
public enum UnifiedDiff {
    public static func render(path: String, before: String, after: String, context: Int = 3) -> String {
        let old = before.splitLines().map(String.init)
        let new = after.splitLines().map(String.init)
        let operations = deletionsFirst(diff(old, new))
        var output = ["--- a/\(path)", "+++ b/\(path)"]
        // Group operations into hunks with `context` unchanged lines around changes.
        var index = 0
        while index < operations.count {
            guard let change = operations[index...].firstIndex(where: { $0.kind != .same }) else { break }
            let start = max(change - context, index)
            var end = change
            var lastChange = change
            while end < operations.count {
                if operations[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(operations.count, lastChange + context + 1)
            let hunk = operations[start..<end]
            // A hunk may open with deleted lines: each side starts at its own first line.
            let oldStart = (hunk.first { $0.kind != .insert }?.oldIndex ?? 0) + 1
            let newStart = (hunk.first { $0.kind != .delete }?.newIndex ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for operation in hunk {
                switch operation.kind {
                case .same: output.append(" " + old[operation.oldIndex])
                case .delete: output.append("-" + old[operation.oldIndex])
                case .insert: output.append("+" + new[operation.newIndex])
                }
            }
            index = end
        }
        return output.joined(separator: "\n")
    }

    /// Within each run of changes, the deleted lines before the inserted ones,
    /// as diff(1) and patch(1) readers expect.
    static func deletionsFirst(_ operations: [Operation]) -> [Operation] {
        var result: [Operation] = []
        var run: [Operation] = []
        for operation in operations {
            if operation.kind == .same {
                result += run.filter { $0.kind == .delete } + run.filter { $0.kind == .insert }
                run = []
                result.append(operation)
            } else {
                run.append(operation)
            }
        }
        return result + run.filter { $0.kind == .delete } + run.filter { $0.kind == .insert }
    }

    struct Operation {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    /// Line operations from a longest-common-subsequence table over the part
    /// between the common prefix and suffix (fixes change few lines).
    static func diff(_ old: [String], _ new: [String]) -> [Operation] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var operations = (0..<prefix).map { Operation(kind: .same, oldIndex: $0, newIndex: $0) }
        if a.count * b.count > 4_000_000 {
            // Too large for the table: replace the middle wholesale.
            operations += a.indices.map { Operation(kind: .delete, oldIndex: prefix + $0, newIndex: prefix) }
            operations += b.indices.map { Operation(kind: .insert, oldIndex: prefix + a.count, newIndex: prefix + $0) }
        } else {
            var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    operations.append(Operation(kind: .same, oldIndex: prefix + i, newIndex: prefix + j))
                    i += 1
                    j += 1
                } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                    operations.append(Operation(kind: .insert, oldIndex: prefix + i, newIndex: prefix + j))
                    j += 1
                } else {
                    operations.append(Operation(kind: .delete, oldIndex: prefix + i, newIndex: prefix + j))
                    i += 1
                }
            }
        }
        let oldEnd = old.count - suffix
        let newEnd = new.count - suffix
        operations += (0..<suffix).map { Operation(kind: .same, oldIndex: oldEnd + $0, newIndex: newEnd + $0) }
        return operations
    }
}
