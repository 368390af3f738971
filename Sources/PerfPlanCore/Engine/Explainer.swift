/// `perfplan explain`: every figure of one employee with its inputs and formula, so HR can
/// answer "why was I flagged?" and anyone can redo the arithmetic by hand.
package struct Explainer {
    let engine: GapEngine
    package init(engine: GapEngine) { self.engine = engine }

    /// A figure as the explanation prints it: exact when short (as in `gaps --format json`),
    /// else rounded to 4 decimals with `≈`.
    static func figure(_ x: Double) -> String {
        let exact = NumberFormat.machine(x)
        return exact.count <= 12 ? exact : "≈" + HumanNumber.format(x, decimals: 4).replacingCommas()
    }

    package func explain(employeeId: String, asOf p: Month) -> String? {
        let index = engine.index
        guard let e = index.employeeIndex[employeeId], let r = engine.result(employeeId: employeeId, asOf: p) else {
            return nil
        }
        let policy = engine.policy
        let person = index.employees[e]
        let peers = engine.peerGroups(asOf: p)
        var out: [String] = []
        let manager = person.managerId.map { id in
            index.employeeIndex[id].map { "\(id) \(index.employees[$0].name)" } ?? id
        }
        out.append(
            "\(person.id) — \(person.name), \(person.role), \(person.department)"
                + (manager.map { " (manager \($0))" } ?? ""))
        out.append(
            "As of \(p). Policy: attainment cap \(Self.figure(policy.attainmentCap)), at-risk tolerance \(Self.figure(policy.atRiskTolerance)), "
                + "baselines over \(policy.baselineMonths) months, trend over \(policy.trendMonths) months.")

        for ir in r.indicators {
            let i = index.indicatorIndex[ir.indicatorId]!
            let ind = index.indicators[i]
            out.append("")
            out.append(
                "\(ind.name) (\(ind.id)): \(ind.direction == .higher ? "higher" : "lower") is better"
                    + (ind.unit.map { ", unit \($0)" } ?? "") + (ind.critical ? ", critical" : ""))
            let candidates = engine.resolver.candidates(employee: e, indicator: i, month: p)
            out.append(
                "  target \(Self.figure(ir.target)) from \(ir.targetSource) (scope \(candidates.first!.scope), period \(candidates.first!.period)):"
                    + " the most specific scope wins, then the most specific period")
            for c in candidates.dropFirst() {
                out.append(
                    "    also covering \(p): \(c.source) scope \(c.scope), period \(c.period), target \(Self.figure(c.target)) — less specific"
                )
            }
            let winner = candidates.first!
            let thresholdFrom =
                winner.threshold != nil
                ? "the target row"
                : ind.threshold != nil
                    ? "the indicator"
                    : (ind.direction == .higher ? "default 0 for higher" : "default 2 × target for lower")
            out.append(
                "  threshold \(Self.figure(ir.threshold)) (\(thresholdFrom)); weight \(Self.figure(ir.weight)) (\(winner.weight != nil ? "the target row" : "the indicator"))"
            )
            if let a = ir.actual, let att = ir.attainment, let status = ir.status {
                if let pos = index.position(e, i, at: p) {
                    out.append("  actual \(Self.figure(a)) (\(index.dataset.actuals.source(index.actualRow(pos))))")
                }
                out.append(
                    "  gap = actual − target = \(Self.figure(a)) − \(Self.figure(ir.target)) = \(Self.figure(ir.gap!))")
                out.append(
                    "  shortfall = " + (ind.direction == .higher ? "target − actual" : "actual − target")
                        + ", at least 0 = \(Self.figure(ir.shortfall!))")
                let raw = (a - ir.threshold) / (ir.target - ir.threshold)
                // A target a hair above its threshold (1e-300) makes the ratio overflow; say so
                // rather than print "inf" (contract §6.34).
                let rawText = raw.isFinite ? Self.figure(raw) : raw > 0 ? "more than 1e308" : "less than -1e308"
                out.append(
                    "  attainment = (actual − threshold) / (target − threshold) = (\(Self.figure(a)) − \(Self.figure(ir.threshold))) / (\(Self.figure(ir.target)) − \(Self.figure(ir.threshold))) = \(rawText)"
                        + (raw != att
                            ? ", clipped to [0, \(Self.figure(policy.attainmentCap))] → \(Self.figure(att))" : ""))
                let bar = 1 - policy.atRiskTolerance
                let why =
                    status == .met
                    ? "≥ 1" : status == .atRisk ? "below 1 but ≥ \(Self.figure(bar))" : "below \(Self.figure(bar))"
                out.append("  status \(status.rawValue): attainment \(Self.figure(att)) is \(why)")
            } else {
                out.append(
                    "  no actual in \(p): actual, gap, attainment and status are empty; left out of the composite and focus"
                )
            }
            out.append(
                "  prev (\(p - 1)) = \(ir.prev.map(Self.figure) ?? "none"); yoy (\(p - 12)) = \(ir.yoy.map(Self.figure) ?? "none")"
            )
            let base = index.window(e, i, from: p - (policy.baselineMonths - 1), through: p)
            out.append(
                "  baseline window \(p - (policy.baselineMonths - 1))..\(p): \(base.count) value\(base.count == 1 ? "" : "s")"
                    + (base.isEmpty
                        ? "" : " — " + base.map { "\($0.month) \(Self.figure($0.value))" }.joined(separator: ", ")))
            out.append(
                "    annual_avg = \(ir.annualAvg.map(Self.figure) ?? "none"); best3_avg = \(ir.best3Avg.map(Self.figure) ?? "none (needs 3 values)");"
                    + " worst3_avg = \(ir.worst3Avg.map(Self.figure) ?? "none (needs 3 values)")")
            let trend = index.window(e, i, from: p - (policy.trendMonths - 1), through: p)
            out.append(
                "  trend over \(p - (policy.trendMonths - 1))..\(p): least-squares slope of value against month number over \(trend.count) point\(trend.count == 1 ? "" : "s") = "
                    + (ir.trendSlope.map { Self.figure($0) + " per month" } ?? "none (needs 3 values)"))
            if ir.actual != nil {
                var streakMonths: [String] = []
                var m = p
                for _ in 0...ir.missStreak {
                    let f = MonthFigures(
                        index: index, resolver: engine.resolver, policy: policy, employee: e, indicator: i, month: m)
                    streakMonths.append("\(m) \(f.status?.rawValue ?? "no status")")
                    m = m - 1
                }
                out.append("  miss_streak = \(ir.missStreak): " + streakMonths.joined(separator: ", "))
            }
            if let group = peers[i][person.role] {
                let members = index.employees.indices.compactMap { x -> String? in
                    guard index.employees[x].role == person.role, let v = index.value(x, i, at: p) else { return nil }
                    return "\(index.employees[x].id) \(Self.figure(v))"
                }
                let list =
                    members.count <= 20 ? ": " + members.joined(separator: ", ") : " (\(members.count) employees)"
                out.append("  peers (role \(person.role), value in \(p))\(list)")
                out.append(
                    "    peer_n = \(group.sorted.count), peer_mean = \(group.mean.map(Self.figure) ?? "none"), peer_median = \(group.median.map(Self.figure) ?? "none")"
                )
                if let a = ir.actual, let pct = ir.percentile {
                    let equal = group.sorted.filter { $0 == a }.count
                    let worse = group.sorted.filter { ind.direction.isBetter(a, than: $0) }.count
                    out.append(
                        "    percentile = 100 × (worse \(worse) + 0.5 × equal \(equal)) / \(group.sorted.count) = \(Self.figure(pct)); gap_to_peer = \(Self.figure(a)) − \(Self.figure(group.mean!)) = \(Self.figure(ir.gapToPeer!))"
                    )
                }
            } else {
                out.append("  peers: nobody in role \(person.role) has a value in \(p)")
            }
            out.append(
                "  benchmark (industry): "
                    + (ir.benchmark.map { b in
                        Self.figure(b) + (ir.gapToBenchmark.map { "; gap_to_benchmark = \(Self.figure($0))" } ?? "")
                    } ?? "none"))
        }

        out.append("")
        out.append(
            "Composite = Σ weight × attainment / Σ weight over indicators with a target and an actual that month:")
        for (m, c) in r.compositeHistory.suffix(max(policy.triggers.compositeMonths, 3)) {
            var terms: [String] = []
            for i in index.indicators.indices {
                let f = MonthFigures(
                    index: index, resolver: engine.resolver, policy: policy, employee: e, indicator: i, month: m)
                if let att = f.attainment, let t = f.target {
                    terms.append("\(index.indicators[i].id) \(Self.figure(t.weight)) × \(Self.figure(att))")
                }
            }
            out.append(
                "  \(m): "
                    + (c.map { Self.figure($0) + " from " + terms.joined(separator: ", ") }
                        ?? "none (no indicator with a target and an actual)"))
        }
        out.append(
            "Rating: "
                + (r.composite.map { c in
                    let band = policy.ratingBands.first { c >= $0.min }
                    return "\(r.rating ?? "none") (composite \(Self.figure(c))"
                        + (band.map { " ≥ \(Self.figure($0.min))" } ?? "") + ", first band reached in the order given)"
                } ?? "none (no composite)"))

        out.append("")
        out.append("Plan triggers:")
        let name: (String) -> String = { id in index.indicatorIndex[id].map { index.indicators[$0].name } ?? id }
        let t = policy.triggers
        if let below = t.compositeBelow {
            let months = r.compositeHistory.suffix(t.compositeMonths).map {
                "\($0.month) \($0.composite.map(Self.figure) ?? "none")"
            }
            let fired = r.reasons.contains { $0.code == "composite_below" }
            out.append(
                "  composite below \(Self.figure(below)) in each of the last \(t.compositeMonths) months (\(months.joined(separator: ", "))): \(fired ? "FIRED" : "not fired")"
            )
        } else {
            out.append("  composite_below: switched off")
        }
        if let limit = t.missStreak {
            let worst = r.indicators.map { "\($0.indicatorId) \($0.missStreak)" }.joined(separator: ", ")
            let fired = r.reasons.contains { $0.code == "miss_streak" }
            out.append("  a miss streak of \(limit) or more months (\(worst)): \(fired ? "FIRED" : "not fired")")
        } else {
            out.append("  miss_streak: switched off")
        }
        if t.criticalMissed {
            let fired = r.reasons.contains { $0.code == "critical_missed" }
            out.append("  a critical indicator missed in \(p): \(fired ? "FIRED" : "not fired")")
        } else {
            out.append("  critical_missed: switched off")
        }
        for reason in r.reasons { out.append("  → " + reason.sentence(asOf: p, name: name)) }
        out.append(r.flagged ? "Flagged for an improvement plan." : "Not flagged.")

        out.append("")
        if r.focus.isEmpty {
            out.append("Focus: none (no indicator at risk or missed in \(p))")
        } else {
            let keys = r.focus.compactMap { id in r.indicators.first { $0.indicatorId == id } }
                .map {
                    "\($0.indicatorId) (\(Self.figure($0.weight)) × (1 − min(\(Self.figure($0.attainment!)), 1)) = \(Self.figure($0.weight * (1 - min($0.attainment!, 1)))))"
                }
            out.append(
                "Focus, by weight × (1 − min(attainment, 1)), at most \(policy.maxFocus): "
                    + keys.joined(separator: ", "))
        }
        for g in r.goals {
            let i = index.indicatorIndex[g.indicatorId]!
            let recent = index.latest(e, i, count: 3, atOrBefore: p).map(Self.figure)
            out.append(
                "  goal \(g.indicatorId): current = mean of the 3 most recent values (\(recent.joined(separator: ", "))) = \(Self.figure(g.current));"
                    + " expected = target for \(p + policy.planMonths) (else for \(p)) = \(Self.figure(g.expected)); deadline \(g.deadline)"
            )
            let decimals = index.indicators[i].decimals
            out.append(
                "    milestones current + (expected − current) × k / \(policy.planMonths), rounded to \(decimals) decimal\(decimals == 1 ? "" : "s") (ties toward expected; the last is expected): "
                    + g.milestones.map { "\($0.month) \(Self.figure($0.value))" }.joined(separator: ", ")
                    + "; stretch (better than best3_avg): \(g.stretch.map { $0 ? "yes" : "no" } ?? "unknown (no best3_avg)")"
            )
        }
        let rows = index.plans[e]
        let counted = rows.filter { $0.outcome != .active }
        out.append(
            "Cycle = 1 + \(counted.count) earlier plan\(counted.count == 1 ? "" : "s") that are not active"
                + (rows.isEmpty
                    ? ""
                    : " ("
                        + rows.map { "\($0.source): cycle \($0.cycle) \($0.outcome.rawValue)" }.joined(separator: "; ")
                        + ")")
                + " = \(r.cycle) of at most \(policy.maxCycles)"
                + (r.escalate ? " → beyond the last allowed cycle: escalate" : ""))
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    func replacingCommas() -> String { String(filter { $0 != "," }) }
}
