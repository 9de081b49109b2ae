import XCTest

@testable import AraCore

final class ParallelMapTests: XCTestCase {
    func testLongestFirstKeepsTheInputOrder() {
        let items = Array(0..<200)
        let cost = { (item: Int) in (item * 37) % 11 }
        let results = ParallelMap.map(items, longestFirst: cost) { $0 * 2 }
        XCTAssertEqual(results, items.map { $0 * 2 })
    }

    func testTheLargestCostsStartFirstAndTiesKeepTheirOrder() {
        XCTAssertEqual(ParallelMap.startOrder([1, 5, 0, 5, 3]), [1, 3, 4, 0, 2])
        XCTAssertEqual(ParallelMap.startOrder([]), [])
    }
}

#if os(Linux)
    import CLibC
    import Glibc

    final class HelperThreadsTests: XCTestCase {
        /// The CPUs the process may use, as the kernel says.
        private var allowedCount: Int {
            var cpus = [Int32](repeating: 0, count: 1024)
            return Int(arakit_allowed_cpus(&cpus, Int32(cpus.count)))
        }

        func testEveryIterationRunsOnceAndResultsKeepTheirOrder() {
            for count in [0, 1, 2, 3, 17, 500] {
                let items = Array(0..<count)
                XCTAssertEqual(ParallelMap.map(items) { $0 * 3 }, items.map { $0 * 3 }, "\(count) items")
            }
        }

        func testHelpersGoToTheOtherCPUsAndNoMoreThanTheIterationsNeed() {
            XCTAssertEqual(HelperThreads.helperCPUs(for: 1), [], "one iteration is the caller's")
            let helpers = HelperThreads.helperCPUs(for: 1000)
            XCTAssertEqual(helpers.count, allowedCount - 1, "one helper for each other CPU")
            XCTAssertEqual(Set(helpers).count, helpers.count, "each on a CPU of its own")
            XCTAssertLessThanOrEqual(HelperThreads.helperCPUs(for: 2).count, 1)
        }

        func testALoopUsesHelperThreadsWhenThereIsMoreThanOneCPU() throws {
            try XCTSkipIf(allowedCount < 2, "one CPU: every loop runs on the caller's thread")
            let threads = LockedBox<[pthread_t]>([])
            // Each iteration waits until two threads have joined, so one thread
            // cannot take every iteration before a helper starts.
            _ = ParallelMap.map(Array(0..<2)) { _ in
                threads.withLock { seen in
                    if !seen.contains(where: { pthread_equal($0, pthread_self()) != 0 }) { seen.append(pthread_self()) }
                }
                let deadline = Date().addingTimeInterval(5)
                while threads.withLock({ $0.count }) < 2 && Date() < deadline { usleep(100) }
            }
            XCTAssertEqual(threads.withLock { $0.count }, 2)
        }

        func testAHelperStartsOnTheCPUItIsGiven() throws {
            var cpus = [Int32](repeating: 0, count: 1024)
            let count = Int(arakit_allowed_cpus(&cpus, Int32(cpus.count)))
            for cpu in cpus.prefix(count) {
                var seen = Int32(-2)
                var thread = pthread_t()
                let started = withUnsafeMutablePointer(to: &seen) { pointer in
                    let result = arakit_thread_start(&thread, cpu, recordCPU, pointer)
                    if result == 0 { pthread_join(thread, nil) }
                    return result
                }
                XCTAssertEqual(started, 0)
                XCTAssertEqual(seen, cpu, "a thread given CPU \(cpu) ran first on \(seen)")
            }
        }

        func testALoopInsideAnIterationRunsOnThatIterationsThread() {
            let outer = Array(0..<4)
            let sameThread = ParallelMap.map(outer) { _ -> Bool in
                let me = pthread_self()
                let inner = ParallelMap.map(Array(0..<50)) { _ in pthread_equal(pthread_self(), me) != 0 }
                return inner.allSatisfy { $0 }
            }
            XCTAssertEqual(sameThread, [true, true, true, true])
            XCTAssertFalse(HelperThreads.Nesting.isInside, "the caller's mark is taken off when its loop ends")
        }
    }

    /// A thread's start that writes the CPU it runs on to its argument.
    private func recordCPU(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        argument?.assumingMemoryBound(to: Int32.self).pointee = arakit_current_cpu()
        return nil
    }
#endif

final class ParallelMapBothTests: XCTestCase {
    func testBothRunsEachHalfOnceAndReturnsTheirResultsInOrder() {
        let calls = LockedBox(0)
        for _ in 0..<50 {
            let (one, two) = ParallelMap.both(
                { () -> String? in
                    calls.withLock { $0 += 1 }
                    return nil
                },
                { () -> Int in
                    calls.withLock { $0 += 1 }
                    return 7
                })
            XCTAssertNil(one)
            XCTAssertEqual(two, 7)
        }
        XCTAssertEqual(calls.withLock { $0 }, 100)
    }
}
