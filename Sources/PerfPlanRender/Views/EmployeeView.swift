import PerfPlanCore

/// The Mustache view of one employee's documents (plan and interview share it). Strings
/// are formatted once here; templates only place them. See docs/templates.md for the names.
enum EmployeeView {
    /// `charts`: the SVG charts and their data tables, which only the HTML plan shows; they
    /// are the costliest part of the view, so they are left out for everyone else.
    static func make(_ d: EmployeeDocument, links: [String: String] = [:], charts: Bool = true) -> [String: Any] {
        let r = d.result
        let policy = d.policy
        let manager = d.manager
        let indicators: [[String: Any]] = d.rows.enumerated().map { k, row in
            let ir = row.result, ind = row.indicator
            let history = ir.history.suffix(12)
            return [
                "id": ind.id, "name": ind.name, "unit": ind.unit ?? "", "critical": ind.critical,
                "direction": ind.direction == .higher ? "higher is better" : "lower is better",
                "weight": HumanNumber.format(ir.weight),
                "actual": Labels.value(ir.actual, ind), "target": Labels.value(ir.target, ind),
                "threshold": Labels.value(ir.threshold, ind),
                "gap": ir.gap.map { HumanNumber.signed($0) } ?? "—",
                "shortfall": Labels.value(ir.shortfall, ind),
                "attainment": ir.attainment.map(HumanNumber.percent) ?? "—",
                "status": Labels.status(ir.status), "statusClass": Labels.statusClass(ir.status),
                "met": ir.status == .met, "notMet": ir.status == .atRisk || ir.status == .missed,
                "prev": Labels.value(ir.prev, ind), "yoy": Labels.value(ir.yoy, ind),
                "annual": Labels.plain(ir.annualAvg), "best3": Labels.plain(ir.best3Avg), "worst3": Labels.plain(ir.worst3Avg),
                "trend": Labels.trend(ir.trendSlope, ind),
                "missStreak": ir.missStreak,
                "peerMean": Labels.plain(ir.peerMean), "peerMedian": Labels.plain(ir.peerMedian), "peerN": ir.peerN,
                "percentile": ir.percentile.map { HumanNumber.format($0, decimals: 0) } ?? "—",
                "gapToPeer": ir.gapToPeer.map { HumanNumber.signed($0) } ?? "—",
                "benchmark": Labels.value(ir.benchmark, ind),
                "gapToBenchmark": ir.gapToBenchmark.map { HumanNumber.signed($0) } ?? "—",
                "evidence": evidence(row),
                "chart": !charts ? "" : TrendChart.svg(id: "chart-\(k)", title: "\(ind.name): last \(history.count) months, actual against target",
                                        history: Array(history), best3: ir.best3Avg, worst3: ir.worst3Avg),
                "chartRows": !charts ? [] : history.map { h in
                    ["month": Labels.shortMonth(h.month), "actual": Labels.value(h.actual, ind),
                     "target": Labels.value(h.target, ind), "status": Labels.status(h.status)] as [String: Any]
                },
            ]
        }
        let goals: [[String: Any]] = d.goals.map { g in
            let ind = g.row.indicator
            return [
                "id": ind.id, "name": ind.name, "unit": ind.unit ?? "",
                "why": evidence(g.row),
                "current": Labels.value(g.goal.current, ind), "expected": Labels.value(g.goal.expected, ind),
                "deadline": Labels.day(g.goal.deadline),
                "stretch": g.goal.stretch == true,
                "best3": Labels.value(g.row.result.best3Avg, ind),
                "milestones": g.goal.milestones.map { ["month": Labels.month($0.month), "value": Labels.value($0.value, ind)] as [String: Any] },
                "measure": "\(ind.name) (\(ind.unit ?? "value")), \(ind.direction == .higher ? "higher" : "lower") is better, as recorded monthly"
                    + (g.row.dataSource.map { " in \($0)" } ?? ""),
                "methods": g.methods.map { ["text": $0] },
                "responsible": d.employee.name,
                "support": (g.support.isEmpty ? ["Regular check-ins to review progress and remove obstacles"] : g.support).map { ["text": $0] },
                "resources": ind.category.map { "Colleagues and data owners for \($0) (\(g.row.dataSource ?? "the source system"))" }
                    ?? "Colleagues and data owners who supply the figures",
            ]
        }
        func notes(_ p: CauseCategory.Perspective) -> [[String: Any]] {
            (d.causes[p] ?? []).map { ["category": $0.category.rawValue, "text": $0.text] }
        }
        let metNames = d.rows.filter { $0.result.status == .met }.map { "\($0.indicator.name): \(Labels.value($0.result.actual, $0.indicator)) against a target of \(Labels.value($0.result.target, $0.indicator))" }
        let objectives: [[String: Any]] = d.rows.map { row in
            let goal = d.goals.first { $0.goal.indicatorId == row.indicator.id }
            return ["name": row.indicator.name,
                    "target": goal.map { "\(Labels.value($0.goal.milestones.first?.value, row.indicator)) in \(Labels.month(d.planStart)), \(Labels.value($0.goal.expected, row.indicator)) by \(Labels.day($0.goal.deadline))" }
                        ?? "At or better than \(Labels.value(row.nextTarget, row.indicator)) in \(Labels.month(d.planStart))",
                    "focus": goal != nil]
        }
        let t = policy.triggers
        var view: [String: Any] = [
            "organization": d.organization.isEmpty ? "" : d.organization,
            "hasOrganization": !d.organization.isEmpty,
            "asOf": Labels.month(d.asOf), "asOfCode": d.asOf.description, "generated": Labels.day(d.generated),
            "employee": ["id": d.employee.id, "name": d.employee.name, "title": d.employee.title ?? d.employee.role,
                         "role": d.employee.role, "department": d.employee.department, "email": d.employee.email ?? "",
                         "location": d.employee.location ?? ""] as [String: Any],
            "manager": manager.map { ["id": $0.id, "name": $0.name, "title": $0.title ?? $0.role] as [String: Any] } as Any,
            "managerName": manager?.name ?? "—",
            "hrContact": d.organization.isEmpty ? "HR" : "HR, \(d.organization)",
            "composite": r.composite.map { HumanNumber.format($0, decimals: 2) } ?? "—",
            "compositePercent": r.composite.map(HumanNumber.percent) ?? "—",
            "rating": r.rating ?? "No rating (no results this month)",
            "flagged": r.flagged,
            "cycle": r.cycle, "maxCycles": policy.maxCycles, "lastCycle": r.cycle >= policy.maxCycles, "escalate": r.escalate,
            "planStart": Labels.month(d.planStart), "planEnd": Labels.month(d.planEnd),
            "planMonths": policy.planMonths,
            "indicators": indicators, "hasIndicators": !indicators.isEmpty,
            "reasons": d.reasons.map { ["text": $0] },
            "causesEmployee": notes(.employee), "causesSupervisor": notes(.supervisor), "causesEnvironment": notes(.environment),
            "hasCausesEmployee": !notes(.employee).isEmpty, "hasCausesSupervisor": !notes(.supervisor).isEmpty,
            "hasCausesEnvironment": !notes(.environment).isEmpty,
            "goals": goals, "hasGoals": !goals.isEmpty,
            "checkins": d.checkins.map { ["date": Labels.dayWithWeekday($0.date), "kind": $0.formal ? "Formal monthly review" : "Check-in", "formal": $0.formal] as [String: Any] },
            "strengths": (d.strengths + metNames).map { ["text": $0] },
            "hasStrengths": !(d.strengths + metNames).isEmpty,
            "deficiencies": d.rows.filter { $0.result.status == .atRisk || $0.result.status == .missed }.map { ["name": $0.indicator.name, "evidence": evidence($0)] as [String: Any] },
            "objectives": objectives,
            "actions": d.actions.map { ["text": $0] }, "support": d.support.map { ["text": $0] },
            "comments": d.comments.map { ["text": $0] },
            "method": [
                "cap": HumanNumber.format(policy.attainmentCap), "capPercent": HumanNumber.percent(policy.attainmentCap),
                "tolerance": HumanNumber.percent(policy.atRiskTolerance), "atRiskFrom": HumanNumber.percent(1 - policy.atRiskTolerance),
                "baselineMonths": policy.baselineMonths, "trendMonths": policy.trendMonths,
                "compositeRule": t.compositeBelow.map { "composite below \(HumanNumber.format($0)) in each of the last \(t.compositeMonths) months" } ?? "composite trigger off",
                "streakRule": t.missStreak.map { "an indicator missed \($0) months in a row" } ?? "miss-streak trigger off",
                "criticalRule": t.criticalMissed ? "a critical indicator missed this month" : "critical trigger off",
                "bands": policy.ratingBands.map { "\($0.label) from \(HumanNumber.format($0.min))" }.joined(separator: ", "),
                "planMonths": policy.planMonths, "checkinWeeks": policy.checkinEveryWeeks,
            ] as [String: Any],
        ]
        for (k, v) in links { view[k] = v }
        return view
    }

    /// "219,000 EUR against a target of 200,000 EUR (109.5 %), 131,000 below the role average."
    static func evidence(_ row: EmployeeDocument.Row) -> String {
        let ir = row.result, indicator = row.indicator
        guard let a = ir.actual else { return "No result recorded for this month." }
        var s = "\(Labels.value(a, indicator)) against a target of \(Labels.value(ir.target, indicator)) (\(HumanNumber.percent(ir.attainment ?? 0)) attainment)"
        if ir.missStreak > 1 { s += ", missed \(ir.missStreak) months in a row" }
        if let peer = ir.peerMean, ir.peerN > 1 {
            let diff = a - peer
            if diff != 0 {
                s += "; \(HumanNumber.format(abs(diff))) \(diff > 0 ? "above" : "below") the role average of \(HumanNumber.format(peer))"
            }
        }
        if let b3 = ir.best3Avg { s += "; best-3-month average \(Labels.value(b3, indicator))" }
        return s + "."
    }
}
