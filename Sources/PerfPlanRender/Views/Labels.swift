import PerfPlanCore

/// Words and dates as a reader sees them in the documents.
enum Labels {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    static func month(_ m: Month) -> String { "\(monthNames[m.month - 1]) \(m.year)" }
    static func shortMonth(_ m: Month) -> String { "\(monthNames[m.month - 1].prefix(3)) \(m.year)" }
    static func day(_ d: Day) -> String { "\(d.day) \(monthNames[d.month - 1]) \(d.year)" }
    static func dayWithWeekday(_ d: Day) -> String { "\(weekdays[d.weekday]) \(d.day) \(monthNames[d.month - 1].prefix(3)) \(d.year)" }

    static func status(_ s: Status?) -> String {
        switch s {
        case .met: return "Met"
        case .atRisk: return "At risk"
        case .missed: return "Missed"
        case nil: return "No data"
        }
    }

    static func statusClass(_ s: Status?) -> String {
        switch s {
        case .met: return "met"
        case .atRisk: return "risk"
        case .missed: return "missed"
        case nil: return "nodata"
        }
    }

    /// A value of an indicator as a reader expects it: `219,000 EUR`, `2 days`, or for a
    /// rating `4 of 5`.
    static func value(_ x: Double?, _ indicator: Indicator) -> String {
        x.map { HumanNumber.format($0, for: indicator) } ?? "—"
    }
    static func plain(_ x: Double?) -> String { x.map { HumanNumber.format($0) } ?? "—" }

    /// A trend in words with an arrow that says better or worse, not just up or down.
    static func trend(_ slope: Double?, _ indicator: Indicator) -> String {
        guard let slope else { return "—" }
        // Enough decimals to show small slopes of small quantities (0.003 %/month).
        let decimals = abs(slope) >= 10 ? 0 : abs(slope) >= 0.1 ? 2 : 3
        let shown = HumanNumber.signed(slope, decimals: decimals)
        if shown == "0" || shown == "-0" { return "→ steady" }
        let unit = indicator.kind == .qualitative ? " points" : (indicator.unit.map { " \($0)" } ?? "")
        let perMonth = shown + unit + "/month"
        let better = indicator.direction.isBetter(slope, than: 0)
        return (slope > 0 ? "↑ " : "↓ ") + perMonth + (better ? " (improving)" : " (worsening)")
    }
}
