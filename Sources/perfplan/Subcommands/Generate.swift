import ArgumentParser
import PerfPlanCommands
import PerfPlanRegister
import PerfPlanSystem

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the plan packet: interview forms for everyone, improvement plans for the flagged.",
        discussion:
            "Writes OUT/YYYY-MM/ (the as-of month): index.{html,md,xml}, gaps.csv, calibration.{md,html,csv}, hr-workbook.xlsx, manifest.json, employees/ID/interview.* for everyone and, for the flagged, employees/ID/plan.* (what the employee signs) and employees/ID/worksheet.* (how each figure was computed, for HR and the manager). The folder is replaced in one step only when every file was written; files are readable by their owner only."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var documents: DocumentOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var timing: TimingOptions
    @OptionGroup var registerOptions: RegisterOptions
    @Option(
        name: .customLong("group-by"),
        help: ArgumentHelp(
            "Adds to calibration.* the rate of not being flagged per value of this employees column, with each group's impact ratio (four-fifths rule).",
            valueName: "COLUMN"))
    var groupBy: String?

    func run() throws {
        var packet = GeneratePacket(
            data: data.data, asOf: try asOf.month(), scope: try scope.scope(applyingShard: false),
            documents: try documents.settings(), generated: try Clock.today(), timing: timing.enabled,
            shard: try scope.resolvedShard(),
            register: try registerOptions.session(packetsRoot: documents.out, sharded: scope.shard != nil))
        packet.groupBy = groupBy
        try packet.perform()
    }
}
