import PerfPlanCore

/// A decision the register keeps (contract §7.44–45): HR's row from the `decisions` data, or
/// the policy's when approval is automatic (`decidedBy` = `policy`). It belongs to the
/// generate batch of its month, so a rerun of the month replaces it.
package struct RecordedDecision: Sendable, Hashable {
    package var employeeId: String
    package var month: Month
    package var decision: DecisionKind
    package var decidedBy: String
    /// `YYYY-MM-DD`; for the policy's decisions the packet's generated date.
    package var decidedOn: String
    package var reason: String

    package init(
        employeeId: String, month: Month, decision: DecisionKind, decidedBy: String, decidedOn: String, reason: String
    ) {
        self.employeeId = employeeId
        self.month = month
        self.decision = decision
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
        self.reason = reason
    }

    /// What the register records for a disposition: nothing for a proposal (undecided) or
    /// a plan in force; HR's row; or the policy's `issue`.
    package static func of(_ employeeId: String, _ disposition: Disposition, month: Month, generated: Day)
        -> RecordedDecision?
    {
        if let d = disposition.decision {
            return RecordedDecision(
                employeeId: employeeId, month: month, decision: d.decision, decidedBy: d.decidedBy,
                decidedOn: "\(d.decidedOn)", reason: d.reason ?? "")
        }
        if case .issued(nil) = disposition {
            return RecordedDecision(
                employeeId: employeeId, month: month, decision: .issue,
                decidedBy: RecordedDecisionJoin.policyDecider, decidedOn: "\(generated)",
                reason: RecordedDecisionJoin.policyReason)
        }
        return nil
    }

    /// As a `decisions` row, located at the register file (for messages); nil when the day
    /// is not a date (a register changed outside perfplan).
    package func record(register file: String) -> DecisionRecord? {
        guard let day = Day(parsing: decidedOn) else { return nil }
        return DecisionRecord(
            employeeId: employeeId, month: month, decision: decision, decidedBy: decidedBy, decidedOn: day,
            reason: reason.isEmpty ? nil : reason, source: SourceLocation(file: file, line: 0))
    }
}

extension PlanRegister {
    /// Adds a batch's decisions (inside the run's staging, before the folder swap).
    func stageDecisions(_ rows: [RecordedDecision], batch: Int64) throws {
        try db.transaction {
            for d in rows {
                try db.query(
                    """
                    INSERT INTO hr_decision (batch_id, employee_id, month, decision, decided_by, decided_on, reason)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    """,
                    [
                        .integer(batch), .text(d.employeeId), .text("\(d.month)"), .text(d.decision.rawValue),
                        .text(d.decidedBy), .text(d.decidedOn), .text(d.reason),
                    ])
            }
        }
    }

    /// The register's decision for each employee and month, by month then employee
    /// (code-point order): an imported one, else the one of the latest generate batch in
    /// force that decided it (two folders of one month may both have decided).
    package func decisions() throws -> [RecordedDecision] {
        let inForce = Set(try current().batches.map(\.id))
        struct Key: Hashable {
            var employee: String
            var month: Month
        }
        var latest: [Key: (batch: Int64, decision: RecordedDecision)] = [:]
        // A register written before decisions were recorded has no such table: no decisions.
        if !inForce.isEmpty, try hasTable("hr_decision") {
            for r in try db.query(
                "SELECT batch_id, employee_id, month, decision, decided_by, decided_on, reason FROM hr_decision")
            {
                guard let batch = r[0].integer, inForce.contains(batch), let d = Self.decision(r, from: 1) else {
                    continue
                }
                let key = Key(employee: d.employeeId, month: d.month)
                if let seen = latest[key], seen.batch > batch { continue }
                latest[key] = (batch, d)
            }
        }
        var out = latest.mapValues(\.decision)
        if try hasTable("imported_decision") {
            for r in try db.query(
                "SELECT employee_id, month, decision, decided_by, decided_on, reason FROM imported_decision")
            {
                guard let d = Self.decision(r, from: 0) else { continue }
                out[Key(employee: d.employeeId, month: d.month)] = d
            }
        }
        return out.values.sorted {
            $0.month != $1.month ? $0.month < $1.month : codePointLess($0.employeeId, $1.employeeId)
        }
    }

    /// The decision in the six columns from `k` on: employee_id, month, decision, decided_by,
    /// decided_on, reason (nil for a row changed outside perfplan into something unreadable).
    static func decision(_ r: [SQLite.Value], from k: Int) -> RecordedDecision? {
        guard let id = r[k].text, let m = r[k + 1].text.flatMap(Month.init(parsing:)),
            let kind = r[k + 2].text.flatMap(DecisionKind.init(rawValue:)), let by = r[k + 3].text,
            let on = r[k + 4].text
        else { return nil }
        return RecordedDecision(
            employeeId: id, month: m, decision: kind, decidedBy: by, decidedOn: on, reason: r[k + 5].text ?? "")
    }

    /// Whether the register has the table `name` (a register of an older schema, read
    /// without migrating, lacks the later ones: they read as empty).
    func hasTable(_ name: String) throws -> Bool {
        try !db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", [.text(name)]).isEmpty
    }
}

extension RegisterReport {
    /// `plans show`'s lines for HR's decisions, oldest month first:
    /// "decision 2026-10: coach by Sofia Rossi on 2026-11-04: …".
    package static func decisions(_ rows: [RecordedDecision]) -> String {
        rows.map { d in
            "decision \(d.month): \(d.decision.rawValue) by \(visible(d.decidedBy)) on \(d.decidedOn)"
                + (d.reason.isEmpty ? "" : ": \(visible(d.reason))") + "\n"
        }.joined()
    }
}
