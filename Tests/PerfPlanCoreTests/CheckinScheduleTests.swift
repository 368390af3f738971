import Testing
@testable import PerfPlanCore

/// Contract §6.38, worked by hand against a real calendar (weekdays checked with `cal`/python).
@Suite struct CheckinScheduleTests {
    static func m(_ s: String) -> Month { Month(parsing: s)! }
    static func d(_ s: String) -> Day { Day(parsing: s)! }

    @Test func reviewsFallOnTheFirstWorkingDayFromReviewDay() {
        // review_day 10: 2026-12-10 is a Thursday; 2027-01-10 a Sunday → Monday 11th;
        // 2027-02-10 a Wednesday.
        #expect(CheckinSchedule.review(of: Self.m("2026-11"), reviewDay: 10) == Self.d("2026-12-10"))
        #expect(CheckinSchedule.review(of: Self.m("2026-12"), reviewDay: 10) == Self.d("2027-01-11"))
        #expect(CheckinSchedule.review(of: Self.m("2027-01"), reviewDay: 10) == Self.d("2027-02-10"))
        // review_day 28: 2027-02-28 is a Sunday → Monday 1 March; 2026-11-28 a Saturday → Monday 30th.
        #expect(CheckinSchedule.review(of: Self.m("2027-01"), reviewDay: 28) == Self.d("2027-03-01"))
        #expect(CheckinSchedule.review(of: Self.m("2026-10"), reviewDay: 28) == Self.d("2026-11-30"))
        // review_day 1: 2027-08-01 is a Sunday → Monday 2 August; across the year: 2027-01-01 a Friday.
        #expect(CheckinSchedule.review(of: Self.m("2027-07"), reviewDay: 1) == Self.d("2027-08-02"))
        #expect(CheckinSchedule.review(of: Self.m("2026-12"), reviewDay: 1) == Self.d("2027-01-01"))
    }

    @Test func firstWorkingDay() {
        #expect(CheckinSchedule.firstWorkingDay(onOrAfter: Self.d("2026-11-01")) == Self.d("2026-11-02"))  // Sun → Mon
        #expect(CheckinSchedule.firstWorkingDay(onOrAfter: Self.d("2026-10-31")) == Self.d("2026-11-02"))  // Sat → Mon
        #expect(CheckinSchedule.firstWorkingDay(onOrAfter: Self.d("2026-10-30")) == Self.d("2026-10-30"))  // Fri
    }

    @Test func aThreeMonthPlan() {
        // Plan 2026-11 … 2027-01, every 2 weeks from Mon 2026-11-02: 11-02, 11-16, 11-30,
        // 12-14, 12-28, 2027-01-11 (the December review that day: folded), 01-25; 02-08 is
        // after the plan's last day (31 January). 12-14 is 4 days after the Thu 12-10 review: kept.
        let got = CheckinSchedule.meetings(from: Self.m("2026-11"), through: Self.m("2027-01"), reviewDay: 10, everyWeeks: 2)
        #expect(got.map { "\($0.date)\($0.formal ? " review of \($0.reviewOf!)" : "")" } == [
            "2026-11-02", "2026-11-16", "2026-11-30", "2026-12-10 review of 2026-11", "2026-12-14", "2026-12-28",
            "2027-01-11 review of 2026-12", "2027-01-25", "2027-02-10 review of 2027-01",
        ])
        #expect(got.allSatisfy { $0.date.weekday < 5 })
    }

    @Test func checkinsNearAReviewAreFoldedIntoIt() {
        // Plan 2026-11 … 2026-12, weekly from Mon 2026-11-02 through 31 December; reviews Thu
        // 12-10 and Mon 2027-01-11 (review_day 10). Folded: Mon 12-07 (3 days before 12-10);
        // kept: Mon 12-14 (4 days after). Mon 2027-01-04 lies after the plan: none.
        let got = CheckinSchedule.meetings(from: Self.m("2026-11"), through: Self.m("2026-12"), reviewDay: 10, everyWeeks: 1)
        let informal = got.filter { !$0.formal }.map(\.date.description)
        #expect(informal == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30",
                             "2026-12-14", "2026-12-21", "2026-12-28"])
        #expect(got.filter(\.formal).map(\.date.description) == ["2026-12-10", "2027-01-11"])
    }

    @Test func aPlanStartingOnAWeekdayAndAOneMonthPlan() {
        // 2027-03-01 is a Monday; every 4 weeks: 03-01, 03-29; review of March on Mon 2027-04-12
        // (review_day 12 is a Monday).
        let got = CheckinSchedule.meetings(from: Self.m("2027-03"), through: Self.m("2027-03"), reviewDay: 12, everyWeeks: 4)
        #expect(got.map(\.date.description) == ["2027-03-01", "2027-03-29", "2027-04-12"])
        #expect(got.map(\.formal) == [false, false, true])
    }
}

/// Contract §6.37: others = peer_n − (1 when the employee has a value at P).
@Suite struct PeerPrivacyTests {
    @Test func othersExcludeTheEmployeeOnlyWhenTheyHaveAValue() {
        let withValue = IndicatorResult(indicatorId: "x", actual: 3, target: 4, threshold: 0, weight: 1, peerN: 6)
        #expect(PeerPrivacy.others(withValue) == 5)
        #expect(PeerPrivacy.showsPeers(withValue, minPeerGroup: 5))
        #expect(!PeerPrivacy.showsPeers(withValue, minPeerGroup: 6))
        let without = IndicatorResult(indicatorId: "x", target: 4, threshold: 0, weight: 1, peerN: 5)
        #expect(PeerPrivacy.others(without) == 5)
        #expect(PeerPrivacy.showsPeers(without, minPeerGroup: 5))
        let alone = IndicatorResult(indicatorId: "x", actual: 3, target: 4, threshold: 0, weight: 1, peerN: 1)
        #expect(PeerPrivacy.others(alone) == 0 && !PeerPrivacy.showsPeers(alone, minPeerGroup: 1))
        let nobody = IndicatorResult(indicatorId: "x", target: 4, threshold: 0, weight: 1)
        #expect(PeerPrivacy.others(nobody) == 0)
    }
}
