import AraCore

/// The reverse of the references objects make, by the key of the id named
/// (``AraCore/BlockID/key(of:)``): which claims depend on a claim, which
/// claims' Proof names an experiment, which tree nodes cite a claim as
/// evidence; and by path, which experiments' Evidence names a file. Each list
/// is in document order and holds an object once.
struct CitingObjects {
    private(set) var dependents: [String: [Claim]] = [:]
    private(set) var provers: [String: [Claim]] = [:]
    private(set) var nodes: [String: [TreeNode]] = [:]
    private(set) var experiments: [String: [Experiment]] = [:]

    /// `evidence` gives the files an experiment's Evidence names.
    init(claims: [Claim], nodes: [TreeNode], experiments: [Experiment], evidence: (Experiment) -> [String]) {
        for experiment in experiments {
            for path in Self.distinct(evidence(experiment)) { self.experiments[path, default: []].append(experiment) }
        }
        for claim in claims {
            for key in Self.keys(claim.dependencies) { dependents[key, default: []].append(claim) }
            for key in Self.keys(claim.proof) { provers[key, default: []].append(claim) }
        }
        for node in nodes {
            let ids = node.evidence.compactMap { reference -> String? in
                if case .id(let id) = reference { id } else { nil }
            }
            for key in Self.keys(ids) { self.nodes[key, default: []].append(node) }
        }
    }

    /// The distinct keys of some ids, in order.
    static func keys(_ ids: [String]) -> [String] { distinct(ids.map(BlockID.key(of:))) }

    static func distinct(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
