/// Finds the cautions of one flagged employee (contract §7.48) from the engine's result,
/// the dataset and the employee's plan history. Pure: nothing is read but the index.
package enum Cautions {
    package static func find(engine: GapEngine, result r: EmployeeResult, plans: [PlanRecord], asOf p: Month)
        -> [Caution]
    {
        guard r.flagged, let e = engine.index.employeeIndex[r.employeeId] else { return [] }
        let policy = engine.policy
        let index = engine.index
        func indicator(_ id: String) -> Indicator? { index.indicatorIndex[id].map { index.indicators[$0] } }
        var out: [Caution] = []

        // Rated in the middle band or above (of four bands: the second, "Meets").
        let bands = policy.ratingBands
        if let rating = r.rating, let composite = r.composite, let k = bands.firstIndex(where: { $0.label == rating }),
            k <= (bands.count - 1) / 2
        {
            out.append(.ratedWell(rating: rating, composite: composite))
        }

        // Notes on the actuals of the months each trigger read, oldest first.
        var seen: Set<String> = []
        for (id, month) in triggerMonths(r.reasons, indicators: r.indicators.map(\.indicatorId), asOf: p) {
            guard let i = index.indicatorIndex[id], let note = index.actualNote(e, i, at: month),
                seen.insert("\(id)\u{0}\(month)").inserted
            else { continue }
            out.append(.noteOnTriggerMonth(indicator: index.indicators[i].name, month: month, note: note))
        }

        // Goals above the employee's own best three months.
        for g in r.goals where g.stretch == true {
            guard let ind = indicator(g.indicatorId),
                let best3 = r.indicators.first(where: { $0.indicatorId == g.indicatorId })?.best3Avg
            else { continue }
            out.append(
                .goalAboveBest3(
                    indicator: ind.name, expected: HumanNumber.format(g.expected, for: ind, decimals: ind.decimals),
                    best3: HumanNumber.format(best3, for: ind, decimals: ind.decimals)))
        }

        // Fewer months with results than the baselines read; hired within the review window.
        let window = max(policy.baselineMonths, 1)
        var months: Set<Month> = []
        for ir in r.indicators { for h in ir.history where h.actual != nil { months.insert(h.month) } }
        if months.count < window {
            out.append(.littleData(months: months.count, of: window, first: months.min()))
        }
        if let hired = index.employees[e].hireDate, hired.monthValue > p - max(policy.reviewMonths, 1),
            hired.monthValue <= p
        {
            out.append(.recentlyHired(on: hired))
        }

        for c in PlanHistory.conflicts(plans, asOf: p) {
            out.append(
                .historyConflict(
                    cycle: c.cycle, start: c.start, end: c.end, row: c.source == .synthetic ? nil : c.source))
        }

        if r.focus.count == 1, let only = indicator(r.focus[0]), !only.triggersPlan {
            out.append(.onlyFocusDoesNotTrigger(indicator: only.name))
        }
        return out
    }

    /// (indicator, month) pairs the triggers read: every indicator in the composite's
    /// months, each streak's months, and the critical misses at `p`; oldest month first.
    static func triggerMonths(_ reasons: [Reason], indicators: [String], asOf p: Month) -> [(String, Month)] {
        var pairs: [(String, Month)] = []
        for reason in reasons {
            switch reason {
            case .compositeBelow(_, let months, _):
                for m in months { for id in indicators { pairs.append((id, m)) } }
            case .missStreak(_, let streaks):
                for s in streaks { for back in 0..<s.months { pairs.append((s.indicatorId, p - back)) } }
            case .criticalMissed(let ids):
                for id in ids { pairs.append((id, p)) }
            }
        }
        return pairs.enumerated().sorted { a, b in
            a.element.1 != b.element.1 ? a.element.1 < b.element.1 : a.offset < b.offset
        }.map(\.element)
    }
}

extension DatasetIndex {
    /// The note written on (e, i)'s actual of month `m`, if any.
    package func actualNote(_ e: Int, _ i: Int, at m: Month) -> String? {
        position(e, i, at: m).flatMap { dataset.actuals.note(actualRow($0)) }
    }
}
