#if os(Linux)
    import CLibC
    import Glibc
    import Synchronization
#else
    import Dispatch
#endif

/// Runs a loop's iterations on the calling thread and one helper thread for
/// each other CPU the process may use, each taking the next index in turn.
///
/// Helpers are started for each loop, each on a CPU of its own, and then
/// left free to move. A kernel that packs new and woken threads onto the
/// waker's CPU (this project's 2-CPU virtual machines do) otherwise ran a
/// helper up to 3 ms late, on the caller's CPU, while the other CPU idled:
/// a review of the-ara-of-ara used 1.1 CPUs of 2 (SPEC.md §9.10).
///
/// A loop inside a loop's iteration runs on its own thread, one iteration
/// after another: the outer loop already keeps every CPU busy.
enum HelperThreads {
    static func run(iterations: Int, _ body: @Sendable (Int) -> Void) {
        #if os(Linux)
            let cpus = Nesting.isInside ? [] : helperCPUs(for: iterations)
            guard !cpus.isEmpty else {
                for index in 0..<iterations { body(index) }
                return
            }
            withoutActuallyEscaping(body) { body in
                let loop = Loop(iterations: iterations, body: body)
                let threads = cpus.compactMap { loop.startHelper(on: $0) }
                loop.work()
                for thread in threads { pthread_join(thread, nil) }
            }
        #else
            DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
        #endif
    }
}

#if os(Linux)
    extension HelperThreads {
        /// The CPUs to start helpers on: the process's others than the
        /// caller's, no more than the iterations beyond the caller's first.
        static func helperCPUs(for iterations: Int) -> [Int32] {
            guard iterations > 1 else { return [] }
            var allowed = [Int32](repeating: 0, count: 1024)
            let count = Int(arakit_allowed_cpus(&allowed, Int32(allowed.count)))
            let current = arakit_current_cpu()
            let others = allowed.prefix(count).filter { $0 != current }
            // When the caller's CPU is not in the set (it is being moved), all but one are left.
            return Array(others.prefix(min(iterations, count) - 1))
        }

        /// One loop's iterations, handed out one at a time.
        final class Loop: @unchecked Sendable {
            let iterations: Int
            let body: @Sendable (Int) -> Void
            private let next = Atomic<Int>(0)

            init(iterations: Int, body: @escaping @Sendable (Int) -> Void) {
                self.iterations = iterations
                self.body = body
            }

            /// Runs iterations until none is left, marked as inside a loop.
            func work() {
                let wasInside = Nesting.isInside
                Nesting.isInside = true
                defer { Nesting.isInside = wasInside }
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < iterations else { return }
                    body(index)
                }
            }

            /// A helper thread started on `cpu`, or `nil` when none could be
            /// started (the caller then does its share).
            func startHelper(on cpu: Int32) -> pthread_t? {
                let context = Unmanaged.passRetained(self).toOpaque()
                var thread = pthread_t()
                let started = arakit_thread_start(&thread, cpu, helperMain, context)
                guard started == 0 else {
                    Unmanaged<Loop>.fromOpaque(context).release()
                    return nil
                }
                return thread
            }
        }

        /// Whether the calling thread is running a loop's iteration, kept
        /// per thread.
        enum Nesting {
            static var isInside: Bool {
                get { pthread_getspecific(key) != nil }
                set { pthread_setspecific(key, newValue ? UnsafeRawPointer(bitPattern: 1) : nil) }
            }

            private static let key: pthread_key_t = {
                var key = pthread_key_t()
                pthread_key_create(&key, nil)
                return key
            }()
        }
    }

    /// A helper thread's start: free to move off its first CPU, it works
    /// the loop until no iteration is left.
    private func helperMain(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        guard let context else { return nil }
        arakit_thread_release_cpu()
        Unmanaged<HelperThreads.Loop>.fromOpaque(context).takeRetainedValue().work()
        return nil
    }
#endif
