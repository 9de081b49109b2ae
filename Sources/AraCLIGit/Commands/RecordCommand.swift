import AraCLI
import AraCapture
import AraCore
import ArgumentParser
import Foundation

package struct RecordCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Log what git cannot see: a journey node, or an observation to stage.",
        discussion: """
            A journey fact (question, experiment, decision, dead_end, pivot) goes straight \
            into trace/exploration_tree.yaml, under --parent or else under the node recorded \
            or captured last, and is logged in today's session record with provenance 'user'. \
            Keys the type requires and you do not give are written as 'pending'.

            An interpretation is never written into logic/ directly: `record observation` \
            stages it in staging/observations.yaml until `arakit promote` moves it.

            Examples:
              arakit record question "Does warmup length matter at 1B parameters?"
              arakit record dead_end "Cosine restarts" \\
                  --field hypothesis="restarts escape plateaus" \\
                  --field failure_mode="loss spikes at every restart" \\
                  --field lesson="keep one cycle"
              arakit record decision "Keep AdamW" --field choice=AdamW \\
                  --field alternatives="Lion, Sophia"
              arakit record observation "Warmup matters less as batches grow" \\
                  --kind claim --bind N07

            Exit status: 0 recorded, 2 error (nothing written).
            """
    )

    @Argument(help: "question, experiment, decision, dead_end, pivot, or observation.")
    var type: RecordKind

    @Argument(help: "The node's title, or the observation's text.")
    var text: String

    @Option(
        name: .customLong("field"),
        help: ArgumentHelp("A node key and its value (result=\"loss 2.31\"); repeatable.", valueName: "key=value"))
    var fields: [NodeField] = []

    @Option(help: "The node to record under (default: the node recorded or captured last).")
    var parent: String?

    @Option(
        help:
            "For an observation: what it may become (claim, heuristic, concept, constraint, architecture, decision, unknown)."
    )
    var kind: String = "unknown"

    @Option(help: "For an observation: where it was made (free text).")
    var context: String?

    @Option(help: "For an observation: a tree node it concerns; repeatable.")
    var bind: [String] = []

    @OptionGroup var bundle: BundleOption

    @OptionGroup var output: JSONOption

    package init() {}

    package func validate() throws {
        switch type {
        case .observation:
            guard fields.isEmpty, parent == nil else {
                throw ValidationError(
                    "--field and --parent are for nodes; an observation takes --kind, --context and --bind")
            }
        case .node:
            guard bind.isEmpty, context == nil, kind == "unknown" else {
                throw ValidationError(
                    "--kind, --context and --bind are for observations; a node takes --field and --parent")
            }
        }
    }

    package func run() throws {
        let url = URL(fileURLWithPath: try bundle.resolve())
        let clock = BundleLocation.now()
        do {
            switch type {
            case .observation:
                let id = try Recorder.recordObservation(
                    text, kind: kind, context: context, bind: bind, bundle: url, now: clock.epoch,
                    offsetMinutes: clock.offsetMinutes)
                print(
                    output.json
                        ? try JSONOutput.encode(["id": id, "path": BundlePaths.observations])
                        : "Staged \(id) in \(BundlePaths.observations). Promote it with: arakit promote \(id) --as KIND --because SIGNAL"
                )
            case .node(let nodeType):
                let node = try Recorder.recordNode(
                    nodeType, title: text, fields: fields.map { ($0.key, $0.value) }, parent: parent, bundle: url,
                    now: clock.epoch, offsetMinutes: clock.offsetMinutes)
                let json = [
                    "id": node.id, "parent": node.parent ?? "", "session": node.session, "type": nodeType.description,
                ]
                print(
                    output.json
                        ? try JSONOutput.encode(json)
                        : "Recorded \(node.id) \(nodeType) \"\(text)\""
                            + (node.parent.map { " under \($0)" } ?? " as a new root")
                            + "; logged in trace/sessions/\(node.session).yaml")
            }
        } catch let error as CaptureError {
            throw CLIError(error.description)
        }
    }
}
