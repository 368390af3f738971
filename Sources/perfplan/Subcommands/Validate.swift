import ArgumentParser

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not available yet.")

    func run() throws {
        throw ValidationError("'validate' is not implemented yet")
    }
}
