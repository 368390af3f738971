import CSQLite
import Foundation

/// The few SQLite calls the register needs, over the system library: open, run statements
/// with bound values, read rows, transactions. Every failure names the database file.
///
/// Unsafe (C interop): the handles are SQLite's (`OpaquePointer`), closed in `deinit` and
/// `finalize`d after each statement; a text column is copied into a `String` from the
/// pointer and byte count SQLite gives, before the next step invalidates them.
final class SQLite {
    package struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A value bound to or read from a statement.
    enum Value: Equatable {
        case null
        case integer(Int64)
        case text(String)

        var text: String? {
            if case .text(let s) = self { return s }
            return nil
        }
        var integer: Int64? {
            if case .integer(let n) = self { return n }
            return nil
        }
    }

    let path: String
    private var db: OpaquePointer?

    /// Opens (`create`: and creates) the database file. Links are not followed
    /// (SQLITE_OPEN_NOFOLLOW): the register holds HR data and lives in a shared folder.
    init(path: String, create: Bool, readOnly: Bool = false) throws {
        self.path = path
        var flags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_FULLMUTEX
        flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create { flags |= SQLITE_OPEN_CREATE }
        var name = path
        if readOnly {
            // A reader writes nothing, and on a read-only file system (a mounted copy of the
            // packets) tells SQLite so: `immutable=1` skips the locks it could not take.
            flags |= SQLITE_OPEN_URI
            name = ReadOnlyOpen.uri(path, immutable: ReadOnlyOpen.onReadOnlyFileSystem(path))
        }
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard rc == SQLITE_OK else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            db = nil
            throw Failure(description: "\(path): cannot open the plan register: \(message)")
        }
        // Another process (a reader) may hold the file briefly; wait rather than fail.
        sqlite3_busy_timeout(db, 5000)
    }

    deinit { sqlite3_close_v2(db) }

    private func failure(_ what: String) -> Failure {
        Failure(description: "\(path): \(what): \(String(cString: sqlite3_errmsg(db)))")
    }

    /// Runs one or more statements without parameters.
    func execute(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
            throw failure("cannot run \"\(sql.prefix(60))\"")
        }
    }

    /// Runs one statement with `values` bound to ?1, ?2, … and returns its rows.
    @discardableResult
    func query(_ sql: String, _ values: [Value] = []) throws -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else {
            throw failure("cannot prepare \"\(sql.prefix(60))\"")
        }
        defer { sqlite3_finalize(statement) }
        for (k, value) in values.enumerated() {
            let slot = Int32(k + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(statement, slot)
            case .integer(let n): rc = sqlite3_bind_int64(statement, slot, n)
            case .text(let s):
                rc = s.withCString { perfplan_sqlite3_bind_text(statement, slot, $0, Int32(s.utf8.count)) }
            }
            guard rc == SQLITE_OK else { throw failure("cannot bind a value") }
        }
        var rows: [[Value]] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw failure("cannot run \"\(sql.prefix(60))\"") }
            var row: [Value] = []
            for c in 0..<sqlite3_column_count(statement) {
                switch sqlite3_column_type(statement, c) {
                case SQLITE_NULL: row.append(.null)
                case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(statement, c)))
                default:
                    let bytes = sqlite3_column_text(statement, c)
                    let n = Int(sqlite3_column_bytes(statement, c))
                    row.append(
                        .text(
                            bytes.map { String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self) }
                                ?? ""))
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// Runs `body` in one transaction (BEGIN IMMEDIATE: the write lock from the start),
    /// committed when it returns and rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(db) }
}
