import PerfPlanCore

/// Everything the documents of one employee show, gathered once from the engine's result
/// and the dataset, so the Markdown, HTML and XML renderings cannot disagree.
public struct EmployeeDocument: Sendable {
    public struct Row: Sendable {
        public var indicator: Indicator
        public var result: IndicatorResult
        /// The target that applies next month (the objective for the next period), else this month's.
        public var nextTarget: Double
        /// Where the figures come from (the `source` of the latest actual), for the measurement standard.
        public var dataSource: String?
        /// Whether the employee's documents may show this row's peer figures (§6.37,
        /// `PeerPrivacy`); false keeps them out, the safe side for a row built by hand.
        public var peersShown: Bool = false
    }

    public struct GoalRow: Sendable {
        public var goal: Goal
        public var row: Row
        public var methods: [String]
        public var support: [String]
    }

    public var employee: Employee
    public var manager: Employee?
    public var organization: String
    /// The HR contact for the employee's department (§6.32), nil: a blank line to fill in.
    public var hrContact: Policy.HRContact?
    public var asOf: Month
    public var generated: Day
    public var policy: Policy
    public var result: EmployeeResult
    public var rows: [Row]
    /// Why a plan now, in plain words for the documents the employee signs (`PlainReasons`).
    public var reasons: [String]
    /// The same triggers as the engine states them, with figures and policy limits: the
    /// worksheet's, for HR and the manager.
    public var triggers: [String]
    /// Cause notes by perspective (employee, supervisor, environment) with their category.
    public var causes: [CauseCategory.Perspective: [(category: CauseCategory, text: String)]]
    public var strengths: [String]
    public var actions: [String]
    public var support: [String]
    public var comments: [String]
    public var goals: [GoalRow]
    public var planStart: Month
    public var planEnd: Month
    public var checkins: [Checkin]
    /// The rows' figures formatted for machines (the XML), in `rows` order.
    public var figures: MachineFigures
    /// The review period: the last `review_months` months up to the as-of month
    /// (DOMAIN.md, interview part 2: the results of the whole period, not only its last month).
    public var reviewStart: Month
    /// One entry per row, strengths first (`ReviewRow.order`).
    public var review: [ReviewRow]
    /// Rows whose target was met but which sit far below the role (the seeds' sales
    /// example), where the privacy rule lets the employee's documents say so (`PeerObservation`).
    public var observations: [Int]
    /// The employee's earlier plan cycles that ended (outcome other than `active`), oldest first.
    public var earlierPlans: [PlanRecord]
    /// The next meeting the interview agrees on: the plan's first meeting, else the next
    /// feedback interview (the review of the next period's results).
    public var nextMeeting: Checkin

    /// One indicator over the review period.
    public struct ReviewRow: Sendable {
        /// Position in `rows`.
        public var row: Int
        /// The period's months, oldest first (no result: nil actual).
        public var months: [HistoryPoint]
        /// Months with a result, and of those the months on target (status met).
        public var withResult: Int
        public var met: Int
        /// Mean of the period's results; nil without any.
        public var average: Double?

        /// Strengths first: the larger share of months on target first, rows without any
        /// result last, otherwise the indicators' order.
        static func order(_ rows: [ReviewRow]) -> [ReviewRow] {
            rows.enumerated().sorted { a, b in
                let x = a.element, y = b.element
                if (x.withResult == 0) != (y.withResult == 0) { return y.withResult == 0 }
                if x.withResult > 0, x.met * y.withResult != y.met * x.withResult { return x.met * y.withResult > y.met * x.withResult }
                return a.offset < b.offset
            }.map(\.element)
        }
    }

    public struct Checkin: Sendable, Hashable {
        public var date: Day
        public var formal: Bool
        /// The month whose results a formal review discusses.
        public var reviewOf: Month? = nil
    }

    /// `figures`: `MachineFigures(r.indicators)` when the caller has them already.
    public init(engine: GapEngine, result r: EmployeeResult, asOf p: Month, generated: Day, figures: MachineFigures? = nil) {
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
        result = r
        rows = r.indicators.map { ir in
            let i = engine.index.indicatorIndex[ir.indicatorId]!
            let next = engine.target(employee: e, indicator: i, month: p + 1)?.target ?? ir.target
            return Row(indicator: engine.index.indicators[i], result: ir, nextTarget: next, dataSource: engine.latestSource(e, i, atOrBefore: p),
                       peersShown: PeerPrivacy.showsPeers(ir, minPeerGroup: policy.minPeerGroup))
        }
        func indicatorName(_ id: String) -> String { engine.index.indicatorIndex[id].map { engine.index.indicators[$0].name } ?? id }
        reasons = r.reasons.map { PlainReasons.sentence($0, asOf: p, name: indicatorName) }
        triggers = r.reasons.map { $0.sentence(asOf: p, name: indicatorName) }

        // Notes from the review window (the last `review_months` months up to P).
        let notes = engine.notes(of: e).filter { $0.period <= p && $0.period > p - policy.reviewMonths }
        var causes: [CauseCategory.Perspective: [(category: CauseCategory, text: String)]] = [:]
        for n in notes where n.kind == .cause {
            let category = n.category ?? .environment
            if let text = n.text { causes[category.perspective, default: []].append((category, text)) }
        }
        self.causes = causes
        func texts(_ kind: NoteKind) -> [String] { notes.filter { $0.kind == kind }.compactMap(\.text) }
        strengths = texts(.strength)
        actions = texts(.action)
        support = texts(.support)
        comments = texts(.comment)

        // A plan has a few goals over a dozen rows: a scan, not a dictionary per employee.
        let rows = self.rows, actions = self.actions, support = self.support
        goals = r.goals.compactMap { g in
            guard let row = rows.first(where: { $0.indicator.id == g.indicatorId }) else { return nil }
            return GoalRow(goal: g, row: row, methods: actions.isEmpty ? Self.defaultMethods(row.indicator) : actions,
                           support: support)
        }
        planStart = p + 1
        planEnd = p + policy.planMonths
        checkins = CheckinSchedule.meetings(from: planStart, through: planEnd, reviewDay: policy.reviewDay,
                                            everyWeeks: policy.checkinEveryWeeks)
            .map { Checkin(date: $0.date, formal: $0.formal, reviewOf: $0.reviewOf) }

        // The review period from each row's history (`baseline_months` long), or month by
        // month from the engine when `review_months` reaches further back.
        let span = max(policy.reviewMonths, 1)
        reviewStart = p - (span - 1)
        review = ReviewRow.order(rows.indices.map { k in
            let history = rows[k].result.history
            let months: [HistoryPoint]
            if history.count >= span, history.last?.month == p {
                months = Array(history.suffix(span))
            } else {
                let i = engine.index.indicatorIndex[rows[k].indicator.id]!
                months = (0..<span).map { engine.month(employee: e, indicator: i, month: p - (span - 1 - $0)) }
            }
            let values = months.compactMap(\.actual)
            return ReviewRow(row: k, months: months, withResult: values.count, met: months.filter { $0.status == .met }.count,
                             average: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count))
        })
        observations = rows.indices.filter { PeerObservation.farBelowRole(rows[$0]) }
        earlierPlans = engine.plans(of: e).filter { $0.outcome != .active }.sorted { ($0.cycle, $0.start) < ($1.cycle, $1.start) }
        if r.flagged, let first = checkins.first {
            nextMeeting = first
        } else {
            // The next feedback interview discusses the next review period, once its last
            // month's results exist (the same day rule as a plan's formal reviews, §6.38).
            let last = p + span
            nextMeeting = Checkin(date: CheckinSchedule.review(of: last, reviewDay: policy.reviewDay), formal: true, reviewOf: last)
        }
    }

    /// Sensible methods by category when the manager has not noted any (DOMAIN.md: training,
    /// self-study, coaching or mentoring, tools).
    static func defaultMethods(_ i: Indicator) -> [String] {
        switch i.category?.lowercased() {
        case "sales": return ["Joint customer visits with an experienced colleague (coaching)", "Sales-skills training or e-learning", "Weekly pipeline review in the CRM"]
        case "quality": return ["Training on the standards and checks that apply", "Peer review of work before it leaves", "Self-study of recurring errors and their causes"]
        case "delivery": return ["Plan the month's deadlines in a shared calendar", "Remove one manual step with better tools or templates", "Short weekly status with the supervisor"]
        case "learning": return ["Agree a learning plan with named courses", "Mentoring by a colleague", "Self-study time blocked in the calendar"]
        default: return ["Training on the skills this indicator depends on", "Coaching or mentoring by an experienced colleague", "Self-study and the right tools"]
        }
    }
}
