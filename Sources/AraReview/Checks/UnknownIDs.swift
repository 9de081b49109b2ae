import AraCore

/// The check XL001, XL002 and XL003 share: a field of a block names ids
/// (`Proof: E01, E09`), and each id that names nothing is one finding at
/// the field.
enum UnknownIDs {
    static func findings<Block: NumberedBlock>(
        _ rule: RuleDescription, in blocks: [Block], field: Block.Field, ids: (Block) -> [String],
        exists: (String) -> Bool, message: (Block, String) -> String
    ) -> [Finding] {
        blocks.flatMap { block -> [Finding] in
            guard let written = block.field(field) else { return [] }
            return ids(block).filter { !exists($0) }.map {
                Finding(rule, at: written.location, message(block, $0), entity: block.id)
            }
        }
    }
}
