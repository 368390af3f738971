import ArgumentParser

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Not available yet.")

    func run() throws {
        throw ValidationError("'explain' is not implemented yet")
    }
}
