import AraCore
import Foundation

/// The full-text index of one bundle: an SQLite FTS5 table in the cache.
///
/// It records the snapshot (size and time of every file and folder) it was
/// built from; `open` checks that snapshot with one stat per entry and
/// rebuilds the whole index when anything differs. A build writes a new file
/// and renames it over the old one, so a reader never sees half an index.
struct BundleIndex {
    /// Bumped whenever the schema or what is indexed changes: old files are rebuilt.
    static let format = "arakit-search-2"

    let root: String
    let database: SQLiteDatabase
    /// Whether `open` had to build the index.
    let rebuilt: Bool

    /// The current index of the bundle at `root` (a resolved absolute path).
    static func open(root: String, cache: IndexCache) throws(SearchError) -> BundleIndex {
        let path = cache.indexPath(forRoot: root)
        if let database = try? SQLiteDatabase(path: path, readOnly: true), isCurrent(database, root: root) {
            return BundleIndex(root: root, database: database, rebuilt: false)
        }
        try build(root: root, at: path)
        return BundleIndex(root: root, database: try SQLiteDatabase(path: path, readOnly: true), rebuilt: true)
    }

    /// Whether `database` is an index of this format, of this root, whose snapshot still holds.
    static func isCurrent(_ database: SQLiteDatabase, root: String) -> Bool {
        guard let meta = try? database.prepare("SELECT key, value FROM meta"),
            let entries = try? database.prepare("SELECT path, size, modified FROM entries")
        else { return false }
        var values: [String: String] = [:]
        while (try? meta.step()) == true { values[meta.text(0)] = meta.text(1) }
        guard values["format"] == format, values["root"] == root else { return false }
        var recorded: [BundleSnapshot.Entry] = []
        while (try? entries.step()) == true {
            recorded.append(.init(path: entries.text(0), size: entries.integer(1), modified: entries.integer(2)))
        }
        return !recorded.isEmpty && BundleSnapshot.isCurrent(recorded, root: root)
    }

    /// Writes a fresh index of `root` to a temporary file, then renames it to `path`.
    static func build(root: String, at path: String) throws(SearchError) {
        let fileSystem: BundleFileSystem
        do {
            fileSystem = try BundleFileSystem(root: URL(fileURLWithPath: root))
        } catch {
            throw .pathNotFound(root)
        }
        // The snapshot is taken before the files are read: a file changed
        // while indexing then differs from it, and the next search rebuilds.
        let snapshot = BundleSnapshot.take(root: root, maxFiles: fileSystem.limits.maxFiles)
        let objects = ObjectScanner.objects(files: snapshot.files, in: fileSystem)
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
        defer { unlink(temporary) }
        do {
            let database = try SQLiteDatabase(path: temporary, readOnly: false)
            try write(objects: objects, snapshot: snapshot, root: root, to: database)
        }
        guard rename(temporary, path) == 0 else {
            throw .cacheUnusable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func write(
        objects: [IndexedObject], snapshot: BundleSnapshot, root: String, to database: SQLiteDatabase
    ) throws(SearchError) {
        // A private temporary file renamed only when complete: no journal is needed.
        try database.execute(
            """
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE entries(path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL);
            CREATE VIRTUAL TABLE objects USING fts5(
                id, title, body, kind UNINDEXED, path UNINDEXED, line UNINDEXED,
                tokenize = 'porter unicode61 remove_diacritics 2');
            BEGIN;
            """)
        let meta = try database.prepare("INSERT INTO meta VALUES (?1, ?2)")
        try meta.run([.text("format"), .text(format)])
        try meta.run([.text("root"), .text(root)])
        let entry = try database.prepare("INSERT INTO entries VALUES (?1, ?2, ?3)")
        for item in snapshot.entries {
            try entry.run([.text(item.path), .integer(item.size), .integer(item.modified)])
        }
        let object = try database.prepare("INSERT INTO objects VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        for item in objects {
            try object.run([
                .text(item.id), .text(item.title), .text(item.lines.joined(separator: "\n")),
                .text(item.kind.rawValue), .text(item.path), .integer(Int64(item.line)),
            ])
        }
        try database.execute("COMMIT; INSERT INTO objects(objects) VALUES ('optimize');")
    }
}
