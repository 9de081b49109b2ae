import AraCore
import AraReview

/// The sections of each kind of object's page, in reading order: the object
/// first, then what it references, nearest first.
enum ObjectPages {
    static func sections(_ object: ReadObject, target: String) -> [PageSection] {
        switch object {
        case .overview(let view): OverviewPage.sections(view)
        case .listing(let view): ListingPage.sections(view, target: target)
        case .file(let view): FilePage.sections(view)
        case .claim(let view): ClaimPage.sections(view, target: target)
        case .experiment(let view): experiment(view, target: target)
        case .node(let view): node(view, target: target)
        case .evidence(let view): EvidencePage.sections(view, target: target)
        case .block(let view): block(view, target: target)
        case .record(let view):
            [PageText.header(view.ref), PageText.fields(view.fields, target: target)]
                + [PageText.refs("Names", view.links, noun: "references", target: target)].compactMap { $0 }
        }
    }

    static func experiment(_ view: ExperimentView, target: String) -> [PageSection] {
        let files = view.evidenceFiles.map { PageItem("- \($0)", key: $0) }
        return [PageText.header(view.block.ref), PageText.fields(view.block.fields, target: target)]
            + [
                PageText.refs("Verifies", view.verifies, noun: "claims", target: target),
                PageText.refs("Used in the Proof of", view.usedBy, noun: "claims", target: target),
                files.isEmpty
                    ? nil : PageText.section("Evidence files (\(files.count)):", files, noun: "files", target: target),
            ].compactMap { $0 }
    }

    static func node(_ view: NodeView, target: String) -> [PageSection] {
        [PageText.header(view.ref), PageText.fields(view.fields, target: target)]
            + [
                PageText.refs("Ancestry, root first", view.ancestry, noun: "ancestors", target: target),
                PageText.refs("Children", view.children, noun: "children", target: target),
                PageText.refs("Dead ends under it", view.deadEnds, noun: "dead ends", target: target),
                PageText.refs("Also depends on", view.alsoDependsOn, noun: "nodes", target: target),
                PageText.refs("Claims in its evidence", view.claims, noun: "claims", target: target),
            ].compactMap { $0 }
    }

    static func block(_ view: BlockView, target: String) -> [PageSection] {
        var sections = [PageText.header(view.ref), PageText.fields(view.fields, target: target)]
        if let text = view.text {
            let item = PageItem(text, key: "text")
            sections.append(PageText.section(nil, [item], noun: "paragraphs", target: target))
        }
        return sections
    }
}
