import ArgumentParser

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Not available yet.")

    func run() throws {
        throw ValidationError("'init' is not implemented yet")
    }
}
