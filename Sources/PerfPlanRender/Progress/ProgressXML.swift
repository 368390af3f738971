import PerfPlanCore

/// The XML forms of the progress report and the summary (schema: Templates/perfplan.xsd).
package enum ProgressXML {
    package static func progress(_ p: PlanProgress, generated: Day) -> [UInt8] {
        let plan = p.plan
        let w = XMLDocumentWriter(root: "progress")
        w.attribute("month", p.month.description)
        w.attribute("generated", generated.description)
        w.start("employee")
        w.attribute("id", plan.employeeId)
        w.attribute("name", plan.employeeName)
        w.attribute("title", plan.title)
        w.attribute("role", plan.role)
        w.attribute("department", plan.department)
        if let id = plan.managerId { w.element("manager", nil, [("id", id), ("name", plan.managerName ?? id)]) }
        w.end()
        w.start("plan")
        w.attribute("start", plan.start.description)
        w.attribute("end", plan.end.description)
        w.attribute("cycle", plan.cycle)
        w.attribute("max-cycles", plan.maxCycles)
        w.attribute("month-of-plan", p.planMonth)
        w.attribute("decision", p.decision?.rawValue)
        w.end()
        for g in p.goals {
            w.start("goal")
            w.attribute("indicator", g.goal.indicatorId)
            w.attribute("name", g.goal.indicatorName)
            w.attribute("unit", g.goal.unit)
            w.attribute("direction", g.goal.direction.rawValue)
            w.attribute("current", g.goal.current)
            w.attribute("expected", g.goal.expected)
            w.attribute("milestone", g.milestone)
            w.attribute("actual", g.actual)
            w.attribute("status", g.status.rawValue)
            w.attribute("regressed", g.regressed)
            w.attribute("milestone-reached", g.milestoneReached)
            switch g.projection {
            case .projected(let month, let onTime, _):
                w.attribute("projected-month", month.description)
                w.attribute("projected-by-deadline", onTime)
            case .reached: w.attribute("projected-by-deadline", true)
            case .notReached: w.attribute("projected-by-deadline", false)
            case .insufficientData: break
            }
            w.attribute("deadline", g.goal.deadline.description)
            w.end()
        }
        for d in p.upcomingCheckins { w.element("next-checkin", nil, [("date", d.description)]) }
        SignatureView.xml(p.signatures, w)
        return w.finish()
    }

    package static func summary(
        _ s: ProgressSummary, progresses: [PlanProgress], formats: [DocumentFormat], generated: Day,
        organization: String = ""
    ) -> [UInt8] {
        let w = XMLDocumentWriter(root: "summary")
        w.attribute("month", s.month.description)
        w.attribute("generated", generated.description)
        w.attribute("organization", organization.isEmpty ? nil : organization)
        func counts(_ element: StaticString, _ name: String, _ c: ProgressCounts, id: String? = nil) {
            w.start(element)
            w.attribute("name", name)
            w.attribute("id", id)
            w.attribute("on-plans", c.onPlans)
            w.attribute("on-track", c.onTrack)
            w.attribute("behind", c.behind)
            w.attribute("no-data", c.noData)
            w.attribute("regressed", c.regressed)
            w.attribute("succeeded", c.succeeded)
            w.attribute("extended", c.extended)
            w.attribute("escalated", c.escalated)
            w.end()
        }
        counts("total", "All", s.total)
        for g in s.byDepartment { counts("department", g.label, g.counts) }
        for g in s.byManager { counts("manager", g.label, g.counts, id: g.key.isEmpty ? nil : g.key) }
        let format = formats.contains(.xml) ? "xml" : formats.first?.rawValue ?? "xml"
        for p in progresses.sorted(by: { codePointLess($0.plan.employeeId, $1.plan.employeeId) }) {
            w.element(
                "report", nil,
                [
                    ("employee", p.plan.employeeId), ("status", p.decision?.rawValue ?? p.overall.rawValue),
                    ("href", "employees/\(URLPath.encode(p.plan.employeeId))/progress.\(format)"),
                ])
        }
        for p in progresses.sorted(by: { codePointLess($0.plan.employeeId, $1.plan.employeeId) }) {
            guard let sig = p.signatures, !sig.overdue.isEmpty else { continue }
            w.element(
                "signature-awaited", nil,
                [
                    ("employee", p.plan.employeeId),
                    ("parties", sig.overdue.map(\.rawValue).joined(separator: " ")),
                    ("since", sig.handedOver.description),
                    ("days", String(max(0, sig.countedAt.daysSinceEpoch - sig.handedOver.daysSinceEpoch))),
                ])
        }
        return w.finish()
    }
}
