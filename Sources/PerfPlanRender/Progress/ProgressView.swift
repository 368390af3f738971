import PerfPlanCore

/// The Mustache views of the monthly progress report and the summary.
package enum ProgressView {
    /// At the goal's decimals (the plan's, widened to today's data by
    /// `PlanSnapshot.showing(currentDecimals:)`; §6.36), else at most 2.
    /// `extra`: more decimals than the goal's, for its starting level, which the plan printed
    /// at two more (`SharedDecimals.currentLevelExtra`: "2.67 of 5", not "3 of 5").
    static func value(_ x: Double?, _ g: PlanSnapshot.PlanGoal, extra: Int = 0) -> String {
        guard let x else { return "—" }
        let decimals = (g.decimals ?? 2) + extra
        if let top = g.scaleMax { return "\(HumanNumber.format(x, decimals: decimals)) of \(HumanNumber.format(top))" }
        return HumanNumber.format(x, unit: g.unit, decimals: decimals)
    }

    static func status(_ s: GoalStatus) -> (text: String, cls: String) {
        switch s {
        case .achieved: return ("Achieved", "met")
        case .onTrack: return ("On track", "met")
        case .behind: return ("Behind", "missed")
        case .noData: return ("No data", "nodata")
        }
    }

    /// Rule 42 in words: a month within the horizon, else "not on course at the current rate".
    static func projection(_ p: Projection, _ g: PlanSnapshot.PlanGoal) -> String {
        switch p {
        case .reached: return "Expected level reached"
        case .projected(let month, let onTime, _):
            return "At the current rate, reached in \(Labels.month(month))"
                + (onTime ? " — by the deadline" : " — after the deadline")
        case .notReached: return "Not on course at the current rate"
        case .insufficientData: return "Not enough results yet for a projection"
        }
    }

    /// The outcome's name, the same word in the report, the summary's status column and its
    /// counts ("succeeded · extended · escalated"); XML keeps the schema's codes.
    static func outcomeWord(_ d: PlanDecision) -> String {
        switch d {
        case .succeeded: return "Succeeded"
        case .extend: return "Extended"
        case .escalate: return "Escalated"
        }
    }

    static func decision(_ d: PlanDecision, _ p: PlanProgress) -> (title: String, text: String) {
        switch d {
        case .succeeded:
            return (
                outcomeWord(d),
                "Every goal reached its expected level: the plan closes as a success. Acknowledge it — it was earned."
            )
        case .extend:
            return (
                outcomeWord(d),
                "Not every goal reached its expected level by the end of the plan, so it is extended: a new plan will be agreed for cycle \(p.plan.cycle + 1) of \(p.plan.maxCycles)."
            )
        case .escalate:
            return (
                outcomeWord(d),
                "Not every goal reached its expected level in the last allowed cycle (\(p.plan.cycle) of \(p.plan.maxCycles)), so the matter is escalated: HR calls an escalation meeting, where a job rotation or replacement will be considered."
            )
        }
    }

    /// after the outcome the next step is the outcome's, not a milestone that no longer exists.
    static func stepsAfter(_ d: PlanDecision, _ p: PlanProgress) -> [String] {
        let name = p.plan.employeeName
        let manager = p.plan.managerName ?? "their manager"
        let open = p.goals.filter { $0.status != .achieved }
        func gap(_ g: GoalProgress) -> String {
            g.actual == nil
                ? "\(g.goal.indicatorName): no result recorded for \(Labels.month(p.month)), against the expected \(value(g.goal.expected, g.goal))"
                : "\(g.goal.indicatorName): \(value(g.actual, g.goal)) against the expected \(value(g.goal.expected, g.goal))"
        }
        switch d {
        case .succeeded:
            return [
                "Acknowledge the result with \(name) at the final review; the plan closes.",
                "Keep the levels reached: they are followed in the regular reviews from now on.",
            ]
        case .extend:
            return [
                "A new plan will be agreed for cycle \(p.plan.cycle + 1) of \(p.plan.maxCycles): \(name) and \(manager) prepare it at the final review."
            ]
                + open.map { "\(gap($0)) — agree revised milestones and support for the new cycle." }
                + p.goals.filter { $0.status == .achieved }.map {
                    "\($0.goal.indicatorName): expected level reached — keep it."
                }
        case .escalate:
            return ["HR arranges the escalation meeting with \(name) and \(manager); bring this report."]
                + open.map { "\(gap($0))." }
        }
    }

    package static func make(_ p: PlanProgress, generated: Day, organization: String = "") -> [String: Any] {
        let plan = p.plan
        let goals: [[String: Any]] = p.goals.enumerated().map { k, g in
            var s = status(g.status)
            // On track this month but, at the rate so far, late for the deadline: a status
            // that reads "On track" beside "after the deadline" invites no action.
            if g.status == .onTrack, case .projected(_, false, _) = g.projection {
                s = ("On track this month, late for the deadline at this rate", "risk")
            }
            let points = g.chartPoints(plan)
            return [
                "id": g.goal.indicatorId, "name": g.goal.indicatorName,
                "milestone": value(g.milestone, g.goal), "actual": value(g.actual, g.goal),
                "current": value(g.goal.current, g.goal, extra: SharedDecimals.currentLevelExtra),
                "expected": value(g.goal.expected, g.goal),
                "deadline": deadline(g.goal.deadline), "status": s.text, "statusClass": s.cls,
                "regressed": g.regressed, "projection": projection(g.projection, g.goal),
                "chart": TrendChart.svg(
                    id: "goal-\(k)", title: "\(g.goal.indicatorName): actual against the planned path",
                    history: points, best3: nil, worst3: nil, decimals: g.goal.decimals ?? 2),
            ]
        }
        // Rule 40: every goal on track or achieved this month has reached its milestone.
        let reached: [[String: String]] = p.goals.filter(\.milestoneReached).map { g in
            if g.status == .achieved || g.milestone == nil {
                return [
                    "text":
                        "\(g.goal.indicatorName): \(value(g.actual, g.goal)) reaches the expected level of \(value(g.goal.expected, g.goal))."
                ]
            }
            // Lower is better: 1 day does not "reach" a milestone of 2 days, it is within it.
            let verb =
                g.goal.direction == .higher
                ? "reaches this month's milestone of" : "is within this month's milestone of at most"
            return [
                "text": "\(g.goal.indicatorName): \(value(g.actual, g.goal)) \(verb) \(value(g.milestone, g.goal))."
            ]
        }
        let regressions = p.goals.filter(\.regressed).map {
            [
                "text":
                    "\($0.goal.indicatorName): \(value($0.actual, $0.goal)) is worse than the \(value($0.goal.current, $0.goal, extra: SharedDecimals.currentLevelExtra)) the plan started from. Talk about what changed."
            ]
        }
        var steps: [[String: Any]] = p.decision.map { d in stepsAfter(d, p).map { ["text": $0] } } ?? []
        let behind = p.decision == nil ? p.goals.filter { $0.status == .behind } : []
        for g in p.goals where p.decision == nil {
            switch g.status {
            case .achieved: steps.append(["text": "\(g.goal.indicatorName): hold the level reached."])
            case .onTrack:
                steps.append(["text": "\(g.goal.indicatorName): keep going; next milestone \(nextMilestone(g, p))."])
            case .behind where behind.count == 1:
                steps.append([
                    "text":
                        "\(g.goal.indicatorName): review methods and support at the next check-in; \(nextMilestone(g, p)) is next."
                ])
            case .behind: break  // one sentence for every goal behind, below
            case .noData:
                steps.append([
                    "text":
                        "\(g.goal.indicatorName): no result recorded for \(Labels.month(p.month)); ask the data owner."
                ])
            }
        }
        if behind.count > 1 {
            // The same advice once, not once per goal: "review … for Revenue and Calls; next: …".
            steps.append([
                "text":
                    "Review methods and support at the next check-in for \(Prose.list(behind.map(\.goal.indicatorName))); next: "
                    + behind.map { "\($0.goal.indicatorName) \(nextMilestone($0, p))" }.joined(separator: ", ") + "."
            ])
        }
        let warnings = warnings(p, behind: behind)
        let checkins = p.upcomingCheckins.prefix(3)
        let overall = status(p.overall)
        var view: [String: Any] = [
            "month": Labels.month(p.month), "generated": Labels.day(generated), "planAsOf": Labels.month(plan.asOf),
            "organization": organization, "hasOrganization": !organization.isEmpty,
            "employee": [
                "id": plan.employeeId, "name": plan.employeeName, "role": plan.title ?? plan.role,
                "department": plan.department,
            ] as [String: Any],
            "managerName": plan.managerName ?? "—",
            "planStart": Labels.month(plan.start), "planEnd": Labels.month(plan.end),
            "cycle": plan.cycle, "maxCycles": plan.maxCycles, "planMonth": p.planMonth,
            "planLength": plan.end - plan.start + 1,
            "overall": overall.text, "overallClass": overall.cls,
            "goals": goals, "reached": reached, "hasReached": !reached.isEmpty,
            "regressions": regressions, "hasRegressed": !regressions.isEmpty, "nextSteps": steps,
            "checkins": checkins.enumerated().map {
                ["date": Labels.dayWithWeekday($0.element), "last": $0.offset == checkins.count - 1] as [String: Any]
            },
            "hasCheckins": !checkins.isEmpty,
            "warnings": warnings.map { ["text": $0] }, "hasWarnings": !warnings.isEmpty,
            "signatures": SignatureView.rows(p.signatures), "hasSignatures": p.signatures != nil,
            "pageHead": CSSString.escape(
                "\(plan.employeeName) (\(plan.employeeId)) · progress in \(Labels.month(p.month)) · plan of \(Labels.month(plan.asOf))"
            ),
        ]
        if let d = p.decision {
            let t = decision(d, p)
            view["decision"] = true
            view["decisionTitle"] = t.title
            view["decisionText"] = t.text
        }
        return view
    }

    /// What must not wait for the end of the plan: in the last allowed cycle with every goal
    /// behind, the escalation the outcome would bring (docs/data-format.md, progress).
    static func warnings(_ p: PlanProgress, behind: [GoalProgress]) -> [String] {
        guard p.decision == nil, p.plan.cycle >= p.plan.maxCycles, !p.goals.isEmpty, behind.count == p.goals.count
        else { return [] }
        return [
            "This is the last allowed plan cycle (\(p.plan.cycle) of \(p.plan.maxCycles)) and every goal is behind: "
                + "if that holds at the end of \(Labels.month(p.plan.end)), the matter is escalated. Involve HR now, not at the final review."
        ]
    }

    /// The summary's managers by name (`NameOrder`), ties by id, those without a manager last.
    static func managersByName(_ groups: [ProgressSummary.Group]) -> [ProgressSummary.Group] {
        groups.sorted { a, b in
            if a.key.isEmpty != b.key.isEmpty { return !a.key.isEmpty }
            if a.label != b.label { return NameOrder.less(a.label, b.label) }
            return codePointLess(a.key, b.key)
        }
    }

    /// A goal's deadline as the plan states it: "the end of November 2026" for a month's last
    /// day (every plan's), the date itself otherwise; templates write "by {{deadline}}".
    static func deadline(_ d: Day) -> String {
        d.day == d.monthValue.dayCount ? "the end of \(Labels.month(d.monthValue))" : Labels.day(d)
    }

    static func nextMilestone(_ g: GoalProgress, _ p: PlanProgress) -> String {
        let next = p.month + 1
        guard let v = g.goal.milestone(for: next) else {
            return "the expected \(value(g.goal.expected, g.goal)) by \(deadline(g.goal.deadline))"
        }
        return "\(value(v, g.goal)) in \(Labels.month(next))"
    }

    static func counts(_ name: String, _ c: ProgressCounts) -> [String: Any] {
        [
            "name": name, "onPlans": c.onPlans, "onTrack": c.onTrack, "behind": c.behind, "noData": c.noData,
            "regressed": c.regressed, "succeeded": c.succeeded, "extended": c.extended, "escalated": c.escalated,
        ]
    }

    package static func summary(
        _ s: ProgressSummary, progresses: [PlanProgress], formats: [DocumentFormat], generated: Day,
        organization: String = ""
    ) -> [String: Any] {
        // The manager as the "By manager" table names them (the id added to a shared name).
        let managerNames = Dictionary(s.byManager.filter { !$0.key.isEmpty }.map { ($0.key, $0.displayName) }) { a, _ in
            a
        }
        // Rows by name in the collation order a reader expects (`NameOrder`), ties by id.
        let reports: [[String: Any]] = progresses.sorted {
            $0.plan.employeeName != $1.plan.employeeName
                ? NameOrder.less($0.plan.employeeName, $1.plan.employeeName)
                : codePointLess($0.plan.employeeId, $1.plan.employeeId)
        }.map { p in
            let links = formats.map {
                [
                    "label": "report (\($0.rawValue))",
                    "href": "employees/\(URLPath.encode(p.plan.employeeId))/progress.\($0.rawValue)",
                ]
            }
            let st = p.decision.map(outcomeWord) ?? status(p.overall).text
            return [
                "id": p.plan.employeeId, "name": p.plan.employeeName, "department": p.plan.department,
                "manager": p.plan.managerId.flatMap { managerNames[$0] } ?? p.plan.managerName ?? "—", "status": st,
                "statusClass": status(p.overall).cls,
                "links": links, "mdLinks": links,
            ]
        }
        let overdue = SignatureView.overdue(progresses)
        return [
            "month": Labels.month(s.month), "generated": Labels.day(generated), "total": counts("All", s.total),
            "hasReports": !reports.isEmpty,
            "organization": organization, "hasOrganization": !organization.isEmpty,
            "departments": s.byDepartment.sorted { NameOrder.less($0.label, $1.label) }.map {
                counts($0.label, $0.counts)
            },
            "managers": managersByName(s.byManager).map { counts($0.displayName, $0.counts) }, "reports": reports,
            "signaturesOverdue": overdue, "hasSignaturesOverdue": !overdue.isEmpty,
            "overdueAfterDays": PlanSignatures.overdueAfterDays,
        ]
    }
}
