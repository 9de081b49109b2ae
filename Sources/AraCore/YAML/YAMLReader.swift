import Yams

/// Parses YAML text into ``YAMLNode``s, safely.
///
/// Plain block YAML is read by ``YAMLBlockReader``; Yams (libyaml) parses
/// the rest, and this type adds what a hostile file needs:
/// cheap pre-scans before libyaml sees the text, of depth (so the recursive
/// composer cannot exhaust the stack) and of the nodes written (so building
/// them cannot exhaust memory); a budget on the nodes aliases add (so a
/// "billion laughs" document is refused, not expanded); and locations
/// shifted to the file's own lines when the YAML is embedded (front matter).
public struct YAMLReader: Sendable {
    public var limits: ReadLimits
    /// Whether plain block YAML is read from the bytes; without it libyaml
    /// reads every text (the fuzz target compares the two).
    public var readsPlainBlocks: Bool

    public init(limits: ReadLimits = .default, readsPlainBlocks: Bool = true) {
        self.limits = limits
        self.readsPlainBlocks = readsPlainBlocks
    }

    /// - Parameters:
    ///   - lineOffset: lines that precede `text` in its file (front matter starts after `---`).
    public func read(_ text: String, path: String, lineOffset: Int = 0) -> (node: YAMLNode?, diagnostics: [Diagnostic])
    {
        if let deep = Self.firstLineDeeperThan(limits.maxYAMLDepth, in: text) {
            let location = SourceLocation(path: path, line: deep + lineOffset, column: 1)
            return (
                nil,
                [
                    Diagnostic(
                        .yamlTooDeep, at: location, "nesting deeper than \(limits.maxYAMLDepth) levels; file not read")
                ]
            )
        }
        let written = Self.estimatedNodes(in: text)
        if written > limits.maxYAMLNodes {
            return (
                nil,
                [
                    Diagnostic(
                        .yamlTooManyNodes, at: SourceLocation(path: path, line: 1 + lineOffset, column: 1),
                        "holds about \(written) YAML nodes, more than the limit of \(limits.maxYAMLNodes); file not read"
                    )
                ]
            )
        }
        let fast = Self.withBytes(text) { bytes -> YAMLEventReader.Outcome in
            // Plain block YAML is read from the bytes; the rest goes through libyaml's events.
            if readsPlainBlocks,
                let node = YAMLBlockReader(path: path, lineOffset: lineOffset, maxDepth: limits.maxYAMLDepth).read(
                    bytes)
            {
                return .node(node)
            }
            return YAMLEventReader(path: path, lineOffset: lineOffset, maxDepth: limits.maxYAMLDepth).read(bytes)
        }
        switch fast {
        case .empty: return (nil, [])
        case .node(let node): return (node, [])
        case .unusual: return composedWithYams(text, path: path, lineOffset: lineOffset)
        }
    }

    /// Reads what ``YAMLEventReader`` leaves: Yams composes the whole tree,
    /// reports syntax errors, and resolves aliases within a budget.
    func composedWithYams(_ text: String, path: String, lineOffset: Int)
        -> (node: YAMLNode?, diagnostics: [Diagnostic])
    {
        let composed: Node?
        do {
            // `.basic` resolves no tags while composing (Yams would run its regular
            // expressions on every scalar); `resolvedTag(of:)` resolves the few
            // plain scalars that can be something other than a string.
            composed = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, column, message) = Self.describe(error)
            let location = SourceLocation(path: path, line: line + lineOffset, column: column)
            // libyaml's own nesting limit, met where the pre-scan's estimate was low.
            if message.hasPrefix("Maximum nesting level") {
                return (
                    nil,
                    [
                        Diagnostic(
                            .yamlTooDeep, at: location,
                            "nesting deeper than \(limits.maxYAMLDepth) levels; file not read")
                    ]
                )
            }
            return (nil, [Diagnostic(.yamlSyntax, at: location, "YAML does not parse: \(message)")])
        } catch {
            return (
                nil,
                [
                    Diagnostic(
                        .yamlSyntax, at: SourceLocation(path: path, line: 1 + lineOffset, column: 1),
                        "YAML does not parse: \(error)")
                ]
            )
        }
        guard let composed else { return (nil, []) }
        var converter = Converter(path: path, lineOffset: lineOffset, limits: limits)
        do {
            let node = try converter.convert(composed, depth: 0)
            return (node, [])
        } catch let failure as Converter.Failure {
            return (nil, [failure.diagnostic])
        } catch {
            return (nil, [])
        }
    }

    /// Runs `body` over `text`'s UTF-8 bytes as one buffer: the guards above
    /// read every byte of a tree file, and stepping through the string's UTF-8
    /// view costs several times more than through a buffer.
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func describe(_ error: YamlError) -> (line: Int, column: Int, message: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, problem)
        case .reader(let problem, _, _, _):
            return (1, 1, problem)
        default:
            return (1, 1, "\(error)")
        }
    }

    /// Walks a composed Yams tree, counting the nodes aliases add so that
    /// shared subtrees cannot expand without bound. Yams hands an alias back
    /// as its anchor's node, mark and all: a collection met at a position
    /// already seen is an alias's copy, and so is everything under it.
    struct Converter {
        struct Failure: Error { let diagnostic: Diagnostic }

        let path: String
        let lineOffset: Int
        let limits: ReadLimits
        var aliasNodes = 0
        var collections: Set<UInt64> = []

        init(path: String, lineOffset: Int, limits: ReadLimits) {
            self.path = path
            self.lineOffset = lineOffset
            self.limits = limits
        }

        func origin(_ mark: Mark?) -> Origin {
            Origin(SourceLocation(path: path, line: (mark?.line ?? 0) + lineOffset, column: mark?.column ?? 0))
        }

        mutating func convert(_ node: Node, depth: Int, inAlias: Bool = false) throws -> YAMLNode {
            var inAlias = inAlias
            if !inAlias, node.scalar == nil, let mark = node.mark {
                inAlias = !collections.insert(UInt64(mark.line) << 32 | UInt64(mark.column)).inserted
            }
            if inAlias {
                aliasNodes += 1
                if aliasNodes > limits.maxYAMLAliasNodes {
                    throw Failure(
                        diagnostic: Diagnostic(
                            .yamlAliasBudget, at: origin(node.mark).location,
                            "aliases expand to more than \(limits.maxYAMLAliasNodes) nodes (an alias bomb); file refused"
                        ))
                }
            }
            if depth > limits.maxYAMLDepth {
                throw Failure(
                    diagnostic: Diagnostic(
                        .yamlTooDeep, at: origin(node.mark).location,
                        "nesting deeper than \(limits.maxYAMLDepth) levels; file refused"))
            }
            switch node {
            case .scalar(let scalar):
                return YAMLNode(Self.value(of: scalar), origin: origin(scalar.mark))
            case .sequence(let sequence):
                var items: [YAMLNode] = []
                items.reserveCapacity(sequence.count)
                for item in sequence {
                    items.append(try convert(item, depth: depth + 1, inAlias: inAlias))
                }
                return YAMLNode(.sequence(items), origin: origin(sequence.mark))
            case .mapping(let mapping):
                var entries: [YAMLEntry] = []
                entries.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    let keyText = key.scalar?.string ?? "\(key)"
                    entries.append(
                        YAMLEntry(
                            key: keyText, value: try convert(value, depth: depth + 1, inAlias: inAlias),
                            keyOrigin: origin(key.mark)))
                }
                return YAMLNode(.mapping(entries), origin: origin(mapping.mark))
            case .alias(let alias):
                // Yams resolves aliases while composing; an unresolved one is
                // kept as its anchor name so nothing is lost.
                return YAMLNode(.string("*" + alias.anchor.rawValue), origin: origin(alias.mark))
            }
        }

        static func value(of scalar: Node.Scalar) -> YAMLValue {
            YAMLReader.value(of: scalar.string, plain: scalar.style == .plain || scalar.style == .any)
        }
    }

    /// A scalar's value: quoted text is a string; plain text is resolved
    /// the way Yams's own emitter will, by its rules (bool, int, float, merge,
    /// null, timestamp) but without running their regular expressions, which
    /// cost more than the rest of reading a scalar, unless the text could be
    /// a number. (Its `value` rule, a lone `=`, was never applied here: `=`
    /// stays a string.)
    static func value(of text: String, plain: Bool) -> YAMLValue {
        guard plain else { return .string(text) }
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            if text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return .plain(text) }
            if isPlainDecimal(text) { return .plain(text) }
            if text.utf8.contains(where: { $0 >= 128 || !numberBytes[Int($0)] }) { return .string(text) }
            // A tag made with the shared constructor: `.implicit` builds a new one.
            let tag = Tag(.implicit, .default, constructor)
            switch Resolver.default.resolveTag(of: .scalar(Node.Scalar(text, tag, .plain))) {
            case .str: return .string(text)
            case .null: return .null
            default: return .plain(text)
            }
        case UInt8(ascii: "~"):
            return text == "~" ? .null : .string(text)
        case UInt8(ascii: "<"):
            return text == "<<" ? .plain(text) : .string(text)
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "o"),
            UInt8(ascii: "O"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            // Only the bool and null words, which start with these, match a rule.
            guard text.utf8.count <= 5 else { return .string(text) }
            if nullWords.contains(text) { return .null }
            return boolWords.contains(text) ? .plain(text) : .string(text)
        default:
            return .string(text)
        }
    }

    /// `1.5`, `-0.82`, `+12.`: a sign, digits, a point and digits, which
    /// Yams's float rule takes and no earlier rule does. Metrics are written
    /// so, and its expressions cost more than the rest of reading one.
    static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard let point = bytes.firstIndex(of: UInt8(ascii: ".")), point > bytes.startIndex else { return false }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return bytes[..<point].allSatisfy(isDigit) && bytes[bytes.index(after: point)...].allSatisfy(isDigit)
    }

    /// Made once: Yams's `Constructor.default` builds its tables of types
    /// anew on every use, and a tag made with the defaults uses it. Never
    /// changed after it is made, so tags share it.
    nonisolated(unsafe) static let constructor = Constructor.default

    static let nullWords: Set<String> = ["null", "Null", "NULL"]
    static let boolWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    /// Every character Yams's int, float and timestamp rules can match:
    /// digits, signs and separators, the letters of `0x`/`0b`/`0o` numbers,
    /// exponents, `.inf`, `.nan`, and timestamps' `T`, `Z`, space and tab.
    static let numberBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in "0123456789+-._: \tabcdefinotxABCDEFINTZ".utf8 { table[Int(byte)] = true }
        return table
    }()
}
