import Testing

@testable import PerfPlanCore

/// Contract §7 (rules 44–52) on hand-worked data: the plan history's rules, the
/// disposition of a flagged employee, every caution, `triggers_plan` and the ranking.
struct PeopleDecideTests {
    static func plan(_ cycle: Int, _ start: String, _ end: String, _ outcome: PlanOutcome, _ e: String = "E")
        -> PlanRecord
    {
        PlanRecord(employeeId: e, cycle: cycle, start: F.m(start), end: F.m(end), outcome: outcome)
    }
    static func decision(_ kind: DecisionKind, _ month: String = "2026-10", reason: String? = "because")
        -> DecisionRecord
    {
        DecisionRecord(
            employeeId: "E", month: F.m(month), decision: kind, decidedBy: "HR", decidedOn: Day(parsing: "2026-11-04")!,
            reason: reason)
    }

    // The sample's E023: cycle 1 extended, cycle 2 (2026-07..09) still `active` after its end.
    static let e023 = [plan(1, "2026-01", "2026-03", .extended), plan(2, "2026-07", "2026-09", .active)]

    @Test func anEndedPlanWithoutOutcomeIsAConflictAndKeepsItsNumber() {
        let p = F.m("2026-10")
        #expect(PlanHistory.conflicts(Self.e023, asOf: p) == [Self.e023[1]])
        #expect(PlanHistory.inForce(Self.e023, asOf: p) == nil)
        // 1 + one plan with an outcome = 2, but cycle 2 is taken: 3, never "2 of 2" again.
        #expect(PlanHistory.nextCycle(Self.e023, asOf: p) == 3)
        // Every earlier cycle is history, the one without an outcome included.
        #expect(PlanHistory.earlier(Self.e023, asOf: p).map(\.cycle) == [1, 2])
        // While cycle 2 runs (August), a new plan would overlap it: none is proposed.
        #expect(
            Disposition.decide(
                flagged: true, plans: Self.e023, decision: nil, approval: .automatic, asOf: F.m("2026-08"))
                == .inForce(Self.e023[1]))
    }

    @Test func aConflictBlocksIssuingUntilTheOutcomeIsRecorded() {
        let p = F.m("2026-10")
        // Blocked: a proposal, also under automatic approval and over an `issue` decision.
        #expect(
            Disposition.decide(flagged: true, plans: Self.e023, decision: nil, approval: .automatic, asOf: p)
                == .proposal(conflicts: [Self.e023[1]]))
        #expect(
            Disposition.decide(
                flagged: true, plans: Self.e023, decision: Self.decision(.issue), approval: .required, asOf: p)
                == .proposal(conflicts: [Self.e023[1]]))
        // HR records that cycle 2 was extended: issuable, as cycle 3.
        var resolved = Self.e023
        resolved[1].outcome = .extended
        #expect(PlanHistory.conflicts(resolved, asOf: p).isEmpty)
        #expect(PlanHistory.nextCycle(resolved, asOf: p) == 3)
        let issue = Self.decision(.issue)
        #expect(
            Disposition.decide(flagged: true, plans: resolved, decision: issue, approval: .required, asOf: p)
                == .issued(issue))
    }

    @Test func approvalAndDecisionsChooseTheDocuments() {
        let p = F.m("2026-10")
        #expect(Disposition.decide(flagged: false, plans: [], decision: nil, approval: .automatic, asOf: p) == .none)
        #expect(
            Disposition.decide(flagged: true, plans: [], decision: nil, approval: .required, asOf: p)
                == .proposal(conflicts: []))
        #expect(
            Disposition.decide(flagged: true, plans: [], decision: nil, approval: .automatic, asOf: p) == .issued(nil))
        for kind in [DecisionKind.coach, .defer, .dismiss] {
            let d = Self.decision(kind)
            let got = Disposition.decide(flagged: true, plans: [], decision: d, approval: .automatic, asOf: p)
            #expect(!got.issuesPlan && !got.isProposal && got.decision == d)
        }
        #expect(
            Disposition.decide(flagged: true, plans: [], decision: Self.decision(.coach), approval: .required, asOf: p)
                .isCoaching)
    }

    /// 24 months of random flags, decisions and (sometimes forgotten) outcomes: no cycle is
    /// issued twice and no two periods of the employee overlap.
    @Test func noDuplicateCycleOrOverlapAcross24RandomMonths() {
        for seed in 1...200 {
            var rng = SplitMix(seed: UInt64(seed))
            var plans: [PlanRecord] = []
            var month = F.m("2025-01")
            for _ in 0..<24 {
                // Outcomes arrive at a plan's end month, or are forgotten and recorded later.
                for k in plans.indices where plans[k].outcome == .active && plans[k].end <= month && rng.next() % 3 != 0
                {
                    plans[k].outcome = [.succeeded, .extended, .closed][Int(rng.next() % 3)]
                }
                let flagged = rng.next() % 4 != 0
                let kinds: [DecisionKind?] = [nil, .issue, .coach, .defer, .dismiss]
                var kind = kinds[Int(rng.next() % 5)]
                // `DecisionCheck` refuses `issue` over a conflict; HR's row is not accepted then.
                if kind == .issue, !PlanHistory.conflicts(plans, asOf: month).isEmpty { kind = nil }
                let d = kind.map {
                    DecisionRecord(
                        employeeId: "E", month: month, decision: $0, decidedBy: "HR",
                        decidedOn: Day(parsing: "2026-01-01")!, reason: "r")
                }
                let approval: Policy.Approval = rng.next() % 2 == 0 ? .automatic : .required
                if Disposition.decide(flagged: flagged, plans: plans, decision: d, approval: approval, asOf: month)
                    .issuesPlan
                {
                    plans.append(
                        PlanRecord(
                            employeeId: "E", cycle: PlanHistory.nextCycle(plans, asOf: month),
                            start: month + 1, end: month + 3, outcome: .active))
                }
                month = month + 1
            }
            #expect(Set(plans.map(\.cycle)).count == plans.count, "seed \(seed): \(plans.map(\.cycle))")
            let sorted = plans.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(a.end < b.start, "seed \(seed): overlap") }
            // Cycles grow with time.
            #expect(sorted.map(\.cycle) == sorted.map(\.cycle).sorted())
        }
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    // MARK: cautions and triggers_plan

    /// x: Orders (higher, weight 3, target 100); c: Errors (lower, critical, target 1,
    /// threshold 5); ab: Absence (lower, target 1, threshold 4, triggers_plan false).
    static func dataset() -> Dataset {
        let months = (0..<12).map { F.m("2025-04") + $0 }
        func every(_ v: Double, from first: Int = 0) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: months.dropFirst(first).map { ("\($0)", v) })
        }
        var absence = F.ind("ab", .lower, threshold: 4)
        absence.name = "Absence"
        absence.triggersPlan = false
        var orders = F.ind("x", weight: 3)
        orders.name = "Orders"
        var errors = F.ind("c", .lower, threshold: 5, critical: true)
        errors.name = "Errors"
        var g = F.emp("G")
        g.hireDate = Day(parsing: "2026-02-01")
        var actuals = F.actuals("F", "x", every(110)) + F.actuals("F", "c", every(1)) + F.actuals("F", "ab", every(1))
        actuals.removeAll { $0.employeeId == "F" && $0.indicatorId == "c" && $0.period == F.m("2026-03") }
        actuals.append(
            Actual(employeeId: "F", indicatorId: "c", period: F.m("2026-03"), value: 2, note: "System outage"))
        actuals += F.actuals("G", "x", every(50, from: 9))
        actuals += F.actuals("H", "x", every(100)) + F.actuals("H", "ab", every(4))
        actuals += F.actuals("I", "x", every(130)) + F.actuals("I", "ab", every(4))
        return Dataset(
            employees: [F.emp("F"), g, F.emp("H"), F.emp("I")], indicators: [orders, errors, absence],
            targets: [F.target("x", value: 100), F.target("c", value: 1), F.target("ab", value: 1)], actuals: actuals)
    }

    static func cautions(_ id: String, plans: [PlanRecord] = []) -> [Caution] {
        let engine = GapEngine(dataset: dataset())
        return Cautions.find(
            engine: engine, result: engine.result(employeeId: id, asOf: F.m("2026-03"))!, plans: plans,
            asOf: F.m("2026-03"))
    }

    @Test func ratedWellAndANoteOnTheTriggerMonth() {
        // F at 2026-03: Orders 110/100 → 1.1; Errors 2 → (2 − 5)/(1 − 5) = 0.75, missed
        // (critical); Absence 1 → 1.0. Composite (3·1.1 + 0.75 + 1)/5 = 1.01: Meets.
        let c = Self.cautions("F")
        #expect(c.map(\.code) == ["rated_well", "note_on_trigger_month"])
        #expect(c[0].sentence == "Rated Meets (101 % overall): the overall result is in the middle band or above.")
        #expect(c[1].sentence == "Errors, March 2026: the result carries the note \u{201C}System outage\u{201D}.")
    }

    @Test func littleDataRecentHireAndAStretchGoal() {
        // G: Orders 50 in 2026-01..03 only, hired 2026-02-01; goal 100 above the best-3 average 50.
        let c = Self.cautions("G")
        #expect(
            c.map(\.sentence) == [
                "Orders: the goal 100 is above the employee's own best-3-month average of 50.",
                "Results for only 3 of the 12 months the baselines read, the first in January 2026.",
                "Hired on 2026-02-01, within the review period.",
            ])
    }

    @Test func aHistoryConflictIsACaution() {
        let c = Self.cautions("G", plans: [Self.plan(1, "2025-10", "2025-12", .active, "G")])
        #expect(c.last == .historyConflict(cycle: 1, start: F.m("2025-10"), end: F.m("2025-12"), row: nil))
        // The register's plan: its outcome comes from the progress report of its last month.
        #expect(
            c.last!.sentence
                == "Plan cycle 1 (October–December 2025) is over but its outcome was never recorded, so no new plan "
                + "can be issued until it is: run the progress report for December 2025, which records it, or close "
                + "the plan with perfplan plans close if it was withdrawn.")
        // A plans data row: that row is where the outcome goes.
        var row = Self.plan(1, "2025-10", "2025-12", .active, "G")
        row.source = SourceLocation(file: "plans.csv", line: 4)
        let fromData = Self.cautions("G", plans: [row])
        #expect(
            fromData.last!.sentence
                == "Plan cycle 1 (October–December 2025) is over but its outcome was never recorded, so no new plan "
                + "can be issued until it is: give its outcome (succeeded, extended, escalated or closed) in the plans "
                + "data (plans.csv:4).")
    }

    @Test func anIndicatorThatDoesNotTriggerNeverFlagsButStaysInTheFigures() {
        let engine = GapEngine(dataset: Self.dataset())
        // I: Absence 4 missed 12 months in a row, Orders 130 → composite (3·1.3 + 0)/4 = 0.975:
        // the streak fires no trigger, and the figures keep it.
        let i = engine.result(employeeId: "I", asOf: F.m("2026-03"))!
        #expect(!i.flagged)
        #expect(F.indicator(i, "ab")?.missStreak == 12)
        // H: Orders 100 → (3·1 + 0)/4 = 0.75 below 0.85 three months: flagged by the
        // composite, and Absence is the plan's only focus.
        let h = engine.result(employeeId: "H", asOf: F.m("2026-03"))!
        #expect(h.reasons.map(\.code) == ["composite_below"])
        #expect(
            Self.cautions("H").map(\.sentence).contains(
                "The plan's only focus is Absence, an indicator marked as not triggering plans."))
    }

    @Test func theReviewListRanksFinalCycleThenCriticalThenResult() {
        func row(_ id: String, cycle: Int, critical: Int, composite: Double?) -> ReviewList.Row {
            ReviewList.Row(
                employeeId: id, name: id, manager: nil, department: "D", cycle: cycle, maxCycles: 2, reasons: [],
                criticalMisses: critical, composite: composite, rating: nil, cautions: [],
                disposition: .proposal(conflicts: []))
        }
        let list = ReviewList([
            row("A", cycle: 1, critical: 0, composite: 0.5), row("B", cycle: 1, critical: 1, composite: 0.9),
            row("C", cycle: 2, critical: 0, composite: 0.8), row("D", cycle: 1, critical: 0, composite: 0.4),
            row("E", cycle: 1, critical: 0, composite: nil), row("F", cycle: 1, critical: 2, composite: 0.95),
        ])
        #expect(list.rows.map(\.employeeId) == ["C", "F", "B", "D", "A", "E"])
    }

    @Test func reviewRowsNameTheIndicators() {
        let engine = GapEngine(dataset: Self.dataset())
        let f = engine.result(employeeId: "F", asOf: F.m("2026-03"))!
        let row = ReviewList.row(
            engine: engine, result: f, plans: [], disposition: .proposal(conflicts: []), manager: nil,
            asOf: F.m("2026-03"))!
        #expect(row.reasons == ["critical: Errors"])
        #expect(row.criticalMisses == 1 && row.cycle == 1)
        let csv = String(decoding: ReviewCSV.bytes([row], month: F.m("2026-03")), as: UTF8.self)
        #expect(
            csv
                == "employee_id,name,manager,department,cycle,reasons,cautions,month,decision,decided_by,decided_on,reason\r\n"
                + "F,Name F,,Sales,1,critical: Errors,\"Rated Meets (101 % overall): the overall result is in the middle band or above. | "
                + "Errors, March 2026: the result carries the note \u{201C}System outage\u{201D}.\",2026-03,,,,\r\n")
    }

    @Test func consequencesAreNeutralByDefault() {
        var p = Policy()
        #expect(
            Consequences.final(p, cycle: 2)
                == "If the goals are not reached, HR will decide on further steps in line with company policy.")
        p.consequences.final = "A move to another role will be discussed."
        #expect(Consequences.final(p, cycle: 2) == "A move to another role will be discussed.")
        #expect(!Consequences.defaultExtend.lowercased().contains("replacement"))
    }
}
