/// The meetings of a plan (contract §6.38): pure calendar arithmetic, no I/O.
///
/// - Formal reviews: the review of month *m* falls on the first working day (Monday–Friday)
///   on or after day `review_day` of month *m* + 1, when *m*'s results exist. A plan lists the
///   review of each of its months, start through end, so the last one (of the plan's last
///   month) falls in the month after the plan and is where the outcome is assessed.
/// - Informal check-ins: every `checkin_every_weeks` weeks after the plan meeting — the day
///   the trigger month's results exist (its review day, in the plan's first month), when the
///   plan can first be discussed — through the plan's last day. A check-in before then
///   would discuss results nobody has yet. Being whole weeks from a working day they never
///   fall on a weekend. A check-in less than a week from a formal review (either side) is
///   folded into the review: a check-in days after a review has nothing new to discuss.
package enum CheckinSchedule {
    package struct Meeting: Hashable, Sendable {
        package var date: Day
        /// The month whose results a formal review discusses; nil for an informal check-in.
        package var reviewOf: Month?
        package var formal: Bool { reviewOf != nil }

        package init(date: Day, reviewOf: Month? = nil) {
            self.date = date
            self.reviewOf = reviewOf
        }
    }

    /// Check-ins closer than this many days to a formal review are folded into it.
    package static let foldDays = 6

    /// The plan meeting of a plan starting in `start`: the day the results of the month
    /// before (the trigger month) exist, the same day rule as a formal review.
    package static func planMeeting(start: Month, reviewDay: Int) -> Day {
        review(of: start - 1, reviewDay: reviewDay)
    }

    /// Monday–Friday (`Day.weekday` counts Monday as 0).
    package static func isWorkingDay(_ d: Day) -> Bool { d.weekday < 5 }

    /// `d` itself on a working day, else the Monday after.
    package static func firstWorkingDay(onOrAfter d: Day) -> Day {
        var d = d
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The formal review of month `m`'s results: the first working day on or after day
    /// `reviewDay` (1–28, so it exists in every month) of the following month.
    package static func review(of m: Month, reviewDay: Int) -> Day {
        let next = m + 1
        let day = min(max(reviewDay, 1), next.dayCount)
        return firstWorkingDay(onOrAfter: Day(year: next.year, month: next.month, day: day)!)
    }

    /// Every meeting of a plan running from `start` through `end`, by date (a formal review
    /// before a check-in on the same date, which folding rules out anyway).
    package static func meetings(from start: Month, through end: Month, reviewDay: Int, everyWeeks: Int) -> [Meeting] {
        guard start <= end else { return [] }
        var reviews: [Meeting] = []
        var m = start
        while m <= end {
            reviews.append(Meeting(date: review(of: m, reviewDay: reviewDay), reviewOf: m))
            m = m + 1
        }
        let lastDay = Day(year: end.year, month: end.month, day: end.dayCount)!
        var all = reviews
        let step = 7 * max(everyWeeks, 1)
        var d = planMeeting(start: start, reviewDay: reviewDay).adding(days: step)
        while d <= lastDay {
            if !reviews.contains(where: { abs($0.date.daysSinceEpoch - d.daysSinceEpoch) <= foldDays }) {
                all.append(Meeting(date: d))
            }
            d = d.adding(days: step)
        }
        return all.sorted { $0.date != $1.date ? $0.date < $1.date : ($0.formal && !$1.formal) }
    }
}
