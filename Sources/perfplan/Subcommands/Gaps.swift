import ArgumentParser

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gaps", abstract: "Not available yet.")

    func run() throws {
        throw ValidationError("'gaps' is not implemented yet")
    }
}
