import PerfPlanCore

/// The calibration report's view in the language of the HR views, from its `HRWording`:
/// the members `CalibrationView.make` gives the calibration templates, the findings, counts,
/// rates, p-values and the chart in the language. Departments, managers and the group
/// column are the data's own words.
package enum LocalizedCalibrationView {
    /// `noManager`: the data's label of the people without a manager, named in the language here.
    package static func make(
        _ c: Calibration, asOf: Month, generated: Day, policy: Policy, chart: Bool, noManager: String,
        wording hr: any HRWording
    ) -> [String: Any] {
        var c = c
        for k in c.managers.indices where c.managers[k].name == noManager { c.managers[k].name = hr.noManager }
        let w = hr.documents
        let v = w.figures
        func percent(_ ratio: Double) -> String { v.percent(ratio, decimals: 1) }
        func unit(_ u: Calibration.Unit) -> [String: Any] {
            var out: [String: Any] = [
                "name": u.name, "headcount": String(u.headcount), "flagged": String(u.flagged),
                "rate": percent(u.rate),
                "bands": zip(bandLabels(c, hr, policy), u.bands).map { ["label": $0, "count": String($1)] },
                "marked": u.test?.marked ?? false,
            ]
            if let t = u.test {
                out["restRate"] = percent(t.restRate)
                out["p"] = hr.pValue(t.p)
                out["finding"] =
                    t.marked
                    ? hr.finding(
                        higher: u.rate > t.restRate, rate: percent(u.rate), restRate: percent(t.restRate),
                        p: hr.pValue(t.p)) : ""
            } else {
                out["restRate"] = "—"
                out["p"] = "—"
                out["finding"] = hr.noOneToCompare
            }
            return out
        }
        let markedManagers = c.managers.filter { $0.test?.marked ?? false }.count
        let markedDepartments = c.departments.filter { $0.test?.marked ?? false }.count
        let organization = policy.organization
        var view: [String: Any] = [
            "asOf": w.month(asOf), "generated": w.day(generated),
            "organization": organization, "hasOrganization": !organization.isEmpty,
            "bandLabels": bandLabels(c, hr, policy).map { ["label": $0] },
            "organisation": unit(c.organisation),
            "departments": c.departments.map(unit), "managers": c.managers.map(unit),
            "markedManagers": String(markedManagers), "markedDepartments": String(markedDepartments),
            "markedSummary": hr.markedSummary(
                departments: markedDepartments, of: c.departments.count, managers: markedManagers,
                of: c.managers.count),
            "threshold": v.number(Calibration.threshold, decimals: 2),
            "fourFifths": v.number(0.8, decimals: 2),
            "hasGroups": c.groupColumn != nil, "groupColumn": c.groupColumn ?? "",
            "minGroup": String(c.minGroup),
            "groups": c.groups.map { g -> [String: Any] in
                [
                    "name": g.name, "withheld": g.withheld,
                    "headcount": String(g.headcount),
                    "notFlaggedRate": g.notFlaggedRate.map(percent) ?? "",
                    "impactRatio": g.impactRatio.map { v.number($0, decimals: 2) } ?? "—",
                    "belowFourFifths": g.belowFourFifths,
                ]
            },
        ]
        let drawn = CalibrationChart.drawn(c.managers).count
        view["hasChart"] = chart && drawn > 0
        if chart, drawn > 0 {
            let format = v.format
            let words = CalibrationChart.Words(
                title: hr.chartTitle, description: { [hr] in hr.chartDescription(organisationRate: $0) },
                organisation: hr.organisationLine, percent: { format.percent($0 * 100, decimals: $1) })
            view["chart"] = CalibrationChart.svg(
                id: "calibration-chart", managers: c.managers, organisationRate: c.organisation.rate, words: words)
            view["chartNote"] = drawn == c.managers.count ? "" : hr.chartNote(drawn: drawn, of: c.managers.count)
        }
        return view
    }

    /// The rating bands' column heads: the built-in bands' labels in the language, a
    /// policy's own as given, and the column of those without a rating.
    private static func bandLabels(_ c: Calibration, _ hr: any HRWording, _ policy: Policy) -> [String] {
        c.bandLabels.dropLast().map { hr.documents.rating($0, policy: policy) } + [hr.noRatingColumn]
    }
}
