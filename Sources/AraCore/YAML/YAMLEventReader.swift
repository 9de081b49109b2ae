import CYaml
import Yams

/// Builds ``YAMLNode``s straight from libyaml's events, for the documents
/// bundles hold: one document of mappings, sequences and scalars, without
/// anchors, aliases, explicit tags, complex keys or repeated keys.
///
/// Yams composes its own node tree (a class per tag, marks, anchors) that
/// ``YAMLReader`` then copied into ``YAMLNode``s: a third of a review's
/// instructions went there. Anything this reader does not handle it reports
/// as `.unusual`, and ``YAMLReader`` reads that text with Yams as before, so
/// errors, aliases and every rare form keep exactly the diagnostics they had.
struct YAMLEventReader {
    enum Outcome {
        /// A stream without a document.
        case empty
        case node(YAMLNode)
        /// Not read here: a syntax error, an alias or anchor, a tag, a
        /// non-scalar or repeated key, a second document, or nesting past the limit.
        case unusual
    }

    let path: String
    let lineOffset: Int
    let maxDepth: Int

    func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .unusual }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var builder = Builder(reader: self)
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return .unusual }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                continue
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return .unusual }
            case YAML_STREAM_END_EVENT:
                return builder.root.map(Outcome.node) ?? .empty
            default:
                guard builder.take(event) else { return .unusual }
            }
        }
    }

    func origin(_ mark: yaml_mark_t) -> Origin {
        // libyaml counts from 0; Yams's marks, and so every location AraKit
        // reports, count from 1.
        Origin(SourceLocation(path: path, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1))
    }

    /// The open collections, innermost last, and the root once it is closed.
    /// Frames are changed in place (`frames[last].items.append`): taking a
    /// frame out and putting it back copied its arrays and key set each time.
    struct Builder {
        struct Frame {
            var isMapping: Bool
            var origin: Origin
            var items: [YAMLNode] = []
            var entries: [YAMLEntry] = []
            /// The key read and waiting for its value.
            var key: (text: String, origin: Origin)?
            var keys: Set<String> = []

            var expectsKey: Bool { isMapping && key == nil }
        }

        let reader: YAMLEventReader
        var frames: [Frame] = []
        var root: YAMLNode?

        /// Takes one event; `false` when it is one this reader leaves to Yams.
        mutating func take(_ event: yaml_event_t) -> Bool {
            // A node at depth d sits in d open collections; the root is at 0.
            if frames.count > reader.maxDepth { return false }
            switch event.type {
            case YAML_SCALAR_EVENT:
                return scalar(event)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                return open(mapping: false, at: event.start_mark, plain: start.anchor == nil && start.implicit != 0)
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                return open(mapping: true, at: event.start_mark, plain: start.anchor == nil && start.implicit != 0)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                return close()
            default:
                // An alias, or an event a well-formed stream never gives here.
                return false
            }
        }

        /// A collection without anchor or tag, and never as a key.
        private mutating func open(mapping: Bool, at mark: yaml_mark_t, plain: Bool) -> Bool {
            guard plain, frames.last?.expectsKey != true else { return false }
            frames.append(Frame(isMapping: mapping, origin: reader.origin(mark)))
            return true
        }

        private mutating func scalar(_ event: yaml_event_t) -> Bool {
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil else { return false }
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let origin = reader.origin(event.start_mark)
            if let last = frames.indices.last, frames[last].expectsKey {
                // A key keeps its text as written (`~`, `2017`); Yams refuses
                // a repeated key, so that mapping goes to Yams to say so.
                guard frames[last].keys.insert(text).inserted else { return false }
                frames[last].key = (text, origin)
                return true
            }
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE
            return add(YAMLNode(YAMLReader.value(of: text, plain: plain), origin: origin))
        }

        private mutating func close() -> Bool {
            guard let frame = frames.popLast(), frame.key == nil else { return false }
            return add(
                YAMLNode(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), origin: frame.origin))
        }

        /// Adds a finished value to the open collection, or makes it the root.
        private mutating func add(_ node: YAMLNode) -> Bool {
            guard let last = frames.indices.last else {
                guard root == nil else { return false }
                root = node
                return true
            }
            if !frames[last].isMapping {
                frames[last].items.append(node)
            } else if let key = frames[last].key {
                frames[last].entries.append(YAMLEntry(key: key.text, value: node, keyOrigin: key.origin))
                frames[last].key = nil
            } else {
                return false
            }
            return true
        }
    }
}
