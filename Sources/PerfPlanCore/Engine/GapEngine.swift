/// Every figure of contract §2 for the employees of a run at one as-of month.
///
/// Built once per dataset (the index), then `report` evaluates employees independently, so
/// large runs split them across the workers of `parallel` (the caller's executor; serial
/// by default). Peers are computed over the whole dataset at P, whatever the run's scope
/// (§5.6).
package final class GapEngine: Sendable {
    package let index: DatasetIndex
    package let resolver: TargetResolver
    package let parallel: any Parallelism
    package var policy: Policy { index.dataset.policy }

    package init(dataset: Dataset, parallel: any Parallelism = Serial()) {
        index = DatasetIndex(dataset)
        resolver = TargetResolver(index: index)
        self.parallel = parallel
    }

    /// The target that applies to employee `e` and indicator `i` in month `m`. Callers in
    /// other modules use this rather than `resolver.resolve`: there, reaching the resolver
    /// through the engine copied it, with the index it holds (two dozen arrays retained and
    /// released per call, by both render threads on the same objects).
    package func target(employee e: Int, indicator i: Int, month m: Month) -> ResolvedTarget? {
        resolver.resolve(employee: e, indicator: i, month: m)
    }

    /// `index.latestSource`, for other modules (see `target`).
    package func latestSource(_ e: Int, _ i: Int, atOrBefore m: Month) -> String? {
        index.latestSource(e, i, atOrBefore: m)
    }

    /// One month of employee `e`'s indicator `i` (actual, target, attainment, status), for a
    /// review period longer than the history a result keeps (`baseline_months`).
    package func month(employee e: Int, indicator i: Int, month m: Month) -> HistoryPoint {
        let f = MonthFigures(index: index, resolver: resolver, policy: policy, employee: e, indicator: i, month: m)
        return HistoryPoint(
            month: m, actual: f.actual, target: f.target?.target, attainment: f.attainment, status: f.status)
    }

    /// The employee's plan cycles from the plans data (earlier and current), for other modules.
    package func plans(of e: Int) -> [PlanRecord] {
        index.plans[e]
    }

    /// `index.latestMonths`, for other modules (see `target`).
    package func latestMonths(_ e: Int, _ i: Int, count: Int, atOrBefore m: Month) -> [Month] {
        index.latestMonths(e, i, count: count, atOrBefore: m)
    }

    /// `index.notes(of:)`, for other modules (see `target`).
    package func notes(of e: Int) -> [Note] {
        index.notes(of: e)
    }

    /// Peer groups at P: [indicator][role] → values of every employee of the role with a value.
    package func peerGroups(asOf p: Month) -> [[String: PeerGroup]] {
        // Roles numbered once; then each indicator's groups are filled and sorted on its own
        // (indicators split between the workers from 2000 employees). Values are appended in
        // employee order, so the groups' sums do not depend on the split.
        var roleNumber: [String: Int] = [:]
        var roles: [String] = []
        let roleOf: [Int] = index.employees.map { e in
            if let n = roleNumber[e.role] { return n }
            roleNumber[e.role] = roles.count
            roles.append(e.role)
            return roles.count - 1
        }
        let nI = index.indicators.count
        let index = self.index
        let split: any Parallelism = index.employees.count >= 2000 ? parallel : Serial()
        let roleNames = roles
        return split.map(nI, parallelFrom: 2) { i in
            var values = [[Double]](repeating: [], count: roleNames.count)
            for e in index.employees.indices {
                if let v = index.value(e, i, at: p) { values[roleOf[e]].append(v) }
            }
            var byRole: [String: PeerGroup] = [:]
            for (n, vs) in values.enumerated() where !vs.isEmpty { byRole[roleNames[n]] = PeerGroup(values: vs) }
            return byRole
        }
    }

    /// The report for `employeeIds` (in the order given; unknown ids are skipped).
    package func report(asOf p: Month, employeeIds: [String]) -> GapReport {
        let ids = employeeIds.compactMap { index.employeeIndex[$0] }
        return report(asOf: p, employees: ids[...], peers: peerGroups(asOf: p))
    }

    /// The same report handed over `batchSize` employees at a time, in order: a consumer
    /// that writes as it goes (gaps JSON/CSV for 100 000 employees) never holds every
    /// employee's results, only one batch's.
    package func reports(
        asOf p: Month, employeeIds: [String], batchSize: Int = 4096,
        _ body: (GapReport) throws -> Void
    ) rethrows {
        let peers = peerGroups(asOf: p)
        let ids = employeeIds.compactMap { index.employeeIndex[$0] }
        var lo = 0
        repeat {
            let hi = min(lo + max(batchSize, 1), ids.count)
            try body(report(asOf: p, employees: ids[lo..<hi], peers: peers))
            lo = hi
        } while lo < ids.count
    }

    private func report(asOf p: Month, employees slice: ArraySlice<Int>, peers: [[String: PeerGroup]]) -> GapReport {
        let ids = Array(slice)
        // Split between the workers from 2000 employees; each employee is independent of the others.
        let results = parallel.map(ids.count, parallelFrom: 2000) { n in
            self.result(employee: ids[n], asOf: p, peers: peers)
        }
        return GapReport(asOf: p, policy: policy, employees: results)
    }

    package func result(employeeId: String, asOf p: Month) -> EmployeeResult? {
        guard let e = index.employeeIndex[employeeId] else { return nil }
        return result(employee: e, asOf: p, peers: peerGroups(asOf: p))
    }

    /// Employee `e`'s result against the peer groups of `peerGroups(asOf: p)`: what a caller
    /// that splits employees between workers itself computes per position.
    package func result(employee e: Int, asOf p: Month, peers: [[String: PeerGroup]]) -> EmployeeResult {
        let role = index.employees[e].role
        let policy = self.policy
        let historyMonths = max(policy.baselineMonths, policy.triggers.compositeMonths, 1)
        var listed: [IndicatorResult] = []
        var composite = [CompensatedSum](repeating: CompensatedSum(), count: historyMonths)
        var weights = [CompensatedSum](repeating: CompensatedSum(), count: historyMonths)
        var streaks: [(indicatorId: String, months: Int)] = []
        var critical: [String] = []

        for i in index.indicators.indices {
            let facts = index.indicatorFacts[i]
            let direction: Direction = facts.higher ? .higher : .lower
            let series = index.series(e, i)
            let hasSeries = !series.isEmpty
            let rules = resolver.rules(employee: e, indicator: i)
            // Months oldest first: P − historyMonths + 1 … P, the series read by one forward
            // walk; `missedRun` counts the months missed in a row up to the current one.
            var history: [HistoryPoint] = []
            history.reserveCapacity(policy.baselineMonths)
            var position = series.lowerBound
            var missedRun = 0
            var now: ResolvedTarget?
            var current = MonthFigures(target: nil, actual: nil, policy: policy)
            for back in (0..<historyMonths).reversed() {
                let m = p - back
                let monthIndex = Int32(m.index)
                while position < series.upperBound, index.seriesMonths[position] < monthIndex { position += 1 }
                let actual =
                    position < series.upperBound && index.seriesMonths[position] == monthIndex
                    ? index.seriesValues[position] : nil
                let f = MonthFigures(target: rules.resolve(m), actual: actual, policy: policy)
                if let att = f.attainment, let t = f.target {
                    composite[historyMonths - 1 - back].add(t.weight * att)
                    weights[historyMonths - 1 - back].add(t.weight)
                }
                missedRun = f.status == .missed ? missedRun + 1 : 0
                if back < policy.baselineMonths {
                    history.append(
                        HistoryPoint(
                            month: m, actual: f.actual, target: f.target?.target,
                            attainment: f.attainment, status: f.status))
                }
                if back == 0 {
                    now = f.target
                    current = f
                }
            }
            guard let now else { continue }
            var r = IndicatorResult(
                indicatorId: index.indicators[i].id, target: now.target, threshold: now.threshold, weight: now.weight,
                targetSource: index.dataset.targets[now.row].source)
            r.history = history
            if let a = current.actual, let att = current.attainment {
                r.actual = a
                r.gap = a - now.target
                r.shortfall = Attainment.shortfall(actual: a, target: now.target, direction: direction)
                r.attainment = att
                r.status = current.status
                r.missStreak =
                    !hasSeries
                    ? 0
                    : missedRun < historyMonths
                        ? missedRun
                        : missedRun + missStreak(e, i, asOf: p - historyMonths, rules: rules)
                if facts.critical, current.status == .missed, index.indicators[i].triggersPlan {
                    critical.append(r.indicatorId)
                }
            }
            r.prev = index.value(e, i, at: p - 1)
            r.yoy = index.value(e, i, at: p - 12)
            let baseline = index.seriesValues[index.positions(e, i, from: p - (policy.baselineMonths - 1), through: p)]
            r.annualAvg = baseline.compensatedMean()
            (r.best3Avg, r.worst3Avg) = Baselines.mean3Pair(baseline, direction: direction)
            let trend = index.positions(e, i, from: p - (policy.trendMonths - 1), through: p)
            r.trendSlope = Baselines.trendSlope(months: index.seriesMonths[trend], values: index.seriesValues[trend])
            if let group = peers[i][role] {
                r.peerN = group.sorted.count
                r.peerMean = group.mean
                r.peerMedian = group.median
                if let a = r.actual {
                    r.percentile = group.percentile(of: a, direction: direction)
                    r.gapToPeer = group.mean.map { a - $0 }
                }
            }
            r.benchmark = index.benchmarks[i]
            if let b = r.benchmark, let a = r.actual { r.gapToBenchmark = a - b }
            if r.missStreak > 0, index.indicators[i].triggersPlan { streaks.append((r.indicatorId, r.missStreak)) }
            listed.append(r)
        }
        listed.sort { codePointLess($0.indicatorId, $1.indicatorId) }
        streaks.sort { codePointLess($0.indicatorId, $1.indicatorId) }
        critical.sort(by: codePointLess)

        let composites: [Double?] = zip(composite, weights).map { s, w in
            w.count == 0 || w.total == 0 ? nil : s.total / w.total
        }
        let compositeAt: (Month) -> Double? = { m in
            let k = historyMonths - 1 - (p - m)
            return k >= 0 && k < historyMonths ? composites[k] : nil
        }
        let compositeNow = composites.last ?? nil
        let reasons = Triggers.evaluate(
            policy: policy, asOf: p, composites: compositeAt, streaks: streaks,
            criticalMissed: critical)
        let focus = FocusPlanner.focus(listed, maxFocus: policy.maxFocus)
        let goals: [Goal] = focus.compactMap { id in
            let i = index.indicatorIndex[id]!
            let r = listed.first { $0.indicatorId == id }!
            let expected = resolver.resolve(employee: e, indicator: i, month: p + policy.planMonths)?.target ?? r.target
            return FocusPlanner.goal(
                indicatorId: id, recent: index.latest(e, i, count: 3, atOrBefore: p), expected: expected,
                best3: r.best3Avg, direction: index.indicators[i].direction, asOf: p,
                planMonths: policy.planMonths, decimals: index.indicators[i].decimals)
        }
        let cycle = PlanHistory.nextCycle(index.plans[e], asOf: p)
        let historyStart = historyMonths - policy.baselineMonths
        return EmployeeResult(
            employeeId: index.employees[e].id, composite: compositeNow, rating: compositeNow.flatMap { rating($0) },
            flagged: !reasons.isEmpty, reasons: reasons, cycle: cycle, escalate: cycle > policy.maxCycles,
            focus: focus, goals: goals, indicators: listed,
            compositeHistory: (historyStart..<historyMonths).map { (p - (historyMonths - 1 - $0), composites[$0]) })
    }

    /// Consecutive months ending at `p` whose status is missed (§5.2); the engine asks only
    /// when every month of its history window was missed, for the months before it.
    func missStreak(_ e: Int, _ i: Int, asOf p: Month, rules: TargetResolver.Rules) -> Int {
        var n = 0
        var m = p
        let first = index.series(e, i).first.map { Int(index.seriesMonths[$0]) } ?? p.index
        while m.index >= first {
            let f = MonthFigures(target: rules.resolve(m), actual: index.value(e, i, at: m), policy: policy)
            guard f.status == .missed else { break }
            n += 1
            m = m - 1
        }
        return n
    }

    /// The label of the first band (in the order given) whose minimum the composite reaches.
    package func rating(_ composite: Double) -> String? {
        policy.ratingBands.first { composite >= $0.min }?.label
    }
}
