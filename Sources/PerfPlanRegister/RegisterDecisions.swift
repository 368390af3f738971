import PerfPlanCore

/// A decision the register keeps (contract §7.44–45): HR's row from the `decisions` data, or
/// the policy's when approval is automatic (`decidedBy` = `policy`). It belongs to the
/// generate batch of its month, so a rerun of the month replaces it.
public struct RecordedDecision: Sendable, Hashable {
    public var employeeId: String
    public var month: Month
    public var decision: DecisionKind
    public var decidedBy: String
    /// `YYYY-MM-DD`; for the policy's decisions the packet's generated date.
    public var decidedOn: String
    public var reason: String

    public init(employeeId: String, month: Month, decision: DecisionKind, decidedBy: String, decidedOn: String, reason: String) {
        self.employeeId = employeeId; self.month = month; self.decision = decision; self.decidedBy = decidedBy
        self.decidedOn = decidedOn; self.reason = reason
    }

    /// What the register records for a disposition: nothing for a proposal (undecided) or
    /// a plan in force; HR's row; or the policy's `issue`.
    public static func of(_ employeeId: String, _ disposition: Disposition, month: Month, generated: Day) -> RecordedDecision? {
        if let d = disposition.decision {
            return RecordedDecision(employeeId: employeeId, month: month, decision: d.decision, decidedBy: d.decidedBy,
                                    decidedOn: "\(d.decidedOn)", reason: d.reason ?? "")
        }
        if case .issued(nil) = disposition {
            return RecordedDecision(employeeId: employeeId, month: month, decision: .issue, decidedBy: "policy",
                                    decidedOn: "\(generated)", reason: "approval: automatic")
        }
        return nil
    }
}

extension PlanRegister {
    /// Adds a batch's decisions (inside the run's staging, before the folder swap).
    func stageDecisions(_ rows: [RecordedDecision], batch: Int64) throws {
        try db.transaction {
            for d in rows {
                try db.query("""
                    INSERT INTO hr_decision (batch_id, employee_id, month, decision, decided_by, decided_on, reason)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    """, [.integer(batch), .text(d.employeeId), .text("\(d.month)"), .text(d.decision.rawValue),
                          .text(d.decidedBy), .text(d.decidedOn), .text(d.reason)])
            }
        }
    }

    /// The decisions of the batches in force, by month then employee (code-point order).
    public func decisions() throws -> [RecordedDecision] {
        let inForce = Set(try current().batches.map(\.id))
        guard !inForce.isEmpty else { return [] }
        // A register written before decisions were recorded has no such table: no decisions.
        guard try !db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hr_decision'").isEmpty
        else { return [] }
        var out: [RecordedDecision] = []
        for r in try db.query("SELECT batch_id, employee_id, month, decision, decided_by, decided_on, reason FROM hr_decision") {
            guard inForce.contains(r[0].integer!), let m = Month(parsing: r[2].text!),
                  let kind = DecisionKind(rawValue: r[3].text!) else { continue }
            out.append(RecordedDecision(employeeId: r[1].text!, month: m, decision: kind, decidedBy: r[4].text!,
                                        decidedOn: r[5].text!, reason: r[6].text!))
        }
        return out.sorted { $0.month != $1.month ? $0.month < $1.month : codePointLess($0.employeeId, $1.employeeId) }
    }
}

extension RegisterReport {
    /// `plans show`'s lines for HR's decisions, oldest month first:
    /// "decision 2026-10: coach by Sofia Rossi on 2026-11-04: …".
    public static func decisions(_ rows: [RecordedDecision]) -> String {
        rows.map { d in
            "decision \(d.month): \(d.decision.rawValue) by \(visible(d.decidedBy)) on \(d.decidedOn)"
                + (d.reason.isEmpty ? "" : ": \(visible(d.reason))") + "\n"
        }.joined()
    }
}
