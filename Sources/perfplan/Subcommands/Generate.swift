import ArgumentParser
import Foundation
import PerfPlanCore
import PerfPlanRegister
import PerfPlanRender

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the plan packet: interview forms for everyone, improvement plans for the flagged.",
        discussion: """
            Writes OUT/YYYY-MM/ (the as-of month): index.{html,md,xml}, gaps.csv, manifest.json and
            employees/ID/interview.* and plan.*. The folder is replaced in one step only when every
            file was written; files are readable by their owner only.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOptions
    @Option(help: ArgumentHelp("The folder that receives YYYY-MM/.", valueName: "DIR")) var out: String
    @Option(help: ArgumentHelp("Document formats, comma-separated.", valueName: "md,html,xml")) var format: String = "md,html,xml"
    @Option(help: ArgumentHelp("A folder of .mustache files overriding the built-in templates by name.", valueName: "DIR"))
    var templates: String?
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var registerOptions: RegisterOptions

    func validate() throws {
        _ = try DocumentFormat.parseList(format)
    }

    func run() throws {
        let started = Date()
        var timer = PhaseTimer()
        let formats = try DocumentFormat.parseList(format)
        var dataset = try data.loadOrExit()
        timer.lap("load")
        let month = try Clock.asOf(asOf.asOf)
        // The plan register's history joins the plans data (docs/register.md).
        let registerFile = registerOptions.file(packetsRoot: out)
        dataset.plans = try registerOptions.plans(dataset.plans, register: registerFile, before: month, command: "generate")
        let ids = try scope.select(from: dataset)
        let templateSet: TemplateSet
        do { templateSet = try TemplateSet(overrides: templates) } catch { throw UsageError("\(error)") }
        let engine = GapEngine(dataset: dataset)
        try AsOfCheck.require(engine.index, employeeIds: ids, month: month)
        timer.lap("index")
        var generator = PacketGenerator(engine: engine, asOf: month, employeeIds: ids, formats: formats, templates: templateSet,
                                        generated: try Clock.today())
        if let registerFile {
            let hook = RegisterHook.generate(register: registerFile) { Console.error($0) }
            let policy = dataset.policy
            generator.hook = hook
            generator.onPlan = { hook.issue($0, asOf: month, policy: policy) }
        }
        let summary: PacketGenerator.Summary
        let bar = ProgressBar(label: "rendering", total: generator.employeeIds.count)
        let onProgress: (@Sendable () -> Void)? = bar.active ? { @Sendable in bar.advance() } : nil
        do { summary = try generator.write(outRoot: out, progress: onProgress) } catch {
            bar.finish()
            Console.error("perfplan generate: \(error)")
            throw ExitCode(ExitStatus.failed)
        }
        bar.finish()
        timer.lap("engine, render and write")
        timer.report()
        if summary.replacedCharacters > 0 {
            Console.error("warning: \(summary.replacedCharacters) character(s) that XML 1.0 forbids were replaced by U+FFFD in the XML documents")
        }
        let seconds = Date().timeIntervalSince(started)
        Console.error("\(summary.path): \(summary.employees) employees, \(summary.plans) plans, \(summary.files) files, "
                      + "\(HumanNumber.format(Double(summary.bytes) / 1_048_576, decimals: 1)) MiB in \(HumanNumber.format(seconds, decimals: 2)) s")
    }
}

extension DocumentFormat {
    /// `md,html,xml` (any order, no duplicates needed); an unknown name is a usage error.
    static func parseList(_ text: String) throws -> [DocumentFormat] {
        var out: [DocumentFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingWhitespace().lowercased()
            guard let f = DocumentFormat(rawValue: name) else {
                throw ValidationError("--format \"\(text)\": \"\(name)\" is not one of md, html, xml")
            }
            if !out.contains(f) { out.append(f) }
        }
        guard !out.isEmpty else { throw ValidationError("--format needs at least one of md, html, xml") }
        return out
    }
}
