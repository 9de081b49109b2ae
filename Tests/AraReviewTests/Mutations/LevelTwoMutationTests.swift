import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// Recall and false alarms of the level-2 heuristics (CL004, CL005, CL006)
/// on the mutation set (``MutationSet``): ≥ 90 % of each kind's mutants found,
/// no new finding of the three rules on any control, and at most one finding
/// of the three per real corpus bundle as it stands.
final class LevelTwoMutationTests: XCTestCase {
    static let codes = ["CL004", "CL005", "CL006"]

    /// Findings of the three rules on the real bundles, unmutated, each read
    /// and judged (issue 14):
    /// - resnet-ara-example C02, CL006 "drops 'ImageNet', 'ResNet-18',
    ///   'ResNet-34'": right about ImageNet — the Statement ("makes the deeper
    ///   variant achieve lower training and validation error") names no
    ///   dataset while its criteria and evidence are ImageNet only; the model
    ///   names are the instances its "deeper / shallower variant" generalises,
    ///   so listing them is noise. Kept as right, the one finding allowed.
    /// - minimal-artifact, nanogpt_ara, the-ara-of-ara, tiny-sort: none. Before
    ///   these checks the three rules gave none on any bundle; while building them,
    ///   the-ara-of-ara C12 ("61.5% of all non-sufficient requirements", a share),
    ///   C15 ("any agent framework" against the acronym API), resnet C04
    ///   ("(projection on every shortcut)", a definition), nanogpt C08/C09/C10
    ///   (claims the dead ends' own lessons cite) and resnet H02 ("rules out
    ///   vanishing-signal") fired and were fixed by the general rules in SPEC §9.7.
    func testRecallAndFalseAlarmsPerKind() throws {
        let (sources, skipped) = MutationSet.sources()
        if let skipped { print("LevelTwoMutationTests: \(skipped)") }
        let reviewer = Reviewer(select: Self.codes)
        var hits: [MutationSet.Kind: Int] = [:]
        var totals: [MutationSet.Kind: Int] = [:]
        var controls: [MutationSet.Kind: Int] = [:]
        var alarms: [MutationSet.Kind: [String]] = [:]
        var misses: [MutationSet.Kind: [String]] = [:]
        var stretch: [MutationSet.Kind: (hit: Int, total: Int, missed: [String])] = [:]
        for (name, root) in sources {
            let baseline = try reviewer.review(at: root).findings
            let real = baseline.map { "\($0.code) \($0.entity ?? "") \($0.message)" }
            print("LevelTwoMutationTests: \(name) unmutated: \(real.isEmpty ? "none" : real.joined(separator: " | "))")
            XCTAssertLessThanOrEqual(baseline.count, 1, "\(name): more than one level-2 finding: \(real)")
            let before = Set(baseline.map { "\($0.code) \($0.entity ?? "")" })
            let set = MutationSet(name: name, root: root)
            for mutant in set.mutants {
                let all = try reviewer.review(at: root, overrides: [mutant.path: mutant.text]).findings
                for (entity, label) in mutant.entities {
                    let findings = all.filter { $0.entity == entity }
                    if mutant.control {
                        controls[mutant.kind, default: 0] += 1
                        let new = findings.filter { !before.contains("\($0.code) \($0.entity ?? "")") }
                        if !new.isEmpty {
                            alarms[mutant.kind, default: []].append(
                                "\(name) \(label): " + new.map { "\($0.code) \($0.message)" }.joined(separator: " | "))
                        }
                    } else if mutant.stretch {
                        var tally = stretch[mutant.kind] ?? (0, 0, [])
                        tally.total += 1
                        if findings.contains(where: { $0.code == mutant.kind.code }) {
                            tally.hit += 1
                        } else {
                            tally.missed.append("\(name) \(label)")
                        }
                        stretch[mutant.kind] = tally
                    } else {
                        totals[mutant.kind, default: 0] += 1
                        if findings.contains(where: { $0.code == mutant.kind.code }) {
                            hits[mutant.kind, default: 0] += 1
                        } else {
                            misses[mutant.kind, default: []].append("\(name) \(label)")
                        }
                    }
                }
            }
        }
        for kind in MutationSet.Kind.allCases {
            let total = totals[kind] ?? 0
            let hit = hits[kind] ?? 0
            let recall = total == 0 ? 0 : Double(hit) / Double(total)
            print(
                "LevelTwoMutationTests: \(kind.rawValue): recall \(hit)/\(total) = \(String(format: "%.1f", recall * 100))%, false alarms on controls \(alarms[kind]?.count ?? 0)/\(controls[kind] ?? 0)"
            )
            for miss in misses[kind] ?? [] { print("  missed: \(miss)") }
            if let tally = stretch[kind] {
                print(
                    "LevelTwoMutationTests: \(kind.rawValue): beyond the rule's reach (not held): \(tally.hit)/\(tally.total); missed \(tally.missed)"
                )
            }
            XCTAssertGreaterThan(total, 0, "\(kind.rawValue): no mutants")
            XCTAssertGreaterThanOrEqual(
                recall, 0.9, "\(kind.rawValue): recall \(hit)/\(total); missed \(misses[kind] ?? [])")
            XCTAssertEqual(alarms[kind] ?? [], [], "\(kind.rawValue): findings on controls")
        }
    }

    /// CL005's third side: a quantifier over what a table's column lists
    /// ("any size" while the size column stops at 256), with nothing else narrow.
    func testOverClaimAgainstTheRowsOfAChainTable() throws {
        let root = TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort")
        let claims = try String(contentsOf: root.appendingPathComponent(BundlePaths.claims), encoding: .utf8)
        let table = try String(
            contentsOf: root.appendingPathComponent("evidence/tables/table1_crossover.md"), encoding: .utf8)
        let statement = "- **Statement**: On small arrays of random integer keys, a pure-Python insertion sort"
        let broad = claims.replacingOccurrences(
            of: statement, with: "- **Statement**: For any size of array, a pure-Python insertion sort"
        ).replacingOccurrences(
            of: "at any tested size of 32 elements or fewer.", with: "at a tested size."
        ).replacingOccurrences(of: "Table 1: at n = 8", with: "In the table: at n = 8")
        let sized = table.replacingOccurrences(of: "| n | insertion", with: "| size | insertion")
        let findings = try Reviewer(select: ["CL005"]).review(
            at: root,
            overrides: [BundlePaths.claims: broad, "evidence/tables/table1_crossover.md": sized]
        ).findings.filter { $0.entity == "C01" }
        XCTAssertTrue(
            findings.contains { $0.message.contains("tables stop at 8 rows of 'size' (2 … 256") },
            "\(findings.map(\.message))")
        // Bounded by what was run, the same quantifier is silent.
        let bounded = broad.replacingOccurrences(of: "For any size of array", with: "For any tested size of array")
        let quiet = try Reviewer(select: ["CL005"]).review(
            at: root,
            overrides: [BundlePaths.claims: bounded, "evidence/tables/table1_crossover.md": sized]
        ).findings.filter { $0.entity == "C01" }
        XCTAssertEqual(quiet.map(\.message), [])
    }
}
