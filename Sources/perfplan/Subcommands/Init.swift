import ArgumentParser
import PerfPlanCommands
import PerfPlanCore
import PerfPlanIO
import PerfPlanSystem

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter data directory (the sample data, with a README of the columns).",
        discussion: "Refuses a directory that already holds files, so nothing is overwritten.")

    @Argument(help: ArgumentHelp("The directory to create (or an empty one).", valueName: "DIR"))
    var directory: String

    @Option(
        help: ArgumentHelp(
            "en (default), or de, es, fr: the CSV files as Excel in that locale exports them (';' between cells, ',' as the decimal separator), with \"decimal_separator\": \",\" and the language in perfplan.json.",
            valueName: "LANG"))
    var language: Language = .en

    func run() throws {
        try WriteStarterData(
            directory: directory, files: LocalizedStarter.files(EmbeddedSampleData.files, language: language)
        ).perform()
    }
}

extension Language: ExpressibleByArgument {
    package init?(argument: String) { self.init(tag: argument) }
    package static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
