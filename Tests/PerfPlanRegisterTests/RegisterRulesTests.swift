import PerfPlanCore
import Testing

@testable import PerfPlanRegister

/// The register's pure rules: which batches count, what plans they make, how they join the data.
struct RegisterRulesTests {
    static func m(_ s: String) -> Month { Month(parsing: s)! }

    static func batch(
        _ id: Int64, _ kind: RegisterBatch.Kind = .generate, month: String = "2026-03", source: String? = nil,
        manifest: String, _ state: RegisterBatch.State
    ) -> RegisterBatch {
        RegisterBatch(
            id: id, kind: kind, month: m(month), source: source.map(m), folder: "/p/\(month)", manifestSHA256: manifest,
            state: state)
    }

    @Test func aPendingBatchCountsOnlyWhenTheFolderCarriesItsManifest() {
        let batches = [Self.batch(1, manifest: "old", .final), Self.batch(2, manifest: "new", .pending)]
        // Killed after the swap: the folder has the new manifest.
        let swapped = BatchValidity.decide(batches) { _ in "new" }
        #expect(swapped == .init(current: [2], confirm: [2], drop: [1]))
        // Killed before the swap: the old folder is still there.
        let notSwapped = BatchValidity.decide(batches) { _ in "old" }
        #expect(notSwapped == .init(current: [1], confirm: [], drop: [2]))
        // A first run killed before its swap: nothing counts.
        let first = BatchValidity.decide([Self.batch(3, manifest: "new", .pending)]) { _ in nil }
        #expect(first == .init(current: [], confirm: [], drop: [3]))
    }

    @Test func batchesOfOtherMonthsAndKindsStandApart() {
        let batches = [
            Self.batch(1, manifest: "a", .final), Self.batch(2, month: "2026-06", manifest: "b", .final),
            Self.batch(3, .progress, month: "2026-04", source: "2026-03", manifest: "c", .final),
            Self.batch(4, .progress, month: "2026-04", source: "2026-01", manifest: "d", .final),
        ]
        #expect(BatchValidity.decide(batches) { _ in nil }.current == [1, 2, 3, 4])
    }

    static func issued(_ e: String, cycle: Int, packet: String, batch: Int64 = 1) -> IssuedPlan {
        IssuedPlan(
            batch: batch, employeeId: e, cycle: cycle, maxCycles: 2, escalate: cycle > 2, start: m(packet) + 1,
            end: m(packet) + 3, packet: m(packet), planSHA256: nil, goals: [])
    }

    static func report(_ e: String, cycle: Int, packet: String, month: String, _ decision: PlanDecision? = nil)
        -> ProgressEntry
    {
        ProgressEntry(
            batch: 9, employeeId: e, cycle: cycle, packet: m(packet), month: m(month), overall: "behind", goals: [],
            decision: decision)
    }

    @Test func outcomesComeFromTheFollowedPlansDecisionOrAClosure() {
        let contents = RegisterContents(
            issued: [
                Self.issued("A", cycle: 1, packet: "2026-03"), Self.issued("A", cycle: 1, packet: "2026-04"),
                Self.issued("B", cycle: 1, packet: "2026-03"), Self.issued("C", cycle: 1, packet: "2026-03"),
            ],
            reports: [
                Self.report("A", cycle: 1, packet: "2026-03", month: "2026-06", .extend),
                Self.report("B", cycle: 1, packet: "2026-03", month: "2026-04"),
            ],
            closures: [PlanClosure(employeeId: "C", cycle: 1, reason: "left", closedOn: "2026-04-02")],
            imported: [
                PlanRecord(
                    employeeId: "F", cycle: 1, start: Self.m("2024-01"), end: Self.m("2024-03"), outcome: .succeeded)
            ])
        let plans = RegisterHistory.plans(contents)
        #expect(
            plans.map(\.record) == [
                // Issued again in 2026-04 while running; progress followed the 2026-03 one.
                PlanRecord(
                    employeeId: "A", cycle: 1, start: Self.m("2026-04"), end: Self.m("2026-06"), outcome: .extended),
                PlanRecord(
                    employeeId: "B", cycle: 1, start: Self.m("2026-04"), end: Self.m("2026-06"), outcome: .active),
                PlanRecord(
                    employeeId: "C", cycle: 1, start: Self.m("2026-04"), end: Self.m("2026-06"), outcome: .closed),
                PlanRecord(
                    employeeId: "F", cycle: 1, start: Self.m("2024-01"), end: Self.m("2024-03"), outcome: .succeeded),
            ])
        #expect(plans[0].packets == [Self.m("2026-03"), Self.m("2026-04")])
        #expect(plans[3].imported)
    }

    @Test func aRunSeesOnlyWhatCameBeforeItsMonth() {
        let contents = RegisterContents(batches: [
            Self.batch(1, month: "2026-03", manifest: "a", .final),
            Self.batch(2, month: "2026-06", manifest: "b", .final),
            Self.batch(3, .progress, month: "2026-06", source: "2026-03", manifest: "c", .final),
            Self.batch(4, .progress, month: "2026-07", source: "2026-06", manifest: "d", .final),
        ])
        #expect(Set(RegisterHistory.before(Self.m("2026-06"), contents).batches.map(\.id)) == [1, 3])
    }

    @Test func dataRowsWinAndDisagreementsAreReported() {
        let row = PlanRecord(
            employeeId: "A", cycle: 1, start: Self.m("2026-04"), end: Self.m("2026-06"), outcome: .active,
            source: SourceLocation(file: "plans.csv", line: 2))
        let same = PlanRecord(
            employeeId: "B", cycle: 1, start: Self.m("2026-04"), end: Self.m("2026-06"), outcome: .succeeded)
        let register = [
            PlanRecord(employeeId: "A", cycle: 1, start: Self.m("2026-04"), end: Self.m("2026-06"), outcome: .extended),
            PlanRecord(employeeId: "A", cycle: 2, start: Self.m("2026-07"), end: Self.m("2026-09"), outcome: .active),
            same,
        ]
        let (records, contradictions) = RegisterHistory.combine(data: [row, same], register: register)
        #expect(records == [row, same, register[1]])
        #expect(
            contradictions == [
                "plans.csv:2: the plans row for \"A\" cycle 1 says 2026-04–2026-06 active, "
                    + "the plan register says 2026-04–2026-06 extended; the plans row is used"
            ])
    }

    @Test func exportIsThePlansDatasetFormat() {
        let plans = RegisterHistory.plans(
            RegisterContents(imported: [
                PlanRecord(
                    employeeId: "a,\"b\"", cycle: 2, start: Self.m("2025-01"), end: Self.m("2025-03"), outcome: .closed)
            ]))
        #expect(
            RegisterReport.csv(plans)
                == "employee_id,cycle,start,end,outcome\n\"a,\"\"b\"\"\",2,2025-01,2025-03,closed\n")
        #expect(
            RegisterReport.exportJSON(plans)
                == "[\n  {\"employee_id\": \"a,\\\"b\\\"\", \"cycle\": 2, \"start\": \"2025-01\", \"end\": \"2025-03\", \"outcome\": \"closed\"}\n]\n"
        )
    }
}
