extension CheckinSchedule {
    /// The meetings of the plan issued at `asOf` under `policy`: the plan runs from the month
    /// after `asOf` for `plan_months` months. The plan documents, its calendars and its
    /// reminders all take their dates from here, so they can never disagree.
    package static func meetings(ofPlanIssuedAt asOf: Month, policy: Policy) -> [Meeting] {
        meetings(
            from: asOf + 1, through: asOf + policy.planMonths, reviewDay: policy.reviewDay,
            everyWeeks: policy.checkinEveryWeeks)
    }
}
