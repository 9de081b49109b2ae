import AraCore
import Foundation

/// `arakit promote`: a staged observation becomes a block of its logic file
/// once a closure signal says it has earned it (SPEC.md §10.8).
public enum Promoter {
    /// Where an observation may go.
    public enum Kind: String, CaseIterable, Sendable {
        case claim, heuristic, concept, constraint

        var path: String {
            switch self {
            case .claim: BundlePaths.claims
            case .heuristic: BundlePaths.heuristics
            case .concept: BundlePaths.concepts
            case .constraint: BundlePaths.constraints
            }
        }
    }

    /// Why the observation may leave staging (FORMAT-NOTES §6).
    public enum Signal: Equatable, Sendable, CustomStringConvertible {
        /// The topic was abandoned; what was learnt stays.
        case abandoned
        /// The researcher affirmed it.
        case affirmed
        /// An experiment node resolved it.
        case resolvedBy(String)
        /// A decision node cites it.
        case citedBy(String)

        /// `abandoned`, `affirmed`, `resolved-by:N31`, `cited-by:N40`.
        public init?(_ text: String) {
            let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            switch (parts.first, parts.count) {
            case ("abandoned", 1): self = .abandoned
            case ("affirmed", 1): self = .affirmed
            case ("resolved-by", 2) where !parts[1].isEmpty: self = .resolvedBy(parts[1])
            case ("cited-by", 2) where !parts[1].isEmpty: self = .citedBy(parts[1])
            default: return nil
            }
        }

        public var description: String {
            switch self {
            case .abandoned: "abandoned"
            case .affirmed: "affirmed"
            case .resolvedBy(let node): "resolved by \(node)"
            case .citedBy(let node): "cited by \(node)"
            }
        }
    }

    /// The block a promotion wrote.
    public struct Promotion: Sendable, Equatable {
        public var id: String
        public var path: String
        public var title: String
    }

    public static func promote(
        _ observationID: String, as kind: Kind, because signal: Signal, title: String?, bundle: URL, now: Int64,
        offsetMinutes: Int
    ) throws(CaptureError) -> Promotion {
        var texts = try BundleTexts(root: bundle, lockingFor: "promote")
        let tree = try TreeState(texts: &texts)
        switch signal {
        case .resolvedBy(let node):
            guard tree.contains(node) else { throw .unknownNode(node) }
            guard tree.type(of: node) == .experiment else {
                throw .invalid(
                    "resolved-by:\(node): \(node) is not an experiment; only an experiment resolves an observation")
            }
        case .citedBy(let node):
            guard tree.contains(node) else { throw .unknownNode(node) }
            guard tree.type(of: node) == .decision else {
                throw .invalid("cited-by:\(node): \(node) is not a decision; only a decision cites an observation")
            }
        case .abandoned, .affirmed:
            break
        }
        let stagingPath = BundlePaths.observations
        guard let staging = try texts.text(stagingPath) else { throw .unknownObservation(observationID) }
        let observations = try Staging.observations(in: staging)
        guard let index = observations.firstIndex(where: { $0.id == observationID }) else {
            throw .unknownObservation(observationID)
        }
        let observation = observations[index]
        guard !observation.promoted else {
            throw .invalid(
                "\(observationID) is already promoted\(observation.promotedTo.map { " to \($0)" } ?? ""); nothing to do"
            )
        }
        guard let content = observation.content?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty
        else {
            throw .invalid("\(observationID) has no content to promote")
        }
        let heading = title ?? Self.title(from: content)
        let day = CivilTime(epoch: now, offsetMinutes: offsetMinutes).date
        let provenance = "promoted from \(observationID) (\(signal)) on \(day)"
        let logic = try texts.text(kind.path) ?? ""
        let (id, block) = Self.block(kind, heading: heading, content: content, provenance: provenance, existing: logic)
        let updated =
            (logic.isEmpty || logic.hasSuffix("\n\n") ? logic : logic.hasSuffix("\n") ? logic + "\n" : logic + "\n\n")
            + block
        try check(updated, adds: id, heading: heading, to: logic, kind: kind, bundle: bundle)
        try texts.set(kind.path, updated)

        var marked = staging
        do {
            let item: [YAMLTextEdit.Step] = [.key("observations"), .index(index)]
            marked = try YAMLTextEdit.set(
                "promoted", to: YAMLNode(.plain("true")), inMappingAt: item, in: marked, file: stagingPath)
            marked = try YAMLTextEdit.set(
                "promoted_to", to: YAMLNode(.string(id)), inMappingAt: item, in: marked, file: stagingPath)
        } catch {
            throw .edit(error)
        }
        try texts.set(stagingPath, marked)
        try texts.write()
        return Promotion(id: id, path: kind.path, title: heading)
    }

    /// The first sentence of `content`, at most 72 characters, cut at a word.
    static func title(from content: String) -> String {
        let firstLine = content.split(separator: "\n").first.map(String.init) ?? content
        var sentence = firstLine
        if let end = firstLine.range(of: ". ") { sentence = String(firstLine[..<end.lowerBound]) }
        if sentence.hasSuffix(".") { sentence.removeLast() }
        guard sentence.count > 72 else { return sentence }
        let cut = sentence.prefix(72)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word + "…"
    }

    /// The new block and its id (`C08`, `H03`; a concept or constraint is
    /// keyed by its heading).
    static func block(_ kind: Kind, heading: String, content: String, provenance: String, existing: String) -> (
        id: String, text: String
    ) {
        let oneLine = content.replacingOccurrences(of: "\n", with: " ")
        switch kind {
        case .claim:
            let id = nextID("C", in: existing)
            return (
                id,
                """
                ## \(id): \(heading)
                \(MarkdownWriter.fields([
                    ClaimField.statement: oneLine, .status: "hypothesis", .falsificationCriteria: "pending",
                    .proof: "pending", .evidenceBasis: "pending", .dependencies: "pending", .provenance: provenance,
                ]))

                """
            )
        case .heuristic:
            let id = nextID("H", in: existing)
            return (
                id,
                """
                ## \(id): \(heading)

                \(oneLine)

                \(MarkdownWriter.fields([
                    HeuristicField.rationale: "pending", .sensitivity: "pending", .codeRef: "pending",
                    .provenance: provenance,
                ]))

                """
            )
        case .concept:
            return (
                heading,
                """
                ## \(heading)
                \(MarkdownWriter.fields([ConceptField.definition: oneLine, .boundaryConditions: "pending"]))

                _\(provenance.prefix(1).uppercased() + provenance.dropFirst())._

                """
            )
        case .constraint:
            return (
                heading,
                """
                ## \(heading)

                \(oneLine)

                _\(provenance.prefix(1).uppercased() + provenance.dropFirst())._

                """
            )
        }
    }

    /// The next id of `prefix` after those used in headings, padded to two digits.
    static func nextID(_ prefix: String, in text: String) -> String {
        var highest = 0
        for line in text.split(separator: "\n") where line.hasPrefix("#") {
            let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            guard heading.hasPrefix(prefix), let number = Int(heading.dropFirst(prefix.count).prefix { $0.isNumber })
            else { continue }
            highest = max(highest, number)
        }
        let number = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, 2 - number.count)) + number
    }

    /// Re-reads the logic file with the block and refuses unless every earlier
    /// block reads as before and the new one is there.
    private static func check(
        _ updated: String, adds id: String, heading: String, to original: String, kind: Kind, bundle: URL
    ) throws(CaptureError) {
        let before: ReadResult
        let after: ReadResult
        do {
            before = try BundleReader().read(at: bundle, overrides: [kind.path: original])
            after = try BundleReader().read(at: bundle, overrides: [kind.path: updated])
        } catch {
            throw .unreadable(path: bundle.path, reason: error.description)
        }
        let old = before.bundle.documents[kind.path]?.sections ?? []
        let new = after.bundle.documents[kind.path]?.sections ?? []
        let found: Bool
        switch kind {
        case .claim: found = after.bundle.claims.contains { $0.id == id }
        case .heuristic: found = after.bundle.heuristics.contains { $0.id == id }
        case .concept, .constraint: found = new.last?.heading.title == heading
        }
        guard found, new.count == old.count + 1, Array(new.prefix(old.count)) == old else {
            throw .invalid(
                "\(kind.path): the new block would not read back as one new \(kind.rawValue) after the existing ones; nothing was written"
            )
        }
    }
}
