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
        // Plan 2026-11 … 2027-01 after October's results, review_day 10: the plan meeting is
        // Tue 2026-11-10 (October's results exist), check-ins every 2 weeks after it: 11-24,
        // 12-08 (2 days before the Thu 12-10 review: folded), 12-22, 2027-01-05 (6 days before
        // the Mon 01-11 review: folded), 01-19; 02-02 is after the plan's last day.
        let got = CheckinSchedule.meetings(
            from: Self.m("2026-11"), through: Self.m("2027-01"), reviewDay: 10, everyWeeks: 2)
        #expect(CheckinSchedule.planMeeting(start: Self.m("2026-11"), reviewDay: 10) == Self.d("2026-11-10"))
        #expect(
            got.map { "\($0.date)\($0.formal ? " review of \($0.reviewOf!)" : "")" } == [
                "2026-11-24", "2026-12-10 review of 2026-11", "2026-12-22",
                "2027-01-11 review of 2026-12", "2027-01-19", "2027-02-10 review of 2027-01",
            ])
        #expect(got.allSatisfy { $0.date.weekday < 5 })
    }

    @Test func checkinsNearAReviewAreFoldedIntoIt() {
        // Plan 2026-11 … 2026-12, weekly after the plan meeting Tue 2026-11-10 through 31
        // December; reviews Thu 12-10 and Mon 2027-01-11. Folded: Tue 12-08 (2 days before
        // 12-10) and Tue 12-15 (5 days after: the review's news is days old); kept: Tue 12-01
        // (9 days before) and Tue 12-22 (12 days after). The plan meeting itself is no check-in.
        let got = CheckinSchedule.meetings(
            from: Self.m("2026-11"), through: Self.m("2026-12"), reviewDay: 10, everyWeeks: 1)
        let informal = got.filter { !$0.formal }.map(\.date.description)
        #expect(informal == ["2026-11-17", "2026-11-24", "2026-12-01", "2026-12-22", "2026-12-29"])
        #expect(got.filter(\.formal).map(\.date.description) == ["2026-12-10", "2027-01-11"])
    }

    @Test func noCheckinBeforeTheTriggerMonthsResultsExist() {
        // A plan for March 2027 after February's results, review_day 12: the plan meeting is
        // Fri 2027-03-12; every 2 weeks after it: 03-26; 04-09 is after 31 March. The review of
        // March is Mon 2027-04-12. Nothing falls on 1–11 March, before February's results.
        let got = CheckinSchedule.meetings(
            from: Self.m("2027-03"), through: Self.m("2027-03"), reviewDay: 12, everyWeeks: 2)
        #expect(got.map(\.date.description) == ["2027-03-26", "2027-04-12"])
        #expect(got.map(\.formal) == [false, true])
        #expect(got.allSatisfy { $0.date > CheckinSchedule.planMeeting(start: Self.m("2027-03"), reviewDay: 12) })
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
