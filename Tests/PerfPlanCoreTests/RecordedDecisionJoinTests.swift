import PerfPlanCore
import Testing

/// The rules by which the register's decisions of a month join the data's: a recorded
/// decision stands, the same row again is fine, a different one is an error at the row.
struct RecordedDecisionJoinTests {
    static let october = Month(parsing: "2026-10")!
    static let register = SourceLocation(file: "perfplan.sqlite", line: 0)
    static let file = SourceLocation(file: "decisions.csv", line: 1)

    static func row(
        _ id: String, _ kind: DecisionKind, by: String = "Sofia Rossi", reason: String? = nil, line: Int? = nil
    ) -> DecisionRecord {
        DecisionRecord(
            employeeId: id, month: october, decision: kind, decidedBy: by, decidedOn: Day(parsing: "2026-11-04")!,
            reason: reason,
            source: line.map { file.atLine($0) } ?? register)
    }

    @Test func aRecordedDecisionStandsUnlessTheDataSaysTheSame() {
        let recorded = [
            Self.row("A", .issue), Self.row("B", .coach, reason: "First time"), Self.row("C", .defer, reason: "Strike"),
            Self.row("D", .dismiss, reason: "Data error"), Self.row("Z", .issue),
        ]
        // The data repeats B (reason written the same) and contradicts C (issue instead of defer).
        let data = ["B": Self.row("B", .coach, reason: "First time", line: 2), "C": Self.row("C", .issue, line: 3)]
        let flagged: (String) -> Bool? = { id in ["A": true, "B": true, "C": true, "D": false][id] }
        let joined = RecordedDecisionJoin.join(
            data: data, recorded: recorded, month: Self.october, approval: .required, flagged: flagged)
        // A comes from the register, B and C stay the data's; D is no longer flagged; Z is not in the data.
        #expect(joined.decisions.keys.sorted() == ["A", "B", "C"])
        #expect(joined.decisions["A"]?.source == Self.register && joined.decisions["B"]?.source.line == 2)
        #expect(
            joined.problems.map(\.description) == [
                #"decisions.csv:3: this decision for "C" in 2026-10 contradicts the one the plan register recorded (defer by "Sofia Rossi" on 2026-11-04: "Strike"); a recorded decision stands: make this row match it or remove it, and put a new decision in a later month"#
            ])
        #expect(
            joined.warnings == [
                #"warning: perfplan.sqlite: the plan register recorded dismiss by "Sofia Rossi" on 2026-11-04: "Data error" for "D" in 2026-10, but the data no longer flags "D" in 2026-10; the decision is not applied"#
            ])
    }

    @Test func thePolicysOwnIssueIsLeftToThePolicyWhenApprovalIsAutomatic() {
        let policy = Self.row(
            "A", .issue, by: RecordedDecisionJoin.policyDecider, reason: RecordedDecisionJoin.policyReason)
        let automatic = RecordedDecisionJoin.join(
            data: [:], recorded: [policy], month: Self.october, approval: .automatic, flagged: { _ in true })
        #expect(automatic.decisions.isEmpty && automatic.problems.isEmpty)
        // Switched to required since: the plan the policy issued stays issued.
        let required = RecordedDecisionJoin.join(
            data: [:], recorded: [policy], month: Self.october, approval: .required, flagged: { _ in true })
        #expect(required.decisions["A"]?.decision == .issue)
        // A decision of another month is not this month's.
        var september = Self.row("B", .issue)
        september.month = Month(parsing: "2026-09")!
        #expect(
            RecordedDecisionJoin.join(
                data: [:], recorded: [september], month: Self.october, approval: .required, flagged: { _ in true }
            )
            .decisions.isEmpty)
    }
}
