/// Cycles of a directed graph of ids, found without recursion (a hostile
/// bundle can chain a quarter of a million nodes).
enum Cycles {
    /// Each cycle found, once, as the ids along it starting from its smallest
    /// id; nodes are visited in `order`.
    static func find(order: [String], edges: [String: [String]]) -> [[String]] {
        enum Mark { case active, done }
        var marks: [String: Mark] = [:]
        var cycles: [[String]] = []
        var seen: Set<[String]> = []
        for start in order where marks[start] == nil {
            var path: [String] = [start]
            var iterators: [IndexingIterator<[String]>] = [(edges[start] ?? []).makeIterator()]
            marks[start] = .active
            while !path.isEmpty {
                if let next = iterators[iterators.count - 1].next() {
                    switch marks[next] {
                    case .active:
                        if let at = path.lastIndex(of: next) {
                            let cycle = rotated(Array(path[at...]))
                            if seen.insert(cycle).inserted { cycles.append(cycle) }
                        }
                    case .done:
                        continue
                    case nil:
                        guard edges[next] != nil else {
                            marks[next] = .done  // no way out: on no cycle
                            continue
                        }
                        marks[next] = .active
                        path.append(next)
                        iterators.append((edges[next] ?? []).makeIterator())
                    }
                } else {
                    marks[path.removeLast()] = .done
                    iterators.removeLast()
                }
            }
        }
        return cycles
    }

    static func rotated(_ cycle: [String]) -> [String] {
        guard let first = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else { return cycle }
        return Array(cycle[first...] + cycle[..<first])
    }
}
