import PerfPlanCore

/// The Mustache view of `calibration.md` and `calibration.html` (templates of the same name):
/// figures formatted for people, the marks spelled out in words with the figures behind them.
package enum CalibrationView {
    /// `x` (0 to 1) to exactly four places, trailing zeros kept: a p-value of 0.3990 or
    /// 1.0000 reads as computed to four places.
    static func fixed4(_ x: Double) -> String {
        var s = HumanNumber.format(x, decimals: 4)
        if !s.contains(".") { s += "." }
        let places = s.count - 1 - s.distance(from: s.startIndex, to: s.firstIndex(of: ".")!)
        return s + String(repeating: "0", count: max(0, 4 - places))
    }

    package static func make(_ c: Calibration, asOf: Month, generated: Day, organization: String, chart: Bool)
        -> [String: Any]
    {
        func p(_ x: Double) -> String { x < 0.00005 ? "< 0.0001" : fixed4(x) }
        func unit(_ u: Calibration.Unit) -> [String: Any] {
            var v: [String: Any] = [
                "name": u.name, "headcount": String(u.headcount), "flagged": String(u.flagged),
                "rate": HumanNumber.percent(u.rate),
                "bands": zip(c.bandLabels, u.bands).map { ["label": $0, "count": String($1)] },
                "marked": u.test?.marked ?? false,
            ]
            if let t = u.test {
                v["restRate"] = HumanNumber.percent(t.restRate)
                v["p"] = p(t.p)
                v["finding"] =
                    t.marked
                    ? (u.rate > t.restRate ? "higher" : "lower")
                        + " than the rest of the organisation (\(HumanNumber.percent(u.rate)) against \(HumanNumber.percent(t.restRate)), p = \(p(t.p)))"
                    : ""
            } else {
                v["restRate"] = "—"
                v["p"] = "—"
                v["finding"] = "no one else in scope to compare with"
            }
            return v
        }
        let markedManagers = c.managers.filter { $0.test?.marked ?? false }.count
        let markedDepartments = c.departments.filter { $0.test?.marked ?? false }.count
        var view: [String: Any] = [
            "asOf": Labels.month(asOf), "generated": Labels.day(generated),
            "organization": organization, "hasOrganization": !organization.isEmpty,
            "bandLabels": c.bandLabels.map { ["label": $0] },
            "organisation": unit(c.organisation),
            "departments": c.departments.map(unit), "managers": c.managers.map(unit),
            "markedManagers": String(markedManagers), "markedDepartments": String(markedDepartments),
            "markedSummary": Self.markedSummary(
                departments: markedDepartments, of: c.departments.count,
                managers: markedManagers, of: c.managers.count),
            "threshold": HumanNumber.format(Calibration.threshold, decimals: 2),
            "hasGroups": c.groupColumn != nil, "groupColumn": c.groupColumn ?? "",
            "minGroup": String(c.minGroup),
            "groups": c.groups.map { g -> [String: Any] in
                [
                    "name": g.name, "withheld": g.withheld,
                    "headcount": String(g.headcount),
                    "notFlaggedRate": g.notFlaggedRate.map { HumanNumber.percent($0) } ?? "",
                    "impactRatio": g.impactRatio.map { HumanNumber.format($0, decimals: 2) } ?? "—",
                    "belowFourFifths": g.belowFourFifths,
                ]
            },
        ]
        let drawn = CalibrationChart.drawn(c.managers).count
        view["hasChart"] = chart && drawn > 0
        if chart, drawn > 0 {
            view["chart"] = CalibrationChart.svg(
                id: "calibration-chart", managers: c.managers, organisationRate: c.organisation.rate)
            view["chartNote"] =
                drawn == c.managers.count
                ? ""
                : "The chart shows the \(drawn) managers whose rate differs; all \(c.managers.count) are in the table below."
        }
        return view
    }

    /// "Marked: 1 of 4 departments, none of 6 managers." — counted in words a reader need not parse.
    static func markedSummary(departments: Int, of allDepartments: Int, managers: Int, of allManagers: Int) -> String {
        func part(_ n: Int, _ all: Int, _ noun: String) -> String {
            (n == 0 ? "none" : String(n)) + " of \(all) " + noun + (all == 1 ? "" : "s")
        }
        return "Marked: " + part(departments, allDepartments, "department") + ", "
            + part(managers, allManagers, "manager") + "."
    }
}
