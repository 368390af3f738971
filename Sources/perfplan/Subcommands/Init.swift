import ArgumentParser
import PerfPlanRender

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter data directory (the sample data, with a README of the columns).",
        discussion: "Refuses a directory that already holds files, so nothing is overwritten.")

    @Argument(help: ArgumentHelp("The directory to create (or an empty one).", valueName: "DIR"))
    var directory: String

    func run() throws { try WriteStarterData(directory: directory, files: EmbeddedSampleData.files).perform() }
}
