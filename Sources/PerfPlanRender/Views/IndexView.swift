import PerfPlanCore

/// The packet's index, for HR: first the employees who need an improvement plan (one
/// table across departments), then everyone in scope by department and team, with links
/// to the documents generated in the selected formats.
package enum IndexView {
    package struct Entry: Sendable {
        package var employee: Employee
        package var managerName: String
        package var result: EmployeeResult
        package var reasonCodes: String
        /// What the run does for the employee (proposal, issued plan, coaching, …).
        package var disposition: Disposition = .none
        /// The review list's reasons and cautions in the HR views' language when it is not
        /// English (`LocalizedIndexView`); nil in English.
        package var hrReview: HRReviewTexts? = nil

        package init(
            employee: Employee, managerName: String, result: EmployeeResult, reasonCodes: String,
            disposition: Disposition = .none
        ) {
            self.employee = employee
            self.managerName = managerName
            self.result = result
            self.reasonCodes = reasonCodes
            self.disposition = disposition
        }
    }

    /// One team of the index: its manager's name (nil for the employees without a manager,
    /// who are listed under their own heading, not as "Team of No manager") and its
    /// employees (positions in `entries`, in input order).
    typealias Team = (name: String?, rows: [Int])

    /// Departments by name, each with its teams by manager name and, last, the employees
    /// without a manager: the index's layout, for both ways of building it.
    static func teams(_ entries: [Entry]) -> [(department: String, managers: [Team])] {
        var departments: [String: [String: [Int]]] = [:]
        var unmanaged: [String: [Int]] = [:]
        for (k, e) in entries.enumerated() {
            if e.employee.managerId == nil {
                unmanaged[e.employee.department, default: []].append(k)
                if departments[e.employee.department] == nil { departments[e.employee.department] = [:] }
            } else {
                departments[e.employee.department, default: [:]][e.managerName, default: []].append(k)
            }
        }
        return departments.keys.sorted { NameOrder.less($0, $1) }.map { dept in
            let teams = departments[dept]!
            let named: [Team] = teams.keys.sorted { NameOrder.less($0, $1) }.map { ($0, teams[$0]!) }
            return (dept, named + (unmanaged[dept].map { [(nil, $0)] } ?? []))
        }
    }

    /// The employees flagged for a plan, in the order of `teams`: what HR acts on first.
    static func needsPlan(_ entries: [Entry], teams: [(department: String, managers: [Team])]) -> [Int] {
        teams.flatMap { $0.managers.flatMap { $0.rows.filter { entries[$0].result.flagged } } }
    }

    /// The heading word for an employee's team in the flagged table.
    static func teamName(_ e: Entry) -> String { e.employee.managerId == nil ? noManager : e.managerName }
    static let noManager = "No manager on record"

    /// The documents a row links to: the plan (flagged only), then the interview, then the
    /// worksheet for HR (flagged only), each in every format.
    static func documents(_ e: Entry, formats: [DocumentFormat]) -> [(kind: StaticString, format: DocumentFormat)] {
        let kinds: [StaticString]
        switch e.disposition {
        case .issued: kinds = ["plan", "interview", "worksheet"]
        case .proposal: kinds = ["plan-draft", "interview", "worksheet"]
        case .coach, .deferred: kinds = ["interview", "worksheet"]
        case .none, .inForce, .dismissed: kinds = ["interview"]
        }
        return kinds.flatMap { kind in formats.map { (kind, $0) } }
    }

    /// A link's label in words, as a reader names the document: the web page by its name
    /// ("Interview form"), the other formats with theirs ("Plan (Markdown)", "Worksheet
    /// (XML data)"), never the file's name.
    static func appendLabel(_ kind: StaticString, _ f: DocumentFormat, to out: inout [UInt8]) {
        switch kind.description {
        case "plan": ByteFormat.append("Plan", to: &out)
        case "plan-draft": ByteFormat.append("Draft plan", to: &out)
        case "interview": ByteFormat.append("Interview form", to: &out)
        case "worksheet": ByteFormat.append("Worksheet", to: &out)
        default: ByteFormat.append(kind, to: &out)
        }
        switch f {
        case .html: break
        case .md: ByteFormat.append(" (Markdown)", to: &out)
        case .xml: ByteFormat.append(" (XML data)", to: &out)
        }
    }

    /// A link's target relative to the index, `employees/ID/plan.md` (`folder` with its `/`).
    static func appendHref(_ folder: [UInt8], _ kind: StaticString, _ f: DocumentFormat, to out: inout [UInt8]) {
        out += folder
        ByteFormat.append(kind, to: &out)
        out.append(UInt8(ascii: "."))
        out.append(utf8: f.rawValue)
    }

    /// `employees/ID/`, the id percent-encoded.
    static func folder(_ e: Entry) -> [UInt8] { Array("employees/\(URLPath.encode(e.employee.id))/".utf8) }

    /// The index's view: departments and managers whole, each manager's rows a lazy list
    /// built row by row as the template reaches them, so memory stays flat at any size (for
    /// 100 000 employees a materialised view of every row was the run's largest memory
    /// peak). `wants`: the members the index templates name.
    package static func view(
        entries: [Entry], review: ReviewList? = nil, formats: [DocumentFormat], asOf: Month, generated: Day,
        organization: String, markdown: Bool, wants: ViewKeySet
    ) -> ViewArena {
        var b = ViewBuilder(wants: wants, capacity: 64 + entries.count / 8)
        let ext = markdown ? "md" : "html"
        b.text(.asOf, Labels.month(asOf))
        b.text(.generated, Labels.day(generated))
        b.text(.organization, organization)
        b.bool(.hasOrganization, !organization.isEmpty)
        b.int(.employeeCount, entries.count)
        b.int(.planCount, entries.count { $0.result.flagged })
        b.int(.proposalCount, review?.proposals.count ?? 0)
        let issued = entries.count { $0.disposition.issuesPlan }
        b.int(.issuedCount, issued)
        b.text(.decisionSummary, DecisionSummary.sentence(proposals: review?.proposals.count ?? 0, issued: issued))
        let teams = teams(entries)
        // HR's review list first, most urgent first (§7.49).
        var position: [String: Int] = [:]
        if review != nil { for (k, e) in entries.enumerated() where e.result.flagged { position[e.employee.id] = k } }
        let ranked = review?.rows ?? []
        let flagged = review.map { $0.rows.compactMap { position[$0.employeeId] } } ?? needsPlan(entries, teams: teams)
        b.bool(.hasPlans, !flagged.isEmpty)
        b.lazyList(.needsPlan, count: flagged.count) { n, b in
            row(entries[flagged[n]], review: n < ranked.count ? ranked[n] : nil, formats: formats, ext: ext, into: &b)
        }
        b.list(.departments) { b in
            for dept in teams {
                b.item { b in
                    b.text(.name, dept.department)
                    b.list(.managers) { b in
                        for manager in dept.managers {
                            b.item { b in
                                b.text(.name, manager.name ?? noManager)
                                b.bool(.hasManager, manager.name != nil)
                                b.lazyList(.rows, count: manager.rows.count) { [rows = manager.rows] n, b in
                                    row(entries[rows[n]], formats: formats, ext: ext, into: &b)
                                }
                            }
                        }
                    }
                }
            }
        }
        return b.finish()
    }

    private static func row(
        _ e: Entry, review: ReviewList.Row? = nil, formats: [DocumentFormat], ext: String,
        into b: inout ViewBuilder
    ) {
        b.text(.id, e.employee.id)
        b.text(.name, e.employee.name)
        b.text(.role, e.employee.role)
        b.text(.department, e.employee.department)
        b.text(.managerName, teamName(e))
        b.text(.rating, e.result.rating ?? "—")
        b.text(.composite) { out in
            if let c = e.result.composite { HumanNumber.append(c, decimals: 2, to: &out) } else { out += Labels.dash }
        }
        b.bool(.flagged, e.result.flagged)
        b.text(.disposition, dispositionWords(e.disposition))
        if let review { reviewRow(review, into: &b) } else { b.text(.reasons, e.reasonCodes) }
        let folder = folder(e)
        let documents = documents(e, formats: formats)
        for key in [ViewKey.links, .mdLinks] {
            b.list(key) { b in
                for d in documents {
                    b.item { b in
                        b.text(.label) { appendLabel(d.kind, d.format, to: &$0) }
                        b.text(.href) { appendHref(folder, d.kind, d.format, to: &$0) }
                    }
                }
            }
        }
        b.text(.primary) { out in
            out += folder
            ByteFormat.append("interview.", to: &out)
            out.append(utf8: ext)
        }
    }
}

extension IndexView {
    /// The review list's members of a row of the index's first table: the cycle, what
    /// happens (proposal, issued, …), the reasons naming their indicators and the cautions.
    static func reviewRow(_ r: ReviewList.Row, into b: inout ViewBuilder) {
        b.text(.cycle, r.cycle > r.maxCycles ? "\(r.cycle), beyond \(r.maxCycles)" : "\(r.cycle) of \(r.maxCycles)")
        b.text(.status, r.disposition.label)
        b.text(.reasons, r.reasons.joined(separator: "; "))
        b.texts(.cautions, r.cautions.map(\.sentence))
        b.bool(.hasCautions, !r.cautions.isEmpty)
    }
}
