import AraFuzzTargets
import AraTestSupport
import Foundation
import XCTest

/// Replays every committed fuzz input through the code path the fuzzer ran
/// it on: `Tests/Fuzz/regressions/TARGET/` (inputs that once crashed, hung or
/// broke an invariant) and `Tests/Fuzz/seeds/TARGET/` (the starting corpus).
final class FuzzRegressionTests: XCTestCase {
    static let fuzzRoot = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fuzz")

    override class func tearDown() {
        FuzzTarget.removeScratch()
        super.tearDown()
    }

    func testRegressionInputs() throws {
        try replay("regressions")
    }

    func testSeedInputs() throws {
        let count = try replay("seeds")
        XCTAssertGreaterThan(count, 0, "no seeds under Tests/Fuzz/seeds")
    }

    /// Every target has seeds, so `make fuzz` never starts one from nothing.
    func testEveryTargetHasSeeds() {
        for target in FuzzTarget.allCases {
            let folder = Self.fuzzRoot.appendingPathComponent("seeds/\(target.rawValue)")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            XCTAssertFalse(files.isEmpty, "no seeds for \(target.rawValue) in \(folder.path)")
        }
    }

    @discardableResult
    private func replay(_ kind: String) throws -> Int {
        var count = 0
        for target in FuzzTarget.allCases {
            let folder = Self.fuzzRoot.appendingPathComponent("\(kind)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                do {
                    try target.run(data)
                } catch {
                    XCTFail("\(kind)/\(target.rawValue)/\(name): \(error)")
                }
                count += 1
            }
        }
        return count
    }
}
