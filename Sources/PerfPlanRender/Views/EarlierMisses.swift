import PerfPlanCore

/// The interview's "What fell short" over the whole review period: this month's shortfalls
/// have their evidence sentence; an indicator that met its target this month but fell short
/// earlier in the period is named with those months, so "No target was missed in October"
/// never stands beside "2 of 3 months on target".
enum EarlierMisses {
    /// "Revenue: below target in August 2026 (180,000 EUR against 200,000 EUR)" — one line
    /// per indicator not short this month, its short months oldest first, joined by "; ".
    static func lines(_ d: EmployeeDocument) -> [String] {
        d.review.compactMap { v in
            let row = d.rows[v.row]
            let ind = row.indicator
            if row.result.status == .atRisk || row.result.status == .missed { return nil }
            let short = v.months.filter { $0.month != d.asOf && ($0.status == .atRisk || $0.status == .missed) }
            guard !short.isEmpty else { return nil }
            let parts = short.map { h in
                "\(h.status == .atRisk ? "at risk" : "below target") in \(Labels.month(h.month)) "
                    + "(\(Labels.value(h.actual, ind)) against \(Labels.value(h.target, ind)))"
            }
            return "\(ind.name): \(parts.joined(separator: "; "))"
        }
    }
}
