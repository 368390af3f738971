import ArgumentParser
import Foundation
import PerfPlanCommands
import PerfPlanSystem

@main
struct PerfPlan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perfplan",
        abstract: "Turn performance data into improvement plans, feedback-interview forms and progress reports.",
        discussion: """
            Exit codes: 0 done; 1 failed (I/O, internal); 2 usage; 3 invalid input data (nothing written).
            """,
        version: Provenance.currentVersion,
        subcommands: [
            Validate.self, Gaps.self, Explain.self, Generate.self, Progress.self, Merge.self, Plans.self, Init.self,
            Sample.self,
        ]
    )

    /// The contract wants usage errors to exit 2, where ArgumentParser's default is 64; and
    /// a run whose stdout or stderr refused a write ends with exit 1 (`Console`), so every
    /// message, ArgumentParser's help and errors included, goes out through `Console`.
    static func main() async {
        Console.holdClosedStandardDescriptors()
        // Before any other thread exists: every later thread inherits the blocked signals.
        Interruption.install()
        AllocatorTuning.keepLargeBuffers()
        var status = ExitStatus.ok
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as CommandExit {
            // The action has printed why.
            status = exit.status
        } catch let error as UsageError {
            Console.error("perfplan: \(error)")
            status = ExitStatus.usage
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .validationFailure {
                Console.error(message)
                status = ExitStatus.usage
            } else {
                // --help and --version print to stdout and succeed; errors go to stderr.
                if !message.isEmpty {
                    if code.isSuccess { Console.out(message + "\n") } else { Console.error(message) }
                }
                status = code.rawValue
            }
        }
        Foundation.exit(Console.failed ? ExitStatus.failed : status)
    }
}
