import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRegister
import PerfPlanRender
import PerfPlanSystem

/// `perfplan progress`: each active plan of a generate month folder measured against this
/// month's actuals, published as a month folder of reports and a summary.
package struct ReportProgress {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    package var data: String
    /// A generate month folder holding `employees/ID/plan.xml`.
    package var plans: String
    package var asOf: Month
    package var scope: Scope
    package var documents: DocumentSettings
    package var generated: Day
    /// Report the valid plans even when some plan files are unusable.
    package var keepGoing: Bool
    package var log: RunLog
    /// `--shard K/N`: only these employees' reports are written; the summary rolls up every
    /// plan in `scope`, so `merge` can combine the parts.
    package var shard: Shard?
    /// The plan register (nil: `--no-register`): plans HR closed there are not reported, and
    /// the month's statuses and outcomes are recorded together with the folder's swap.
    package var register: RegisterSession?

    package init(
        data: String, plans: String, asOf: Month, scope: Scope, documents: DocumentSettings, generated: Day,
        keepGoing: Bool = false, log: RunLog = .text, shard: Shard? = nil, register: RegisterSession? = nil
    ) {
        self.data = data
        self.plans = plans
        self.asOf = asOf
        self.scope = scope
        self.documents = documents
        self.generated = generated
        self.keepGoing = keepGoing
        self.log = log
        self.shard = shard
        self.register = register
    }

    /// Load → validate → select → compute → build views → render → write. Throws
    /// `UsageError` (exit 2) or `CommandExit` (1 or 3) after logging what went wrong.
    package func perform() throws {
        let started = Date()
        try PlanFiles.checkFolders(plans: plans, out: documents.out)
        // Load and validate the data (meanwhile fingerprint it and the plans' manifest),
        // select the employees and the templates.
        let (dataset, fingerprint) = try InputFingerprint.load(data, plans: plans, console: console)
        let inScope = Set(
            try scope.selectSomeone(from: dataset, command: "progress") { log(level: $0, $1, to: console) })
        let templates = try documents.templateSet()
        // Load and validate the plans.
        let packet = try PlanFiles.read(plans, known: Set(dataset.employees.map(\.id)), log: log, console: console)
        for problem in packet.problems { log(level: "error", problem, to: console) }
        if !packet.problems.isEmpty && !keepGoing {
            let n = packet.problems.count
            log(
                level: "error",
                "\(n) plan file\(n == 1 ? "" : "s") could not be used; nothing was written (--keep-going reports the others)",
                to: console)
            throw CommandExit(ExitStatus.invalidData)
        }
        // Compute each plan's progress.
        let index = DatasetIndex(dataset)
        try AsOfCheck.require(index, employeeIds: Array(inScope), month: asOf) { log(level: $0, $1, to: console) }
        var records = dataset.plans
        var acknowledgements = dataset.acknowledgements
        if let register {
            do {
                records = try register.plans(records, before: nil, warn: { log(level: "warning", $0, to: console) })
                let joined = RecordedAcknowledgementJoin.join(
                    data: acknowledgements, recorded: try register.recordedAcknowledgements())
                for w in joined.warnings { log(level: "warning", w, to: console) }
                acknowledgements = joined.rows
            } catch {
                log(level: "error", "perfplan progress: \(error)", to: console)
                throw CommandExit(ExitStatus.failed)
            }
        }
        let progresses = Self.measure(
            packet.snapshots.filter { inScope.contains($0.employeeId) }, dataset: dataset,
            records: records, acknowledgements: acknowledgements, index: index, month: asOf)
        if let why = NothingToReport.reason(
            plans: plans, snapshots: packet.snapshots, unusable: packet.problems.count,
            inScope: inScope, records: records, month: asOf, reported: progresses.count)
        {
            log(level: "error", "perfplan progress: \(why); nothing was written", to: console)
            throw CommandExit(ExitStatus.invalidData)
        }
        // Build the views, render and write.
        var generator = ProgressGenerator(
            progresses: progresses, month: asOf, formats: documents.formats, templates: templates,
            generated: generated, organization: dataset.policy.organization)
        generator.shard = shard
        generator.languages = DocumentLanguage.byEmployee(dataset)
        generator.hrLanguage = HRLanguage.of(dataset.policy)
        generator.indicatorNames = Dictionary(
            dataset.indicators.filter { !$0.translatedNames.isEmpty }.map { ($0.id, $0.translatedNames) },
            uniquingKeysWith: { a, _ in a })
        generator.indicatorUnits = Dictionary(
            dataset.indicators.filter { !$0.translatedUnits.isEmpty }.map { ($0.id, $0.translatedUnits) },
            uniquingKeysWith: { a, _ in a })
        generator.provenance = Provenance(input: fingerprint, templates: templates.fingerprint, shard: shard)
        (generator.calendar, generator.meetings) = PlanCalendarInput.progress(
            progresses: progresses, snapshots: packet.snapshots.filter { inScope.contains($0.employeeId) },
            records: records,
            dataset: dataset, month: asOf, formats: documents.formats,
            stamp: CalendarOutput.stamp(asOf: asOf, environment: ProcessInfo.processInfo.environment))
        generator.pending = .signatures(progresses, index: index, formats: documents.formats)
        let hook = register?.progressHook(source: sourceMonth(packet.snapshots), reported: progresses) {
            [log, console] message in
            log(level: "warning", message, to: console)
        }
        let result = try write(generator, hook: hook)
        report(
            generator.summary.total, result, reported: generator.reported.count, invalidPlans: packet.problems.count,
            seconds: Date().timeIntervalSince(started))
    }

    /// The progress of every plan in force at `month`: who the person is, and under whom,
    /// is today's data (rule 41; the plan only fixes the goals), and figures are shown at
    /// the plan's decimals or finer when today's actuals are written finer (§6.30, §6.36).
    /// `acknowledgements`: the data's signatures joined with the register's.
    static func measure(
        _ snapshots: [PlanSnapshot], dataset: Dataset, records: [PlanRecord], acknowledgements: [Acknowledgement],
        index: DatasetIndex, month: Month
    ) -> [PlanProgress] {
        let engine = ProgressEngine { e, i, m in index.actual(employeeId: e, indicatorId: i, month: m) }
        let current = PlanSnapshot.withCurrentPeople(snapshots, employees: dataset.employees)
        let reported = ProgressEngine.reported(current, at: month, records: records)
        let decimals = Dictionary(dataset.indicators.map { ($0.id, $0.decimals) }, uniquingKeysWith: { a, _ in a })
        let signatures = AcknowledgementIndex(acknowledgements)
        return reported.compactMap { plan in
            guard var p = engine.progress(of: plan.showing(currentDecimals: decimals), at: month) else { return nil }
            p.signatures = signatures.signatures(
                employeeId: plan.employeeId, cycle: plan.cycle, start: plan.start,
                reviewDay: dataset.policy.reviewDay, month: month)
            return p
        }
    }

    /// The generate month the plans were read from (the plans' as-of month; the folder's name
    /// when it holds no plan), under which the register keeps this run's decisions.
    func sourceMonth(_ snapshots: [PlanSnapshot]) -> Month {
        snapshots.first?.asOf ?? Month(parsing: (plans as NSString).lastPathComponent) ?? asOf
    }

    /// Writes the reports with a progress bar on a terminal; a failure is exit 1.
    func write(_ generator: ProgressGenerator, hook: PublishHook?) throws -> PacketWriter.Result {
        let bar = ProgressBar(label: "reporting", total: generator.reported.count)
        defer { bar.finish() }
        do { return try generator.write(outRoot: documents.out, hook: hook, progress: bar.onAdvance) } catch {
            bar.finish()
            log(level: "error", "perfplan progress: \(error)", to: console)
            throw CommandExit(ExitStatus.failed)
        }
    }

    /// Quiet on success: one summary line (or JSON object) on stderr. `reported`: the plans
    /// whose reports were written; a shard says it wrote its share of them, while
    /// the counts are the summary's, which covers every plan in every part.
    func report(_ t: ProgressCounts, _ result: PacketWriter.Result, reported: Int, invalidPlans: Int, seconds: Double) {
        switch log {
        case .text:
            let plans =
                shard.map {
                    "shard \($0.k)/\($0.n): \(reported) of \(t.onPlans) plans reported; the summary's \(t.onPlans)"
                }
                ?? "\(t.onPlans) plans"
            console.error(
                "\(result.path): \(plans) — \(t.onTrack) on track, \(t.behind) behind, \(t.noData) without data, "
                    + "\(t.regressed) regressed, \(t.succeeded) succeeded, \(t.extended) extended, \(t.escalated) escalated; "
                    + "\(result.files) files in \(HumanNumber.format(seconds, decimals: 2)) s")
        case .json:
            console.error(
                TerminalText.jsonEscaped(
                    "{\"level\": \"info\", \"event\": \"progress_written\", \"path\": \(JSONText.string(result.path)), "
                        + "\"month\": \"\(asOf)\", \"plans\": \(t.onPlans), \"on_track\": \(t.onTrack), \"behind\": \(t.behind), "
                        + "\"no_data\": \(t.noData), \"regressed\": \(t.regressed), \"succeeded\": \(t.succeeded), "
                        + "\"extended\": \(t.extended), \"escalated\": \(t.escalated), \"files\": \(result.files), "
                        + (shard.map { "\"shard\": \"\($0.k)/\($0.n)\", \"plans_reported\": \(reported), " } ?? "")
                        + "\"invalid_plans\": \(invalidPlans), \"seconds\": \(NumberFormat.machine((seconds * 1000).rounded() / 1000))}"
                ))
        }
    }
}
