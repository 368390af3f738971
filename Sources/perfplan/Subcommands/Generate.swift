import ArgumentParser

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Not available yet.")

    func run() throws {
        throw ValidationError("'generate' is not implemented yet")
    }
}
