import ArgumentParser
import PerfPlanCommands
import PerfPlanRegister
import PerfPlanSystem

struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Monthly progress of active improvement plans against their frozen goals (for cron).",
        discussion:
            "Reads every employees/ID/plan.xml under --plans (a generate month folder) that matches its manifest.json (size, SHA-256), measures each plan in force this month against this month's actuals in --data, and writes OUT/YYYY-MM/summary.* and employees/ID/progress.*. --out may not overlap --plans. Quiet on success: one summary line on stderr."
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("A generate output month folder holding employees/ID/plan.xml.", valueName: "DIR"))
    var plans: String
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var documents: DocumentOptions
    @Flag(help: "Report the valid plans even when some plan files are invalid (they are listed on stderr).")
    var keepGoing = false
    @Option(name: .customLong("log-format"), help: "text, or json for log collectors.") var logFormat: RunLog = .text
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var registerOptions: RegisterOptions

    func run() throws {
        try ReportProgress(
            data: data.data, plans: plans, asOf: try asOf.month(), scope: try scope.scope(applyingShard: false),
            documents: try documents.settings(), generated: try Clock.today(), keepGoing: keepGoing,
            log: logFormat, shard: try scope.resolvedShard(),
            register: try registerOptions.session(
                packetsRoot: RegisterAccess.packetsRoot(ofMonthFolder: plans),
                sharded: scope.shard != nil,
                publishingUnder: [documents.out])
        ).perform()
    }
}

extension RunLog: ExpressibleByArgument {}
