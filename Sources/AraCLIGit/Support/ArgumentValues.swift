import AraCLI
import AraCapture
import AraCore
import ArgumentParser

/// `--field key=value`: one key of a recorded node and its value.
struct NodeField: ExpressibleByArgument {
    var key: String
    var value: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        key = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
    }
}

/// What `arakit record` records: a journey node's type, or an observation.
enum RecordKind: ExpressibleByArgument, Equatable {
    case node(NodeType)
    case observation

    init?(argument: String) {
        if argument == "observation" {
            self = .observation
        } else if let type = Recorder.journeyType(argument) {
            self = .node(type)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ["question", "experiment", "decision", "dead_end", "pivot", "observation"] }
}

extension Promoter.Kind: ExpressibleByArgument {}

extension Promoter.Signal: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
