import ArgumentParser
import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender

struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Monthly progress of active improvement plans against their frozen goals (for cron).",
        discussion: """
            Reads every employees/ID/plan.xml under --plans (a generate month folder), measures each goal
            against this month's actuals in --data, and writes OUT/YYYY-MM/summary.* and
            employees/ID/progress.*. Quiet on success: one summary line on stderr.
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

    func validate() throws { _ = try DocumentFormat.parseList(format) }

    func run() throws {
        let started = Date()
        let formats = try DocumentFormat.parseList(format)
        let dataset = try data.loadOrExit()
        let month = try Clock.asOf(asOf.asOf)
        let inScope = Set(try scope.select(from: dataset))
        let templateSet: TemplateSet
        do { templateSet = try TemplateSet(overrides: templates) } catch { throw UsageError("\(error)") }

        let (snapshots, problems) = try readPlans(known: Set(dataset.employees.map(\.id)))
        for p in problems { log(level: "error", p) }
        if !problems.isEmpty && !keepGoing {
            log(level: "error", "\(problems.count) plan file\(problems.count == 1 ? "" : "s") could not be used; nothing was written (--keep-going reports the others)")
            throw ExitCode(ExitStatus.invalidData)
        }
        let index = GapEngine(dataset: dataset).index
        try AsOfCheck.require(index, employeeIds: Array(inScope), month: month) { log(level: $0, $1) }
        let engine = ProgressEngine { e, i, m in index.actual(employeeId: e, indicatorId: i, month: m) }
        // Figures at the plan's decimals, or more when today's actuals are written finer (§6.30, §6.36).
        let decimals = Dictionary(dataset.indicators.map { ($0.id, $0.decimals) }, uniquingKeysWith: { a, _ in a })
        let progresses = snapshots.filter { inScope.contains($0.employeeId) }
            .compactMap { engine.progress(of: $0.showing(currentDecimals: decimals), at: month) }
        let generator = ProgressGenerator(progresses: progresses, month: month, formats: formats, templates: templateSet,
                                          generated: try Clock.today())
        let result: PacketWriter.Result
        let bar = ProgressBar(label: "reporting", total: progresses.count)
        let onProgress: (() -> Void)? = bar.active ? { bar.advance() } : nil
        do { result = try generator.write(outRoot: out, progress: onProgress) } catch {
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

    /// Every `employees/ID/plan.xml`, read safely; problems name the file.
    func readPlans(known: Set<String>) throws -> ([PlanSnapshot], [String]) {
        let employeesDir = (plans as NSString).appendingPathComponent("employees")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: plans, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("--plans \(plans): not a directory (give a generate month folder, e.g. out/2026-10)")
        }
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: employeesDir)) ?? []).sorted(by: codePointLess)
        let reader = PlanXMLReader(validator: try XMLSchemaValidator(xsd: TemplateSet.schema))
        var snapshots: [PlanSnapshot] = [], problems: [String] = []
        for folder in folders {
            let path = (employeesDir as NSString).appendingPathComponent(folder + "/plan.xml")
            guard FileManager.default.fileExists(atPath: path) else { continue }  // not flagged: interview only
            do {
                let snapshot = try reader.read(try FileBytes.read(path), path: path)
                if snapshot.employeeId != folder {
                    problems.append("\(path): names employee \(Quote.cell(snapshot.employeeId)) but lies in folder \(Quote.cell(folder))")
                } else if !known.contains(snapshot.employeeId) {
                    problems.append("\(path): employee \(Quote.cell(snapshot.employeeId)) is not in --data")
                } else {
                    snapshots.append(snapshot)
                }
            } catch let e as FileBytes.ReadError {
                problems.append("\(path): cannot be read: \(e.reason)")
            } catch {
                problems.append("\(error)")
            }
        }
        return (snapshots, problems)
    }

    func log(level: String, _ message: String) {
        switch logFormat {
        case .text: Console.error(message)
        case .json: Console.error("{\"level\": \"\(level)\", \"message\": \(JSONText.string(message))}")
        }
    }
}
