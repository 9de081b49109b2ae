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
                    pages.append(("\(name) [\(target)] \(budget)", budget, page.text + "\n"))
                    // A pointer must lead somewhere that reads, and on.
                    guard let next = page.pointers.last else { continue }
                    let following = try reading.page(
                        next.target, budget: budget, from: next.from, style: .command(bundle: name))
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
