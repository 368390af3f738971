import PerfPlanCore

/// The XML forms of the plan, the interview form and the index (schema: Templates/perfplan.xsd).
/// The plan carries everything `perfplan progress` needs later: goals, milestones, dates,
/// cycle and the policy used.
///
/// `plan` and `interview` return the writer with the document written but not finished:
/// the caller takes the bytes where libxml2 holds them (`finish(_:)`), without a copy.
///
/// Unsafe (measured: every indicator of every plan and interview): the document's rows and
/// a row's history are read in place through pointers borrowed for the loop over them (no
/// copy or retain per row); the document outlives the loop.
package enum DocumentXML {
    package static func plan(_ d: EmployeeDocument) -> XMLDocumentWriter {
        let w = opening("plan", d, period: true)
        common(w, d, history: true)
        w.start("causes")
        for p in [CauseCategory.Perspective.employee, .supervisor, .environment] {
            for c in d.causes[p] ?? [] {
                w.element("cause", c.text, [("perspective", p.rawValue), ("category", c.category.rawValue)])
            }
        }
        w.end()
        goals(w, d)
        w.start("checkins")
        for c in d.checkins {
            w.start("checkin")
            w.attribute("date", day: c.date)
            w.attribute("formal", c.formal)
            if let m = c.reviewOf { w.attribute("review-of", month: m) }
            w.end()
        }
        w.end()
        texts(w, "strengths", d.strengths)
        texts(w, "supervisor-support", d.support)
        texts(w, "actions", d.actions)
        return w
    }

    package static func interview(_ d: EmployeeDocument) -> XMLDocumentWriter {
        let w = opening("interview", d, period: false)
        common(w, d, history: false, targets: TargetCount(d.rows.lazy.map(\.result.status)))
        review(w, d)
        texts(w, "strengths", d.strengths)
        observations(w, d)
        // Rows read in place, as in `common`.
        d.rows.withUnsafeBufferPointer { rows in
            w.start("deficiencies")
            for k in rows.indices where rows[k].result.status == .atRisk || rows[k].result.status == .missed {
                w.start("deficiency")
                w.attribute("indicator", rows[k].indicator.id)
                if let wording = d.language.wording {
                    w.text(wording.evidence(rows[k]))
                } else {
                    w.text { EmployeeView.evidence(rows[k], to: &$0) }
                }
                w.end()
            }
            w.end()
            w.start("objectives")
            for k in rows.indices {
                let goal = d.goals.firstIndex { $0.goal.indicatorId == rows[k].indicator.id }.map { d.goals[$0].goal }
                w.start("objective")
                w.attribute("indicator", rows[k].indicator.id)
                w.attribute("focus", goal != nil)
                // "reach EXPECTED by YYYY-MM-DD" or "at or better than TARGET in YYYY-MM".
                w.text { out in
                    if let goal {
                        if let words = d.language.wording?.xmlObjectiveWords {
                            out.append(utf8: words.reach)
                            ByteFormat.append(number: goal.expected, to: &out)
                            out.append(utf8: words.by)
                            goal.deadline.append(to: &out)
                            return
                        }
                        ByteFormat.append("reach ", to: &out)
                        ByteFormat.append(number: goal.expected, to: &out)
                        ByteFormat.append(" by ", to: &out)
                        goal.deadline.append(to: &out)
                    } else {
                        if let words = d.language.wording?.xmlObjectiveWords {
                            out.append(utf8: words.atOrBetter)
                            ByteFormat.append(number: rows[k].nextTarget, to: &out)
                            out.append(utf8: words.in)
                            d.planStart.append(to: &out)
                            return
                        }
                        ByteFormat.append("at or better than ", to: &out)
                        ByteFormat.append(number: rows[k].nextTarget, to: &out)
                        ByteFormat.append(" in ", to: &out)
                        d.planStart.append(to: &out)
                    }
                }
                w.end()
            }
            w.end()
        }
        goals(w, d)
        texts(w, "actions", d.actions)
        texts(w, "supervisor-support", d.support)
        texts(w, "comments", d.comments)
        w.start("next-meeting")
        w.attribute("date", day: d.nextMeeting.date)
        if let m = d.nextMeeting.reviewOf { w.attribute("review-of", month: m) }
        w.end()
        return w
    }

    /// The companion worksheet for HR and the manager: every figure of
    /// the plan with how it was computed — the triggers as the engine states them, the
    /// policy, each indicator's full figures (peer figures where §6.37 allows them), the
    /// review period, the goals and the peer observations. The monthly history stays in the
    /// plan.xml beside it: written twice it would make the worksheet twice as large.
    package static func worksheet(_ d: EmployeeDocument) -> XMLDocumentWriter {
        let w = opening("worksheet", d, period: true)
        common(w, d, history: false, reasons: d.triggers)
        review(w, d)
        observations(w, d)
        goals(w, d)
        if d.result.flagged {
            w.start("cautions")
            for c in d.cautions { w.element("caution", c.sentence, [("code", c.code)]) }
            w.end()
            if let note = EmployeeView.decisionNote(d.disposition) {
                w.element("decision", note, [("status", d.disposition.label)])
            }
        }
        return w
    }

    /// The ended plan cycles before this one, from the plans data (nothing when none).
    private static func earlierPlans(_ w: XMLDocumentWriter, _ d: EmployeeDocument) {
        guard !d.earlierPlans.isEmpty else { return }
        w.start("earlier-plans")
        for p in d.earlierPlans {
            w.start("earlier-plan")
            w.attribute("cycle", p.cycle)
            w.attribute("start", month: p.start)
            w.attribute("end", month: p.end)
            w.attribute("outcome", p.outcome.rawValue)
            w.end()
        }
        w.end()
    }

    /// The review period's results per indicator, strengths first (the interview's part 2).
    private static func review(_ w: XMLDocumentWriter, _ d: EmployeeDocument) {
        w.start("review")
        w.attribute("start", month: d.reviewStart)
        w.attribute("end", month: d.asOf)
        for v in d.review {
            w.start("result")
            w.attribute("indicator", d.rows[v.row].indicator.id)
            w.attribute("months-with-result", v.withResult)
            w.attribute("months-met", v.met)
            w.attribute("average", v.average)
            w.end()
        }
        w.end()
    }

    /// Targets met far below the role (`PeerObservation`), in the interview's words.
    private static func observations(_ w: XMLDocumentWriter, _ d: EmployeeDocument) {
        w.start("observations")
        for k in d.observations {
            let ir = d.rows[k].result
            w.start("observation")
            w.attribute("indicator", d.rows[k].indicator.id)
            w.attribute("actual", ir.actual)
            w.attribute("target", ir.target)
            w.attribute("peer-mean", ir.peerMean)
            w.end()
        }
        w.end()
    }

    /// Returned unfinished, as `plan` and `interview` are: at 100 000 employees the index is
    /// about 50 MB, which a copy out of libxml2's buffer would hold twice at the run's peak.
    package static func index(
        _ entries: [IndexView.Entry], formats: [DocumentFormat], asOf: Month, generated: Day,
        organization: String
    ) -> XMLDocumentWriter {
        let w = XMLDocumentWriter(root: "index")
        w.attribute("as-of", month: asOf)
        w.attribute("generated", day: generated)
        w.attribute("employees", entries.count)
        w.attribute("plans", entries.filter(\.result.flagged).count)
        w.element("organization", organization)
        for e in entries {
            w.start("entry")
            w.attribute("id", e.employee.id)
            w.attribute("name", e.employee.name)
            w.attribute("role", e.employee.role)
            w.attribute("department", e.employee.department)
            w.attribute("manager", e.employee.managerId)
            w.attribute("rating", e.result.rating)
            w.attribute("composite", e.result.composite)
            w.attribute("flagged", e.result.flagged)
            w.attribute("reasons", e.result.reasons.map(\.code).joined(separator: " "))
            if e.result.flagged { w.attribute("status", e.disposition.label) }
            if e.result.flagged { w.attribute("disposition", IndexView.dispositionWords(e.disposition)) }
            // Up to six documents an entry, 60 000 in a large index: each href written as
            // bytes, not a String built per document.
            let folder = Array(("employees/" + URLPath.encode(e.employee.id) + "/").utf8)
            // The documents the run wrote for this person (a proposal has plan-draft, not plan).
            for (kind, f) in IndexView.documents(e, formats: formats) {
                w.start("document")
                w.attribute("kind", "\(kind)")
                w.attribute("format", f.rawValue)
                w.attribute("href") { out in IndexView.appendHref(folder, kind, f, to: &out) }
                w.end()
            }
            w.end()
        }
        return w
    }

    /// What every employee document opens with, in the schema's order: the root element with
    /// its dates, the organization, the employee, the HR contact, the plan period (plan and
    /// worksheet: the documents of a plan) and the earlier plan cycles.
    private static func opening(_ root: StaticString, _ d: EmployeeDocument, period: Bool) -> XMLDocumentWriter {
        let w = XMLDocumentWriter(root: root)
        w.attribute("as-of", month: d.asOf)
        w.attribute("generated", day: d.generated)
        if "\(root)" == "plan", d.disposition.isProposal { w.attribute("draft", true) }
        if "\(root)" == "interview", d.disposition.isCoaching { w.attribute("coaching", true) }
        // The language of the document's sentences, where it is not English.
        if d.language != .en, "\(root)" != "worksheet" { w.attribute("xml:lang", d.language.rawValue) }
        w.element("organization", d.organization)
        person(w, d)
        hrContact(w, d)
        if period {
            w.start("period")
            w.attribute("start", month: d.planStart)
            w.attribute("end", month: d.planEnd)
            w.attribute("cycle", d.result.cycle)
            w.attribute("max-cycles", d.policy.maxCycles)
            w.end()
        }
        earlierPlans(w, d)
        return w
    }

    private static func person(_ w: XMLDocumentWriter, _ d: EmployeeDocument) {
        w.start("employee")
        w.attribute("id", d.employee.id)
        w.attribute("name", d.employee.name)
        w.attribute("title", d.employee.title)
        w.attribute("role", d.employee.role)
        w.attribute("department", d.employee.department)
        if let m = d.manager { w.element("manager", nil, [("id", m.id), ("name", m.name)]) }
        w.end()
    }

    /// The HR contact from the policy (§6.32), when it names anything.
    private static func hrContact(_ w: XMLDocumentWriter, _ d: EmployeeDocument) {
        guard let c = d.hrContact else { return }
        w.start("hr-contact")
        w.attribute("name", c.name)
        w.attribute("email", c.email)
        w.attribute("phone", c.phone)
        w.end()
    }

    /// `history`: the plan carries each indicator's last months (the evidence it rests on);
    /// the interview form, written for everyone, keeps to the month's figures.
    /// `reasons`: the sentences of the `reasons` element (the plain ones unless given).
    /// `targets`: the interview's summary counts the month's targets met instead of giving the
    /// composite and its rating (the form the employee signs states neither).
    private static func common(
        _ w: XMLDocumentWriter, _ d: EmployeeDocument, history: Bool, reasons: [String]? = nil,
        targets: TargetCount? = nil
    ) {
        let p = d.policy
        let t = p.triggers
        w.start("policy")
        w.attribute("attainment-cap", p.attainmentCap)
        w.attribute("at-risk-tolerance", p.atRiskTolerance)
        w.attribute("baseline-months", p.baselineMonths)
        w.attribute("trend-months", p.trendMonths)
        w.attribute("review-months", p.reviewMonths)
        w.attribute("composite-below", t.compositeBelow)
        w.attribute("composite-months", t.compositeMonths)
        w.attribute("miss-streak", t.missStreak)
        w.attribute("critical-missed", t.criticalMissed)
        w.attribute("max-focus", p.maxFocus)
        w.attribute("plan-months", p.planMonths)
        w.attribute("max-cycles", p.maxCycles)
        w.attribute("checkin-every-weeks", p.checkinEveryWeeks)
        w.attribute("min-peer-group", p.minPeerGroup)
        w.attribute("review-day", p.reviewDay)
        w.end()
        let r = d.result
        w.start("summary")
        if let t = targets {
            w.attribute("indicators", t.indicators)
            w.attribute("met", t.met)
            w.attribute("at-risk", t.atRisk)
            w.attribute("missed", t.missed)
            w.attribute("no-data", t.noData)
        } else {
            w.attribute("composite", r.composite)
            w.attribute("rating", r.rating)
        }
        w.attribute("flagged", r.flagged)
        w.attribute("cycle", r.cycle)
        w.attribute("escalate", r.escalate)
        w.end()
        w.start("reasons")
        for (reason, text) in zip(r.reasons, reasons ?? d.reasons) {
            w.element("reason", text, [("code", reason.code)])
        }
        w.end()
        w.start("indicators")
        // Rows read in place: copying a row (an indicator and its result, a dozen strings
        // and arrays) cost more reference counting than writing its attributes.
        d.rows.withUnsafeBufferPointer { rows in
            for k in rows.indices { indicator(w, rows.baseAddress! + k, k, d.figures, history: history) }
        }
        w.end()
    }

    /// The row's indicator and result are read in place through pointers: passing them
    /// (even `borrowing`) copied them, a dozen retains of their strings and arrays per row.
    /// Row `k`'s figures come formatted from `figures` (gaps.csv prints the same).
    private static func indicator(
        _ w: XMLDocumentWriter, _ row: UnsafePointer<EmployeeDocument.Row>, _ k: Int, _ figures: MachineFigures,
        history: Bool
    ) {
        func figure(_ name: StaticString, _ field: MachineFigures.Field) {
            figures.withFigure(k, field) { w.attribute(name, figure: $0) }
        }
        w.start("indicator")
        w.attribute("id", row.pointee.indicator.id)
        w.attribute("name", row.pointee.indicator.name)
        w.attribute("unit", row.pointee.indicator.unit)
        w.attribute("direction", row.pointee.indicator.direction.rawValue)
        figure("weight", .weight)
        w.attribute("critical", row.pointee.indicator.critical)
        figure("actual", .actual)
        figure("target", .target)
        figure("threshold", .threshold)
        figure("gap", .gap)
        figure("shortfall", .shortfall)
        figure("attainment", .attainment)
        w.attribute("status", row.pointee.result.status?.rawValue)
        figure("prev", .prev)
        figure("yoy", .yoy)
        figure("annual-avg", .annualAvg)
        figure("best3-avg", .best3Avg)
        figure("worst3-avg", .worst3Avg)
        figure("trend-slope", .trendSlope)
        w.attribute("miss-streak", row.pointee.result.missStreak)
        // §6.37: the peer figures only from a group large enough; `peer-n` stays (a count
        // reveals nobody's figure) and `peers-withheld` says why the others are absent.
        w.attribute("peer-n", row.pointee.result.peerN)
        if row.pointee.peersShown {
            figure("peer-mean", .peerMean)
            figure("peer-median", .peerMedian)
            figure("percentile", .percentile)
            figure("gap-to-peer", .gapToPeer)
        } else {
            w.attribute("peers-withheld", true)
        }
        figure("benchmark", .benchmark)
        figure("gap-to-benchmark", .gapToBenchmark)
        if history {
            row.pointee.result.history.withUnsafeBufferPointer { months in
                for h in months {
                    w.start("month")
                    w.attribute("month", month: h.month)
                    w.attribute("actual", h.actual)
                    w.attribute("target", h.target)
                    w.attribute("attainment", h.attainment)
                    w.attribute("status", h.status?.rawValue)
                    w.end()
                }
            }
        }
        w.end()
    }

    private static func goals(_ w: XMLDocumentWriter, _ d: EmployeeDocument) {
        w.start("goals")
        for g in d.goals {
            let ind = g.row.indicator
            w.start("goal")
            w.attribute("indicator", ind.id)
            w.attribute("name", ind.name)
            w.attribute("unit", ind.unit)
            w.attribute("decimals", ind.decimals)  // the precision its milestones are rounded to (§6.36)
            w.attribute("direction", ind.direction.rawValue)
            w.attribute("current", g.goal.current)
            w.attribute("expected", g.goal.expected)
            w.attribute("deadline", day: g.goal.deadline)
            w.attribute("stretch", g.goal.stretch)
            w.attribute("data-source", g.row.dataSource)
            if ind.kind == .qualitative { w.attribute("scale-max", ind.scaleMax) }
            for m in g.goal.milestones {
                w.start("milestone")
                w.attribute("month", month: m.month)
                w.attribute("value", m.value)
                w.end()
            }
            w.end()
        }
        w.end()
    }

    private static func texts(_ w: XMLDocumentWriter, _ name: StaticString, _ items: [String]) {
        w.start(name)
        for t in items { w.element("text", t) }
        w.end()
    }
}
