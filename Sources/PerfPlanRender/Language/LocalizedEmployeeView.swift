import PerfPlanCore

/// The Mustache view of an employee's own documents (the plan or its draft, and the
/// interview form) in a language other than English, from that language's `Wording`: the
/// members the plan and interview templates look up, with the same names and meaning as
/// `EmployeeView.build` gives them (a test compares the two key sets), every sentence, date
/// and figure in the language. The worksheet is HR's and keeps the English view.
package enum LocalizedEmployeeView {
    package static func build(
        _ d: EmployeeDocument, wording w: any Wording, planLink: String? = nil, charts: Bool = true,
        wants: ViewKeySet = .all
    ) -> ViewArena {
        var b = ViewBuilder(wants: wants, capacity: 100 * d.rows.count + 64, bytes: 3_000 * d.rows.count + 4_096)
        let r = d.result
        let policy = d.policy
        let v = w.figures
        let metRows = d.rows.indices.filter { d.rows[$0].result.status == .met }
        b.text(.organization, d.organization)
        b.bool(.hasOrganization, !d.organization.isEmpty)
        b.text(.asOf, w.month(d.asOf))
        b.text(.asOfCode, d.asOf.description)
        b.text(.generated, w.day(d.generated))
        b.text(
            .pageHead,
            CSSString.escape(w.pageHead(name: d.employee.name, id: d.employee.id, asOf: d.asOf, generated: d.generated))
        )
        b.people(d)
        b.text(.compositePercent, r.composite.map { v.percent($0) } ?? "—")
        b.text(.rating, w.rating(r.rating, policy: policy))
        b.int(.cycle, r.cycle)
        b.int(.maxCycles, policy.maxCycles)
        b.bool(.lastCycle, r.cycle >= policy.maxCycles)
        b.bool(.escalate, r.escalate)
        b.text(.planStart, w.month(d.planStart))
        b.text(.planEnd, w.month(d.planEnd))
        b.text(.planDeadline, w.byEndOf(d.planEnd))
        b.int(.planMonths, policy.planMonths)
        b.list(.indicators) { b in
            for k in d.rows.indices {
                b.item { b in indicator(d.rows[k], k, w, policy: policy, charts: charts, into: &b) }
            }
        }
        b.bool(.hasScaleNotes, d.rows.contains { !EmployeeView.plainPercent($0.result, $0.indicator) })
        b.texts(.reasons, d.reasons)  // made in the document's language by `EmployeeDocument`
        // The draft's marking and the policy's consequences (contract §7); the company's own
        // consequence texts are its words and are printed as given.
        b.bool(.draft, d.disposition.isProposal)
        let note = w.decisionNote(d.disposition)
        b.text(.decisionNote, note ?? "")
        b.bool(.hasDecisionNote, note != nil)
        b.text(.consequenceExtend, policy.consequences.extend ?? w.defaultConsequenceExtend)
        b.text(.consequenceFinal, policy.consequences.final ?? w.defaultConsequenceFinal)
        let earlier = w.earlierPlans(d.earlierPlans, cycle: r.cycle, planNow: r.flagged)
        b.bool(.hasEarlierPlans, !earlier.isEmpty)
        b.text(.earlierPlans, earlier)
        b.causeLists(d.shared.causes, shared: true)
        b.bool(.hasGoalCauses, d.goals.contains { !$0.causes.isEmpty })
        b.texts(.sharedActions, d.shared.actions)
        b.bool(.hasSharedActions, !d.shared.actions.isEmpty)
        b.texts(.sharedSupport, d.shared.support)
        b.bool(.hasSharedSupport, !d.shared.support.isEmpty)
        b.bool(.hasShared, !d.shared.actions.isEmpty || !d.shared.support.isEmpty)
        let weights = GoalWording.Weights(d.rows)
        b.list(.goals) { b in
            for g in d.goals { b.item { b in goal(g, d, w, weights: weights, into: &b) } }
        }
        b.bool(.hasGoals, !d.goals.isEmpty)
        let goalIds = Set(d.goals.map(\.goal.indicatorId))
        let others = d.rows.filter {
            ($0.result.status == .atRisk || $0.result.status == .missed) && !goalIds.contains($0.indicator.id)
        }
        b.bool(.hasFocusNote, !others.isEmpty)
        b.text(.focusNote, others.isEmpty ? "" : w.focusNote(others.map(\.indicator.name), maxFocus: policy.maxFocus))
        b.list(.checkins) { b in
            for c in d.checkins {
                b.item { b in
                    b.text(.date, w.dayWithWeekday(c.date))
                    b.text(.kind, w.checkinKind(formal: c.formal, reviewOf: c.reviewOf))
                    b.bool(.formal, c.formal)
                }
            }
        }
        b.list(.sharedStrengths) { b in
            for s in d.shared.strengths { b.item { $0.text(.text, s) } }
            for k in metRows { b.item { $0.text(.text, w.metSentence(d.rows[k])) } }
        }
        b.bool(.hasSharedStrengths, !d.shared.strengths.isEmpty || !metRows.isEmpty)
        b.texts(.comments, d.comments)
        b.object(.method) { b in
            b.int(.baselineMonths, policy.baselineMonths)
            b.int(.trendMonths, policy.trendMonths)
        }
        interview(d, w, metRows: metRows, into: &b)
        if let planLink { b.text(.planLink, planLink) }
        return b.finish()
    }

    /// The interview form's members, as `EmployeeView.review` and `build` make them.
    private static func interview(_ d: EmployeeDocument, _ w: any Wording, metRows: [Int], into b: inout ViewBuilder) {
        let v = w.figures
        let policy = d.policy
        b.bool(.coaching, d.disposition.isCoaching)
        b.bool(.planIssued, d.disposition.issuesPlan)
        let topics = d.disposition.isCoaching ? d.reasons : []
        b.texts(.coachingTopics, topics)
        b.bool(.hasCoachingTopics, !topics.isEmpty)
        b.text(.targetsMet, w.targetsMet(TargetCount(d.rows.lazy.map(\.result.status)), in: d.asOf))
        b.text(.reviewPeriod, w.months(from: d.reviewStart, to: d.asOf))
        b.int(.reviewMonths, max(policy.reviewMonths, 1))
        b.bool(.hasIndicators, !d.rows.isEmpty)
        b.list(.strengths) { b in
            for s in d.strengths { b.item { $0.text(.text, s) } }
            for k in metRows { b.item { $0.text(.text, w.metSentence(d.rows[k])) } }
        }
        b.bool(.hasStrengths, !d.strengths.isEmpty || !metRows.isEmpty)
        b.list(.review) { b in
            for r in d.review {
                let row = d.rows[r.row]
                let ind = row.indicator
                // The row's figures share decimals, as `EmployeeView.review`'s.
                let rd = RowDecimals.of(
                    [row.result.target, r.average, row.result.actual] + r.months.map(\.actual), base: ind.decimals)
                b.item { b in
                    b.text(.name, ind.name)
                    b.text(.target, v.row(row.result.target, ind, decimals: rd))
                    b.text(.average, v.row(r.average, ind, decimals: rd))
                    b.text(
                        .monthly,
                        r.months.map { w.shortMonthName($0.month) + " " + v.row($0.actual, ind, decimals: rd) }.joined(
                            separator: " / "))
                    b.text(.monthsOnTarget, r.withResult == 0 ? "—" : w.monthsOnTarget(met: r.met, of: r.withResult))
                    b.text(.actual, v.row(row.result.actual, ind, decimals: rd))
                    b.text(.status, w.status(row.result.status))
                    b.text(.statusClass, Labels.statusClass(row.result.status))
                    b.text(.trend, w.trend(row.result, ind, months: policy.trendMonths, horizon: policy.planMonths))
                    b.bool(.met, r.withResult > 0 && r.met == r.withResult)
                }
            }
        }
        b.list(.deficiencies) { b in
            for row in d.rows where row.result.status == .atRisk || row.result.status == .missed {
                b.item { b in
                    b.text(.name, row.indicator.name)
                    b.text(.evidence, w.evidence(row))
                }
            }
        }
        b.bool(.hasDeficiencies, d.rows.contains { $0.result.status == .atRisk || $0.result.status == .missed })
        // As `EarlierMisses.lines`: an indicator met this month but short earlier in the period.
        let misses: [String] = d.review.compactMap { r in
            let row = d.rows[r.row]
            let ind = row.indicator
            if row.result.status == .atRisk || row.result.status == .missed { return nil }
            let short = r.months.filter { $0.month != d.asOf && ($0.status == .atRisk || $0.status == .missed) }
            guard !short.isEmpty else { return nil }
            let parts = short.map { h in
                w.earlierMiss(
                    atRisk: h.status == .atRisk, month: h.month, actual: v.value(h.actual, ind),
                    target: v.value(h.target, ind))
            }
            return w.namedClauses(ind.name, parts)
        }
        b.texts(.earlierMisses, misses)
        b.bool(.hasEarlierMisses, !misses.isEmpty)
        b.list(.observations) { b in
            for k in d.observations {
                let row = d.rows[k]
                b.item { b in
                    b.text(.name, row.indicator.name)
                    b.text(.text, w.observation(row.result, row.indicator))
                }
            }
        }
        b.bool(.hasObservations, !d.observations.isEmpty)
        b.causeLists(d.causes, shared: false)
        b.list(.objectives) { b in
            for row in d.rows {
                let goal = d.goals.first { $0.goal.indicatorId == row.indicator.id }
                b.item { b in
                    b.text(.name, row.indicator.name)
                    if let goal {
                        b.text(
                            .target,
                            w.goalObjective(
                                first: v.value(goal.goal.milestones.first?.value, row.indicator), start: d.planStart,
                                expected: v.value(goal.goal.expected, row.indicator),
                                deadline: Month(goal.goal.deadline)))
                    } else {
                        b.text(
                            .target, w.keepObjective(target: v.value(row.nextTarget, row.indicator), start: d.planStart)
                        )
                    }
                    b.bool(.focus, goal != nil)
                }
            }
        }
        b.texts(.actions, d.actions)
        b.texts(.support, d.support)
        let next = d.nextMeeting
        b.text(.nextMeeting, w.dayWithWeekday(next.date))
        b.text(
            .nextMeetingPurpose,
            w.nextMeetingPurpose(flagged: d.result.flagged, formal: next.formal, reviewOf: next.reviewOf, asOf: d.asOf))
    }

    private static func indicator(
        _ row: EmployeeDocument.Row, _ k: Int, _ w: any Wording, policy: Policy, charts: Bool,
        into b: inout ViewBuilder
    ) {
        let ir = row.result
        let ind = row.indicator
        let v = w.figures
        b.text(.id, ind.id)
        b.text(.name, ind.name)
        b.text(.unit, w.figures.unit(ind) ?? "")
        b.bool(.critical, ind.critical)
        // The row's figures share decimals, as in English (`LocalFigures.row`).
        let rd = EmployeeView.rowDecimals(row)
        b.text(.actual, v.row(ir.actual, ind, decimals: rd))
        b.text(.target, v.row(ir.target, ind, decimals: rd))
        b.text(.attainment, ir.attainment.map { v.percent($0) } ?? "—")
        let plain = EmployeeView.plainPercent(ir, ind)
        b.bool(.hasScaleNote, !plain)
        if !plain { b.text(.scaleNote, w.scaleNote(ir, ind)) }
        b.text(.status, w.status(ir.status))
        b.text(.statusClass, Labels.statusClass(ir.status))
        b.text(.annual, v.row(ir.annualAvg, ind, decimals: rd))
        b.text(.best3, v.row(ir.best3Avg, ind, decimals: rd))
        b.text(.worst3, v.row(ir.worst3Avg, ind, decimals: rd))
        b.text(.trend, w.trend(ir, ind, months: policy.trendMonths, horizon: policy.planMonths))
        b.text(.peerMean, row.peersShown ? v.row(ir.peerMean, ind, decimals: rd) : w.fewPeersCell)
        b.text(.benchmark, v.row(ir.benchmark, ind, decimals: rd))
        let history = ir.history.suffix(12)
        if charts, b.wants(.chart) {
            b.markup(.chart) {
                TrendChart.svg(
                    id: "chart-\(k)", title: w.chartTitle(indicator: ind.name, months: history.count),
                    history: Array(history), best3: ir.best3Avg, worst3: ir.worst3Avg, decimals: ind.decimals,
                    wording: w, to: &$0)
            }
        } else {
            b.text(.chart, "")
        }
        b.list(.chartRows) { b in
            for h in history {
                b.item { b in
                    b.text(.month, w.shortMonth(h.month))
                    // Recorded figures: the indicator's decimals, zeros kept, as in English.
                    b.text(.actual, v.row(h.actual, ind, decimals: ind.decimals))
                    b.text(.target, v.row(h.target, ind, decimals: ind.decimals))
                    b.text(.status, w.status(h.status))
                }
            }
        }
    }

    private static func goal(
        _ g: EmployeeDocument.GoalRow, _ d: EmployeeDocument, _ w: any Wording, weights: GoalWording.Weights,
        into b: inout ViewBuilder
    ) {
        let ind = g.row.indicator
        let v = w.figures
        b.text(.id, ind.id)
        b.text(.name, ind.name)
        b.text(.unit, w.figures.unit(ind) ?? "")
        b.text(.why, w.evidence(g.row))
        b.text(.current, v.value(g.goal.current, ind, decimals: ind.decimals + SharedDecimals.currentLevelExtra))
        b.text(.expected, v.value(g.goal.expected, ind))
        b.text(.currentBasis, w.currentBasis(g.currentMonths))
        let change = w.targetChange(g)
        b.bool(.hasTargetChange, change != nil)
        b.text(.targetChange, change ?? "")
        // As `GoalWording.Weights.sentence`: a share only when the weights differ.
        let share =
            weights.differ && weights.total > 0 && g.row.result.attainment != nil
            ? g.row.result.weight / weights.total : nil
        b.bool(.hasWeightText, share != nil)
        b.text(.weightText, share.map(w.weightShare) ?? "")
        b.text(.deadline, w.endOf(Month(g.goal.deadline)))
        b.bool(.stretch, g.goal.stretch == true)
        b.text(.best3, v.value(g.row.result.best3Avg, ind))
        b.list(.milestones) { b in
            for m in g.goal.milestones {
                b.item { b in
                    b.text(.month, w.month(m.month))
                    b.text(.value, v.value(m.value, ind))
                }
            }
        }
        b.text(.measure, w.measure(ind, dataSource: g.row.dataSource))
        b.text(.responsible, d.employee.name)
        b.goalNotes(g)
    }
}
