import ArgumentParser
import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRegister
import PerfPlanRender

struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Monthly progress of active improvement plans against their frozen goals (for cron).",
        discussion: """
            Reads every employees/ID/plan.xml under --plans (a generate month folder) that matches its
            manifest.json (size, SHA-256), measures each plan in force this month against this month's
            actuals in --data, and writes OUT/YYYY-MM/summary.* and employees/ID/progress.*. --out may
            not overlap --plans. Quiet on success: one summary line on stderr.
            """)

    enum LogFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("A generate output month folder holding employees/ID/plan.xml.", valueName: "DIR")) var plans: String
    @OptionGroup var asOf: AsOfOptions
    @Option(help: ArgumentHelp("The folder that receives YYYY-MM/.", valueName: "DIR")) var out: String
    @Option(help: ArgumentHelp("Document formats, comma-separated.", valueName: "md,html,xml")) var format: String = "md,html,xml"
    @Option(help: ArgumentHelp("A folder of .mustache files overriding the built-in templates by name.", valueName: "DIR"))
    var templates: String?
    @Flag(help: "Report the valid plans even when some plan files are invalid (they are listed on stderr).")
    var keepGoing = false
    @Option(name: .customLong("log-format"), help: "text, or json for log collectors.") var logFormat: LogFormat = .text
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var registerOptions: RegisterOptions

    func validate() throws { _ = try DocumentFormat.parseList(format) }

    func run() throws {
        let started = Date()
        let formats = try DocumentFormat.parseList(format)
        // Before anything is read or written: the report must never land on its own input.
        if let conflict = PathOverlap.conflict(plans: plans, out: out) { throw UsageError(conflict) }
        do { try PlanPacketReader.checkMonthFolder(plans) } catch { throw UsageError(error.description) }
        let dataset = try data.loadOrExit()
        let month = try Clock.asOf(asOf.asOf)
        let inScope = Set(try scope.select(from: dataset))
        let templateSet: TemplateSet
        do { templateSet = try TemplateSet(overrides: templates) } catch { throw UsageError("\(error)") }

        let packet: PlanPacketReader.Result
        do {
            let reader = PlanPacketReader(reader: PlanXMLReader(validator: try XMLSchemaValidator(xsd: TemplateSet.schema)))
            packet = try reader.read(plans, known: Set(dataset.employees.map(\.id)))
        } catch PlanPacketReader.Failure.notAPacket(let message) {
            throw UsageError(message)
        } catch PlanPacketReader.Failure.badManifest(let message) {
            log(level: "error", message)
            log(level: "error", "no plan could be checked; nothing was written")
            throw ExitCode(ExitStatus.invalidData)
        }
        let (snapshots, problems) = (packet.snapshots, packet.problems)
        for p in problems { log(level: "error", p) }
        if !problems.isEmpty && !keepGoing {
            log(level: "error", "\(problems.count) plan file\(problems.count == 1 ? "" : "s") could not be used; nothing was written (--keep-going reports the others)")
            throw ExitCode(ExitStatus.invalidData)
        }
        let index = GapEngine(dataset: dataset).index
        try AsOfCheck.require(index, employeeIds: Array(inScope), month: month) { log(level: $0, $1) }
        let engine = ProgressEngine { e, i, m in index.actual(employeeId: e, indicatorId: i, month: m) }
        // Rule 41: who the person is, and under whom, is today's data; the plan only fixes the goals.
        let current = PlanSnapshot.withCurrentPeople(snapshots.filter { inScope.contains($0.employeeId) }, employees: dataset.employees)
        // Plans HR closed in the plan register are not reported either.
        let registerFile = registerOptions.file(packetsRoot: RegisterAccess.packetsRoot(ofMonthFolder: plans))
        let records = try registerOptions.plans(dataset.plans, register: registerFile, before: nil, command: "progress") { log(level: "warning", $0) }
        let reported = ProgressEngine.reported(current, at: month, records: records)
        // Figures at the plan's decimals, or more when today's actuals are written finer (§6.30, §6.36).
        let decimals = Dictionary(dataset.indicators.map { ($0.id, $0.decimals) }, uniquingKeysWith: { a, _ in a })
        let progresses = reported.compactMap { engine.progress(of: $0.showing(currentDecimals: decimals), at: month) }
        let generator = ProgressGenerator(progresses: progresses, month: month, formats: formats, templates: templateSet,
                                          generated: try Clock.today(), organization: dataset.policy.organization)
        let result: PacketWriter.Result
        let bar = ProgressBar(label: "reporting", total: progresses.count)
        let onProgress: (() -> Void)? = bar.active ? { bar.advance() } : nil
        let hook = registerFile.map { file in
            RegisterHook.progress(register: file, source: sourceMonth(snapshots, fallback: month), reported: progresses) { [self] in log(level: "warning", $0) }
        }
        do { result = try generator.write(outRoot: out, hook: hook, progress: onProgress) } catch {
            bar.finish()
            log(level: "error", "perfplan progress: \(error)")
            throw ExitCode(ExitStatus.failed)
        }
        bar.finish()
        let t = generator.summary.total
        let seconds = Date().timeIntervalSince(started)
        switch logFormat {
        case .text:
            Console.error("\(result.path): \(t.onPlans) plans — \(t.onTrack) on track, \(t.behind) behind, \(t.noData) without data, "
                          + "\(t.regressed) regressed, \(t.succeeded) succeeded, \(t.extended) extended, \(t.escalated) escalated; "
                          + "\(result.files) files in \(HumanNumber.format(seconds, decimals: 2)) s")
        case .json:
            Console.error("{\"level\": \"info\", \"event\": \"progress_written\", \"path\": \(JSONText.string(result.path)), "
                          + "\"month\": \"\(month)\", \"plans\": \(t.onPlans), \"on_track\": \(t.onTrack), \"behind\": \(t.behind), "
                          + "\"no_data\": \(t.noData), \"regressed\": \(t.regressed), \"succeeded\": \(t.succeeded), "
                          + "\"extended\": \(t.extended), \"escalated\": \(t.escalated), \"files\": \(result.files), "
                          + "\"invalid_plans\": \(problems.count), \"seconds\": \(NumberFormat.machine((seconds * 1000).rounded() / 1000))}")
        }
    }

    /// The generate month the plans were read from (the plans' as-of month; the folder's name
    /// when it holds no plan).
    func sourceMonth(_ snapshots: [PlanSnapshot], fallback: Month) -> Month {
        snapshots.first?.asOf ?? Month(parsing: (plans as NSString).lastPathComponent) ?? fallback
    }

    func log(level: String, _ message: String) {
        switch logFormat {
        case .text: Console.error(message)
        case .json: Console.error("{\"level\": \"\(level)\", \"message\": \(JSONText.string(message))}")
        }
    }
}
