import ArgumentParser

struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "progress", abstract: "Not available yet.")

    func run() throws {
        throw ValidationError("'progress' is not implemented yet")
    }
}
