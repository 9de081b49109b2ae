/// Where to read on: a target and, for lists and files, where to start.
public struct ReadPointer: Hashable, Sendable, Encodable {
    public var target: String
    public var from: String?

    public init(target: String, from: String? = nil) {
        self.target = target
        self.from = from
    }
}

/// One line (or paragraph) of a page: an object reference, a field, a cell.
public struct PageItem: Sendable, Encodable {
    public var text: String
    /// What `--from` names to start a list here (an id, a line, a row).
    public var key: String?
    /// The object the line is about, for machine readers.
    public var ref: ObjectRef?
    /// Characters of the item's text a `--from KEY@OFFSET` page skipped.
    var offset = 0

    enum CodingKeys: String, CodingKey {
        case text, key, ref
    }

    public init(_ text: String, key: String? = nil, ref: ObjectRef? = nil) {
        self.text = text
        self.key = key
        self.ref = ref
    }
}

/// A titled list of items; what does not fit becomes one pointer.
public struct PageSection: Sendable, Encodable {
    public var title: String?
    public var items: [PageItem]
    /// The plural noun of the items, for pointers (`claims`, `cells`).
    public var noun: String
    /// The target that lists these items in full; `nil` when none does.
    public var target: String?
    /// The most of the whole budget this section may take (a long abstract
    /// must leave room for the claims after it).
    var share: Double = 1
    /// Items always kept whole before any later section is filled.
    var isIndex = false
    /// How far after the other sections this one is filled: level 1 fills
    /// its claims, then its layers, then its abstract.
    var yields = 0

    /// Filled right after the index: where a `--from` page starts.
    var leads = false

    /// Index sections fill first, then a leading one, yielding ones last.
    var fillRank: Int { isIndex ? 0 : leads ? 1 : 2 + yields }
    /// Set by the layout: items left out, and where to read them.
    public var omitted = 0
    public var more: ReadPointer?

    enum CodingKeys: String, CodingKey {
        case title, items, noun, target, omitted, more
    }

    init(title: String?, items: [PageItem], noun: String, target: String?) {
        self.title = title
        self.items = items
        self.noun = noun
        self.target = target
    }
}
