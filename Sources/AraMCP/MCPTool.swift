import Foundation
import MCP

/// One tool of the MCP server. Each lives in its own file under `Tools/`;
/// ``ToolRegistry`` lists them, so adding a tool is adding a file and a line.
public protocol MCPTool: Sendable {
    /// The name, description and JSON Schema of the arguments, as `tools/list` shows them.
    var definition: Tool { get }
    /// Runs the tool. A ``ToolError`` becomes an error result the agent can read.
    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput
}

/// Why a tool call failed: a sentence for the agent, naming the argument at fault.
public enum ToolError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidArgument(String, String)
    case failed(String)

    public var description: String {
        switch self {
        case .invalidArgument(let name, let reason): "argument '\(name)': \(reason)"
        case .failed(let reason): reason
        }
    }
}

/// A tool's answer: JSON for the agent, also given as structured content.
public struct ToolOutput: Sendable {
    /// How the answer was made, which decides how it is sent.
    public enum Form: Sendable {
        /// Text only: a budgeted page, whose budget a second, structured copy would break.
        case text
        /// By `JSONEncoder`; the structured content is this JSON parsed into an MCP value.
        case encoded
        /// By ``AraCore/JSONText``, strings and integers only: the structured content is
        /// these very bytes (parsing and encoding them again gives them back unchanged),
        /// so the server writes them itself (``SplicedAnswers``).
        case written
    }

    /// The answer as compact JSON with sorted keys, for clients that read only text.
    public var json: String
    public var form: Form

    public init<T: Encodable>(_ encodable: T) throws(ToolError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            json = String(decoding: try encoder.encode(encodable), as: UTF8.self)
        } catch {
            throw .failed("the answer could not be encoded: \(error)")
        }
        form = .encoded
    }

    /// An answer written with ``AraCore/JSONText`` (``Form/written``).
    public init(written json: String) {
        self.json = json
        form = .written
    }

    /// An answer that is text only.
    public init(text: String) {
        json = text
        form = .text
    }

    /// The structured content as an MCP value.
    public var value: Value? {
        guard form != .text,
            let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        else { return nil }
        return Self.value(parsed)
    }

    /// JSON as parsed by JSONSerialization, as an MCP value. Not through
    /// `Value`'s own decoding: it matches every string against a data-URL
    /// regular expression compiled anew each time, which was three quarters
    /// of a `read` round trip; an answer's strings are text, never data.
    static func value(_ parsed: Any) -> Value {
        switch parsed {
        case let text as String: return .string(text)
        case let number as NSNumber:
            // JSONSerialization gives booleans as NSNumbers of type `c`.
            switch String(cString: number.objCType) {
            case "c": return .bool(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        case let items as [Any]: return .array(items.map(value))
        case let fields as [String: Any]: return .object(fields.mapValues(value))
        default: return .null
        }
    }
}

/// The arguments of one call, read with the checks every tool needs.
public struct ToolArguments: Sendable {
    public var values: [String: Value]

    public init(_ values: [String: Value]?) {
        self.values = values ?? [:]
    }

    public func string(_ name: String) throws(ToolError) -> String? {
        guard let value = values[name], value != .null else { return nil }
        guard let text = value.stringValue else { throw .invalidArgument(name, "expected a string") }
        return text
    }

    public func boolean(_ name: String) throws(ToolError) -> Bool? {
        guard let value = values[name], value != .null else { return nil }
        guard let flag = value.boolValue else { throw .invalidArgument(name, "expected true or false") }
        return flag
    }

    public func requiredString(_ name: String) throws(ToolError) -> String {
        guard let text = try string(name), !text.isEmpty else { throw .invalidArgument(name, "required") }
        return text
    }

    /// An integer argument within `range` (a whole-number double is accepted: JSON has one number type).
    public func integer(_ name: String, in range: ClosedRange<Int>) throws(ToolError) -> Int? {
        guard let value = values[name], value != .null else { return nil }
        let number: Int?
        switch value {
        case .int(let whole): number = whole
        case .double(let real) where real.rounded() == real && abs(real) < 1e15: number = Int(real)
        default: number = nil
        }
        guard let number, range.contains(number) else {
            throw .invalidArgument(name, "expected an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}

/// JSON Schema helpers for tool definitions.
enum Schema {
    static func object(_ properties: [String: Value], required: [String] = []) -> Value {
        .object([
            "type": "object", "properties": .object(properties),
            "required": .array(required.map { .string($0) }), "additionalProperties": false,
        ])
    }

    static func string(_ description: String) -> Value {
        .object(["type": "string", "description": .string(description)])
    }

    static func integer(_ description: String, minimum: Int, maximum: Int) -> Value {
        .object([
            "type": "integer", "description": .string(description), "minimum": .int(minimum),
            "maximum": .int(maximum),
        ])
    }

    static func boolean(_ description: String) -> Value {
        .object(["type": "boolean", "description": .string(description)])
    }

    static let bundle = string("The bundle's name from list_bundles; may be left out when the server has one.")
}
