import Foundation

/// Runs Graphviz's `dot` on DOT text and returns the SVG.
///
/// The `dot` program rather than libgvc linked in: measured on this machine a
/// layout of the-ara-of-ara took 150–210 ms in process and 210–250 ms as
/// `dot -Tsvg`, while linking libgvc (six more shared libraries) slowed the
/// start of every `arakit` command by a few milliseconds, render or not.
public struct Graphviz: Sendable {
    public var executable: String
    /// A layout that takes longer than this is stopped (hostile graphs).
    public var timeout: TimeInterval

    public init(executable: String, timeout: TimeInterval = 60) {
        self.executable = executable
        self.timeout = timeout
    }

    /// `dot` from PATH.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ViewError)
        -> Graphviz
    {
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = String(directory) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return Graphviz(executable: candidate) }
        }
        throw .graphvizMissing
    }

    public func svg(_ dot: String) throws(ViewError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-Tsvg"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw .graphviz("cannot start \(executable): \(error.localizedDescription)") }
        // Feed stdin on another thread: dot may fill its output pipe before reading all input.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let deadline = DispatchTime.now() + timeout
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: watchdog)
        // Standard error is drained beside standard output, so neither pipe can fill and stall dot.
        let errorHandle = errors.fileHandleForReading
        let messages = Background { errorHandle.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = messages.wait() ?? Data()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let detail = String(decoding: message.prefix(500), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            throw .graphviz(
                process.terminationReason == .uncaughtSignal
                    ? "stopped after \(Int(timeout)) s" : "dot exited with \(process.terminationStatus): \(detail)")
        }
        return Self.inlineSVG(String(decoding: data, as: UTF8.self))
    }

    /// The `<svg>` element alone, without the XML declaration, doctype and comments before it.
    static func inlineSVG(_ document: String) -> String {
        guard let start = document.range(of: "<svg") else { return document }
        return String(document[start.lowerBound...])
    }
}
