import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRegister
import PerfPlanRender
import PerfPlanSystem

/// `perfplan generate`: the plan packet of one month, from the data directory to the
/// published month folder.
package struct GeneratePacket {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    package var data: String
    package var asOf: Month
    package var scope: Scope
    package var documents: DocumentSettings
    /// The date printed as "generated" (contract §5.25: `SOURCE_DATE_EPOCH` when set).
    package var generated: Day
    package var timing: Bool
    /// `--shard K/N`: this run renders only these employees' documents; the index, gaps.csv
    /// and manifest cover everyone in `scope`, so `merge` can combine the parts.
    package var shard: Shard?
    /// The plan register (nil: `--no-register`): its history joins the plans data, and the
    /// plans issued are recorded together with the folder's swap (docs/register.md).
    package var register: RegisterSession?
    /// `--group-by`: the `employees` column the calibration report groups by (nil: none);
    /// checked against the file's columns once the data is loaded.
    package var groupBy: String?

    package init(
        data: String, asOf: Month, scope: Scope, documents: DocumentSettings, generated: Day, timing: Bool = false,
        shard: Shard? = nil, register: RegisterSession? = nil
    ) {
        self.data = data
        self.asOf = asOf
        self.scope = scope
        self.documents = documents
        self.generated = generated
        self.timing = timing
        self.shard = shard
        self.register = register
    }

    /// Load → validate → select → compute → build views → render → write. Throws
    /// `UsageError` (exit 2) or `CommandExit` (1 or 3) after printing what went wrong.
    package func perform() throws {
        let started = Date()
        var timer = PhaseTimer(enabled: timing)
        // Load and validate (exit 3 on any error, before anything is written); meanwhile
        // fingerprint the input for the manifest.
        var (dataset, fingerprint) = try InputFingerprint.load(data, console: console)
        timer.lap("load")
        // The plan register's history joins the plans data (data rows win).
        if let register {
            do { dataset.plans = try register.plans(dataset.plans, before: asOf, warn: { console.error($0) }) } catch {
                console.error("perfplan generate: \(error)")
                throw CommandExit(ExitStatus.failed)
            }
        }
        // Select the employees and the templates.
        let ids = try scope.selectSomeone(from: dataset, command: "generate") { console.error($1) }
        let templates = try documents.templateSet()
        // Index the data; someone in scope must have actuals in the month.
        let engine = GapEngine(dataset: dataset, parallel: OrderedBatchExecutor())
        try AsOfCheck.require(engine.index, employeeIds: ids, month: asOf) { console.error($1) }
        // HR's decisions: for someone flagged that month, never over a history conflict, and
        // never contradicting what the register recorded for the month (a rerun keeps them).
        let recorded: [DecisionRecord]
        do { recorded = try register?.recordedDecisions(month: asOf) ?? [] } catch {
            console.error("perfplan generate: \(error)")
            throw CommandExit(ExitStatus.failed)
        }
        let decisions = try DecisionsCheck.require(engine, asOf: asOf, recorded: recorded, console: console)
        timer.lap("index")
        // The generator: what each step below computes, renders and writes.
        var generator = PacketGenerator(
            engine: engine, asOf: asOf, employeeIds: ids, formats: documents.formats,
            templates: templates, generated: generated)
        generator.shard = shard
        generator.decisions = decisions
        generator.groupBy = try groupBy.map { name in
            guard let c = CalibrationGroupColumn(column: name, extraColumns: dataset.employeeExtraColumns) else {
                throw UsageError(
                    "--group-by \(name): no such column in the employees data; the columns calibration can group by are "
                        + CalibrationGroupColumn.available(extraColumns: dataset.employeeExtraColumns).joined(
                            separator: ", "))
            }
            return c
        }
        generator.provenance = Provenance(input: fingerprint, templates: templates.fingerprint, shard: shard)
        let policy = dataset.policy
        generator.calendar = CalendarOutput(
            policy: policy, asOf: asOf, years: asOf.year...(asOf + policy.planMonths + 1).year,
            stamp: CalendarOutput.stamp(asOf: asOf, environment: ProcessInfo.processInfo.environment),
            command: "generate")
        if let register {
            (generator.hook, generator.onPlan) = register.generateHook(asOf: asOf, policy: dataset.policy) {
                [console] in console.error($0)
            }
            if let hook = generator.hook {
                generator.onDecision = register.decisionRecorder(hook: hook, asOf: asOf, generated: generated)
            }
        }
        // Compute, build the views, render and write, step by step into a staging folder that
        // only `publish` swaps into place: a failure removes it, leaves the previous month
        // folder as it was, and is exit 1. A progress bar on a terminal meanwhile.
        let bar = ProgressBar(label: "rendering", total: generator.employeeIds.count)
        let summary: PacketGenerator.Summary
        do {
            defer { bar.finish() }
            try generator.checkFolderNames()
            let staging = try PacketWriter.stage(outRoot: documents.out, month: asOf)
            let out = staging.writer
            let employees = try generator.writeEmployees(to: out, progress: bar.onAdvance)
            let review = ReviewList(employees.reviewRows)
            try generator.writeReview(review, to: out)
            let workbook = try generator.writeHRViews(employees, review: review, to: out)
            let calendars = generator.sharedCalendars(employees, review: review, to: out)
            // The index, with the workbook and the shared calendars written beside it; these
            // are consumed here, so their memory is freed before the manifest is made.
            try generator.writeIndex(
                employees.entries, review: consume review, to: out, beside: [consume workbook] + consume calendars)
            let published = try staging.publish(
                generated: generated, provenance: generator.provenance, hook: generator.hook)
            summary = generator.summary(employees, published: published)
        } catch {
            console.error("perfplan generate: \(error)")
            throw CommandExit(ExitStatus.failed)
        }
        timer.lap("engine, render and write")
        timer.report(to: console)
        report(summary, seconds: Date().timeIntervalSince(started))
    }

    /// The one summary line on stderr, after a warning for replaced characters.
    func report(_ summary: PacketGenerator.Summary, seconds: Double) {
        if summary.replacedCharacters > 0 {
            console.error(
                "warning: \(summary.replacedCharacters) character(s) that XML 1.0 forbids were replaced by U+FFFD in the XML documents"
            )
        }
        console.error(
            "\(summary.path): \(Self.counts(summary, shard: shard)), \(summary.files) files, "
                + "\(HumanNumber.format(Double(summary.bytes) / 1_048_576, decimals: 1)) MiB in \(HumanNumber.format(seconds, decimals: 2)) s"
        )
    }

    /// "40 employees, 6 plans"; a shard says what it rendered of the whole: "shard
    /// 2/4: 9 of 40 employees, 1 of 6 plans" (its index and gaps.csv still list all 40).
    static func counts(_ summary: PacketGenerator.Summary, shard: Shard?) -> String {
        guard let shard else { return "\(summary.employees) employees, \(summary.plans) plans" }
        return "shard \(shard.k)/\(shard.n): \(summary.renderedEmployees) of \(summary.employees) employees, "
            + "\(summary.renderedPlans) of \(summary.plans) plans"
    }
}
