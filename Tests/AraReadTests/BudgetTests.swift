import AraCore
import AraRead
import AraTestSupport
import XCTest

/// Every level of every corpus bundle, at budgets 50, 200 and 2,000, and
/// the page each first pointer leads to: never over budget by the real
/// o200k_base tokenizer, and never under the estimator's count.
final class BudgetTests: XCTestCase {
    static let budgets = [50, 200, 2000]

    func testEveryLevelOfEveryCorpusBundleStaysWithinBudget() throws {
        let corpus = try TestSupport.requireCorpus()
        let bundles =
            try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .filter { $0.hasDirectoryPath }.sorted { $0.path < $1.path }
            + [TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort")]
        var pages: [(label: String, budget: Int, text: String)] = []
        for root in bundles {
            let reading = try BundleReading(root: root)
            let name = root.lastPathComponent
            for target in try Self.targets(reading) {
                for budget in Self.budgets {
                    let page = try reading.page(target, budget: budget, style: .command(bundle: name))
                    XCTAssertLessThanOrEqual(page.estimatedTokens, budget, "\(name) \(target)")
                    // Parsing only what the target needs changes nothing on its page.
                    let scoped = try BundleReading(root: root, scope: .target(target))
                    XCTAssertEqual(
                        try scoped.page(target, budget: budget, style: .command(bundle: name)).text, page.text,
                        "\(name) [\(target)] \(budget) read with a scope")
                    pages.append(("\(name) [\(target)] \(budget)", budget, page.text + "\n"))
                    // A pointer must lead somewhere that reads, and on.
                    guard let next = page.pointers.last else { continue }
                    guard let following = try Self.follow(next, in: reading, budget: budget, bundle: name) else {
                        // Only the smallest budget may be too small for a long target's pointers, and it says so.
                        XCTAssertEqual(budget, 50, "\(name) [\(target)]: \(next)")
                        continue
                    }
                    XCTAssertNotEqual(following.text, page.text, "\(name) \(target) \(budget): pointer goes nowhere")
                    pages.append(
                        ("\(name) [\(next.target) --from \(next.from ?? "")] \(budget)", budget, following.text + "\n"))
                }
            }
        }
        XCTAssertGreaterThan(pages.count, 300)
        let counts = try RealTokenizer.counts(pages.map(\.text), test: self)
        for (page, count) in zip(pages, counts) {
            XCTAssertLessThanOrEqual(count, page.budget, "\(page.label) is \(count) tokens:\n\(page.text)")
            XCTAssertGreaterThanOrEqual(TokenEstimator.count(page.text), count, page.label)
        }
    }

    /// The page a pointer leads to; `nil` when the budget is too small to move on from there.
    static func follow(_ pointer: ReadPointer, in reading: BundleReading, budget: Int, bundle: String) throws
        -> ReadPage?
    {
        do {
            return try reading.page(pointer.target, budget: budget, from: pointer.from, style: .command(bundle: bundle))
        } catch {
            if case .budgetTooSmall = error { return nil }
            throw error
        }
    }

    /// Level 1, every layer, and a few objects of every kind the bundle has.
    static func targets(_ reading: BundleReading) throws -> [String] {
        var targets = ["", "PAPER.md"] + reading.result.bundle.layersPresent
        var perKind: [String: Int] = [:]
        for layer in reading.result.bundle.layersPresent {
            guard case .listing(let listing) = try reading.resolve(layer) else { continue }
            for ref in listing.objects where perKind[ref.kind, default: 0] < 3 {
                perKind[ref.kind, default: 0] += 1
                targets.append(ref.id)
            }
        }
        for path in reading.result.paths where path.hasPrefix("evidence/tables/table") {
            if let number = Int(path.dropFirst("evidence/tables/table".count).prefix(while: \.isNumber)) {
                targets.append("Table \(number)")
                break
            }
        }
        return targets
    }
}
