import AraGit
import Foundation

/// What a commit message says it reverts (SPEC.md §10.2): the ids after
/// `This reverts commit`, and the subject quoted by `Revert "…"` or
/// `Reapply "…"` — the forms of `git revert`, GitHub's revert button and
/// hand-written reverts, which often carry no id at all.
struct RevertMessage: Equatable {
    /// Ids named after `This reverts commit`, full or abbreviated, in order.
    let ids: [String]
    /// The reverted commit's subject as the subject quotes it. `Revert "X"`
    /// quotes `X`; `Reapply "X"`, git's subject for reverting `Revert "X"`,
    /// stands for `Revert "X"`. Nil when the subject is not of either form.
    let revertedSubject: String?
    /// How many reverts deep the subject alone says this is: 0 when it is of
    /// neither form, 1 for `Revert "X"`, 2 for `Reapply "X"` or
    /// `Revert "Revert "X""`, and so on. Odd undoes the original change; even
    /// brings it back.
    let subjectDepth: Int
    /// The original change's subject, inside every `Revert`/`Reapply`.
    let original: String?

    /// Nil when the message is no revert by either sign.
    init?(_ commit: GitCommit) {
        var depth = 0
        var current = Substring(commit.subject)
        var reverted: String?
        // Nesting is bounded by the subject's length; the cap only guards a
        // pathological subject from a quadratic walk.
        while depth < 64, let (inner, levels) = Self.unwrap(current) {
            if reverted == nil { reverted = levels == 1 ? String(inner) : "Revert \"\(inner)\"" }
            depth += levels
            current = inner
        }
        let ids = commit.revertedIDs
        guard !ids.isEmpty || depth > 0 else { return nil }
        self.ids = ids
        revertedSubject = reverted
        subjectDepth = depth
        original = depth > 0 ? String(current) : nil
    }

    /// `Revert "X"` → (`X`, 1); `Reapply "X"` → (`X`, 2). A trailing pull
    /// request number (` (#12)`, what a squash merge of a revert adds) is not
    /// part of the form. The keyword's letter case does not matter.
    static func unwrap(_ subject: Substring) -> (inner: Substring, levels: Int)? {
        let text = withoutPullRequestNumber(subject)
        // Asked of every commit; a subject not ending in a quote byte cannot
        // end in a quote character, so most stop here without lowercasing.
        guard text.utf8.last == UInt8(ascii: "\"") else { return nil }
        for (word, levels) in [("revert \"", 1), ("reapply \"", 2)] {
            guard text.utf8.count > word.utf8.count + 1, text.hasSuffix("\""),
                text.prefix(word.count).lowercased() == word
            else { continue }
            let inner = text.dropFirst(word.count).dropLast()
            if !inner.allSatisfy(\.isWhitespace) { return (inner, levels) }
        }
        return nil
    }

    /// `Title (#12)` → `Title`; anything else as it is.
    static func withoutPullRequestNumber(_ subject: Substring) -> Substring {
        guard subject.hasSuffix(")"), let open = subject.range(of: " (#", options: .backwards) else { return subject }
        let number = subject[open.upperBound..<subject.index(before: subject.endIndex)]
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit) else { return subject }
        return subject[..<open.lowerBound]
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
