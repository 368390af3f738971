import ArgumentParser
import Foundation
import PerfPlanCommands
import PerfPlanCore
import PerfPlanRender
import PerfPlanSystem

/// `--data DIR`, shared by every command that reads performance data.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("The input data directory (CSV/JSON files or dataset.json).", valueName: "DIR"))
    var data: String
}

/// `--as-of YYYY-MM`, read once into a `Month` while parsing (a bad or unsupported month is
/// a usage error before any data is read); without it, the last complete calendar month.
struct AsOfOptions: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The as-of month (default: the month before now; now is SOURCE_DATE_EPOCH when set).", valueName: "YYYY-MM"),
        transform: { text in
            do { return try Clock.asOf(text) } catch { throw ValidationError("\(error)") }
        })
    var asOf: Month?

    /// The month of the run: `--as-of`, or the month before "now" (`Clock`).
    func month() throws -> Month { try asOf ?? Clock.defaultAsOf() }
}

/// Which employees a run covers (contract §5.27).
struct ScopeOptions: ParsableArguments {
    @Option(name: .customLong("employee"), help: ArgumentHelp("An employee to include (repeatable).", valueName: "ID"))
    var employees: [String] = []

    @Option(
        name: .long, help: ArgumentHelp("Everyone under this manager, transitively (not the manager).", valueName: "ID")
    )
    var manager: String?

    @Option(name: .long, help: ArgumentHelp("Everyone in this department.", valueName: "NAME"))
    var department: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Keep the employees whose id hashes to shard K of N (FNV-1a 64-bit); slurm or kubernetes: K and N from the job array's or Indexed Job's environment (docs/scale-out.md).",
            valueName: "K/N"))
    var shard: String?

    /// The selection these options describe. `generate` and `progress` select without the
    /// shard (a part writes the index, gaps.csv and summary of everyone) and pass
    /// `resolvedShard()` to the action, which renders only the shard's documents.
    func scope(applyingShard: Bool = true) throws -> Scope {
        let shard = applyingShard ? try resolvedShard() : nil
        return Scope(
            employeeIds: employees, manager: manager, department: department, shard: shard.map { ($0.k, $0.n) })
    }

    /// `--shard` as K and N (from the scheduler's environment for slurm or kubernetes).
    func resolvedShard() throws -> Shard? {
        guard let shard else { return nil }
        do { return try ShardArgument.resolve(shard, environment: ProcessInfo.processInfo.environment) } catch {
            throw UsageError(error.description)
        }
    }

    func validate() throws {
        // The one id rule (`IdRule`), before any data is read: an id no data can hold.
        for id in employees + [manager].compactMap({ $0 }) {
            if let problem = IdRule.problem(with: id) {
                throw ValidationError("employee id \(Quote.cell(id)) \(problem)")
            }
        }
        if let shard, shard != "slurm", shard != "kubernetes", Scope.parseShard(shard) == nil {
            throw ValidationError("--shard \"\(shard)\" must be K/N with 1 ≤ K ≤ N, slurm or kubernetes")
        }
    }
}

/// `--out`, `--format` and `--templates`, shared by the commands that write documents.
struct DocumentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder that receives YYYY-MM/.", valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp("Document formats, comma-separated.", valueName: "md,html,xml"))
    var format: String = "md,html,xml"

    @Option(
        help: ArgumentHelp("A folder of .mustache files overriding the built-in templates by name.", valueName: "DIR"))
    var templates: String?

    func validate() throws { _ = try DocumentFormat.parseList(format) }

    /// The settings for an action (`format` was checked by `validate`).
    func settings() throws -> DocumentSettings {
        DocumentSettings(out: out, formats: try DocumentFormat.parseList(format), templates: templates)
    }
}

/// Phase timings on stderr (`--timing`, or `PERFPLAN_TIMING=1` as the benchmark sets it):
/// for measuring, so not in the help.
struct TimingOptions: ParsableArguments {
    @Flag(name: .long, help: .hidden) var timing = false

    var enabled: Bool { timing || ProcessInfo.processInfo.environment["PERFPLAN_TIMING"] == "1" }
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
