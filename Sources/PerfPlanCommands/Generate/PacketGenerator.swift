import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The steps of `perfplan generate`'s packet, which `GeneratePacket.perform` calls in order
/// between `PacketWriter.stage` and `PacketStaging.publish`: every employee's documents and
/// gaps.csv rows (`writeEmployees`), HR's review list (`writeReview`) and views
/// (`writeHRViews`), then the index with the workbook and the shared calendars beside it
/// (`writeIndex`). They write into the staging folder, which is swapped into place only when
/// all succeeded — a failed or killed run leaves the previous packet untouched.
package struct PacketGenerator: Sendable {
    package struct Summary: Sendable {
        /// Everyone in the index and gaps.csv, and the plans among them.
        package var employees: Int
        package var plans: Int
        /// Whose documents this run rendered, and the plans among them: a shard's share,
        /// otherwise `employees` and `plans`.
        package var renderedEmployees: Int
        package var renderedPlans: Int
        package var files: Int
        package var bytes: Int
        package var path: String
        /// Characters XML 1.0 forbids that were replaced by U+FFFD.
        package var replacedCharacters: Int
    }

    package let engine: GapEngine
    package let asOf: Month
    package let employeeIds: [String]
    package let formats: [DocumentFormat]
    package let templates: TemplateSet
    package let generated: Day
    /// Employees computed, rendered and written per batch: memory holds one batch's results.
    package var batchSize = 2048
    /// What made the packet, for its manifest (`merge` checks it).
    package var provenance: Provenance?
    /// `--shard K/N`: only these employees' documents are rendered, while the index and
    /// gaps.csv still cover every employee of `employeeIds`, through the same code as a
    /// whole run — `merge` takes them from any part and they are the whole run's.
    package var shard: Shard?
    /// Kept in step with the month folder's swap (the plan register); nil: nothing else is written.
    package var hook: PublishHook?
    /// Told of every flagged employee's result whose plan is issued, as it is rendered (from worker threads).
    package var onPlan: (@Sendable (EmployeeResult) -> Void)?
    /// Told of every flagged employee's disposition (from worker threads), for the register.
    package var onDecision: (@Sendable (String, Disposition) -> Void)?
    /// HR's decisions for the as-of month, by employee (contract §7.45), already checked.
    package var decisions: [String: DecisionRecord] = [:]
    /// The plans' calendars and the outbox; nil: none are written.
    package var calendar: CalendarOutput?
    /// `--group-by COLUMN`: the calibration report's impact-ratio screen by this column.
    package var groupBy: CalibrationGroupColumn?

    package init(
        engine: GapEngine, asOf: Month, employeeIds: [String], formats: [DocumentFormat], templates: TemplateSet,
        generated: Day
    ) {
        self.engine = engine
        self.asOf = asOf
        self.employeeIds = employeeIds.filter { engine.index.employeeIndex[$0] != nil }
        self.formats = DocumentFormat.allCases.filter(formats.contains)
        self.templates = templates
        self.generated = generated
        let textFormats = self.formats.filter { $0 != .xml }.map(\.rawValue)
        wantsInterview = templates.keys(for: textFormats.map { "interview.\($0)" })
        wantsFlagged = templates.keys(for: textFormats.flatMap { f in Self.flaggedKinds.map { "\($0).\(f)" } })
        wantsLocal = templates.keys(
            for: textFormats.flatMap { f in
                DocumentLanguage.translated.filter { $0 != .en }.flatMap { language in
                    DocumentLanguage.perLanguageKinds.map { DocumentLanguage.template("\($0).\(f)", language) }
                }
            })
        method = EmployeeView.MethodTexts(engine.policy)
        hrLanguage = HRLanguage.of(engine.policy)
        let people = engine.index
        managerLabels = ManagerLabels(
            Set(people.employees.compactMap(\.managerId)).compactMap { id in
                people.employeeIndex[id].map { (id: id, name: people.employees[$0].name) }
            })
    }

    /// The index's name for each manager (the id added to a name two managers share).
    private let managerLabels: ManagerLabels

    /// The policy's sentences, the same in every employee's documents.
    private let method: EmployeeView.MethodTexts

    /// The language of the worksheet, the index and the calibration report (`HRLanguage.of`),
    /// and its catalogue when it is not English.
    let hrLanguage: Language
    var hrWording: (any HRWording)? { hrLanguage.hrWording }

    /// The view members the interview templates, and those with the plan's, can look up.
    private let wantsInterview: ViewKeySet
    private let wantsFlagged: ViewKeySet
    /// The view members the plan and interview templates of the other languages can look up.
    private let wantsLocal: ViewKeySet

    /// Refuses, before anything is written, an employee id that cannot name a folder.
    package func checkFolderNames() throws {
        for id in employeeIds where FolderName.problem(with: id) != nil {
            throw FileSystem.Failure(description: "employee id \(Quote.cell(id)) cannot be used as a folder name")
        }
    }

    /// The managers' calendars and messages (`CalendarOutput.writeShared`) as work to run
    /// beside the index, like the workbook: each is one thread's work, and one after another
    /// they left a core idle. None when the run writes no calendars.
    func sharedCalendars(_ written: EmployeesWritten, review: ReviewList, to out: PacketWriter)
        -> [@Sendable () throws -> Void]
    {
        guard let calendar else { return [] }
        let plans = written.plans
        let pending = PendingReminders.proposals(review, index: engine.index, formats: formats)
        return [{ try calendar.writeShared(plans, pending: pending, to: out) }]
    }

    /// The run's counts for its summary line, once the packet is published.
    func summary(_ written: EmployeesWritten, published result: PacketWriter.Result) -> Summary {
        let rendered = shard.map { s in written.entries.filter { s.contains($0.employee.id) } } ?? written.entries
        return Summary(
            employees: employeeIds.count, plans: written.entries.filter(\.disposition.issuesPlan).count,
            renderedEmployees: rendered.count, renderedPlans: rendered.filter(\.disposition.issuesPlan).count,
            files: result.files, bytes: result.bytes, path: result.path, replacedCharacters: written.replacedCharacters)
    }

    /// What the employee phase leaves for the index and the summary.
    struct EmployeesWritten {
        /// Each employee's index entry, in run order.
        var entries: [IndexView.Entry] = []
        /// The flagged employees' rows of HR's review list, in run order.
        var reviewRows: [ReviewList.Row] = []
        var replacedCharacters = 0
        /// Every plan's meetings, for the managers' calendars and the outbox.
        var plans: [PlanMeetings] = []
        /// The HR workbook's Gaps sheet, rows in run order, and the shared strings it refers to.
        var gapsSheet = HRWorkbook.emptyGaps()
        var gapsStrings: GapsStrings?
    }

    /// What a worker makes of a chunk of employees besides their documents, delivered in order.
    struct EmployeeChunk: Sendable {
        var csvRows: [UInt8]
        var entries: [IndexView.Entry] = []
        var reviewRows: [ReviewList.Row] = []
        var replacedCharacters = 0
        var plans: [PlanMeetings] = []
        /// The chunk's rows of the workbook's Gaps sheet, and how many.
        var gapsSheetRows: [UInt8] = []
        var gapsSheetCount = 0
    }

    /// Computes every employee (`OrderedBatchExecutor.streamResults`) and, on the worker
    /// that computed them, writes their documents and formats their gaps.csv rows and index
    /// entry: both cores busy, one employee's documents in memory. The chunks' rows go to
    /// gaps.csv in order on this thread, while the next batch is computed. `progress` is
    /// called once per employee (from worker threads), for a progress bar.
    func writeEmployees(to out: PacketWriter, progress: (@Sendable () -> Void)?) throws -> EmployeesWritten {
        try out.makeFolder("employees")
        let csv = try out.stream("gaps.csv")
        try csv.append(GapsCSV.header)
        // A chunk's gaps.csv rows (16 employees, about 3.3 KB each at 12 indicators) fit
        // their buffer from the start instead of doubling into it.
        let chunkSize = 16
        let rowBytes = chunkSize * (160 + 300 * engine.index.indicators.count)
        let strings = gapsStrings()
        var written = EmployeesWritten()
        written.gapsStrings = strings
        written.entries.reserveCapacity(employeeIds.count)
        try OrderedBatchExecutor().streamResults(
            of: engine, asOf: asOf, employeeIds: employeeIds, batchSize: batchSize, chunkSize: chunkSize,
            makeChunk: {
                var rows: [UInt8] = []
                rows.reserveCapacity(rowBytes)
                return EmployeeChunk(csvRows: rows)
            },
            fill: { (n, r, chunk) throws(any Error) in
                try writeEmployee(r, position: n, strings: strings, to: out, into: &chunk)
                progress?()
            },
            deliver: { (chunk) throws(any Error) in
                try csv.append(chunk.csvRows)
                written.entries.append(contentsOf: chunk.entries)
                written.reviewRows.append(contentsOf: chunk.reviewRows)
                written.replacedCharacters += chunk.replacedCharacters
                written.plans += chunk.plans
                written.gapsSheet.append(rows: chunk.gapsSheetRows, count: chunk.gapsSheetCount)
            })
        try csv.finish()
        return written
    }

    /// The workbook's shared strings for the Gaps rows: every text a row can carry, fixed
    /// before the workers start.
    func gapsStrings() -> GapsStrings {
        let index = engine.index
        let employees = employeeIds.map { index.employees[index.employeeIndex[$0]!] }
        let labels = Set(index.employees.compactMap(\.managerId)).compactMap { id in
            index.employeeIndex[id].map { managerLabels.label(id: id, name: index.employees[$0].name) }
        }
        return GapsStrings(indicators: index.indicators, employees: employees, managerLabels: labels + ["No manager"])
    }

    /// One employee's share of the packet: documents written, gaps.csv rows and index entry
    /// added to `chunk`. The figures are formatted once for gaps.csv and the XML documents.
    /// `position`: the employee's in the run (`strings` holds their id and name there).
    func writeEmployee(
        _ r: EmployeeResult, position: Int, strings: GapsStrings, to out: PacketWriter,
        into chunk: inout EmployeeChunk
    ) throws {
        let figures = MachineFigures(r.indicators)
        let decided = decide(r)
        // Every issued plan's meetings (the managers' calendars and the outbox cover everyone, like the index).
        let meetings = decided.disposition.issuesPlan ? calendar.flatMap { _ in planMeetings(r) } : nil
        if let meetings { chunk.plans.append(meetings) }
        // A shard renders its own employees only; gaps.csv and the index cover everyone.
        if shard?.contains(r.employeeId) ?? true {
            chunk.replacedCharacters += try renderEmployee(
                r, figures: figures, disposition: decided.disposition,
                cautions: decided.row?.cautions ?? [], to: out)
            if decided.disposition.issuesPlan { onPlan?(r) }
            if r.flagged { onDecision?(r.employeeId, decided.disposition) }
            if let meetings, let calendar {
                try out.put(calendar.employeeCalendar(meetings), "employees/\(r.employeeId)/checkins.ics")
            }
        }
        GapsCSV.append(rowsOf: r, figures: figures, to: &chunk.csvRows)
        var summary = r
        summary.indicators = []
        summary.goals = []
        summary.compositeHistory = []
        var entry = indexEntry(summary)
        entry.disposition = decided.disposition
        if let hr = hrWording, let row = decided.row { entry.hrReview = hrReview(r, row: row, wording: hr) }
        chunk.gapsSheetCount += HRWorkbook.appendGaps(
            r, employee: entry.employee, position: position, manager: entry.managerName,
            index: engine.index, strings: strings, to: &chunk.gapsSheetRows)
        chunk.entries.append(entry)
        if let row = decided.row { chunk.reviewRows.append(row) }
    }

    /// A plan's meetings as issued, with its documents in this packet for the reminders.
    func planMeetings(_ r: EmployeeResult) -> PlanMeetings? {
        let folder = "employees/" + r.employeeId + "/"
        let plan = [DocumentFormat.html, .md, .xml].first(where: formats.contains).map {
            folder + "plan." + $0.rawValue
        }
        return PlanMeetings.issued(
            r, index: engine.index, policy: engine.policy, asOf: asOf,
            documents: (plan.map { [$0] } ?? []) + [folder + "checkins.ics"])
    }

    /// What the index shows of an employee (`summary`: the result without per-indicator
    /// detail); made by the render workers, so the index phase starts from them at once.
    func indexEntry(_ summary: EmployeeResult) -> IndexView.Entry {
        let e = engine.index.employees[engine.index.employeeIndex[summary.employeeId]!]
        let manager =
            e.managerId.flatMap { id in
                engine.index.employeeIndex[id].map {
                    managerLabels.label(id: id, name: engine.index.employees[$0].name)
                }
            } ?? Self.noManagerLabel
        return IndexView.Entry(
            employee: e, managerName: manager, result: summary,
            reasonCodes: summary.reasons.map(\.words).joined(separator: ", "))
    }

    /// What the run does for the employee (`Disposition`) and, when flagged, their row of
    /// HR's review list (cautions included).
    func decide(_ r: EmployeeResult) -> (disposition: Disposition, row: ReviewList.Row?) {
        guard r.flagged, let e = engine.index.employeeIndex[r.employeeId] else { return (.none, nil) }
        let plans = engine.plans(of: e)
        let disposition = Disposition.decide(
            flagged: true, plans: plans, decision: decisions[r.employeeId],
            approval: engine.policy.approval, asOf: asOf)
        let employee = engine.index.employees[e]
        let manager = employee.managerId.flatMap { id in
            engine.index.employeeIndex[id].map { managerLabels.label(id: id, name: engine.index.employees[$0].name) }
        }
        return (
            disposition,
            ReviewList.row(
                engine: engine, result: r, plans: plans, disposition: disposition,
                manager: manager, asOf: asOf)
        )
    }

    /// `review.csv`: the proposals HR has yet to decide, ready to fill in and save as decisions.csv.
    func writeReview(_ review: ReviewList, to out: PacketWriter) throws {
        try out.put(ReviewCSV.bytes(review.proposals, month: asOf), "review.csv")
    }

    /// `beside`: other files' work, run beside the index's formats.
    func writeIndex(
        _ entries: [IndexView.Entry], review: ReviewList, to out: PacketWriter,
        beside: [@Sendable () throws -> Void] = []
    ) throws {
        let organization = engine.policy.organization
        let gen = self
        @Sendable func write(_ f: DocumentFormat) throws {
            switch f {
            case .md, .html:
                let name = "index.\(f.rawValue)"
                // Rows are built as the template reaches them: memory stays flat.
                let template = DocumentLanguage.template(name, gen.hrLanguage)
                let view =
                    gen.hrWording.map { hr in
                        LocalizedIndexView.view(
                            entries: entries, review: review, formats: gen.formats, asOf: gen.asOf,
                            generated: gen.generated, policy: gen.engine.policy, markdown: f == .md, wording: hr,
                            wants: gen.templates.keys(for: [template]))
                    }
                    ?? IndexView.view(
                        entries: entries, review: review, formats: gen.formats, asOf: gen.asOf,
                        generated: gen.generated, organization: organization, markdown: f == .md,
                        wants: gen.templates.keys(for: [name]))
                var text = ByteBuffer(capacity: entries.count * 400)
                try gen.templates.render(view, template, into: &text)
                try text.withBytes { try out.put($0, name) }
            case .xml:
                let xml = DocumentXML.index(
                    entries, formats: gen.formats, asOf: gen.asOf, generated: gen.generated,
                    organization: organization)
                try xml.finish { try out.put($0, "index.xml") }
            }
        }
        // The index is written after every employee, alone: its formats in parallel keep
        // both cores busy (a tenth of the 10 000-employee run). At 100 000 employees each is
        // tens of megabytes (the XML twice that while libxml2 grows its buffer), and the
        // three at once took the run past its memory goal: one after another there.
        guard entries.count <= Self.parallelIndexLimit else {
            for task in beside {
                try task()
                FreeMemory.giveBack()
            }
            for f in formats {
                try write(f)
                // Each format's text (tens of MB) is freed before the next; the allocator
                // keeps such freed memory for reuse, and the next document's pieces come in
                // other sizes: hand it back, or the index phase stacks them (100 000
                // employees: about 100 MB of the run's peak).
                FreeMemory.giveBack()
            }
            return
        }
        // Beside them, the manifest's entries for every file written so far.
        try OrderedBatchExecutor.runEach(formats.count + 1 + beside.count) { k in
            if k < beside.count {
                try beside[k]()
                return
            }
            guard k - beside.count < gen.formats.count else {
                out.prepareManifest()
                return
            }
            try write(gen.formats[k - beside.count])
        }
    }

    /// Up to this many employees the index's formats are rendered at once.
    static let parallelIndexLimit = 20_000

    /// The documents of a flagged employee: the plan and the interview form they sign, and
    /// the worksheet for HR and the manager with how the figures were computed.
    /// Everyone else gets the interview form alone: their figures and how they
    /// arose are in gaps.csv and `perfplan explain`, and a third document for every
    /// employee would cost every run time for pages nobody asked for.
    static let flaggedKinds = ["plan", "interview", "worksheet"]

    /// The documents of an employee, by what the run does for them (contract §7.44–45): a
    /// proposal gets the draft and the worksheet, never `plan.*`; coaching and a deferral
    /// keep the worksheet for HR; a dismissal and everyone unflagged the interview alone.
    static func kinds(_ d: Disposition) -> [String] {
        switch d {
        case .issued: return ["plan", "interview", "worksheet"]
        case .proposal: return ["plan-draft", "interview", "worksheet"]
        case .coach, .deferred: return ["interview", "worksheet"]
        case .none, .inForce, .dismissed: return ["interview"]
        }
    }

    /// The interview form (everyone), the plan and worksheet (flagged only) in every selected format.
    /// Returns how many forbidden XML characters were replaced.
    func renderEmployee(
        _ r: EmployeeResult, figures: MachineFigures? = nil, disposition: Disposition? = nil,
        cautions: [Caution] = [], to out: PacketWriter
    ) throws -> Int {
        var doc = EmployeeDocument(engine: engine, result: r, asOf: asOf, generated: generated, figures: figures)
        doc.disposition = disposition ?? decide(r).disposition
        doc.cautions = cautions
        let kinds = Self.kinds(doc.disposition)
        let full = kinds.count > 1
        let folder = try out.folder("employees/" + r.employeeId)
        var replaced = 0
        // The worksheet names the indicators in HR's language, the other documents in the employee's.
        let worksheet = kinds.contains("worksheet") && doc.language != hrLanguage ? doc.named(in: hrLanguage) : doc
        let hrView =
            formats == [.xml] || !kinds.contains("worksheet")
            ? nil
            : hrWording.map {
                LocalizedWorksheetView.build(worksheet, wording: $0, indicators: engine.index.indicators)
            }
        // The Mustache view only when a Markdown or HTML document is wanted, with only the
        // members those templates can look up: the English plan and interview, and the
        // worksheet when HR reads English.
        let englishWorksheet = kinds.contains("worksheet") && hrView == nil
        let view =
            formats == [.xml] || (doc.language != .en && !englishWorksheet)
            ? ViewArena()
            : EmployeeView.build(
                doc.language == .en ? doc : worksheet,
                planLink: formats.contains(.html) ? kinds.first { $0.hasPrefix("plan") }.map { $0 + ".html" } : nil,
                charts: full && formats.contains(.html), wants: full ? wantsFlagged : wantsInterview,
                method: method)
        var text = ByteBuffer(capacity: full ? 1 << 16 : 1 << 14)  // a plan's HTML is ~58 KB, an interview's ~12 KB
        // The plan and interview in the employee's language when it is not English: their own
        // view and templates (the worksheet is HR's: `hrView`, or the English view above).
        let planLink = formats.contains(.html) ? kinds.first { $0.hasPrefix("plan") }.map { $0 + ".html" } : nil
        let local =
            formats == [.xml]
            ? nil
            : doc.language.wording.map { w in
                LocalizedEmployeeView.build(
                    doc, wording: w, planLink: planLink, charts: full && formats.contains(.html), wants: wantsLocal)
            }
        for kind in kinds {
            for f in formats {
                let name = "\(kind).\(f.rawValue)"
                switch f {
                case .md, .html:
                    text.removeAll()
                    // The draft is the plan's template with the view's `draft` set.
                    let template = kind == "plan-draft" ? "plan.\(f.rawValue)" : name
                    if let local, kind != "worksheet" {
                        try templates.render(local, DocumentLanguage.template(template, doc.language), into: &text)
                    } else if let hrView, kind == "worksheet" {
                        try templates.render(hrView, DocumentLanguage.template(template, hrLanguage), into: &text)
                    } else {
                        try templates.render(view, template, into: &text)
                    }
                    try text.withBytes { try folder.put($0, name) }
                case .xml:
                    let xml =
                        kind.hasPrefix("plan")
                        ? DocumentXML.plan(doc)
                        : kind == "worksheet" ? DocumentXML.worksheet(worksheet) : DocumentXML.interview(doc)
                    try xml.finish { try folder.put($0, name) }
                    replaced += xml.replacedCharacters
                }
            }
        }
        return replaced
    }
}
