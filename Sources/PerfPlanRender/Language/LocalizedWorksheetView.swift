import PerfPlanCore

/// The Mustache view of the worksheet (how the figures were computed, for HR and the
/// manager) in the language of the HR views, from its `HRWording`: the members the worksheet
/// templates look up, with the names and meaning `EmployeeView.build` gives them, every
/// sentence, date and figure in the language. `d` carries the indicator names in that
/// language (`EmployeeDocument.named(in:)`).
package enum LocalizedWorksheetView {
    /// `indicators`: every indicator of the dataset, to name those the cautions quote.
    package static func build(
        _ d: EmployeeDocument, wording hr: any HRWording, indicators: [Indicator], wants: ViewKeySet = .all
    ) -> ViewArena {
        var b = ViewBuilder(wants: wants, capacity: 40 * d.rows.count + 64, bytes: 1_200 * d.rows.count + 4_096)
        let w = hr.documents
        let v = w.figures
        let r = d.result
        let policy = d.policy
        b.text(.organization, d.organization)
        b.bool(.hasOrganization, !d.organization.isEmpty)
        b.text(.asOf, w.month(d.asOf))
        b.text(.generated, w.day(d.generated))
        b.text(
            .pageHead,
            CSSString.escape(w.pageHead(name: d.employee.name, id: d.employee.id, asOf: d.asOf, generated: d.generated))
        )
        b.object(.employee) { b in
            b.text(.id, d.employee.id)
            b.text(.name, d.employee.name)
            b.text(.title, d.employee.title ?? d.employee.role)
            b.text(.role, d.employee.role)
            b.text(.department, d.employee.department)
        }
        b.bool(.roleDiffers, (d.employee.title ?? d.employee.role) != d.employee.role)
        b.text(.managerName, d.manager?.name ?? "—")
        let contact = d.hrContact
        b.bool(.hasHrContact, contact != nil)
        b.text(
            .hrContact, contact.map { [$0.name, $0.email, $0.phone].compactMap { $0 }.joined(separator: " · ") } ?? "")
        b.text(.composite, r.composite.map { v.number($0, decimals: 2) } ?? "—")
        b.text(.compositePercent, r.composite.map { v.percent($0) } ?? "—")
        b.text(.rating, w.rating(r.rating, policy: policy))
        b.int(.cycle, r.cycle)
        b.int(.maxCycles, policy.maxCycles)
        b.text(.planStart, w.month(d.planStart))
        b.text(.planEnd, w.month(d.planEnd))
        b.bool(.hasEarlierPlans, !d.earlierPlans.isEmpty)
        b.list(.priorCycles) { b in
            for p in d.earlierPlans {
                b.item { b in
                    b.int(.cycle, p.cycle)
                    b.text(.period, w.months(from: p.start, to: p.end))
                    b.text(.outcome, hr.outcome(p.outcome))
                }
            }
        }
        let note = w.decisionNote(d.disposition)
        b.text(.decisionNote, note ?? "")
        b.bool(.hasDecisionNote, note != nil)
        let cautions = HRCautions.sentences(
            d.cautions, result: r, indicators: indicators, policy: policy, wording: hr)
        b.texts(.cautions, cautions)
        b.bool(.hasCautions, !cautions.isEmpty)
        let names = Dictionary(d.rows.map { ($0.indicator.id, $0.indicator.name) }) { a, _ in a }
        b.texts(.triggers, r.reasons.map { hr.trigger($0, asOf: d.asOf, name: { names[$0] ?? $0 }) })
        b.list(.indicators) { b in
            for row in d.rows { b.item { b in indicator(row, hr, policy: policy, into: &b) } }
        }
        b.list(.observations) { b in
            for k in d.observations {
                b.item { b in
                    b.text(.name, d.rows[k].indicator.name)
                    b.text(.text, w.observation(d.rows[k].result, d.rows[k].indicator))
                }
            }
        }
        b.bool(.hasObservations, !d.observations.isEmpty)
        b.list(.goals) { b in
            for g in d.goals { b.item { b in goal(g, hr, into: &b) } }
        }
        b.bool(.hasGoals, !d.goals.isEmpty)
        b.int(.reviewMonths, max(policy.reviewMonths, 1))
        b.text(.reviewPeriod, w.months(from: d.reviewStart, to: d.asOf))
        let t = policy.triggers
        b.object(.method) { b in
            b.text(.capPercent, v.percent(policy.attainmentCap, decimals: 1))
            b.text(.atRiskFrom, v.percent(1 - policy.atRiskTolerance, decimals: 1))
            b.int(.baselineMonths, policy.baselineMonths)
            b.int(.trendMonths, policy.trendMonths)
            b.text(.compositeRule, hr.compositeRule(below: t.compositeBelow, months: t.compositeMonths))
            b.text(.streakRule, hr.streakRule(t.missStreak))
            b.text(.criticalRule, hr.criticalRule(t.criticalMissed))
            b.text(
                .bands,
                w.list(
                    policy.ratingBands.map { band in
                        hr.band(w.rating(band.label, policy: policy), from: band.min)
                    }))
            b.int(.planMonths, policy.planMonths)
            b.int(.checkinWeeks, policy.checkinEveryWeeks)
            b.int(.minPeerGroup, policy.minPeerGroup)
            b.text(.farBelow, v.percent(PeerObservation.farBelowShare))
        }
        return b.finish()
    }

    /// One indicator's rows of the three tables and its monthly results, at the row's
    /// shared decimals as in English (`EmployeeView.rowDecimals`).
    private static func indicator(
        _ row: EmployeeDocument.Row, _ hr: any HRWording, policy: Policy, into b: inout ViewBuilder
    ) {
        let w = hr.documents
        let v = w.figures
        let ir = row.result
        let ind = row.indicator
        let d = EmployeeView.rowDecimals(row)
        let peers = row.peersShown
        b.text(.name, ind.name)
        b.bool(.critical, ind.critical)
        b.text(.weight, v.number(ir.weight))
        b.text(.target, v.row(ir.target, ind, decimals: d))
        b.text(.threshold, v.row(ir.threshold, ind, decimals: d))
        b.text(.actual, v.row(ir.actual, ind, decimals: d))
        b.text(.attainment, ir.attainment.map { v.percent($0) } ?? "—")
        b.text(.status, w.status(ir.status))
        b.text(.statusClass, Labels.statusClass(ir.status))
        b.text(.gap, v.signedRow(ir.gap, ind, decimals: d))
        b.text(.annual, v.row(ir.annualAvg, ind, decimals: d))
        b.text(.best3, v.row(ir.best3Avg, ind, decimals: d))
        b.text(.worst3, v.row(ir.worst3Avg, ind, decimals: d))
        b.text(.trend, w.trend(ir, ind, months: policy.trendMonths, horizon: policy.planMonths))
        b.int(.missStreak, ir.missStreak)
        b.text(.benchmark, v.row(ir.benchmark, ind, decimals: d))
        b.text(.gapToBenchmark, v.signedRow(ir.gapToBenchmark, ind, decimals: d))
        b.int(.peerOthers, PeerPrivacy.others(ir))
        b.text(.colleaguesMean, peers ? v.row(ColleaguesAverage.of(ir), ind, decimals: d) : "—")
        b.text(.peerMedian, peers ? v.row(ir.peerMedian, ind, decimals: d) : "—")
        b.text(.percentile, peers ? ir.percentile.map { v.number($0, decimals: 0) } ?? "—" : "—")
        let colleagues = ColleaguesAverage.of(ir)
        b.text(
            .gapToColleagues,
            peers && ir.actual != nil && colleagues != nil
                ? v.signedRow(ir.actual! - colleagues!, ind, decimals: d) : "—")
        b.list(.chartRows) { b in
            for h in ir.history.suffix(12) {
                b.item { b in
                    b.text(.month, w.shortMonth(h.month))
                    b.text(.actual, v.row(h.actual, ind, decimals: ind.decimals))
                    b.text(.target, v.row(h.target, ind, decimals: ind.decimals))
                }
            }
        }
    }

    private static func goal(_ g: EmployeeDocument.GoalRow, _ hr: any HRWording, into b: inout ViewBuilder) {
        let w = hr.documents
        let v = w.figures
        let ind = g.row.indicator
        b.text(.name, ind.name)
        b.text(.current, v.value(g.goal.current, ind, decimals: ind.decimals + SharedDecimals.currentLevelExtra))
        let inputs = g.currentMonths.compactMap { m in
            g.row.result.history.first { $0.month == m }.flatMap { h in
                h.actual.map { (value: v.value($0, ind), month: m) }
            }
        }
        b.text(.currentInputs, hr.currentInputs(inputs))
        b.text(.expected, v.value(g.goal.expected, ind))
        b.bool(.stretch, g.goal.stretch == true)
        b.text(.best3, v.value(g.row.result.best3Avg, ind))
        b.text(.deadline, w.endOf(Month(g.goal.deadline)))
        b.list(.milestones) { b in
            for m in g.goal.milestones {
                b.item { b in
                    b.text(.month, w.month(m.month))
                    b.text(.value, v.value(m.value, ind))
                }
            }
        }
    }
}

extension LocalFigures {
    /// A signed difference at a row's decimals, as `RowFigures.signedDifference` writes it
    /// in English: `+3,6 Tage`, `-0,30 Prozentpunkte`; no sign on one that reads 0.
    func signedRow(_ x: Double?, _ indicator: Indicator, decimals: Int) -> String {
        guard let x else { return "—" }
        guard decimals > 0 else { return signedDifference(x, indicator) }
        let number = fixed(x, decimals: decimals)
        let sign = x > 0 && number.contains(where: { $0 >= "1" && $0 <= "9" }) ? "+" : ""
        let unit: String?
        if indicator.kind == .qualitative {
            unit = points
        } else if indicator.unit == "%" {
            unit = percentagePoints
        } else {
            unit = indicator.unit
        }
        guard let unit, !unit.isEmpty else { return sign + number }
        return sign + number + format.unitSpace + unit
    }
}
