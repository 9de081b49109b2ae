import AraCore
import AraSearch
import ArgumentParser
import Foundation

package struct SearchCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find claims, experiments, nodes and other objects by their words.",
        discussion: """
            Ranks the objects of one bundle or of every bundle under a folder with \
            SQLite's full-text engine (FTS5, BM25). Each bundle's index is cached outside \
            it (ARAKIT_CACHE_DIR, else $XDG_CACHE_HOME/arakit, else ~/.cache/arakit) \
            and rebuilt when any of its files changes. Words are matched whole and \
            stemmed; "quoted words" form a phrase and a trailing * a prefix. Nothing \
            else in the query is syntax.

            Examples:
              arakit search examples/tiny-sort "insertion sort"
              arakit search bundles/ warmup --kind claim --limit 5
              arakit search my-paper "learn*" --json | jq '.hits[].id'

            Exit status: 0 matches found, 1 no match, 2 usage or I/O error.
            """
    )

    @Argument(
        help: ArgumentHelp("One or more bundles or folders of bundles, then the query.", valueName: "path-then-query"))
    var arguments: [String]

    @Option(help: "Only objects of this kind: \(ObjectKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?

    @Option(help: "At most this many hits.")
    var limit = 10

    @Flag(help: "Print one JSON object (shape in SPEC.md §13) instead of text.")
    var json = false

    package init() {}

    package func validate() throws {
        guard arguments.count >= 2 else { throw ValidationError("give at least one PATH and then the QUERY") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    package func run() throws {
        let result: SearchResult
        do {
            let wanted = try kind.map { name throws(SearchError) in
                guard let known = ObjectKind(rawValue: name) else { throw .unknownKind(name) }
                return known
            }
            let paths = Array(arguments.dropLast())
            result = try Searcher().search(paths: paths, query: arguments.last ?? "", kind: wanted, limit: limit)
        } catch {
            throw CLIError(error.description)
        }
        if result.indexed > 0 {
            StandardError.write("search: indexed \(result.indexed) of \(result.bundles) bundles")
        }
        if json {
            print(try JSONOutput.encode(result))
        } else {
            print(SearchText.render(result, style: TerminalStyle.forStandardOutput()), terminator: "")
        }
        if result.hits.isEmpty { throw ExitCode(1) }
    }
}
