import Testing

@testable import PerfPlanCore

/// Rule 50's arithmetic: awaited days from the plan meeting to the counting day, overdue
/// only after 7, a later-dated signature still counted, a refusal kept with its witness.
struct PlanSignaturesTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test func sevenDaysIsNotOverdueEightIs() {
        let handed = Self.day(2026, 11, 10)
        let seven = PlanSignatures(handedOver: handed, countedAt: Self.day(2026, 11, 17), acknowledgements: [])
        #expect(seven.entries.map(\.state) == Array(repeating: .awaited(since: handed, days: 7), count: 3))
        #expect(seven.overdue.isEmpty && seven.awaited == [.employee, .manager, .hr])
        let eight = PlanSignatures(handedOver: handed, countedAt: Self.day(2026, 11, 18), acknowledgements: [])
        #expect(eight.overdue == [.employee, .manager, .hr])
        // Counted before the hand-over (cannot wait a negative time).
        let before = PlanSignatures(handedOver: handed, countedAt: Self.day(2026, 11, 1), acknowledgements: [])
        #expect(before.entries[0].state == .awaited(since: handed, days: 0))
    }

    @Test func signedDeclinedAndLaterSignatures() {
        let acks = [
            Acknowledgement(
                employeeId: "A", cycle: 1, party: .employee, signedOn: Self.day(2026, 11, 11), declined: true,
                witness: "W"),
            // Dated after the counting day: the data records it, so it counts.
            Acknowledgement(employeeId: "A", cycle: 1, party: .hr, signedOn: Self.day(2026, 12, 2)),
        ]
        let s = PlanSignatures(
            handedOver: Self.day(2026, 11, 10), countedAt: Self.day(2026, 11, 30), acknowledgements: acks)
        #expect(s.entries.map(\.party) == [.employee, .manager, .hr])
        #expect(s.entries[0].state == .declined(on: Self.day(2026, 11, 11), witness: "W"))
        #expect(s.entries[1].state == .awaited(since: Self.day(2026, 11, 10), days: 20))
        #expect(s.entries[2].state == .signed(on: Self.day(2026, 12, 2)))
        #expect(s.overdue == [.manager])
    }

    /// The hand-over is the plan meeting: review day 7 of November 2026 is a Saturday, so
    /// Monday 9 November; the rows are matched by employee and cycle.
    @Test func theIndexMatchesEmployeeAndCycleAndHandsOverAtThePlanMeeting() {
        let index = AcknowledgementIndex([
            Acknowledgement(employeeId: "A", cycle: 2, party: .manager, signedOn: Self.day(2026, 11, 9)),
            Acknowledgement(employeeId: "B", cycle: 1, party: .manager, signedOn: Self.day(2026, 11, 9)),
        ])
        let s = index.signatures(
            employeeId: "A", cycle: 1, start: Month(year: 2026, month: 11)!, reviewDay: 7,
            month: Month(year: 2026, month: 11)!)
        #expect(s.handedOver == Self.day(2026, 11, 9) && s.countedAt == Self.day(2026, 11, 30))
        #expect(s.awaited == [.employee, .manager, .hr])
        let cycle2 = index.signatures(
            employeeId: "A", cycle: 2, start: Month(year: 2026, month: 11)!, reviewDay: 7,
            month: Month(year: 2026, month: 11)!)
        #expect(cycle2.entries[1].state == .signed(on: Self.day(2026, 11, 9)))
    }
}
