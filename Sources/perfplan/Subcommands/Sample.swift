import ArgumentParser

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sample", abstract: "Not available yet.")

    func run() throws {
        throw ValidationError("'sample' is not implemented yet")
    }
}
