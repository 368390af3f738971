/// Whether the employees of a run have data in the as-of month (contract §6.35). A run at a
/// month nobody reported yet (cron's default as-of = last month, before the month's export
/// arrived) would flag nobody and write empty plans that look real; it is refused instead,
/// naming the month that does have data. Pure: the commands decide what to print.
package enum AsOfCoverage: Equatable, Sendable {
    /// Every employee in scope has at least one actual in the month (or the scope is empty).
    case complete
    /// `missing` of the `total` employees in scope have no actual in the month.
    case partial(missing: Int, total: Int)
    /// Nobody in scope has an actual in the month; `latest` is the latest month in which
    /// someone in scope has one (nil: nobody in scope has any actual at all).
    case empty(latest: Month?)

    /// Looks at each employee's series of each indicator: one binary search per series.
    /// Unknown ids are skipped (the commands report them as usage errors).
    package static func check(_ index: DatasetIndex, employeeIds: [String], month: Month) -> AsOfCoverage {
        var total = 0
        var missing = 0
        var latest = Int32.min
        for id in employeeIds {
            guard let e = index.employeeIndex[id] else { continue }
            total += 1
            var has = false
            for i in index.indicators.indices {
                let r = index.series(e, i)
                guard !r.isEmpty else { continue }
                latest = max(latest, index.seriesMonths[r.upperBound - 1])
                if !has, index.position(e, i, at: month) != nil { has = true }
            }
            if !has { missing += 1 }
        }
        if missing == 0 { return .complete }
        if missing < total { return .partial(missing: missing, total: total) }
        return .empty(latest: latest == Int32.min ? nil : Month(index: Int(latest)))
    }
}
