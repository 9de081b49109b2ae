import AraCore

/// The lines each section of a document spans, from its heading to the next
/// section's: worked out once per document, where looking each section up in
/// the document's list made a page of 10,000 claims quadratic.
struct SectionSpans {
    private let spans: [MarkdownSection: Range<Int>]

    init(_ document: MarkdownDocument?) {
        let sections = document?.sections ?? []
        var spans: [MarkdownSection: Range<Int>] = [:]
        for (index, section) in sections.enumerated() where spans[section] == nil {
            let end = index + 1 < sections.count ? sections[index + 1].location.line : Int.max
            spans[section] = section.location.line..<end
        }
        self.spans = spans
    }

    /// The lines of `section`; nil when the document does not hold it.
    func lines(of section: MarkdownSection) -> Range<Int>? { spans[section] }
}
