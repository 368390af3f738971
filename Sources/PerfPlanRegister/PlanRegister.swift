import Crypto
import Foundation
import PerfPlanCore
import PerfPlanSystem

/// The plan register's database file: reading its records and writing them, nothing else.
/// Which records count, and what they mean, is decided by `BatchValidity` and
/// `RegisterHistory`. Writers hold the output lock of the register's folder.
package final class PlanRegister {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    package static let fileName = "perfplan.sqlite"

    package let path: String
    let db: SQLite

    private init(path: String, db: SQLite) {
        self.path = path
        self.db = db
    }

    /// The existing register at `path` for reading, or nil when there is none yet (a
    /// first run reads nothing and creates nothing).
    package static func openIfPresent(_ path: String) throws -> PlanRegister? {
        if case .failure(let error) = PathKind.of(path, followLinks: false) {
            // No register there (a missing folder, or a file where the folder should be, is
            // the output folder's error, reported where it is written).
            guard !error.isMissing && !error.isNotAFolder else { return nil }
            throw Failure(description: "\(path): cannot inspect the plan register: \(error.reason)")
        }
        let register = PlanRegister(path: path, db: try SQLite(path: resolved(path), create: false, readOnly: true))
        try register.checkVersion(migrating: false)
        return register
    }

    /// The register at `path` for writing: created (0600, never through a link) when
    /// missing, with a rollback journal (`DELETE`: readers then need no `-shm` and create
    /// nothing, even on a read-only copy), migrated to the current schema.
    package static func openForWriting(_ path: String) throws -> PlanRegister {
        let kind: PathKind
        do { kind = try FileSystem.openPrivately(path) } catch {
            throw Failure(description: "\(path): cannot create the plan register: \(error.reason)")
        }
        guard case .regularFile = kind else {
            throw Failure(description: "\(path): the plan register is not a plain file")
        }
        let register = PlanRegister(path: path, db: try SQLite(path: resolved(path), create: true))
        try register.db.execute("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL")
        try register.checkVersion(migrating: true)
        return register
    }

    /// `path` with its folder resolved: the folder may be reached through a link of the
    /// user's choosing (`--out` may be one), but SQLite is told to follow none
    /// (SQLITE_OPEN_NOFOLLOW refuses a link anywhere in the path), so the register itself
    /// is never opened through a link planted in its place.
    static func resolved(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard let real = PathOverlap.realPath(folder.isEmpty ? "." : folder) else { return path }
        return real + "/" + (path as NSString).lastPathComponent
    }

    private func checkVersion(migrating: Bool) throws {
        try db.execute("PRAGMA foreign_keys = ON")
        let version = Int(try db.query("PRAGMA user_version").first?.first?.integer ?? 0)
        if version > RegisterSchema.version {
            throw Failure(
                description:
                    "\(path): the plan register has schema version \(version), newer than this perfplan knows (\(RegisterSchema.version)); use a newer perfplan"
            )
        }
        guard version < RegisterSchema.version else { return }
        guard migrating else {
            // A reader never migrates (it may be on a read-only copy): version 0 reads as empty,
            // and older versions lack only tables that later migrations add, which read as empty.
            return
        }
        try db.transaction {
            for k in version..<RegisterSchema.version { try db.execute(RegisterSchema.migrations[k]) }
            try db.execute("PRAGMA user_version = \(RegisterSchema.version)")
        }
    }

    private var isEmpty: Bool {
        get throws { try db.query("PRAGMA user_version").first?.first?.integer ?? 0 == 0 }
    }

    // MARK: Reading

    /// Every record as stored, in force or not.
    package func contents() throws -> RegisterContents {
        guard try !isEmpty else { return RegisterContents() }
        var c = RegisterContents()
        for r in try db.query(
            "SELECT id, kind, month, source_month, folder, manifest_sha256, state FROM batch ORDER BY id")
        {
            c.batches.append(
                RegisterBatch(
                    id: r[0].integer!, kind: RegisterBatch.Kind(rawValue: r[1].text!) ?? .generate,
                    month: try month(r[2]), source: r[3].text!.isEmpty ? nil : try month(r[3]),
                    folder: r[4].text!, manifestSHA256: r[5].text!,
                    state: RegisterBatch.State(rawValue: r[6].text!) ?? .pending))
        }
        for r in try db.query(
            """
            SELECT batch_id, employee_id, cycle, max_cycles, escalate, start_month, end_month, packet_month, plan_sha256, goals
            FROM issued_plan ORDER BY batch_id, employee_id
            """)
        {
            c.issued.append(
                IssuedPlan(
                    batch: r[0].integer!, employeeId: r[1].text!, cycle: Int(r[2].integer!),
                    maxCycles: Int(r[3].integer!), escalate: r[4].integer! != 0, start: try month(r[5]),
                    end: try month(r[6]), packet: try month(r[7]), planSHA256: r[8].text,
                    goals: (try? JSONDecoder().decode([IssuedGoal].self, from: Data(r[9].text!.utf8))) ?? []))
        }
        for r in try db.query(
            """
            SELECT batch_id, employee_id, cycle, packet_month, month, overall, goals, decision
            FROM progress_entry ORDER BY batch_id, employee_id, cycle
            """)
        {
            c.reports.append(
                ProgressEntry(
                    batch: r[0].integer!, employeeId: r[1].text!, cycle: Int(r[2].integer!),
                    packet: try month(r[3]), month: try month(r[4]), overall: r[5].text!,
                    goals: r[6].text!.split(separator: " ").map(String.init),
                    decision: r[7].text.flatMap(PlanDecision.init(rawValue:))))
        }
        for r in try db.query("SELECT employee_id, cycle, reason, closed_on FROM closure ORDER BY employee_id, cycle") {
            c.closures.append(
                PlanClosure(employeeId: r[0].text!, cycle: Int(r[1].integer!), reason: r[2].text!, closedOn: r[3].text!)
            )
        }
        for r in try db.query(
            "SELECT employee_id, cycle, start_month, end_month, outcome FROM imported_plan ORDER BY employee_id, cycle")
        {
            c.imported.append(
                PlanRecord(
                    employeeId: r[0].text!, cycle: Int(r[1].integer!), start: try month(r[2]), end: try month(r[3]),
                    outcome: PlanOutcome(rawValue: r[4].text!) ?? .active))
        }
        return c
    }

    private func month(_ v: SQLite.Value) throws -> Month {
        guard let text = v.text, let m = Month(parsing: text) else {
            throw Failure(
                description:
                    "\(path): the plan register holds a month that is not YYYY-MM; it was changed outside perfplan")
        }
        return m
    }

    /// The records in force: those of batches the month folders on disk confirm.
    package func current() throws -> RegisterContents {
        let all = try contents()
        return all.keeping(batches: BatchValidity.decide(all.batches, manifestOnDisk: Self.manifestSHA256).current)
    }

    /// SHA-256 of `folder/manifest.json` (not followed through a link), nil without one or
    /// when it is not a regular file. Read in pieces through `ByteStream`.
    static func manifestSHA256(_ folder: String) -> String? {
        guard let file = try? FileBytes.open(folder + "/manifest.json", followLinks: false) else { return nil }
        var hasher = SHA256()
        var piece: [UInt8] = []
        while true {
            piece.removeAll(keepingCapacity: true)
            guard let n = try? file.read(appendingTo: &piece, limit: 1 << 16) else { return nil }
            if n == 0 { break }
            hasher.update(data: piece)
        }
        return hasher.finalize().hex
    }

    // MARK: Writing (under the output lock)

    /// Settles what a killed run left: pending batches the folders confirm become final
    /// (replacing the month's earlier batch), the others are removed.
    package func recover() throws {
        let decision = BatchValidity.decide(try contents().batches, manifestOnDisk: Self.manifestSHA256)
        guard !decision.confirm.isEmpty || !decision.drop.isEmpty else { return }
        try db.transaction {
            for id in decision.drop { try db.query("DELETE FROM batch WHERE id = ?1", [.integer(id)]) }
            for id in decision.confirm {
                try db.query("UPDATE batch SET state = 'final' WHERE id = ?1", [.integer(id)])
            }
        }
    }

    /// Commits a run's entries as a pending batch (see `BatchValidity`) and returns its id.
    package func stage(
        kind: RegisterBatch.Kind, month: Month, source: Month?, folder: String, manifestSHA256: String,
        issued: [IssuedPlan], reports: [ProgressEntry]
    ) throws -> Int64 {
        try db.transaction {
            try db.query(
                "INSERT INTO batch (kind, month, source_month, folder, manifest_sha256, state) VALUES (?1, ?2, ?3, ?4, ?5, 'pending')",
                [
                    .text(kind.rawValue), .text("\(month)"), .text(source.map { "\($0)" } ?? ""), .text(folder),
                    .text(manifestSHA256),
                ])
            let id = db.lastInsertRowID
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for p in issued {
                let goals = String(decoding: try encoder.encode(p.goals), as: UTF8.self)
                try db.query(
                    """
                    INSERT INTO issued_plan (batch_id, employee_id, cycle, max_cycles, escalate, start_month, end_month, packet_month, plan_sha256, goals)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                    """,
                    [
                        .integer(id), .text(p.employeeId), .integer(Int64(p.cycle)), .integer(Int64(p.maxCycles)),
                        .integer(p.escalate ? 1 : 0), .text("\(p.start)"), .text("\(p.end)"), .text("\(p.packet)"),
                        p.planSHA256.map { .text($0) } ?? .null, .text(goals),
                    ])
            }
            for r in reports {
                try db.query(
                    """
                    INSERT INTO progress_entry (batch_id, employee_id, cycle, packet_month, month, overall, goals, decision)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    """,
                    [
                        .integer(id), .text(r.employeeId), .integer(Int64(r.cycle)), .text("\(r.packet)"),
                        .text("\(r.month)"),
                        .text(r.overall), .text(r.goals.joined(separator: " ")),
                        r.decision.map { .text($0.rawValue) } ?? .null,
                    ])
            }
            return id
        }
    }

    /// After the swap: the batch is final and replaces the earlier one of the same month
    /// and folder (`RegisterBatch.Key`).
    package func confirm(_ id: Int64) throws {
        try db.transaction {
            try db.query(
                """
                DELETE FROM batch WHERE id != ?1 AND (kind, month, source_month, folder) = (SELECT kind, month, source_month, folder FROM batch WHERE id = ?1)
                """, [.integer(id)])
            try db.query("UPDATE batch SET state = 'final' WHERE id = ?1", [.integer(id)])
        }
    }

    /// The swap failed: the batch never counted.
    package func discard(_ id: Int64) throws {
        try db.query("DELETE FROM batch WHERE id = ?1", [.integer(id)])
    }

    /// Records that HR closed `employeeId`'s plan of `cycle`.
    package func close(_ closure: PlanClosure) throws {
        try db.query(
            "INSERT OR REPLACE INTO closure (employee_id, cycle, reason, closed_on) VALUES (?1, ?2, ?3, ?4)",
            [.text(closure.employeeId), .integer(Int64(closure.cycle)), .text(closure.reason), .text(closure.closedOn)])
    }

    /// Stores imported `plans` rows in one transaction, each replacing an earlier import of
    /// the same employee and cycle.
    package func importRows(_ rows: [PlanRecord], source: String) throws {
        try db.transaction {
            for r in rows {
                try db.query(
                    """
                    INSERT OR REPLACE INTO imported_plan (employee_id, cycle, start_month, end_month, outcome, source)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    """,
                    [
                        .text(r.employeeId), .integer(Int64(r.cycle)), .text("\(r.start)"), .text("\(r.end)"),
                        .text(r.outcome.rawValue), .text(source),
                    ])
            }
        }
    }
}
