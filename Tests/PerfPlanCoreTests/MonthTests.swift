import Testing

@testable import PerfPlanCore

@Suite struct MonthTests {
    @Test func parsesStrictYearMonth() {
        #expect(Month(parsing: "2026-03")?.description == "2026-03")
        #expect(Month(parsing: "2026-13") == nil)
        #expect(Month(parsing: "2026-1") == nil)
        #expect(Month(parsing: "2026-00") == nil)
        #expect(Month(parsing: " 2026-01") == nil)
    }

    @Test func arithmeticCrossesYears() {
        let m = Month(parsing: "2026-11")!
        #expect((m + 3).description == "2027-02")
        #expect((m - 11).description == "2025-12")
        #expect(Month(parsing: "2027-02")! - m == 3)
    }

    @Test func lastDayHandlesLeapYears() {
        #expect(Month(parsing: "2028-02")!.lastDayString == "2028-02-29")
        #expect(Month(parsing: "2100-02")!.lastDayString == "2100-02-28")
        #expect(Month(parsing: "2026-04")!.lastDayString == "2026-04-30")
    }

    @Test func dayRoundTripsThroughEpochDays() {
        let d = Day(parsing: "2026-11-22")!
        #expect(Day(daysSinceEpoch: d.daysSinceEpoch) == d)
        #expect(Day(parsing: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(d.weekday == 6)  // 2026-11-22 is a Sunday
        #expect(Day(parsing: "2026-02-29") == nil)
        #expect(d.adding(days: 10).description == "2026-12-02")
    }
}
