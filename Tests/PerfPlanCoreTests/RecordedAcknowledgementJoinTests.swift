import PerfPlanCore
import Testing

/// The rules by which the register's signatures join the data's: a recorded signature stands
/// when the data lacks its row, a data row wins, and one that says something else is named
/// in a warning.
struct RecordedAcknowledgementJoinTests {
    static let file = SourceLocation(file: "acknowledgements.csv", line: 1)

    static func row(
        _ id: String, _ party: SigningParty, _ on: String, declined: Bool = false, witness: String? = nil,
        line: Int? = nil
    ) -> Acknowledgement {
        Acknowledgement(
            employeeId: id, cycle: 1, party: party, signedOn: Day(parsing: on)!, declined: declined, witness: witness,
            source: line.map { file.atLine($0) } ?? .synthetic)
    }

    @Test func aRecordedSignatureStandsWhenTheDataLacksItsRow() {
        let recorded = [Self.row("A", .manager, "2026-11-10"), Self.row("A", .employee, "2026-11-12")]
        let data = [Self.row("B", .hr, "2026-11-13", line: 2)]
        let joined = RecordedAcknowledgementJoin.join(data: data, recorded: recorded)
        #expect(joined.rows == data + recorded)
        #expect(joined.warnings.isEmpty)
    }

    @Test func theDataRowWinsAndAChangeIsNamed() {
        let recorded = [
            Self.row("A", .manager, "2026-11-10"),
            Self.row("A", .employee, "2026-11-12", declined: true, witness: "Hana Berg, HR"),
            Self.row("B", .hr, "2026-11-13", witness: ""),
        ]
        let data = [
            // A's manager: the day corrected. A's employee: the same refusal. B's HR: no witness.
            Self.row("A", .manager, "2026-11-11", line: 2),
            Self.row("A", .employee, "2026-11-12", declined: true, witness: "Hana Berg, HR", line: 3),
            Self.row("B", .hr, "2026-11-13", line: 4),
        ]
        let joined = RecordedAcknowledgementJoin.join(data: data, recorded: recorded)
        #expect(joined.rows == data)
        #expect(
            joined.warnings == [
                "warning: acknowledgements.csv:2: this row changes the manager's signature on \"A\"'s plan (cycle 1) "
                    + "from what the plan register recorded (signed on 2026-11-10) to signed on 2026-11-11; the row is used"
            ])
    }

    @Test func aRefusalTurnedIntoASignatureIsNamedWithItsWitness() {
        let recorded = [Self.row("A", .employee, "2026-11-12", declined: true, witness: "Hana Berg")]
        let data = [Self.row("A", .employee, "2026-11-14", line: 5)]
        let joined = RecordedAcknowledgementJoin.join(data: data, recorded: recorded)
        #expect(joined.rows == data)
        #expect(
            joined.warnings == [
                "warning: acknowledgements.csv:5: this row changes the employee's signature on \"A\"'s plan (cycle 1) "
                    + "from what the plan register recorded (declined on 2026-11-12 before \"Hana Berg\") to signed on "
                    + "2026-11-14; the row is used"
            ])
    }
}
