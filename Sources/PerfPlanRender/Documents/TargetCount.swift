import PerfPlanCore

/// The interview form's header line for the month: how many targets were met, and
/// what became of the others — "2 of 5 (1 at risk, 2 missed)". It replaces the composite
/// score and its rating band, a figure the employee cannot act on; both stay in the plan's
/// "Why a plan now" and in HR's worksheet. The XML form carries the same counts.
package struct TargetCount: Equatable {
    var indicators = 0, met = 0, atRisk = 0, missed = 0, noData = 0

    /// One status per indicator with a target this month (`nil`: no result recorded).
    init(_ statuses: some Sequence<Status?>) {
        for s in statuses {
            indicators += 1
            switch s {
            case .met: met += 1
            case .atRisk: atRisk += 1
            case .missed: missed += 1
            case nil: noData += 1
            }
        }
    }

    init(indicators: Int, met: Int, atRisk: Int, missed: Int, noData: Int) {
        (self.indicators, self.met, self.atRisk, self.missed, self.noData) = (indicators, met, atRisk, missed, noData)
    }

    /// "5 of 5 in October 2026", "2 of 5 in October 2026 (3 missed)", "3 of 6 in October 2026
    /// (1 at risk, 1 missed, 1 without a result)"; "No results recorded for October 2026" when no
    /// indicator has one, "No targets for October 2026" without indicators.
    func text(in month: String) -> String {
        if indicators == 0 { return "No targets for \(month)" }
        if noData == indicators { return "No results recorded for \(month)" }
        let rest = [(atRisk, "at risk"), (missed, "missed"), (noData, "without a result")].filter { $0.0 > 0 }.map {
            "\($0.0) \($0.1)"
        }
        return "\(met) of \(indicators) in \(month)" + (rest.isEmpty ? "" : " (" + rest.joined(separator: ", ") + ")")
    }
}
