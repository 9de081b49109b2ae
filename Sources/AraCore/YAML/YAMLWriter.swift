import CYaml

/// Emits ``YAMLNode``s as YAML text in AraKit's canonical style.
///
/// Canonical style: two-space indentation, block collections, keys in the
/// order given, plain scalars where YAML reads them back as the same value,
/// double quotes where it would not, literal blocks (`|`) for multi-line text,
/// and Unicode written as itself.
///
/// The text is libyaml's emitter's (width 100), fed events straight from the
/// nodes, or for the common forms the same text written directly
/// (``YAMLBlockWriter``). Going through Yams built a node tree of classes and resolved every
/// plain scalar's tag with regular expressions only for the emitter to drop
/// it (implicit tags are never written): two thirds of writing a captured
/// history. The events are the ones Yams sent, so the text is the same.
public enum YAMLWriter {
    /// libyaml refused an event; with events made here that means a string
    /// libyaml will not take (longer than it can count).
    public struct EmitError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func serialize(_ node: YAMLNode) throws(EmitError) -> String {
        if let text = YAMLBlockWriter.document(node) { return text }
        return try emitted(node)
    }

    /// The text libyaml's emitter writes for `node`.
    static func emitted(_ node: YAMLNode) throws(EmitError) -> String {
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        emitter.initialize(to: yaml_emitter_t())
        let output = Output()
        defer {
            yaml_emitter_delete(emitter)
            emitter.deinitialize(count: 1)
            emitter.deallocate()
        }
        guard yaml_emitter_initialize(emitter) == 1 else { throw EmitError(description: "libyaml: out of memory") }
        try withExtendedLifetime(output) { () throws(EmitError) in
            yaml_emitter_set_output(emitter, Output.write, Unmanaged.passUnretained(output).toOpaque())
            yaml_emitter_set_indent(emitter, 2)
            yaml_emitter_set_width(emitter, 100)
            yaml_emitter_set_unicode(emitter, 1)
            yaml_emitter_set_encoding(emitter, YAML_UTF8_ENCODING)
            var events = Events(emitter: emitter)
            try events.document(node)
        }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Where libyaml's write handler puts the text.
    final class Output {
        var bytes: [UInt8] = []

        static let write: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<UInt8>?, Int) -> Int32 = {
            context, buffer, size in
            guard let context, let buffer else { return 0 }
            let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
            output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }
    }

    /// One stream of one document, as Yams's emitter sent it: implicit
    /// document markers, implicit tags (so none is written), block collections.
    struct Events {
        let emitter: UnsafeMutablePointer<yaml_emitter_t>
        var event = yaml_event_t()

        mutating func document(_ node: YAMLNode) throws(EmitError) {
            yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
            try emit()
            yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
            try emit()
            try self.node(node)
            yaml_document_end_event_initialize(&event, 1)
            try emit()
            yaml_stream_end_event_initialize(&event)
            try emit()
        }

        mutating func node(_ node: YAMLNode) throws(EmitError) {
            switch node.value {
            case .null: try scalar("null", YAML_ANY_SCALAR_STYLE)
            case .plain(let text): try scalar(text, YAML_PLAIN_SCALAR_STYLE)
            case .string(let text): try scalar(text, style(for: text))
            case .sequence(let items):
                yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE)
                try emit()
                for item in items { try self.node(item) }
                yaml_sequence_end_event_initialize(&event)
                try emit()
            case .mapping(let entries):
                yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE)
                try emit()
                for entry in entries {
                    try scalar(entry.key, style(for: entry.key))
                    try self.node(entry.value)
                }
                yaml_mapping_end_event_initialize(&event)
                try emit()
            }
        }

        mutating func scalar(_ text: String, _ style: yaml_scalar_style_t) throws(EmitError) {
            var text = text
            let made = text.withUTF8 { bytes in
                guard bytes.count <= Int32.max else { return Int32(0) }
                // An empty string's buffer may have no address; libyaml wants one.
                return withUnsafePointer(to: UInt8(0)) { zero in
                    yaml_scalar_event_initialize(
                        &event, nil, nil, bytes.baseAddress ?? zero, Int32(bytes.count), 1, 1, style)
                }
            }
            guard made == 1 else {
                throw EmitError(description: "libyaml refused a scalar of \(text.utf8.count) bytes")
            }
            try emit()
        }

        /// libyaml owns the event from here, and frees it even when it fails.
        mutating func emit() throws(EmitError) {
            guard yaml_emitter_emit(emitter, &event) == 1 else {
                let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown error"
                throw EmitError(description: "libyaml: \(problem)")
            }
        }
    }

    /// `2026-01-05` or `2026-01-05T11:00:00+01:00` (also `Z`): YAML 1.1
    /// timestamps, so they need quotes. A cheap check for the commonest case.
    static func isTimestamp<Bytes: RandomAccessCollection<UInt8>>(bytes: Bytes) -> Bool where Bytes.Index == Int {
        guard [10, 20, 25].contains(bytes.count) else { return false }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        guard digits(0..<4), bytes[4] == 0x2D, digits(5..<7), bytes[7] == 0x2D, digits(8..<10) else { return false }
        if bytes.count == 10 { return true }
        guard bytes[10] == 0x54, digits(11..<13), bytes[13] == 0x3A, digits(14..<16), bytes[16] == 0x3A, digits(17..<19)
        else { return false }
        if bytes.count == 20 { return bytes[19] == 0x5A }
        return (bytes[19] == 0x2B || bytes[19] == 0x2D) && digits(20..<22) && bytes[22] == 0x3A && digits(23..<25)
    }

    /// Hexadecimal digits with a letter other than `e` (a commit id): no YAML
    /// 1.1 number, boolean, null or timestamp looks like that without `0x`.
    static func isHexWord(bytes: some Sequence<UInt8>) -> Bool {
        var letter = false
        for byte in bytes {
            switch byte {
            case 0x30...0x39: continue
            case 0x61...0x64, 0x66: letter = true
            case 0x65: continue
            default: return false
            }
        }
        return letter
    }

    /// Whether `text` holds `"\n"` as Foundation's `contains` finds it, on
    /// the bytes unless a carriage return is there too (which Foundation may
    /// take together with a line feed): asking Foundation of every scalar was
    /// most of writing a captured history.
    static func hasLineBreak(_ text: String) -> Bool {
        guard text.utf8.contains(0x0A) else { return false }
        return text.utf8.contains(0x0D) ? text.contains("\n") : true
    }

    /// The scalar style that reads back as the same string.
    static func style(for text: String) -> yaml_scalar_style_t {
        if hasLineBreak(text) {
            // A literal block cannot hold trailing spaces on a line or leading
            // blank lines faithfully; quote those.
            let lines = text.splitLines()
            let literalSafe =
                !text.hasPrefix(" ") && !text.hasPrefix("\n")
                && lines.allSatisfy { !$0.hasSuffix(" ") && !$0.hasSuffix("\t") }
                && !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" })
            return literalSafe ? YAML_LITERAL_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE
        }
        // Native strings lend their bytes; only a bridged one is copied.
        return text.utf8.withContiguousStorageIfAvailable { lineStyle(for: $0, of: text) }
            ?? lineStyle(for: Array(text.utf8), of: text)
    }

    /// ``style(for:)`` of a text without a line break, given its bytes. A
    /// plain scalar that would resolve to another type must be quoted.
    /// Timestamps and commit ids are answered on the bytes, before the
    /// reader's resolution would hand them to Yams's regular expressions.
    static func lineStyle<Bytes: RandomAccessCollection<UInt8>>(for bytes: Bytes, of text: String)
        -> yaml_scalar_style_t where Bytes.Index == Int
    {
        if bytes.isEmpty || isTimestamp(bytes: bytes) { return YAML_DOUBLE_QUOTED_SCALAR_STYLE }
        if isHexWord(bytes: bytes) { return YAML_ANY_SCALAR_STYLE }
        // The reader's resolution is Yams's, but for `=` (its value rule), which
        // the reader keeps a string and Yams would not read back as one.
        if text == "=" || YAMLReader.value(of: text, plain: true) != .string(text) {
            return YAML_DOUBLE_QUOTED_SCALAR_STYLE
        }
        return YAML_ANY_SCALAR_STYLE
    }
}
