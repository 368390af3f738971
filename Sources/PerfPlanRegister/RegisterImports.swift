import PerfPlanCore

/// `perfplan plans import` of decisions and signatures kept elsewhere (another register's
/// export, the HRIS). A row may repeat what the register already holds for its employee and
/// month (decision) or employee, cycle and party (signature), never contradict it: a
/// recorded decision may stand behind a plan people hold, so it is never silently replaced.
package enum ImportCheck {
    /// An error at every row that contradicts the register's decision for its employee and month.
    package static func decisions(_ rows: [DecisionRecord], recorded: [RecordedDecision], register: String)
        -> [Diagnostic]
    {
        struct Key: Hashable {
            var employee: String
            var month: Month
        }
        let held = Dictionary(
            recorded.map { (Key(employee: $0.employeeId, month: $0.month), $0) }, uniquingKeysWith: { a, _ in a })
        return rows.compactMap { row in
            guard let r = held[Key(employee: row.employeeId, month: row.month)],
                let mine = r.record(register: register),
                !RecordedDecisionJoin.sameDecision(row, mine)
            else { return nil }
            return .error(
                row.source,
                "contradicts the decision \(register) holds for \(Quote.cell(row.employeeId)) in \(row.month) "
                    + "(\(RecordedDecisionJoin.describe(mine))); a recorded decision stands: make this row match it or remove it"
            )
        }
    }

    /// An error at every row that contradicts the register's signature of its employee, cycle and party.
    package static func acknowledgements(_ rows: [Acknowledgement], recorded: [Acknowledgement], register: String)
        -> [Diagnostic]
    {
        struct Key: Hashable {
            var employee: String
            var cycle: Int
            var party: SigningParty
        }
        let held = Dictionary(
            recorded.map { (Key(employee: $0.employeeId, cycle: $0.cycle, party: $0.party), $0) },
            uniquingKeysWith: { a, _ in a })
        return rows.compactMap { row in
            guard let r = held[Key(employee: row.employeeId, cycle: row.cycle, party: row.party)],
                !sameSignature(row, r)
            else { return nil }
            return .error(
                row.source,
                "contradicts the \(row.party.rawValue) signature \(register) holds for "
                    + "\(Quote.cell(row.employeeId)) cycle \(row.cycle) (\(describe(r))); make this row match it or remove it"
            )
        }
    }

    static func sameSignature(_ a: Acknowledgement, _ b: Acknowledgement) -> Bool {
        a.signedOn == b.signedOn && a.declined == b.declined && (a.witness ?? "") == (b.witness ?? "")
    }

    /// "signed on 2026-11-06" or "declined on 2026-11-09, witness \"Sofia Rossi (HR)\"".
    static func describe(_ a: Acknowledgement) -> String {
        a.declined
            ? "declined on \(a.signedOn)" + (a.witness.map { ", witness \(Quote.cell($0))" } ?? "")
            : "signed on \(a.signedOn)"
    }
}

extension PlanRegister {
    /// Stores imported decisions in one transaction (each replacing an earlier import of the
    /// same employee and month).
    package func importDecisions(_ rows: [DecisionRecord], source: String) throws {
        try db.transaction {
            for d in rows {
                try db.query(
                    """
                    INSERT OR REPLACE INTO imported_decision (employee_id, month, decision, decided_by, decided_on, reason, source)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    """,
                    [
                        .text(d.employeeId), .text("\(d.month)"), .text(d.decision.rawValue), .text(d.decidedBy),
                        .text("\(d.decidedOn)"), .text(d.reason ?? ""), .text(source),
                    ])
            }
        }
    }

    /// Stores imported signatures in one transaction (each replacing an earlier import of the
    /// same employee, cycle and party).
    package func importAcknowledgements(_ rows: [Acknowledgement], source: String) throws {
        try db.transaction {
            for a in rows {
                try db.query(
                    """
                    INSERT OR REPLACE INTO imported_acknowledgement (employee_id, cycle, party, signed_on, declined, witness, source)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    """,
                    [
                        .text(a.employeeId), .integer(Int64(a.cycle)), .text(a.party.rawValue), .text("\(a.signedOn)"),
                        .integer(a.declined ? 1 : 0), .text(a.witness ?? ""), .text(source),
                    ])
            }
        }
    }
}

extension RegisterAccess {
    /// The register's decisions and signatures (none when there is no register file yet).
    package static func decisionsAndSignatures(in path: String) throws -> (
        decisions: [RecordedDecision], acknowledgements: [Acknowledgement]
    ) {
        guard let register = try PlanRegister.openIfPresent(path) else { return ([], []) }
        return (try register.decisions(), try register.acknowledgements())
    }

    /// The register's signatures (none when there is no register file yet), for `progress`
    /// to join with the data's (`RecordedAcknowledgementJoin`).
    package static func recordedAcknowledgements(register path: String) throws -> [Acknowledgement] {
        guard let register = try PlanRegister.openIfPresent(path) else { return [] }
        return try register.acknowledgements()
    }

    /// Stores checked decisions, under the lock: a row that contradicts what the register
    /// holds by then (another command changed it since the check) stores nothing.
    package static func importDecisions(_ rows: [DecisionRecord], source: String, register path: String) throws {
        try writing(path) { register in
            if let problem = ImportCheck.decisions(rows, recorded: try register.decisions(), register: path).first {
                throw PlanRegister.Failure(
                    description: "\(problem) (the register changed while importing; nothing was imported)")
            }
            try register.importDecisions(rows, source: source)
        }
    }

    /// Stores checked signatures, under the lock (as `importDecisions`).
    package static func importAcknowledgements(_ rows: [Acknowledgement], source: String, register path: String) throws
    {
        try writing(path) { register in
            if let problem = ImportCheck.acknowledgements(
                rows, recorded: try register.acknowledgements(), register: path
            ).first {
                throw PlanRegister.Failure(
                    description: "\(problem) (the register changed while importing; nothing was imported)")
            }
            try register.importAcknowledgements(rows, source: source)
        }
    }

    /// The register's decisions of `month` as `decisions` rows located at the register file,
    /// for `generate` to join with the data's (`RecordedDecisionJoin`).
    package static func recordedDecisions(month: Month, register path: String) throws -> [DecisionRecord] {
        guard let register = try PlanRegister.openIfPresent(path) else { return [] }
        return try register.decisions().filter { $0.month == month }.compactMap { $0.record(register: path) }
    }
}
