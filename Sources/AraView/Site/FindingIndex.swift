import AraCore
import AraReview

/// The review's findings grouped once, by the object they name and by the file
/// they sit in, so each page takes its own without scanning them all: a trace
/// of 8,000 nodes has 16,000 findings, and a scan per node made rendering it
/// quadratic. Every answer keeps the review's order.
struct FindingIndex: Sendable {
    let all: [Finding]
    /// Positions in `all`, by the finding's entity.
    private let byEntity: [String: [Int]]
    /// Positions in `all`, by the finding's file.
    private let byPath: [String: [Int]]
    /// The same positions sorted by line, for the findings inside a line range.
    private let byPathLine: [String: [(line: Int, position: Int)]]

    init(_ findings: [Finding]) {
        all = findings
        var byEntity: [String: [Int]] = [:]
        var byPath: [String: [Int]] = [:]
        for (position, finding) in findings.enumerated() {
            if let entity = finding.entity { byEntity[entity, default: []].append(position) }
            byPath[finding.location.path, default: []].append(position)
        }
        self.byEntity = byEntity
        self.byPath = byPath
        byPathLine = byPath.mapValues { positions in
            positions.map { (line: findings[$0].location.line, position: $0) }.sorted { $0 < $1 }
        }
    }

    /// The findings naming `entity`.
    func about(_ entity: String) -> [Finding] {
        (byEntity[entity] ?? []).map { all[$0] }
    }

    /// The findings placed in the file at `path`.
    func inFile(_ path: String) -> [Finding] {
        (byPath[path] ?? []).map { all[$0] }
    }

    /// The findings naming `id`, or placed in `path` on one of `lines`.
    func about(_ id: String?, orIn path: String, lines: Range<Int>?) -> [Finding] {
        var positions = id.flatMap { byEntity[$0] } ?? []
        if let lines, let sorted = byPathLine[path] {
            let start = Self.firstIndex(in: sorted, notBelow: lines.lowerBound)
            let end = Self.firstIndex(in: sorted, notBelow: lines.upperBound)
            positions += sorted[start..<end].map(\.position)
        }
        return Set(positions).sorted().map { all[$0] }
    }

    /// Binary search: the first entry whose line is `line` or more.
    private static func firstIndex(in sorted: [(line: Int, position: Int)], notBelow line: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].line < line { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
