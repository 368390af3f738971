/// Months and lists as a reader writes them in a sentence ("October 2026", "August–October
/// 2026", "Error rate and On-time delivery"). The documents' reasons and `explain` share
/// them, so a manager never reads a machine month (`2026-10`) in the middle of prose.
package enum Prose {
    package static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    /// `October 2026`.
    package static func month(_ m: Month) -> String { "\(monthNames[m.month - 1]) \(m.year)" }

    /// A deadline as people say it (§6.38, a goal's deadline is the last day of its month):
    /// `End of January 2027`.
    package static func endOf(_ m: Month) -> String { "End of \(month(m))" }

    /// `by the end of January 2027`.
    package static func byEndOf(_ m: Month) -> String { "by the end of \(month(m))" }

    /// A run of months: `October 2026`, `August–October 2026` within a year, and
    /// `November 2025 – January 2026` across one (the spaced dash between two-word ends).
    package static func months(from first: Month, to last: Month) -> String {
        if first == last { return month(first) }
        if first.year == last.year { return "\(monthNames[first.month - 1])–\(month(last))" }
        return "\(month(first)) – \(month(last))"
    }

    /// `A`, `A and B`, `A, B and C`.
    package static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
