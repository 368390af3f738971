import PerfPlanCore

/// HR's cautions (contract §7.48) in the language of the HR views. The engine words a
/// caution with the data's indicator names and English figures (`Caution.sentence`, which
/// review.csv keeps); here each is made again with the names in that language (`name_de`, …),
/// the rating's built-in label and the goal's figures as the language writes them, and then
/// worded by the catalogue.
package enum HRCautions {
    /// `r`: the employee's full result (its goals and indicators); `indicators`: every
    /// indicator of the dataset.
    package static func sentences(
        _ cautions: [Caution], result r: EmployeeResult, indicators: [Indicator], policy: Policy,
        wording w: any HRWording
    ) -> [String] {
        guard !cautions.isEmpty else { return [] }
        // A caution names an indicator by its data name: the employee's indicators first,
        // where two indicators of the dataset could share it.
        let own = Set(r.indicators.map(\.indicatorId))
        func indicator(named name: String) -> Indicator? {
            indicators.first { own.contains($0.id) && $0.name == name } ?? indicators.first { $0.name == name }
        }
        func local(_ name: String) -> String { indicator(named: name)?.name(in: w.language) ?? name }
        return cautions.map { c -> String in
            switch c {
            case .ratedWell(let rating, let composite):
                return w.caution(.ratedWell(rating: w.documents.rating(rating, policy: policy), composite: composite))
            case .noteOnTriggerMonth(let name, let month, let note):
                return w.caution(.noteOnTriggerMonth(indicator: local(name), month: month, note: note))
            case .goalAboveBest3(let name, let expected, let best3):
                guard let ind = indicator(named: name), let g = r.goals.first(where: { $0.indicatorId == ind.id }),
                    let b3 = r.indicators.first(where: { $0.indicatorId == ind.id })?.best3Avg
                else { return w.caution(.goalAboveBest3(indicator: local(name), expected: expected, best3: best3)) }
                let v = w.figures
                return w.caution(
                    .goalAboveBest3(
                        indicator: ind.name(in: w.language), expected: v.value(g.expected, ind, decimals: ind.decimals),
                        best3: v.value(b3, ind, decimals: ind.decimals)))
            case .onlyFocusDoesNotTrigger(let name):
                return w.caution(.onlyFocusDoesNotTrigger(indicator: local(name)))
            case .littleData, .recentlyHired, .historyConflict:
                return w.caution(c)
            }
        }
    }

    /// The review list's short reasons in the HR language: "kritisch: Umsatz", as
    /// `ReviewList.row` words them in English.
    package static func reasons(_ reasons: [Reason], wording w: any HRWording, name: (String) -> String) -> [String] {
        var out: [String] = []
        for reason in reasons {
            switch reason {
            case .compositeBelow(let threshold, let months, _):
                out.append(w.overallReason(below: threshold, months: months.count))
            case .missStreak(_, let streaks):
                out += streaks.map { w.streakReason(name($0.indicatorId), months: $0.months) }
            case .criticalMissed(let ids):
                out += ids.map { w.criticalReason(name($0)) }
            }
        }
        return out
    }
}
