import AraSearch
import CSQLite
import Foundation

/// `arakit search`'s query parser. Its promise is that any words make an
/// FTS5 expression that only means "find these words", so each query it
/// builds is run against an FTS5 table made as the index makes its own: a
/// syntax error from SQLite is a broken promise (search would fail).
enum QueryFuzz {
    static func run(_ data: Data) throws(FuzzFailure) {
        guard let query = try? SearchQuery(String(decoding: data, as: UTF8.self)) else { return }
        try FTS5Probe.shared.match(query.allWords)
        try FTS5Probe.shared.match(query.anyWord)
    }
}

/// An in-memory FTS5 table with the index's tokenizer and a few rows.
final class FTS5Probe: @unchecked Sendable {
    // libFuzzer and the replay call targets from one thread only.
    static let shared = FTS5Probe()
    private var handle: OpaquePointer?

    private init() {
        guard sqlite3_open(":memory:", &handle) == SQLITE_OK else { return }
        sqlite3_exec(
            handle,
            """
            CREATE VIRTUAL TABLE objects USING fts5(
                id, title, body, tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO objects VALUES ('C01', 'Merge sort', 'insertion sort wins below 32 elements');
            INSERT INTO objects VALUES ('E01', 'Cutoff', 'the hybrid cutoff is 24 on this machine');
            """, nil, nil, nil)
    }

    func match(_ expression: String) throws(FuzzFailure) {
        guard let handle else { throw FuzzFailure("cannot open an in-memory SQLite database") }
        var statement: OpaquePointer?
        guard
            sqlite3_prepare_v2(handle, "SELECT rowid FROM objects WHERE objects MATCH ?1", -1, &statement, nil)
                == SQLITE_OK
        else { throw FuzzFailure("prepare: \(String(cString: sqlite3_errmsg(handle)))") }
        defer { sqlite3_finalize(statement) }
        sqlite3_bind_text(statement, 1, expression, -1, arakit_sqlite_transient())
        var status = sqlite3_step(statement)
        while status == SQLITE_ROW { status = sqlite3_step(statement) }
        guard status == SQLITE_DONE else {
            throw FuzzFailure(
                "FTS5 refused \(expression.debugDescription): \(String(cString: sqlite3_errmsg(handle)))")
        }
    }
}
