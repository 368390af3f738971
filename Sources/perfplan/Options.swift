import ArgumentParser
import PerfPlanCore

/// `--data DIR`, shared by every command that reads performance data.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The input data directory (CSV/JSON files or dataset.json).", valueName: "DIR"))
    var data: String
}

/// `--as-of YYYY-MM`; defaults to the last complete calendar month.
struct AsOfOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The as-of month (default: the month before now; now is SOURCE_DATE_EPOCH when set).", valueName: "YYYY-MM"))
    var asOf: String?

    func validate() throws {
        // Checked here, while parsing, so a bad month is a usage error before any data is read.
        if let asOf { do { _ = try Clock.asOf(asOf) } catch { throw ValidationError("\(error)") } }
    }
}

/// Which employees a run covers (contract §5.27).
struct ScopeOptions: ParsableArguments {
    @Option(name: .customLong("employee"), help: ArgumentHelp("An employee to include (repeatable).", valueName: "ID"))
    var employees: [String] = []

    @Option(name: .long, help: ArgumentHelp("Everyone under this manager, transitively (not the manager).", valueName: "ID"))
    var manager: String?

    @Option(name: .long, help: ArgumentHelp("Everyone in this department.", valueName: "NAME"))
    var department: String?

    @Option(name: .long, help: ArgumentHelp("Keep the employees whose id hashes to shard K of N (FNV-1a 64-bit); slurm or kubernetes: K and N from the job array's or Indexed Job's environment (docs/scale-out.md).", valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if let shard, shard != "slurm", shard != "kubernetes", Scope.parseShard(shard) == nil {
            throw ValidationError("--shard \"\(shard)\" must be K/N with 1 ≤ K ≤ N, slurm or kubernetes")
        }
    }
}
