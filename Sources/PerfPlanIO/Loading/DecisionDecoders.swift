import PerfPlanCore

/// The `decisions` and `acknowledgements` datasets (contract §7.45, §7.50), row by row.
extension RecordDecoders {
    /// A row whose decision, decided_by, decided_on and reason are all empty is a proposal
    /// not decided yet (review.csv saved as decisions.csv with some rows left blank) and is
    /// skipped; any other row needs all of them but `reason`, which only `issue` may omit.
    mutating func decisions(_ table: RawTable) -> [DecisionRecord] {
        var out: [DecisionRecord] = []
        for row in table.rows {
            var r = RowReader(row, in: table)
            let employee = r.text("employee_id")
            let month = r.month("month")
            let decisionText = r.text("decision")
            let onText = r.text("decided_on")
            let by = r.text("decided_by")
            let reason = r.text("reason")
            if decisionText == nil, by == nil, onText == nil, reason == nil, r.isValid { continue }
            var decision: DecisionKind?
            if let decisionText {
                decision = DecisionKind(rawValue: decisionText.lowercased())
                if decision == nil {
                    r.fail("decision \(Quote.cell(decisionText)) must be one of issue, coach, defer, dismiss")
                }
            } else {
                r.fail("decision is required (issue, coach, defer or dismiss)")
            }
            if by == nil { r.fail("decided_by is required (who decided)") }
            var on: Day?
            if let onText {
                on = Day(parsing: onText)
                if on == nil { r.fail("decided_on \(Quote.cell(onText)) is not a date (expected YYYY-MM-DD)") }
            } else {
                r.fail("decided_on is required (the date of the decision, YYYY-MM-DD)")
            }
            if let decision, decision != .issue, reason == nil {
                r.fail("reason is required for the decision \(decision.rawValue) (only issue may leave it empty)")
            }
            if finish(r), let employee, let month, let decision, let by, let on {
                out.append(
                    DecisionRecord(
                        employeeId: employee, month: month, decision: decision, decidedBy: by, decidedOn: on,
                        reason: reason, source: row.location))
            }
        }
        return out
    }

    mutating func acknowledgements(_ table: RawTable) -> [Acknowledgement] {
        var out: [Acknowledgement] = []
        for row in table.rows {
            var r = RowReader(row, in: table)
            let employee = r.text("employee_id")
            let cycle = r.positiveInteger("cycle")
            let party = r.choice("party", SigningParty.self, allowed: SigningParty.allCases)
            let on = r.day("signed_on")
            let declined = r.flag("declined") ?? false
            let witness = r.text("witness")
            if declined, witness == nil {
                r.fail("witness is required when declined is true (who saw the refusal to sign)")
            }
            if finish(r), let employee, let cycle, let party, let on {
                out.append(
                    Acknowledgement(
                        employeeId: employee, cycle: cycle, party: party, signedOn: on, declined: declined,
                        witness: witness, source: row.location))
            }
        }
        return out
    }
}
