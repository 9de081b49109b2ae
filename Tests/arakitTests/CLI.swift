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

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A class in this test bundle, to find the bundle's folder.
final class CLIMarker {}
