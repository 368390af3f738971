import PerfPlanCore

/// The Mustache view of one employee's documents (plan and interview share it). Strings
/// are formatted once here; templates only place them. See docs/templates.md for the names.
enum EmployeeView {
    /// `charts`: the SVG charts and their data tables, which only the HTML plan shows; they
    /// are the costliest part of the view, so they are left out for everyone else.
    static func make(_ d: EmployeeDocument, links: [String: String] = [:], charts: Bool = true) -> TemplateValue {
        let r = d.result
        let policy = d.policy
        let manager = d.manager
        // Each row's evidence sentence once (the indicator table, the goals and the
        // deficiencies all show it).
        let evidences = d.rows.map(evidence)
        let evidenceOf = Dictionary(d.rows.indices.map { (d.rows[$0].indicator.id, evidences[$0]) }, uniquingKeysWith: { a, _ in a })
        let indicators: [TemplateValue] = d.rows.enumerated().map { k, row in
            let ir = row.result, ind = row.indicator
            let history = ir.history.suffix(12)
            return .object([
                "id": .text(ind.id), "name": .text(ind.name), "unit": .text(ind.unit ?? ""), "critical": .bool(ind.critical),
                "direction": .text(ind.direction == .higher ? "higher is better" : "lower is better"),
                "weight": .text(HumanNumber.format(ir.weight)),
                "actual": .text(Labels.value(ir.actual, ind)), "target": .text(Labels.value(ir.target, ind)),
                "threshold": .text(Labels.value(ir.threshold, ind)),
                "gap": .text(ir.gap.map { HumanNumber.signed($0) } ?? "—"),
                "shortfall": .text(Labels.value(ir.shortfall, ind)),
                "attainment": .text(ir.attainment.map(HumanNumber.percent) ?? "—"),
                "status": .text(Labels.status(ir.status)), "statusClass": .text(Labels.statusClass(ir.status)),
                "met": .bool(ir.status == .met), "notMet": .bool(ir.status == .atRisk || ir.status == .missed),
                "prev": .text(Labels.value(ir.prev, ind)), "yoy": .text(Labels.value(ir.yoy, ind)),
                "annual": .text(Labels.plain(ir.annualAvg)), "best3": .text(Labels.plain(ir.best3Avg)),
                "worst3": .text(Labels.plain(ir.worst3Avg)),
                "trend": .text(Labels.trend(ir.trendSlope, ind)),
                "missStreak": .int(ir.missStreak),
                "peerMean": .text(Labels.plain(ir.peerMean)), "peerMedian": .text(Labels.plain(ir.peerMedian)), "peerN": .int(ir.peerN),
                "percentile": .text(ir.percentile.map { HumanNumber.format($0, decimals: 0) } ?? "—"),
                "gapToPeer": .text(ir.gapToPeer.map { HumanNumber.signed($0) } ?? "—"),
                "benchmark": .text(Labels.value(ir.benchmark, ind)),
                "gapToBenchmark": .text(ir.gapToBenchmark.map { HumanNumber.signed($0) } ?? "—"),
                "evidence": .text(evidences[k]),
                "chart": .text(!charts ? "" : TrendChart.svg(id: "chart-\(k)", title: "\(ind.name): last \(history.count) months, actual against target",
                                                   history: Array(history), best3: ir.best3Avg, worst3: ir.worst3Avg)),
                "chartRows": .list(!charts ? [] : history.map { h in
                    .object(["month": .text(Labels.shortMonth(h.month)), "actual": .text(Labels.value(h.actual, ind)),
                             "target": .text(Labels.value(h.target, ind)), "status": .text(Labels.status(h.status))])
                }),
            ])
        }
        let goals: [TemplateValue] = d.goals.map { g in
            let ind = g.row.indicator
            return .object([
                "id": .text(ind.id), "name": .text(ind.name), "unit": .text(ind.unit ?? ""),
                "why": .text(evidenceOf[ind.id] ?? evidence(g.row)),
                "current": .text(Labels.value(g.goal.current, ind)), "expected": .text(Labels.value(g.goal.expected, ind)),
                "deadline": .text(Labels.day(g.goal.deadline)),
                "stretch": .bool(g.goal.stretch == true),
                "best3": .text(Labels.value(g.row.result.best3Avg, ind)),
                "milestones": .list(g.goal.milestones.map { .object(["month": .text(Labels.month($0.month)), "value": .text(Labels.value($0.value, ind))]) }),
                "measure": .text("\(ind.name) (\(ind.unit ?? "value")), \(ind.direction == .higher ? "higher" : "lower") is better, as recorded monthly"
                    + (g.row.dataSource.map { " in \($0)" } ?? "")),
                "methods": .texts(g.methods),
                "responsible": .text(d.employee.name),
                "support": .texts(g.support.isEmpty ? ["Regular check-ins to review progress and remove obstacles"] : g.support),
                "resources": .text(ind.category.map { "Colleagues and data owners for \($0) (\(g.row.dataSource ?? "the source system"))" }
                    ?? "Colleagues and data owners who supply the figures"),
            ])
        }
        func notes(_ p: CauseCategory.Perspective) -> [TemplateValue] {
            (d.causes[p] ?? []).map { .object(["category": .text($0.category.rawValue), "text": .text($0.text)]) }
        }
        let metNames = d.rows.filter { $0.result.status == .met }.map { "\($0.indicator.name): \(Labels.value($0.result.actual, $0.indicator)) against a target of \(Labels.value($0.result.target, $0.indicator))" }
        let objectives: [TemplateValue] = d.rows.map { row in
            let goal = d.goals.first { $0.goal.indicatorId == row.indicator.id }
            return .object([
                "name": .text(row.indicator.name),
                "target": .text(goal.map { "\(Labels.value($0.goal.milestones.first?.value, row.indicator)) in \(Labels.month(d.planStart)), \(Labels.value($0.goal.expected, row.indicator)) by \(Labels.day($0.goal.deadline))" }
                    ?? "At or better than \(Labels.value(row.nextTarget, row.indicator)) in \(Labels.month(d.planStart))"),
                "focus": .bool(goal != nil)])
        }
        let t = policy.triggers
        let causesEmployee = notes(.employee), causesSupervisor = notes(.supervisor), causesEnvironment = notes(.environment)
        var view: TemplateObject = [
            "organization": .text(d.organization.isEmpty ? "" : d.organization),
            "hasOrganization": .bool(!d.organization.isEmpty),
            "asOf": .text(Labels.month(d.asOf)), "asOfCode": .text(d.asOf.description), "generated": .text(Labels.day(d.generated)),
            "employee": .object(["id": .text(d.employee.id), "name": .text(d.employee.name), "title": .text(d.employee.title ?? d.employee.role),
                                 "role": .text(d.employee.role), "department": .text(d.employee.department), "email": .text(d.employee.email ?? ""),
                                 "location": .text(d.employee.location ?? "")]),
            "manager": manager.map { .object(["id": .text($0.id), "name": .text($0.name), "title": .text($0.title ?? $0.role)]) } ?? .null,
            "managerName": .text(manager?.name ?? "—"),
            "hrContact": .text(d.organization.isEmpty ? "HR" : "HR, \(d.organization)"),
            "composite": .text(r.composite.map { HumanNumber.format($0, decimals: 2) } ?? "—"),
            "compositePercent": .text(r.composite.map(HumanNumber.percent) ?? "—"),
            "rating": .text(r.rating ?? "No rating (no results this month)"),
            "flagged": .bool(r.flagged),
            "cycle": .int(r.cycle), "maxCycles": .int(policy.maxCycles), "lastCycle": .bool(r.cycle >= policy.maxCycles),
            "escalate": .bool(r.escalate),
            "planStart": .text(Labels.month(d.planStart)), "planEnd": .text(Labels.month(d.planEnd)),
            "planMonths": .int(policy.planMonths),
            "indicators": .list(indicators), "hasIndicators": .bool(!indicators.isEmpty),
            "reasons": .texts(d.reasons),
            "causesEmployee": .list(causesEmployee), "causesSupervisor": .list(causesSupervisor),
            "causesEnvironment": .list(causesEnvironment),
            "hasCausesEmployee": .bool(!causesEmployee.isEmpty), "hasCausesSupervisor": .bool(!causesSupervisor.isEmpty),
            "hasCausesEnvironment": .bool(!causesEnvironment.isEmpty),
            "goals": .list(goals), "hasGoals": .bool(!goals.isEmpty),
            "checkins": .list(d.checkins.map { .object(["date": .text(Labels.dayWithWeekday($0.date)),
                                                        "kind": .text($0.formal ? "Formal monthly review" : "Check-in"), "formal": .bool($0.formal)]) }),
            "strengths": .texts(d.strengths + metNames),
            "hasStrengths": .bool(!(d.strengths + metNames).isEmpty),
            "deficiencies": .list(d.rows.indices.filter { d.rows[$0].result.status == .atRisk || d.rows[$0].result.status == .missed }
                .map { .object(["name": .text(d.rows[$0].indicator.name), "evidence": .text(evidences[$0])]) }),
            "objectives": .list(objectives),
            "actions": .texts(d.actions), "support": .texts(d.support),
            "comments": .texts(d.comments),
            "method": .object([
                "cap": .text(HumanNumber.format(policy.attainmentCap)), "capPercent": .text(HumanNumber.percent(policy.attainmentCap)),
                "tolerance": .text(HumanNumber.percent(policy.atRiskTolerance)), "atRiskFrom": .text(HumanNumber.percent(1 - policy.atRiskTolerance)),
                "baselineMonths": .int(policy.baselineMonths), "trendMonths": .int(policy.trendMonths),
                "compositeRule": .text(t.compositeBelow.map { "composite below \(HumanNumber.format($0)) in each of the last \(t.compositeMonths) months" } ?? "composite trigger off"),
                "streakRule": .text(t.missStreak.map { "an indicator missed \($0) months in a row" } ?? "miss-streak trigger off"),
                "criticalRule": .text(t.criticalMissed ? "a critical indicator missed this month" : "critical trigger off"),
                "bands": .text(policy.ratingBands.map { "\($0.label) from \(HumanNumber.format($0.min))" }.joined(separator: ", ")),
                "planMonths": .int(policy.planMonths), "checkinWeeks": .int(policy.checkinEveryWeeks),
            ]),
        ]
        for (k, v) in links { view[k] = .text(v) }
        return .object(view)
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
