import AraCore

/// The lines of one file that a batch of fixes already edits, to tell whether
/// another edit clashes with them. Sets, not a list of ranges: a batch can
/// hold 50,000 edits of one file (EV006 on a bundle of 50,000 unlisted files),
/// and comparing each with every other was quadratic.
struct TakenLines {
    /// Lines that replacements cover.
    private var covered: Set<Int> = []
    /// Where replacements start.
    private var replacementStarts: Set<Int> = []
    /// Where insertions (empty ranges) go.
    private var insertionPoints: Set<Int> = []

    /// An edit clashes when it overlaps a replacement or starts where another
    /// edit starts, unless both are insertions: then their order is the batch's.
    func clashes(_ lines: Range<Int>) -> Bool {
        if lines.isEmpty { return replacementStarts.contains(lines.lowerBound) }
        return insertionPoints.contains(lines.lowerBound) || lines.contains(where: covered.contains)
    }

    mutating func take(_ lines: Range<Int>) {
        if lines.isEmpty {
            insertionPoints.insert(lines.lowerBound)
        } else {
            replacementStarts.insert(lines.lowerBound)
            covered.formUnion(lines)
        }
    }

    /// The edits with every run of insertions at one line joined into one
    /// insertion, their lines in the order given.
    static func mergingInsertions(_ edits: [TextEdit]) -> [TextEdit] {
        var merged: [TextEdit] = []
        var insertionAt: [Int: Int] = [:]
        for edit in edits {
            guard edit.lines.isEmpty else {
                merged.append(edit)
                continue
            }
            if let index = insertionAt[edit.lines.lowerBound] {
                merged[index].replacement += edit.replacement
            } else {
                insertionAt[edit.lines.lowerBound] = merged.count
                merged.append(edit)
            }
        }
        return merged
    }
}
