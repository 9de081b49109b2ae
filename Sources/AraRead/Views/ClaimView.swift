import AraCore
import AraReview

/// A claim with its references resolved one step: the experiments of its
/// Proof and their evidence files, the cells its numbers come from, the
/// claims it depends on and those that depend on it, and the tree nodes
/// that cite it.
public struct ClaimView: Sendable, Encodable {
    public var block: BlockView
    /// Proof experiments, each with the evidence files its Evidence names.
    public var proof: [ExperimentLink]
    /// The chain review walks, and the cells of each measured value.
    public var evidence: ClaimEvidence
    public var dependencies: [ObjectRef]
    public var dependents: [ObjectRef]
    /// Tree nodes whose `evidence:` names the claim.
    public var nodes: [ObjectRef]

    init(_ claim: Claim, in index: ObjectIndex) {
        block = BlockView(kind: "claim", section: claim.section, detail: claim.status.map(ObjectIndex.statusText))
        proof = claim.proof.map { id in
            guard let experiment = index.context.experiment(id) else {
                return ExperimentLink(ref: .missing(kind: "experiment", id: id), evidenceFiles: [])
            }
            return ExperimentLink(ref: index.ref(experiment), evidenceFiles: index.evidenceFiles(of: experiment))
        }
        evidence = index.context.evidence(for: claim)
        dependencies = claim.dependencies.map { index.claimRef($0) }
        let key = BlockID.key(of: claim.id)
        dependents = (index.citing.dependents[key] ?? []).map(index.ref)
        nodes = (index.citing.nodes[key] ?? []).map(index.ref)
    }
}

/// An experiment and the evidence files it names.
public struct ExperimentLink: Sendable, Encodable {
    public var ref: ObjectRef
    public var evidenceFiles: [String]

    enum CodingKeys: String, CodingKey {
        case ref
        case evidenceFiles = "evidence_files"
    }
}

/// An experiment with the claims it verifies, the claims whose Proof uses
/// it, and its evidence files.
public struct ExperimentView: Sendable, Encodable {
    public var block: BlockView
    public var verifies: [ObjectRef]
    /// Claims whose Proof names the experiment.
    public var usedBy: [ObjectRef]
    public var evidenceFiles: [String]

    enum CodingKeys: String, CodingKey {
        case block, verifies
        case usedBy = "used_by"
        case evidenceFiles = "evidence_files"
    }

    init(_ experiment: Experiment, in index: ObjectIndex) {
        block = BlockView(kind: "experiment", section: experiment.section)
        verifies = experiment.verifies.map { index.claimRef($0) }
        let key = BlockID.key(of: experiment.id)
        usedBy = (index.citing.provers[key] ?? []).map(index.ref)
        evidenceFiles = index.evidenceFiles(of: experiment)
    }
}
