import CSQLite
import Foundation

/// One open SQLite connection, used by one thread at a time.
///
/// Only what the index needs: run a script, prepare statements, bind text and
/// integers, read rows. Errors carry the file's path and SQLite's message, so
/// the caller can say which index failed.
final class SQLiteDatabase {
    let path: String
    private let handle: OpaquePointer

    /// Opens `path`; `readOnly` never creates the file.
    ///
    /// An index file is never changed once renamed into place (a rebuild
    /// renames a new file over it), so a read-only connection opens it as
    /// immutable: SQLite then takes no locks and never re-checks the file,
    /// which is most of the cost of a query on a small index.
    init(path: String, readOnly: Bool) throws(SearchError) {
        var opened: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let name = readOnly ? Self.immutableURI(path) : path
        let status = sqlite3_open_v2(name, &opened, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil)
        guard status == SQLITE_OK, let opened else {
            let reason = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(opened)
            throw .index(path: path, reason: reason)
        }
        self.path = path
        self.handle = opened
    }

    deinit { sqlite3_close_v2(handle) }

    /// `file:PATH?immutable=1`, the path percent-encoded as SQLite's URI rules ask.
    static func immutableURI(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let isPlain =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || [0x2F, 0x2D, 0x2E, 0x5F, 0x7E].contains(byte)
            encoded += isPlain ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }
        return "file:" + encoded + "?immutable=1"
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(SearchError) {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    func prepare(_ sql: String) throws(SearchError) -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw failure()
        }
        return SQLiteStatement(database: self, handle: statement)
    }

    func failure() -> SearchError {
        .index(path: path, reason: String(cString: sqlite3_errmsg(handle)))
    }
}

/// A prepared statement; finalised when it goes away.
final class SQLiteStatement {
    private let database: SQLiteDatabase
    private let handle: OpaquePointer

    fileprivate init(database: SQLiteDatabase, handle: OpaquePointer) {
        self.database = database
        self.handle = handle
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds values to `?1`, `?2` … in order, after clearing the last run.
    func bind(_ values: [SQLiteValue]) throws(SearchError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .text(let text): status = sqlite3_bind_text(handle, index, text, -1, arakit_sqlite_transient())
            case .integer(let number): status = sqlite3_bind_int64(handle, index, number)
            case .real(let number): status = sqlite3_bind_double(handle, index, number)
            }
            guard status == SQLITE_OK else { throw database.failure() }
        }
    }

    /// Advances to the next row; `false` when there is none.
    func step() throws(SearchError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.failure()
        }
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [SQLiteValue]) throws(SearchError) {
        try bind(values)
        _ = try step()
    }

    func text(_ column: Int32) -> String {
        sqlite3_column_text(handle, column).map { String(cString: $0) } ?? ""
    }

    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func real(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
}

/// A value bound to a statement parameter.
enum SQLiteValue {
    case text(String)
    case integer(Int64)
    case real(Double)
}
