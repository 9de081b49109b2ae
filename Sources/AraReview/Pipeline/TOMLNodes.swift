import CTOML
import Foundation

/// `arakit.toml` read through CTOML, the C interface to toml++ inside
/// TOMLKit, rather than through TOMLKit's Swift values.
///
/// TOMLKit 0.6.0 asks a value its kind before each `.table`, `.array` or
/// `.string`, through CTOML's `nodeType`, whose first line calls
/// `as<date_time>()->type()`: a member call on a null pointer for every node
/// that is not a date-time, which UBSan reports under `make test-asan`.
/// CTOML's `nodeAs…` functions test the kind with toml++'s own casts, which
/// return null for another kind, so nothing here reaches `nodeType`. The
/// parse and the lookups are the C calls TOMLKit makes, so what is accepted,
/// and the order keys come in, are unchanged.
enum TOMLNodes {
    /// Where and why toml++ refused the text.
    struct ParseFailure: Error {
        var line: Int
        var column: Int
        var description: String
    }

    /// A table: its keys in toml++'s order (sorted) and their values.
    struct Table {
        fileprivate let pointer: OpaquePointer

        var keys: [String] {
            let count = tableSize(pointer)
            let names = tableGetKeys(pointer)
            // CTOML allocates the array and each key for the caller (TOMLKit never frees them).
            defer {
                for index in 0..<count { free(UnsafeMutableRawPointer(mutating: names[index])) }
                free(UnsafeMutableRawPointer(mutating: names))
            }
            return (0..<count).map { String(cString: names[$0]) }
        }

        subscript(key: String) -> Node? {
            tableGetNode(pointer, key).map(Node.init)
        }
    }

    /// Any value; each accessor is nil when the value is of another kind.
    struct Node {
        fileprivate let pointer: OpaquePointer

        var table: Table? { nodeAsTable(pointer).map(Table.init) }

        var array: [Node]? {
            guard let array = nodeAsArray(pointer) else { return nil }
            return (0..<arraySize(array)).map { Node(pointer: arrayGetNode(array, Int64($0))) }
        }

        var string: String? {
            guard let text = nodeAsString(pointer) else { return nil }
            // A copy (strdup) the caller owns.
            defer { free(UnsafeMutableRawPointer(mutating: text)) }
            return String(cString: text)
        }
    }

    /// Parses a TOML document. The table is never released: CTOML has no
    /// call for it (TOMLKit keeps it the same way; scripts/fuzz/lsan.supp).
    static func parse(_ text: String) throws(ParseFailure) -> Table {
        let error = UnsafeMutablePointer<CTOMLParseError>.allocate(capacity: 1)
        defer { error.deallocate() }
        guard let table = text.withCString({ tableCreateFromString($0, error) }) else {
            // Set only on failure: the description is a copy the caller owns.
            defer { free(UnsafeMutableRawPointer(mutating: error.pointee.description)) }
            throw ParseFailure(
                line: Int(error.pointee.source.begin.line), column: Int(error.pointee.source.begin.column),
                description: String(cString: error.pointee.description))
        }
        return Table(pointer: table)
    }
}
