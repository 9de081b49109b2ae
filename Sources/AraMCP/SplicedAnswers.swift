import AraCore
import Foundation
import MCP

/// Tool answers written into the SDK's response as it goes out, not through it.
///
/// The SDK takes structured content as an MCP `Value` tree and encodes the
/// whole response again through another tree: for the 200,000 findings of a
/// review that made three copies of the answer at once (over 1 GB; the
/// harness's cap stopped it at 650 MB). For an answer whose bytes are final
/// (``ToolOutput/Form/written``) the handler gives the SDK a result holding
/// two placeholder strings instead, and the transport writes the answer where
/// they stand: as a JSON string for the text content, as it is for the
/// structured content; what the SDK would have written, byte for byte.
final class SplicedAnswers: @unchecked Sendable {
    private let lock = NSLock()
    /// Answers waiting for their response, by their placeholder.
    private var pending: [String: ToolOutput] = [:]

    /// The result to hand the SDK for the answer of tool `name`: placeholders
    /// where a written answer goes, any other answer as it is.
    func result(for output: ToolOutput, tool name: String) -> CallTool.Result {
        guard output.form == .written else { return ToolRegistry.result(output, tool: name) }
        let token = "arakit-answer-" + UUID().uuidString
        lock.withLock { pending[token] = output }
        let text = Tool.Content.text(text: Self.textMark(token), annotations: nil, _meta: nil)
        return CallTool.Result(content: [text], structuredContent: .string(Self.valueMark(token)))
    }

    /// The bytes to write for a message from the SDK, in order: the message
    /// itself, or the pieces around an answer's placeholders and the answer.
    func pieces(of message: Data) -> [Data] {
        let found = lock.withLock { () -> (String, ToolOutput)? in
            guard let token = pending.keys.first(where: { message.range(of: Data($0.utf8)) != nil }) else { return nil }
            return pending.removeValue(forKey: token).map { (token, $0) }
        }
        guard let (token, output) = found else { return [message] }
        let answers = [(Self.textMark(token), JSONText.quoted(output.json)), (Self.valueMark(token), output.json)]
        let placed = answers.compactMap { mark, answer in
            message.range(of: Data(JSONText.quoted(mark).utf8)).map { (range: $0, answer: answer) }
        }
        var pieces: [Data] = []
        var start = message.startIndex
        for (range, answer) in placed.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            pieces += [message[start..<range.lowerBound], Data(answer.utf8)]
            start = range.upperBound
        }
        return pieces + [message[start...]]
    }

    static func textMark(_ token: String) -> String { token + "-text" }
    static func valueMark(_ token: String) -> String { token + "-value" }
}
