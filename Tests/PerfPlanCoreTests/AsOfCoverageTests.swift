import Testing

@testable import PerfPlanCore

/// Contract §6.35: does the as-of month have data for the employees of a run?
@Suite struct AsOfCoverageTests {
    /// E1 has data through 2026-10, E2 through 2026-09 (on another indicator), E3 never.
    static let index = DatasetIndex(
        Dataset(
            employees: [F.emp("E1"), F.emp("E2"), F.emp("E3")],
            indicators: [F.ind("a"), F.ind("b")],
            targets: [F.target("a", value: 1), F.target("b", value: 1)],
            actuals: F.actuals("E1", "a", ["2026-09": 1, "2026-10": 2])
                + F.actuals("E2", "b", ["2026-08": 1, "2026-09": 3])))

    @Test func everyoneWithDataIsComplete() {
        #expect(AsOfCoverage.check(Self.index, employeeIds: ["E1"], month: F.m("2026-10")) == .complete)
        #expect(AsOfCoverage.check(Self.index, employeeIds: ["E1", "E2"], month: F.m("2026-09")) == .complete)
    }

    @Test func someWithoutDataArePartialWithTheCount() {
        #expect(
            AsOfCoverage.check(Self.index, employeeIds: ["E1", "E2", "E3"], month: F.m("2026-10"))
                == .partial(missing: 2, total: 3))
        #expect(
            AsOfCoverage.check(Self.index, employeeIds: ["E1", "E2", "E3"], month: F.m("2026-09"))
                == .partial(missing: 1, total: 3))
    }

    @Test func nobodyWithDataNamesTheLatestMonthInScope() {
        #expect(
            AsOfCoverage.check(Self.index, employeeIds: ["E1", "E2", "E3"], month: F.m("2026-11"))
                == .empty(latest: F.m("2026-10")))
        // In scope: E2's latest is 2026-09, whatever E1 has.
        #expect(
            AsOfCoverage.check(Self.index, employeeIds: ["E2"], month: F.m("2026-10")) == .empty(latest: F.m("2026-09"))
        )
        #expect(AsOfCoverage.check(Self.index, employeeIds: ["E3"], month: F.m("2026-10")) == .empty(latest: nil))
    }

    @Test func unknownIdsAndAnEmptyScopeAreNotChecked() {
        #expect(AsOfCoverage.check(Self.index, employeeIds: [], month: F.m("2030-01")) == .complete)
        #expect(AsOfCoverage.check(Self.index, employeeIds: ["nobody", "E1"], month: F.m("2026-10")) == .complete)
    }
}
