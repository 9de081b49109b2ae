import AraCore
import Foundation

// In-process timing for `make bench`: reads a bundle (every layer) repeatedly
// and prints one JSON line with the median, so process start-up is not timed.
// Usage: ara-bench read BUNDLE [--repeat N] [--warmup W]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ara-bench: \(message)\n".utf8))
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "profile", arguments.count >= 2 {
    // Where a read spends its time, by kind of file: one pass, single thread.
    let fileSystem = try BundleFileSystem(root: URL(fileURLWithPath: arguments[1]))
    var totals: [String: (count: Int, ms: Double)] = [:]
    for path in fileSystem.listFiles().paths {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let file = fileSystem.readText(path).file else { continue }
        let kind: String
        if path.hasSuffix(".md") {
            _ = MarkdownReader().read(file)
            kind = "markdown"
        } else if path.hasSuffix(".yaml") {
            _ = YAMLReader().read(file.text, path: path)
            kind = "yaml"
        } else {
            kind = "other (read only)"
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        totals[kind, default: (0, 0)].count += 1
        totals[kind, default: (0, 0)].ms += elapsed
    }
    for (kind, total) in totals.sorted(by: { $0.key < $1.key }) {
        print("\(kind): \(total.count) files, \(String(format: "%.2f", total.ms)) ms")
    }
    exit(0)
}
guard arguments.first == "read", arguments.count >= 2 else {
    fail("usage: ara-bench read BUNDLE [--repeat N] [--warmup W]")
}
let bundlePath = arguments[1]
@MainActor func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let parsed = Int(arguments[index + 1])
    else {
        return value
    }
    return parsed
}
let repeats = max(1, option("--repeat", default: 20))
let warmup = max(0, option("--warmup", default: 2))
let url = URL(fileURLWithPath: bundlePath)

var timings: [Double] = []
var summary: BundleSummary?
for iteration in 0..<(warmup + repeats) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result: ReadResult
    do {
        result = try BundleReader().read(at: url)
    } catch {
        fail(error.description)
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    if iteration >= warmup { timings.append(elapsed) }
    summary = BundleSummary(bundlePath: bundlePath, result: result)
}
timings.sort()
let median =
    timings.count % 2 == 1
    ? timings[timings.count / 2] : (timings[timings.count / 2 - 1] + timings[timings.count / 2]) / 2
struct Line: Encodable {
    let tool = "arakit"
    let bundle: String
    let repeats: Int
    let medianMS: Double
    let minMS: Double
    let counts: BundleSummary.Counts?

    enum CodingKeys: String, CodingKey {
        case tool, bundle
        case repeats = "repeat"
        case medianMS = "median_ms"
        case minMS = "min_ms"
        case counts
    }
}
let line = Line(
    bundle: url.lastPathComponent, repeats: repeats, medianMS: (median * 1000).rounded() / 1000,
    minMS: (timings[0] * 1000).rounded() / 1000, counts: summary?.counts)
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
print(String(decoding: try encoder.encode(line), as: UTF8.self))
