import PerfPlanCore

/// The view of a monthly progress report in a language other than English: the members of
/// `ProgressView.make`, with the same names, made from the language's `ProgressWording`.
package enum LocalizedProgressView {
    /// At the goal's decimals (else at most 2), with its unit, a rating as "4 von 5".
    /// `unit`: the translation of the goal's unit (`unit_de`, …), if the data gives one.
    static func value(
        _ x: Double?, _ g: PlanSnapshot.PlanGoal, _ w: any ProgressWording, unit: TranslatedUnit? = nil
    ) -> String {
        guard let x else { return "—" }
        let decimals = g.decimals ?? 2
        let v = w.figures
        if let top = g.scaleMax { return "\(v.number(x, decimals: decimals)) \(v.of) \(v.number(top))" }
        return v.withUnit(v.format.number(x, decimals: decimals), g.unit, g.unit == nil ? nil : unit)
    }

    /// `indicatorNames`, `indicatorUnits`: the translated names and units by indicator id;
    /// the plan's name and unit where none is given. The report's XML keeps the plan's unit.
    package static func make(
        _ p: PlanProgress, generated: Day, organization: String, wording w: any ProgressWording,
        indicatorNames: [String: [Language: String]] = [:],
        indicatorUnits: [String: [Language: TranslatedUnit]] = [:]
    ) -> [String: Any] {
        var p = p
        for k in p.goals.indices {
            if let name = indicatorNames[p.goals[k].goal.indicatorId]?[w.language] {
                p.goals[k].goal.indicatorName = name
            }
        }
        let plan = p.plan
        func value(_ x: Double?, _ g: PlanSnapshot.PlanGoal) -> String {
            Self.value(x, g, w, unit: indicatorUnits[g.indicatorId]?[w.language])
        }
        func cls(_ s: GoalStatus) -> String { ProgressView.status(s).cls }
        let goals: [[String: Any]] = p.goals.enumerated().map { k, g in
            var text = w.goalStatus(g.status)
            var c = cls(g.status)
            if g.status == .onTrack, case .projected(_, false, _) = g.projection {
                text = w.onTrackButLate
                c = "risk"
            }
            let points = g.chartPoints(plan)
            return [
                "id": g.goal.indicatorId, "name": g.goal.indicatorName,
                "milestone": value(g.milestone, g.goal), "actual": value(g.actual, g.goal),
                "current": value(g.goal.current, g.goal), "expected": value(g.goal.expected, g.goal),
                "deadline": w.deadline(g.goal.deadline), "status": text, "statusClass": c,
                "regressed": g.regressed, "projection": w.projection(g.projection),
                "chart": HumanNumber.text {
                    TrendChart.svg(
                        id: "goal-\(k)", title: w.progressChartTitle(indicator: g.goal.indicatorName), history: points,
                        best3: nil, worst3: nil, decimals: g.goal.decimals ?? 2, wording: w, to: &$0)
                },
            ]
        }
        let reached: [[String: String]] = p.goals.filter(\.milestoneReached).map { g in
            if g.status == .achieved || g.milestone == nil {
                return [
                    "text": w.reachedExpected(
                        name: g.goal.indicatorName, actual: value(g.actual, g.goal),
                        expected: value(g.goal.expected, g.goal))
                ]
            }
            return [
                "text": w.reachedMilestone(
                    name: g.goal.indicatorName, actual: value(g.actual, g.goal), milestone: value(g.milestone, g.goal),
                    higherIsBetter: g.goal.direction == .higher)
            ]
        }
        let regressions = p.goals.filter(\.regressed).map {
            [
                "text": w.regression(
                    name: $0.goal.indicatorName, actual: value($0.actual, $0.goal),
                    start: value($0.goal.current, $0.goal))
            ]
        }
        func next(_ g: GoalProgress) -> String {
            let m = p.month + 1
            return w.nextMilestone(
                value: g.goal.milestone(for: m).map { value($0, g.goal) }, month: m,
                expected: value(g.goal.expected, g.goal), deadline: g.goal.deadline)
        }
        var steps: [[String: Any]] = []
        if let d = p.decision {
            let open = p.goals.filter { $0.status != .achieved }.map { g in
                w.goalGap(
                    name: g.goal.indicatorName, actual: g.actual.map { value($0, g.goal) },
                    expected: value(g.goal.expected, g.goal), month: p.month)
            }
            steps = w.stepsAfter(
                d, name: plan.employeeName, manager: plan.managerName, cycle: plan.cycle, maxCycles: plan.maxCycles,
                open: open,
                achieved: p.goals.filter { $0.status == .achieved }.map(\.goal.indicatorName)
            ).map { ["text": $0] }
        }
        let behind = p.decision == nil ? p.goals.filter { $0.status == .behind } : []
        for g in p.goals where p.decision == nil {
            switch g.status {
            case .achieved: steps.append(["text": w.holdLevel(name: g.goal.indicatorName)])
            case .onTrack: steps.append(["text": w.keepGoing(name: g.goal.indicatorName, next: next(g))])
            case .behind where behind.count == 1:
                steps.append(["text": w.reviewOne(name: g.goal.indicatorName, next: next(g))])
            case .behind: break
            case .noData: steps.append(["text": w.noResultStep(name: g.goal.indicatorName, month: p.month)])
            }
        }
        if behind.count > 1 {
            steps.append([
                "text": w.reviewMany(
                    names: behind.map(\.goal.indicatorName),
                    nexts: behind.map { "\($0.goal.indicatorName) \(next($0))" })
            ])
        }
        let warnings =
            ProgressView.warnings(p, behind: behind).isEmpty
            ? [] : [w.lastCycleWarning(cycle: plan.cycle, maxCycles: plan.maxCycles, end: plan.end)]
        let checkins = p.upcomingCheckins.prefix(3)
        let signatures: [[String: Any]] =
            p.signatures.map { s in
                let late = Set(s.overdue)
                return s.entries.map {
                    ["party": w.party($0.party), "text": w.signature($0.state), "overdue": late.contains($0.party)]
                        as [String: Any]
                }
            } ?? []
        var view: [String: Any] = [
            "month": w.month(p.month), "generated": w.day(generated), "planAsOf": w.month(plan.asOf),
            "organization": organization, "hasOrganization": !organization.isEmpty,
            "employee": [
                "id": plan.employeeId, "name": plan.employeeName, "role": plan.role, "department": plan.department,
            ] as [String: Any],
            "managerName": plan.managerName ?? "—",
            "planStart": w.month(plan.start), "planEnd": w.month(plan.end),
            "cycle": plan.cycle, "maxCycles": plan.maxCycles, "planMonth": p.planMonth,
            "planLength": plan.end - plan.start + 1,
            "overall": w.goalStatus(p.overall), "overallClass": cls(p.overall),
            "goals": goals, "reached": reached, "hasReached": !reached.isEmpty,
            "regressions": regressions, "hasRegressed": !regressions.isEmpty, "nextSteps": steps,
            "checkins": checkins.enumerated().map {
                ["date": w.dayWithWeekday($0.element), "last": $0.offset == checkins.count - 1] as [String: Any]
            },
            "hasCheckins": !checkins.isEmpty,
            "warnings": warnings.map { ["text": $0] }, "hasWarnings": !warnings.isEmpty,
            "signatures": signatures, "hasSignatures": p.signatures != nil,
            "pageHead": CSSString.escape(
                w.progressPageHead(name: plan.employeeName, id: plan.employeeId, month: p.month, planAsOf: plan.asOf)),
        ]
        if let d = p.decision {
            view["decision"] = true
            view["decisionTitle"] = w.outcomeWord(d)
            view["decisionText"] = w.decisionText(d, cycle: plan.cycle, maxCycles: plan.maxCycles)
        }
        return view
    }
}
