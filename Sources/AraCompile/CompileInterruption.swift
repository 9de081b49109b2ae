import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C or a TERM during a compile: the compile is asked to stop before
/// its next write and removes what it wrote; when it was not writing, what a
/// stop can leave (a bundle set aside by `--force`) is undone here, then the
/// process exits with 128 + the signal.
public final class CompileInterruption {
    public let cancellation = CompileCancellation()
    private let sources: [any DispatchSourceSignal]

    /// Installs the handlers; `note` is told what a stop cleaned up.
    public init(output: URL, note: @escaping @Sendable (String) -> Void) {
        let cancellation = self.cancellation
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cancellation.cancel(signal: number)
                // A compile that is writing stops at its next file and exits itself.
                guard !cancellation.waitUntilStopped(timeout: 2) else { return }
                for line in CompileLeftovers.clean(for: output, pid: getpid()) {
                    note("stopped; \(line)")
                }
                exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    /// Removes the handlers: the compile is over.
    public func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
