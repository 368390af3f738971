import PerfPlanCore

/// The Mustache view of one employee's documents (plan, interview and worksheet share it). Strings
/// are formatted once here; templates only place them. See docs/templates.md for the names.
package enum EmployeeView {
    /// `charts`: the SVG charts and their data tables, which only the HTML plan shows; they
    /// are the costliest part of the view, so they are left out for everyone else.
    /// `wants`: the members some template can look up (`TemplateSet.keys(for:)`); the rest
    /// are neither formatted nor stored.
    /// `method`: the policy's sentences (`MethodTexts(d.policy)` when not given; a run
    /// makes them once for everyone).
    package static func build(
        _ d: EmployeeDocument, planLink: String? = nil, charts: Bool = true, wants: ViewKeySet = .all,
        method: MethodTexts? = nil
    ) -> ViewArena {
        // Room for a plan with charts (about 1 200 values and 30 KB of text at 12
        // indicators) or an interview (about 230 values, 4 KB), so neither grows by copying.
        var b =
            charts
            ? ViewBuilder(wants: wants, capacity: 100 * d.rows.count + 64, bytes: 3_000 * d.rows.count + 4_096)
            : ViewBuilder(wants: wants, capacity: 24 * d.rows.count + 64, bytes: 400 * d.rows.count + 2_048)
        let r = d.result
        let policy = d.policy
        // Each row's evidence sentence once: the indicator table writes it, the deficiencies
        // place the same bytes again.
        var evidences = [ViewArena.Value?](repeating: nil, count: d.rows.count)
        let metRows = d.rows.indices.filter { d.rows[$0].result.status == .met }
        let planStart = Array(Labels.month(d.planStart).utf8)
        b.text(.organization, d.organization)
        b.bool(.hasOrganization, !d.organization.isEmpty)
        b.text(.asOf, Labels.month(d.asOf))
        b.text(.asOfCode, d.asOf.description)
        b.text(.generated, Labels.day(d.generated))
        // Every printed page names whom and which plan it belongs to, so no page can be
        // separated from what was signed: "Ann (E1) · results as of October 2026 · prepared 11 November 2026".
        b.text(
            .pageHead,
            CSSString.escape(
                "\(d.employee.name) (\(d.employee.id)) · results as of \(Labels.month(d.asOf)) · prepared \(Labels.day(d.generated))"
            ))
        b.people(d)
        // The worksheet names the role (the peer group) only where the title does not already say it.
        b.bool(.roleDiffers, (d.employee.title ?? d.employee.role) != d.employee.role)
        b.text(.composite, r.composite.map { HumanNumber.format($0, decimals: 2) } ?? "—")
        // whole percents (§6.36)
        b.text(.compositePercent, r.composite.map { HumanNumber.percent($0, decimals: 0) } ?? "—")
        b.text(.rating, r.rating ?? "No rating (no results this month)")
        // the interview's header, instead of the rating
        b.text(.targetsMet, TargetCount(d.rows.lazy.map(\.result.status)).text(in: Labels.month(d.asOf)))
        b.bool(.flagged, r.flagged)
        b.int(.cycle, r.cycle)
        b.int(.maxCycles, policy.maxCycles)
        b.bool(.lastCycle, r.cycle >= policy.maxCycles)
        b.bool(.escalate, r.escalate)
        b.text(.planStart) { $0 += planStart }
        b.text(.planEnd, Labels.month(d.planEnd))
        b.text(.planDeadline, Prose.byEndOf(d.planEnd))
        b.int(.planMonths, policy.planMonths)
        b.list(.indicators) { b in
            for k in d.rows.indices {
                b.item { b in
                    evidences[k] = indicator(
                        d.rows[k], k, trendMonths: policy.trendMonths, horizon: policy.planMonths, charts: charts,
                        into: &b)
                }
            }
        }
        b.bool(.hasIndicators, !d.rows.isEmpty)
        b.bool(.hasScaleNotes, d.rows.contains { !plainPercent($0.result, $0.indicator) })
        b.texts(.reasons, d.reasons)
        b.texts(.triggers, d.triggers)
        decide(d, into: &b)
        review(d, into: &b)
        // Earlier cycles: a sentence for the employee, a table for HR.
        let earlier = EarlierPlans.sentence(d.earlierPlans, cycle: r.cycle, planNow: r.flagged)
        b.bool(.hasEarlierPlans, !earlier.isEmpty)
        b.text(.earlierPlans, earlier)
        b.list(.priorCycles) { b in
            for p in d.earlierPlans {
                b.item { b in
                    b.int(.cycle, p.cycle)
                    b.text(.period, Prose.months(from: p.start, to: p.end))
                    b.text(.outcome, p.outcome.rawValue.prefix(1).uppercased() + p.outcome.rawValue.dropFirst())
                }
            }
        }
        b.causeLists(d.causes, shared: false)
        // The plan's own lists (§6.31): causes, actions and support not shown with a goal.
        b.causeLists(d.shared.causes, shared: true)
        b.bool(.hasGoalCauses, d.goals.contains { !$0.causes.isEmpty })
        b.texts(.sharedActions, d.shared.actions)
        b.bool(.hasSharedActions, !d.shared.actions.isEmpty)
        b.texts(.sharedSupport, d.shared.support)
        b.bool(.hasSharedSupport, !d.shared.support.isEmpty)
        b.bool(.hasShared, !d.shared.actions.isEmpty || !d.shared.support.isEmpty)
        let weights = GoalWording.Weights(d.rows)
        b.list(.goals) { b in
            for g in d.goals { b.item { b in goal(g, d, weights: weights, into: &b) } }
        }
        b.bool(.hasGoals, !d.goals.isEmpty)
        let focusNote = GoalWording.focusNote(d)
        b.bool(.hasFocusNote, focusNote != nil)
        b.text(.focusNote, focusNote ?? "")
        b.list(.checkins) { b in
            for c in d.checkins {
                b.item { b in
                    b.text(.date, Labels.dayWithWeekday(c.date))
                    // "Formal review of November 2026 results": the month the review discusses (§6.38).
                    b.text(
                        .kind,
                        c.formal
                            ? c.reviewOf.map { "Formal review of \(Labels.month($0)) results" } ?? "Formal review"
                            : "Check-in")
                    b.bool(.formal, c.formal)
                }
            }
        }
        // The manager's noted strengths, then every indicator met: "Revenue: 219,000 EUR
        // against a target of 200,000 EUR". `strengths` holds every noted one (the
        // interview's), `sharedStrengths` those the plan does not show with a goal.
        func metSentence(_ k: Int, _ out: inout [UInt8]) {
            let row = d.rows[k]
            out.append(utf8: row.indicator.name)
            ByteFormat.append(": ", to: &out)
            Labels.value(row.result.actual, row.indicator, to: &out)
            ByteFormat.append(" against a target of ", to: &out)
            Labels.value(row.result.target, row.indicator, to: &out)
        }
        b.list(.strengths) { b in
            for s in d.strengths { b.item { $0.text(.text, s) } }
            for k in metRows { b.item { b in b.text(.text) { metSentence(k, &$0) } } }
        }
        b.bool(.hasStrengths, !d.strengths.isEmpty || !metRows.isEmpty)
        b.list(.sharedStrengths) { b in
            for s in d.shared.strengths { b.item { $0.text(.text, s) } }
            for k in metRows { b.item { b in b.text(.text) { metSentence(k, &$0) } } }
        }
        b.bool(.hasSharedStrengths, !d.shared.strengths.isEmpty || !metRows.isEmpty)
        b.list(.deficiencies) { b in
            for k in d.rows.indices where d.rows[k].result.status == .atRisk || d.rows[k].result.status == .missed {
                b.item { b in
                    b.text(.name, d.rows[k].indicator.name)
                    if let e = evidences[k] {
                        b.text(.evidence, same: e)
                    } else {
                        b.text(.evidence) { evidence(d.rows[k], to: &$0) }
                    }
                }
            }
        }
        b.list(.objectives) { b in
            for k in d.rows.indices {
                let goal = d.goals.firstIndex { $0.goal.indicatorId == d.rows[k].indicator.id }.map { d.goals[$0] }
                b.item { b in
                    b.text(.name, d.rows[k].indicator.name)
                    // "1,200 EUR in November 2026, 1,500 EUR by 31 January 2027" for a goal,
                    // else "At or better than 1,000 EUR in November 2026".
                    b.text(.target) { out in
                        if let goal {
                            Labels.value(goal.goal.milestones.first?.value, d.rows[k].indicator, to: &out)
                            ByteFormat.append(" in ", to: &out)
                            out.append(contentsOf: planStart)
                            ByteFormat.append(", ", to: &out)
                            Labels.value(goal.goal.expected, d.rows[k].indicator, to: &out)
                            ByteFormat.append(" ", to: &out)
                            out.append(utf8: Prose.byEndOf(Month(goal.goal.deadline)))
                        } else {
                            ByteFormat.append("At or better than ", to: &out)
                            Labels.value(d.rows[k].nextTarget, d.rows[k].indicator, to: &out)
                            ByteFormat.append(" in ", to: &out)
                            out.append(contentsOf: planStart)
                        }
                    }
                    b.bool(.focus, goal != nil)
                }
            }
        }
        b.texts(.actions, d.actions)
        b.texts(.support, d.support)
        b.texts(.comments, d.comments)
        let m = method ?? MethodTexts(policy)
        b.object(.method) { b in
            b.text(.cap, m.cap)
            b.text(.capPercent, m.capPercent)
            b.text(.tolerance, m.tolerance)
            b.text(.atRiskFrom, m.atRiskFrom)
            b.int(.baselineMonths, policy.baselineMonths)
            b.int(.trendMonths, policy.trendMonths)
            b.text(.compositeRule, m.compositeRule)
            b.text(.streakRule, m.streakRule)
            b.text(.criticalRule, m.criticalRule)
            b.text(.bands, m.bands)
            b.int(.planMonths, policy.planMonths)
            b.int(.checkinWeeks, policy.checkinEveryWeeks)
            b.int(.minPeerGroup, policy.minPeerGroup)
            b.text(.farBelow, HumanNumber.percent(PeerObservation.farBelowShare, decimals: 0))
        }
        if let planLink { b.text(.planLink, planLink) }
        return b.finish()
    }

    /// The `method` sentences: how the figures were computed, from the policy alone.
    package struct MethodTexts: Sendable {
        var cap, capPercent, tolerance, atRiskFrom, compositeRule, streakRule, criticalRule, bands: String

        package init(_ policy: Policy) {
            let t = policy.triggers
            cap = HumanNumber.format(policy.attainmentCap)
            capPercent = HumanNumber.percent(policy.attainmentCap)
            tolerance = HumanNumber.percent(policy.atRiskTolerance)
            atRiskFrom = HumanNumber.percent(1 - policy.atRiskTolerance)
            compositeRule =
                t.compositeBelow.map {
                    "composite below \(HumanNumber.format($0)) in each of the last \(t.compositeMonths) months"
                }
                ?? "composite trigger off"
            streakRule = t.missStreak.map { "an indicator missed \($0) months in a row" } ?? "miss-streak trigger off"
            criticalRule = t.criticalMissed ? "a critical indicator missed this month" : "critical trigger off"
            bands = policy.ratingBands.map { "\($0.label) from \(HumanNumber.format($0.min))" }.joined(separator: ", ")
        }
    }

    /// One row of the indicator table, with its chart when `charts`; returns its evidence
    /// sentence's value, if built.
    private static func indicator(
        _ row: borrowing EmployeeDocument.Row, _ k: Int, trendMonths: Int, horizon: Int, charts: Bool,
        into b: inout ViewBuilder
    ) -> ViewArena.Value? {
        let ir = row.result
        let ind = row.indicator
        b.text(.id, ind.id)
        b.text(.name, ind.name)
        b.text(.unit, ind.unit ?? "")
        b.bool(.critical, ind.critical)
        b.text(.direction, ind.direction == .higher ? "higher is better" : "lower is better")
        b.text(.weight) { HumanNumber.append(ir.weight, to: &$0) }
        // The figures of the indicator's table rows share decimals (`RowDecimals`): "4.7
        // accounts" for an annual average of 4.67, and the target beside it "4.0 accounts".
        let peers = row.peersShown
        let d = rowDecimals(row)
        b.text(.actual) { RowFigures.value(ir.actual, ind, decimals: d, to: &$0) }
        b.text(.target) { RowFigures.value(ir.target, ind, decimals: d, to: &$0) }
        b.text(.threshold) { RowFigures.value(ir.threshold, ind, decimals: d, to: &$0) }
        b.text(.gap) { RowFigures.signedDifference(ir.gap, ind, decimals: d, to: &$0) }
        b.text(.shortfall) { RowFigures.value(ir.shortfall, ind, decimals: d, to: &$0) }
        b.text(.attainment) { out in
            if let a = ir.attainment { HumanNumber.appendPercent(a, decimals: 0, to: &out) } else { out += Labels.dash }
        }
        let plain = plainPercent(ir, ind)
        b.bool(.hasScaleNote, !plain)
        if !plain { b.text(.scaleNote) { scaleNote(ir, ind, to: &$0) } }
        b.text(.status, Labels.status(ir.status))
        b.text(.statusClass, Labels.statusClass(ir.status))
        b.bool(.met, ir.status == .met)
        b.bool(.notMet, ir.status == .atRisk || ir.status == .missed)
        b.text(.prev) { RowFigures.value(ir.prev, ind, decimals: d, to: &$0) }
        b.text(.yoy) { RowFigures.value(ir.yoy, ind, decimals: d, to: &$0) }
        b.text(.annual) { RowFigures.value(ir.annualAvg, ind, decimals: d, to: &$0) }
        b.text(.best3) { RowFigures.value(ir.best3Avg, ind, decimals: d, to: &$0) }
        b.text(.worst3) { RowFigures.value(ir.worst3Avg, ind, decimals: d, to: &$0) }
        b.text(.trend) { Labels.trend(ir, ind, months: trendMonths, horizon: horizon, to: &$0) }
        b.int(.missStreak, ir.missStreak)
        // Peer figures only in a group large enough to hide each colleague (§6.37); else the
        // mean's cell says why there is none and the other figures are dashes.
        b.bool(.peersShown, peers)
        b.text(.peerMean) { out in
            if peers {
                RowFigures.value(ir.peerMean, ind, decimals: d, to: &out)
            } else {
                ByteFormat.append(Labels.fewPeersCell, to: &out)
            }
        }
        b.text(.peerMedian) { out in
            if peers { RowFigures.value(ir.peerMedian, ind, decimals: d, to: &out) } else { out += Labels.dash }
        }
        b.int(.peerN, ir.peerN)
        b.int(.peerOthers, PeerPrivacy.others(ir))
        b.text(.colleaguesMean) { out in
            if peers {
                RowFigures.value(ColleaguesAverage.of(ir), ind, decimals: d, to: &out)
            } else {
                out += Labels.dash
            }
        }
        b.text(.gapToColleagues) { out in
            if peers, let a = ir.actual, let c = ColleaguesAverage.of(ir) {
                RowFigures.signedDifference(a - c, ind, decimals: d, to: &out)
            } else {
                out += Labels.dash
            }
        }
        b.text(.percentile) { out in
            if peers, let p = ir.percentile { HumanNumber.append(p, decimals: 0, to: &out) } else { out += Labels.dash }
        }
        b.text(.gapToPeer) { out in
            if peers {
                RowFigures.signedDifference(ir.gapToPeer, ind, decimals: d, to: &out)
            } else {
                out += Labels.dash
            }
        }
        b.text(.benchmark) { RowFigures.value(ir.benchmark, ind, decimals: d, to: &$0) }
        b.text(.gapToBenchmark) { RowFigures.signedDifference(ir.gapToBenchmark, ind, decimals: d, to: &$0) }
        let evidenceValue = b.text(.evidence) { evidence(row, to: &$0) }
        // The dated monthly figures in every format (the Markdown plan lists them too); the
        // SVG chart only where `charts` asks for it.
        let history = ir.history.suffix(12)
        if charts, b.wants(.chart) {
            b.markup(.chart) {
                TrendChart.svg(
                    id: "chart-\(k)", title: "\(ind.name): last \(history.count) months, actual against target",
                    history: Array(history), best3: ir.best3Avg, worst3: ir.worst3Avg, decimals: ind.decimals, to: &$0)
            }
        } else {
            b.text(.chart, "")
        }
        if b.wants(.chartRows) {
            b.list(.chartRows) { b in
                for h in history {
                    b.item { b in
                        // Recorded figures: the indicator's decimals, zeros kept ("40.00 EUR" beside "44.08 EUR").
                        b.text(.month) { Labels.shortMonth(h.month, to: &$0) }
                        b.text(.actual) { RowFigures.value(h.actual, ind, decimals: ind.decimals, to: &$0) }
                        b.text(.target) { RowFigures.value(h.target, ind, decimals: ind.decimals, to: &$0) }
                        b.text(.status, Labels.status(h.status))
                    }
                }
            }
        } else {
            b.list(.chartRows) { _ in }
        }
        return evidenceValue
    }

    /// The interview's conversation around the numbers: the review period's results
    /// (strengths first), the peer observations, the next meeting.
    private static func review(_ d: EmployeeDocument, into b: inout ViewBuilder) {
        b.text(.reviewPeriod, Prose.months(from: d.reviewStart, to: d.asOf))
        b.int(.reviewMonths, max(d.policy.reviewMonths, 1))
        b.list(.review) { b in
            for v in d.review {
                let row = d.rows[v.row]
                let ind = row.indicator
                // The row's figures share decimals (`RowDecimals`): the average of three whole
                // results is rarely whole.
                let rd = RowDecimals.of(
                    [row.result.target, v.average, row.result.actual] + v.months.map(\.actual), base: ind.decimals)
                b.item { b in
                    b.text(.name, ind.name)
                    b.text(.target) { RowFigures.value(row.result.target, ind, decimals: rd, to: &$0) }
                    b.text(.average) { RowFigures.value(v.average, ind, decimals: rd, to: &$0) }
                    // "Aug 131,000 EUR / Sep 126,000 EUR / Oct 118,000 EUR": the months behind the average.
                    b.text(.monthly) { out in
                        for (n, h) in v.months.enumerated() {
                            if n > 0 { ByteFormat.append(" / ", to: &out) }
                            Labels.shortMonthName(h.month, to: &out)
                            out.append(0x20)
                            RowFigures.value(h.actual, ind, decimals: rd, to: &out)
                        }
                    }
                    // "3 of 3 months"; months without a result are not counted as missed.
                    b.text(.monthsOnTarget) { out in
                        if v.withResult == 0 {
                            out += Labels.dash
                            return
                        }
                        ByteFormat.append(integer: Int64(v.met), to: &out)
                        ByteFormat.append(" of ", to: &out)
                        ByteFormat.append(integer: Int64(v.withResult), to: &out)
                        ByteFormat.append(v.withResult == 1 ? " month" : " months", to: &out)
                    }
                    b.text(.actual) { RowFigures.value(row.result.actual, ind, decimals: rd, to: &$0) }
                    b.text(.status, Labels.status(row.result.status))
                    b.text(.statusClass, Labels.statusClass(row.result.status))
                    b.text(.trend) {
                        Labels.trend(
                            row.result, ind, months: d.policy.trendMonths, horizon: d.policy.planMonths, to: &$0)
                    }
                    b.bool(.met, v.withResult > 0 && v.met == v.withResult)
                }
            }
        }
        // "Sales revenue: the target of 200,000 EUR was met with 219,000 EUR, but that is
        // 131,000 EUR below the role average of 350,000 EUR."
        b.list(.observations) { b in
            for k in d.observations {
                let row = d.rows[k]
                let ind = row.indicator
                let ir = row.result
                b.item { b in
                    b.text(.name, ind.name)
                    b.text(.text) { out in
                        ByteFormat.append("the target of ", to: &out)
                        Labels.value(ir.target, ind, to: &out)
                        ByteFormat.append(" was met with ", to: &out)
                        Labels.value(ir.actual, ind, to: &out)
                        ByteFormat.append(", but that is ", to: &out)
                        Labels.difference(abs((ir.actual ?? 0) - (ir.peerMean ?? 0)), ind, to: &out)
                        ByteFormat.append(ind.direction == .higher ? " below" : " above", to: &out)
                        ByteFormat.append(" the role average of ", to: &out)
                        Labels.value(ir.peerMean, ind, to: &out)
                        ByteFormat.append(ind.direction == .higher ? "." : " (lower is better).", to: &out)
                    }
                }
            }
        }
        b.bool(.hasObservations, !d.observations.isEmpty)
        // "What fell short" looks at the whole review period: a target missed earlier in it
        // is named even when this month's result met it.
        let misses = EarlierMisses.lines(d)
        b.texts(.earlierMisses, misses)
        b.bool(.hasEarlierMisses, !misses.isEmpty)
        b.bool(.hasDeficiencies, d.rows.contains { $0.result.status == .atRisk || $0.result.status == .missed })
        let next = d.nextMeeting
        b.text(.nextMeeting, Labels.dayWithWeekday(next.date))
        b.text(.nextMeetingPurpose) { out in
            if d.result.flagged {
                ByteFormat.append(
                    next.formal ? "the plan's first formal review" : "the plan's first check-in", to: &out)
                if let m = next.reviewOf {
                    ByteFormat.append(", of ", to: &out)
                    out.append(utf8: Labels.month(m))
                    ByteFormat.append(" results", to: &out)
                }
            } else {
                ByteFormat.append("the next feedback interview, on the results of ", to: &out)
                out.append(utf8: Prose.months(from: d.asOf + 1, to: next.reviewOf ?? d.asOf + 1))
            }
        }
    }

    /// One goal of the plan: its figures explained in words and only the
    /// notes tied to its indicator (§6.31). Every member is set, empty or false when there
    /// is nothing, so a goal never shows the plan's own `strengths` or `support` by
    /// Mustache's lookup in the enclosing context.
    private static func goal(
        _ g: EmployeeDocument.GoalRow, _ d: EmployeeDocument, weights: GoalWording.Weights,
        into b: inout ViewBuilder
    ) {
        let ind = g.row.indicator
        b.text(.id, ind.id)
        b.text(.name, ind.name)
        b.text(.unit, ind.unit ?? "")
        b.text(.why, evidence(g.row))
        // The current level precise enough to work the milestones out again (`SharedDecimals.currentLevelExtra`).
        b.text(
            .current,
            HumanNumber.format(g.goal.current, for: ind, decimals: ind.decimals + SharedDecimals.currentLevelExtra))
        b.text(.expected, Labels.value(g.goal.expected, ind))
        b.text(.currentBasis, GoalWording.currentBasis(g.currentMonths))
        // The results the current level averages, so HR can work it out again in the worksheet.
        b.text(.currentInputs) { out in
            let results = g.currentMonths.compactMap { m in
                g.row.result.history.first { $0.month == m }.flatMap { h in h.actual.map { (m, $0) } }
            }
            for (n, (month, value)) in results.enumerated() {
                if n > 0 { ByteFormat.append(n == results.count - 1 ? " and " : ", ", to: &out) }
                Labels.value(value, ind, to: &out)
                ByteFormat.append(" (", to: &out)
                Labels.shortMonth(month, to: &out)
                out.append(UInt8(ascii: ")"))
            }
        }
        let change = GoalWording.targetChange(g)
        b.bool(.hasTargetChange, change != nil)
        b.text(.targetChange, change ?? "")
        let weight = weights.sentence(g.row)
        b.bool(.hasWeightText, weight != nil)
        b.text(.weightText, weight ?? "")
        b.text(.deadline, Prose.endOf(Month(g.goal.deadline)))
        b.bool(.stretch, g.goal.stretch == true)
        b.text(.best3, Labels.value(g.row.result.best3Avg, ind))
        b.list(.milestones) { b in
            for m in g.goal.milestones {
                b.item { b in
                    b.text(.month, Labels.month(m.month))
                    b.text(.value, Labels.value(m.value, ind))
                }
            }
        }
        b.text(
            .measure,
            "\(ind.name) (\(ind.unit ?? "value")), \(ind.direction == .higher ? "higher" : "lower") is better, as recorded monthly"
                + (g.row.dataSource.map { " in \($0)" } ?? ""))
        b.text(.responsible, d.employee.name)
        b.goalNotes(g)
    }

    /// "219,000 EUR against a target of 200,000 EUR (110 % of target); 131,000 EUR below the
    /// role average of 350,000 EUR; best-3-month average 230,000 EUR." Every figure at the
    /// indicator's decimals with its unit, attainment in whole percents (§6.36; LabelsTests
    /// has every clause).
    static func evidence(_ row: EmployeeDocument.Row) -> String {
        HumanNumber.text { evidence(row, to: &$0) }
    }

    static func evidence(_ row: EmployeeDocument.Row, to out: inout [UInt8]) {
        let ir = row.result
        let indicator = row.indicator
        guard let a = ir.actual else {
            ByteFormat.append("No result recorded for this month.", to: &out)
            return
        }
        // The sentence's figures share decimals, one more than the indicator's where rounding
        // would hide a figure or a difference (`SharedDecimals`: "0.4 days", not "0 days").
        let peer = row.peersShown && ir.peerN > 1 ? ir.peerMean : nil
        // The averages the sentence quotes as precise as in the tables (`rowDecimals`:
        // "best-3-month average 6.7 accounts", not 7).
        let d = max(
            SharedDecimals.of(
                [a, ir.target, a - ir.target] + (peer.map { [$0, a - $0] } ?? []), base: indicator.decimals),
            rowDecimals(row))
        Labels.value(a, indicator, decimals: d, to: &out)
        ByteFormat.append(" against a target of ", to: &out)
        Labels.value(ir.target, indicator, decimals: d, to: &out)
        ByteFormat.append(" (", to: &out)
        if plainPercent(ir, indicator) {
            HumanNumber.appendPercent(ir.attainment ?? 0, decimals: 0, to: &out)
            ByteFormat.append(" of target)", to: &out)
        } else if (ir.attainment ?? 0) <= 0 {
            // "0 % of the way from 80 %" says nothing a reader can use: say where the result stands.
            ByteFormat.append(indicator.direction == .higher ? "not above " : "not below ", to: &out)
            Labels.value(ir.threshold, indicator, to: &out)
            ByteFormat.append(", where progress toward the target starts to count)", to: &out)
        } else {
            // 4 days against 0 with a limit of 5 is 20 % of the way, not "20 % of target".
            HumanNumber.appendPercent(ir.attainment ?? 0, decimals: 0, to: &out)
            ByteFormat.append(" of the way from ", to: &out)
            Labels.value(ir.threshold, indicator, to: &out)
            ByteFormat.append(" to the target)", to: &out)
        }
        // How far from the target, with the unit ("82,000 EUR below target"), when not met.
        let off = a - ir.target
        if ir.status == .atRisk || ir.status == .missed, HumanNumber.roundHalfAway(abs(off) * pow10(d)) != 0 {
            ByteFormat.append(", ", to: &out)
            Labels.difference(abs(off), indicator, decimals: d, to: &out)
            ByteFormat.append(off < 0 ? " below target" : " above target", to: &out)
        }
        if ir.missStreak > 1 {
            ByteFormat.append(", missed ", to: &out)
            ByteFormat.append(integer: Int64(ir.missStreak), to: &out)
            ByteFormat.append(" months in a row", to: &out)
        }
        if !row.peersShown {
            // §6.37: no role average from a group this small; say so rather than stay silent.
            ByteFormat.append("; ", to: &out)
            ByteFormat.append(Labels.fewPeersClause, to: &out)
        } else if let peer {
            let diff = a - peer
            // Level with the role at the shared decimals: no clause ("0 EUR below").
            if HumanNumber.roundHalfAway(abs(diff) * pow10(d)) != 0 {
                ByteFormat.append("; ", to: &out)
                Labels.difference(abs(diff), indicator, decimals: d, to: &out)
                if diff > 0 {
                    ByteFormat.append(" above the role average of ", to: &out)
                } else {
                    ByteFormat.append(" below the role average of ", to: &out)
                }
                Labels.value(peer, indicator, decimals: d, to: &out)
            }
        }
        if let b3 = ir.best3Avg {
            ByteFormat.append("; best-3-month average ", to: &out)
            Labels.value(b3, indicator, decimals: d, to: &out)
        }
        out.append(UInt8(ascii: "."))
    }

    /// The decimals of the indicator's rows in the document's tables (`RowDecimals`).
    static func rowDecimals(_ row: borrowing EmployeeDocument.Row) -> Int {
        let ir = row.result
        return RowDecimals.of(
            [
                ir.actual, ir.target, ir.threshold, ir.prev, ir.yoy, ir.annualAvg, ir.best3Avg, ir.worst3Avg,
                ir.benchmark,
            ]
                + (row.peersShown ? [ir.peerMean, ir.peerMedian, ColleaguesAverage.of(ir)] : []),
            base: row.indicator.decimals)
    }

    /// Whether the percentage reads as "% of target" (actual ÷ target): only for a higher-is-
    /// better indicator counted from 0. Otherwise it counts from the threshold — for a
    /// lower-is-better one 4 days against a target of 0 and a limit of 5 is 20 %, which
    /// "% of target" would leave a reader unable to make sense of.
    static func plainPercent(_ ir: IndicatorResult, _ indicator: Indicator) -> Bool {
        indicator.direction == .higher && ir.threshold == 0
    }

    /// "Monthly report delay: counted from 5 days (0 %) to the target of 0 days (100 %)."
    static func scaleNote(_ ir: IndicatorResult, _ indicator: Indicator, to out: inout [UInt8]) {
        out.append(utf8: indicator.name)
        ByteFormat.append(": counted from ", to: &out)
        Labels.value(ir.threshold, indicator, to: &out)
        ByteFormat.append(" (0 %) to the target of ", to: &out)
        Labels.value(ir.target, indicator, to: &out)
        ByteFormat.append(" (100 %)", to: &out)
        ByteFormat.append(indicator.direction == .lower ? ", less is better." : ".", to: &out)
    }

    static func pow10(_ n: Int) -> Double {
        var x = 1.0
        for _ in 0..<max(n, 0) { x *= 10 }
        return x
    }
}
