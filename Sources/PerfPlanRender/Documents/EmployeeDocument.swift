import PerfPlanCore

/// Everything the documents of one employee show, gathered once from the engine's result
/// and the dataset, so the Markdown, HTML and XML renderings cannot disagree.
package struct EmployeeDocument: Sendable {
    package struct Row: Sendable {
        package var indicator: Indicator
        package var result: IndicatorResult
        /// The target that applies next month (the objective for the next period), else this month's.
        package var nextTarget: Double
        /// Where the figures come from (the `source` of the latest actual), for the measurement standard.
        package var dataSource: String?
        /// Whether the employee's documents may show this row's peer figures (§6.37,
        /// `PeerPrivacy`); false keeps them out, the safe side for a row built by hand.
        package var peersShown: Bool = false
    }

    package struct GoalRow: Sendable {
        package var goal: Goal
        package var row: Row
        /// The manager's `action` notes tied to this goal's indicator (§6.31); empty: the
        /// plan leaves lines to agree methods in the interview, never generic ones.
        package var methods: [String]
        /// The `support` notes tied to this goal's indicator.
        package var support: [String]
        /// The `cause` notes tied to this goal's indicator, with their category.
        package var causes: [(category: CauseCategory, text: String)]
        /// The `strength` notes tied to this goal's indicator.
        package var strengths: [String]
        /// The months whose results `goal.current` averages, oldest first.
        package var currentMonths: [Month]
        /// The month from which the target the goal ends at (`goal.expected`) applies, when
        /// it differs from the target in the evidence (this month's): the target changes
        /// during the plan (nil: it does not).
        package var targetChange: Month?
    }

    /// The notes a plan shows once, outside the goals (§6.31): those without an
    /// indicator_id, and those tied to an indicator that is no goal of this plan, prefixed
    /// with the indicator's name ("Customer satisfaction: …").
    package struct SharedNotes: Sendable {
        package var causes: [CauseCategory.Perspective: [(category: CauseCategory, text: String)]] = [:]
        package var strengths: [String] = []
        package var actions: [String] = []
        package var support: [String] = []
    }

    package var employee: Employee
    package var manager: Employee?
    package var organization: String
    /// The HR contact for the employee's department (§6.32), nil: a blank line to fill in.
    package var hrContact: Policy.HRContact?
    package var asOf: Month
    package var generated: Day
    package var policy: Policy
    package var result: EmployeeResult
    package var rows: [Row]
    /// Why a plan now, in plain words for the documents the employee signs (`PlainReasons`).
    package var reasons: [String]
    /// The same triggers as the engine states them, with figures and policy limits: the
    /// worksheet's, for HR and the manager.
    package var triggers: [String]
    /// Every cause note by perspective (employee, supervisor, environment) with its
    /// category; one tied to an indicator starts with its name. `strengths`, `actions` and
    /// `support` likewise hold every note of their kind (the interview and the XML list them
    /// all); the plan places them with goals and `shared`.
    package var causes: [CauseCategory.Perspective: [(category: CauseCategory, text: String)]]
    package var strengths: [String]
    package var actions: [String]
    package var support: [String]
    package var comments: [String]
    package var goals: [GoalRow]
    /// The notes the plan shows once, outside the goals.
    package var shared: SharedNotes
    package var planStart: Month
    package var planEnd: Month
    package var checkins: [Checkin]
    /// The rows' figures formatted for machines (the XML), in `rows` order.
    package var figures: MachineFigures
    /// The review period: the last `review_months` months up to the as-of month
    /// (DOMAIN.md, interview part 2: the results of the whole period, not only its last month).
    package var reviewStart: Month
    /// One entry per row, strengths first (`ReviewRow.order`).
    package var review: [ReviewRow]
    /// Rows whose target was met but which sit far below the role (the seeds' sales
    /// example), where the privacy rule lets the employee's documents say so (`PeerObservation`).
    package var observations: [Int]
    /// The employee's earlier plan cycles, oldest first: those that ended with an outcome
    /// and those whose period is over without one (`PlanHistory.earlier`), so none is forgotten.
    package var earlierPlans: [PlanRecord]
    /// What the run does for the employee: a draft for HR, an issued plan, coaching, … (§7.44–45).
    package var disposition: Disposition = .none
    /// The language of the employee's plan (`DocumentLanguage.of`): theirs, else the policy's.
    package var language: Language = .en
    /// What HR should weigh before deciding (§7.48): the worksheet lists them.
    package var cautions: [Caution] = []
    /// The next meeting the interview agrees on: the plan's first meeting, else the next
    /// feedback interview (the review of the next period's results).
    package var nextMeeting: Checkin

    /// One indicator over the review period.
    package struct ReviewRow: Sendable {
        /// Position in `rows`.
        package var row: Int
        /// The period's months, oldest first (no result: nil actual).
        package var months: [HistoryPoint]
        /// Months with a result, and of those the months on target (status met).
        package var withResult: Int
        package var met: Int
        /// Mean of the period's results; nil without any.
        package var average: Double?

        /// Strengths first: the larger share of months on target first, rows without any
        /// result last, otherwise the indicators' order.
        static func order(_ rows: [ReviewRow]) -> [ReviewRow] {
            rows.enumerated().sorted { a, b in
                let x = a.element
                let y = b.element
                if (x.withResult == 0) != (y.withResult == 0) { return y.withResult == 0 }
                if x.withResult > 0, x.met * y.withResult != y.met * x.withResult {
                    return x.met * y.withResult > y.met * x.withResult
                }
                return a.offset < b.offset
            }.map(\.element)
        }
    }

    package struct Checkin: Sendable, Hashable {
        package var date: Day
        package var formal: Bool
        /// The month whose results a formal review discusses.
        package var reviewOf: Month? = nil
    }

    /// `figures`: `MachineFigures(r.indicators)` when the caller has them already.
    package init(
        engine: GapEngine, result r: EmployeeResult, asOf p: Month, generated: Day, figures: MachineFigures? = nil
    ) {
        self.figures = figures ?? MachineFigures(r.indicators)
        // `engine.index` read in place: a local copy of the index retained its two dozen
        // arrays for every employee.
        let policy = engine.policy
        let e = engine.index.employeeIndex[r.employeeId]!
        employee = engine.index.employees[e]
        manager = employee.managerId.flatMap { engine.index.employeeIndex[$0] }.map { engine.index.employees[$0] }
        organization = policy.organization
        hrContact = policy.hrContact(forDepartment: employee.department)
        asOf = p
        self.generated = generated
        self.policy = policy
        language = DocumentLanguage.of(employee, policy: policy)
        result = r
        rows = r.indicators.map { ir in
            let i = engine.index.indicatorIndex[ir.indicatorId]!
            let next = engine.target(employee: e, indicator: i, month: p + 1)?.target ?? ir.target
            return Row(
                indicator: engine.index.indicators[i], result: ir, nextTarget: next,
                dataSource: engine.latestSource(e, i, atOrBefore: p),
                peersShown: PeerPrivacy.showsPeers(ir, minPeerGroup: policy.minPeerGroup))
        }
        // Indicator names in the employee's language (`name_de`, …) throughout their folder;
        // the data's own name stays the English one, for HR's worksheet (`named(in:)`).
        let language = self.language
        if language != .en {
            for k in rows.indices {
                rows[k].indicator.translatedNames[.en] = rows[k].indicator.name
                rows[k].indicator.name = rows[k].indicator.name(in: language)
            }
        }
        func indicatorName(_ id: String) -> String {
            engine.index.indicatorIndex[id].map { engine.index.indicators[$0].name(in: language) } ?? id
        }
        // In the language of the employee's documents (the plan, the interview, their XML).
        let wording = language.wording
        reasons = r.reasons.map {
            wording?.reason($0, asOf: p, name: indicatorName) ?? PlainReasons.sentence($0, asOf: p, name: indicatorName)
        }
        triggers = r.reasons.map { $0.sentence(asOf: p, name: indicatorName) }

        // Notes from the review window (the last `review_months` months up to P). A note
        // tied to a goal's indicator goes with that goal (§6.31); the rest appear once.
        let rows = self.rows
        let goalRows: [(goal: Goal, row: Row)] = r.goals.compactMap { g in
            rows.first { $0.indicator.id == g.indicatorId }.map { (g, $0) }
        }
        var tied = [SharedNotes](repeating: SharedNotes(), count: goalRows.count)
        var all = SharedNotes()
        var shared = SharedNotes()
        var comments: [String] = []
        for n in engine.notes(of: e) where n.period <= p && n.period > p - policy.reviewMonths {
            guard let text = n.text else { continue }
            if n.kind == .comment {
                comments.append(text)
                continue
            }
            let goal = n.indicatorId.flatMap { id in goalRows.firstIndex { $0.goal.indicatorId == id } }
            let labeled =
                n.indicatorId.map { id in
                    wording?.namedClauses(indicatorName(id), [text]) ?? "\(indicatorName(id)): \(text)"
                } ?? text
            let category = n.category ?? .environment
            func add(_ text: String, to notes: inout SharedNotes) {
                switch n.kind {
                case .cause: notes.causes[category.perspective, default: []].append((category, text))
                case .strength: notes.strengths.append(text)
                case .action: notes.actions.append(text)
                case .support: notes.support.append(text)
                case .comment: break
                }
            }
            add(labeled, to: &all)
            if let goal { add(text, to: &tied[goal]) } else { add(labeled, to: &shared) }
        }
        causes = all.causes
        strengths = all.strengths
        actions = all.actions
        support = all.support
        self.comments = comments
        self.shared = shared

        goals = goalRows.indices.map { k in
            let (g, row) = goalRows[k]
            let i = engine.index.indicatorIndex[g.indicatorId]!
            // The target the goal ends at applies from the first month of the run of months
            // before the deadline that all have it.
            var change: Month? = nil
            if g.expected != row.result.target {
                var m = p + policy.planMonths
                while m > p, engine.target(employee: e, indicator: i, month: m)?.target == g.expected {
                    change = m
                    m = m - 1
                }
            }
            let notes = tied[k]
            return GoalRow(
                goal: g, row: row, methods: notes.actions, support: notes.support,
                causes: CauseCategory.Perspective.allCases.flatMap { notes.causes[$0] ?? [] },
                strengths: notes.strengths,
                currentMonths: engine.latestMonths(e, i, count: 3, atOrBefore: p).reversed(),
                targetChange: change)
        }
        planStart = p + 1
        planEnd = p + policy.planMonths
        checkins = CheckinSchedule.meetings(ofPlanIssuedAt: p, policy: policy)
            .map { Checkin(date: $0.date, formal: $0.formal, reviewOf: $0.reviewOf) }

        // The review period from each row's history (`baseline_months` long), or month by
        // month from the engine when `review_months` reaches further back.
        let span = max(policy.reviewMonths, 1)
        reviewStart = p - (span - 1)
        review = ReviewRow.order(
            rows.indices.map { k in
                let history = rows[k].result.history
                let months: [HistoryPoint]
                if history.count >= span, history.last?.month == p {
                    months = Array(history.suffix(span))
                } else {
                    let i = engine.index.indicatorIndex[rows[k].indicator.id]!
                    months = (0..<span).map { engine.month(employee: e, indicator: i, month: p - (span - 1 - $0)) }
                }
                let values = months.compactMap(\.actual)
                return ReviewRow(
                    row: k, months: months, withResult: values.count, met: months.filter { $0.status == .met }.count,
                    average: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count))
            })
        observations = rows.indices.filter { PeerObservation.farBelowRole(rows[$0]) }
        earlierPlans = PlanHistory.earlier(engine.plans(of: e), asOf: p)
        if r.flagged, let first = checkins.first {
            nextMeeting = first
        } else {
            // The next feedback interview discusses the next review period, once its last
            // month's results exist (the same day rule as a plan's formal reviews, §6.38).
            let last = p + span
            nextMeeting = Checkin(
                date: CheckinSchedule.review(of: last, reviewDay: policy.reviewDay), formal: true, reviewOf: last)
        }
    }
}
