import Foundation
import XCTest

/// Runs the real `arakit` binary and captures what a user sees.
enum CLI {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `arakit` built beside this test binary (SwiftPM puts every product
    /// of a configuration in one folder); `ARAKIT_BIN` overrides it.
    static var binary: URL {
        if let override = ProcessInfo.processInfo.environment["ARAKIT_BIN"] { return URL(fileURLWithPath: override) }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle(for: CLIMarker.self).bundleURL.deletingLastPathComponent(),
        ]
        let folder = candidates.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("arakit").path)
        }
        return (folder ?? candidates[0]).appendingPathComponent("arakit")
    }

    /// `executable` runs another program the same way (a copy of `arakit`, `readelf`).
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], executable: URL? = nil
    ) throws -> Run {
        try start(arguments, in: directory, environment: environment, executable: executable).finish()
    }

    /// A started `arakit`; `finish()` waits for it. Several can run at once.
    struct Started {
        let process: Process
        let out: Pipe
        let err: Pipe

        func finish() -> Run {
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(
                status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                stderr: String(decoding: stderr, as: UTF8.self))
        }
    }

    static func start(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], executable: URL? = nil
    ) throws -> Started {
        let process = Process()
        process.executableURL = executable ?? Self.binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged.merge(environment) { $1 }
        process.environment = merged
        let started = Started(process: process, out: Pipe(), err: Pipe())
        process.standardOutput = started.out
        process.standardError = started.err
        try process.run()
        return started
    }
}

/// A class in this test bundle, to find the bundle's folder.
final class CLIMarker {}
