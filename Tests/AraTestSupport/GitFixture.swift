import Foundation
import XCTest

/// A git repository built by a test with the `git` command, with fixed
/// authors and dates so ids and sessions are the same on every run.
public struct GitFixture {
    public let root: URL

    /// Creates an empty repository whose first branch is `main`.
    public init(at root: URL) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
    }

    /// Runs git in the repository; `date` (ISO 8601) sets author and committer
    /// dates. Returns standard output, trimmed.
    @discardableResult
    public func git(_ arguments: String..., date: String? = nil, environment: [String: String] = [:]) throws -> String {
        try run(arguments, date: date, environment: environment)
    }

    @discardableResult
    public func run(_ arguments: [String], date: String? = nil, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Ada Lovelace", "-c", "user.email=ada@example.org"] + arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["HOME"] = root.path
        if let date {
            env["GIT_AUTHOR_DATE"] = date
            env["GIT_COMMITTER_DATE"] = date
        }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitFixtureError(
                "git \(arguments.joined(separator: " ")) failed: \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Commits (allowing an empty commit) with `message`, after writing `files`.
    @discardableResult
    public func commit(_ message: String, date: String, files: [String: String] = [:]) throws -> String {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            try git("add", path)
        }
        try git("commit", "-q", "--allow-empty", "-m", message, date: date)
        return try git("rev-parse", "HEAD")
    }
}

/// A failed fixture command: the test fails with git's message.
struct GitFixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
