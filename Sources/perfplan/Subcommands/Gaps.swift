import ArgumentParser

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gaps", abstract: "Not available yet.")

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOptions
    @OptionGroup var scope: ScopeOptions

    func run() throws {
        throw ValidationError("'gaps' is not implemented yet")
    }
}
