import AraCore

/// Every rule AraKit runs, in code order, and the reader's diagnostic codes
/// (family R), which `arakit rule` explains like any other.
public enum RuleRegistry {
    public static let rules: [any Rule] = [
        MissingCoreFile(), TrivialCoreFile(), MissingLayerIndex(), LayerIndexDangling(), CoreFileNotIndexed(),
        DeclaredCountMismatch(), MissingBlocks(), HeuristicMissingField(), RelatedWorkMissingField(),
        ConceptWithoutDefinition(),
        FrontMatterMissingKey(), FrontMatterInvalidYear(), FrontMatterAuthorsNotList(),
        ClaimMissingField(), UnknownClaimStatus(), SupportedClaimWithoutProof(), ClaimAdvocatesDeadEnd(),
        PossibleOverClaim(), StatementBroadened(),
        ExperimentMissingField(), OrphanExperiment(),
        NodeMissingField(), DuplicateNodeID(), UnknownNodeReference(), TreeCycle(), DeadEndHasChildren(),
        ExplicitNodeWithoutSource(), InvalidSupportLevel(), SessionIndexDangling(), SessionNotIndexed(),
        NodeWithoutSupportLevel(), TreeRootAmbiguous(),
        TableMissingMetadata(), TableWithoutGrid(), SourceNamesOtherObject(), FigureMetadata(), MissingScreenshot(),
        EvidenceNotIndexed(), IndexEntryMissing(), DerivedValueNotInSource(), DerivedColumnMismatch(),
        DerivedSourceMissing(), ClaimNumberNotInEvidence(), DerivedTableMisnamed(),
        MalformedSourceEntry(), SourcePlaceUnresolved(), QuoteNotAtPlace(), ValueNotInQuote(),
        ProofUnknownExperiment(), VerifiesUnknownClaim(), DependencyUnknownClaim(), DependencyCycle(),
        CodeRefMissing(), ExperimentEvidenceMissing(), TreeEvidenceUnknownClaim(), TreeEvidenceNotClaim(),
        DuplicateID(), IDPadding(), PathLeavesBundle(),
        TreeRootKey(), DeadEndKeyAlias(), DecisionKeyAlias(), PivotKeyAlias(), HeadingSeparator(), FieldLabelStyle(),
        ScalarEvidence(),
    ]

    /// Descriptions of every code: the reader's first, then the rules'.
    public static let descriptions: [RuleDescription] =
        DiagnosticCode.allCases.map(readerDescription) + rules.map(\.description)

    /// Descriptions by code and by name; selection looks one up for every finding.
    static let index: [String: RuleDescription] = Dictionary(
        descriptions.flatMap { [($0.code, $0), ($0.name, $0)] }, uniquingKeysWith: { first, _ in first })

    public static func description(of code: String) -> RuleDescription? {
        index[code.uppercased()] ?? index[code.lowercased()]
    }

    static func readerDescription(_ code: DiagnosticCode) -> RuleDescription {
        RuleDescription(
            code: code.rawValue, name: code.name, severity: code.severity, summary: code.summary,
            why: "Raised by the reader while parsing; review reports it so one run shows every problem of the bundle.",
            example: "See SPEC.md §8 for when the reader raises \(code.rawValue).",
            howToFix: "Correct the file at the reported line; the message says what the reader met.")
    }

    /// A reader diagnostic as a finding. Whole-file diagnostics (line 0) point at 1:1.
    static func finding(_ diagnostic: Diagnostic) -> Finding {
        var location = diagnostic.location
        location.line = max(location.line, 1)
        location.column = max(location.column, 1)
        return Finding(readerDescription(diagnostic.code), at: location, diagnostic.message)
    }
}
