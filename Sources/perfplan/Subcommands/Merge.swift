import ArgumentParser
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Combine the month folders of generate --shard K/N (or progress --shard K/N) into the one a single run writes.",
        discussion: """
            Each PART_DIR is a month folder a shard wrote (OUT/YYYY-MM). The parts must be shards 1 … N of one run:
            the same as-of month, generated day, input and template fingerprints and perfplan version, each
            complete against its manifest; otherwise every problem is named and nothing is written (exit 3).
            Writes OUT/YYYY-MM/ like generate, byte for byte the folder a single run writes; the parts are
            copied and left in place. See docs/scale-out.md.
            """)

    @Option(help: ArgumentHelp("The folder that receives YYYY-MM/.", valueName: "DIR")) var out: String
    @Argument(help: ArgumentHelp("The shards' month folders.", valueName: "PART_DIR")) var parts: [String] = []

    func run() throws {
        let result: PacketMerger.Result
        do { result = try PacketMerger(parts: parts).merge(outRoot: out) } catch {
            switch error {
            case .usage(let message): throw UsageError(message)
            case .mismatch(let lines):
                Console.error(lines.joined(separator: "\n"))
                Console.error("perfplan merge: the parts are not the shards of one run; nothing was written")
                throw ExitCode(ExitStatus.invalidData)
            case .failed(let message):
                Console.error("perfplan merge: \(message)")
                throw ExitCode(ExitStatus.failed)
            }
        }
        Console.error("\(result.path): \(result.shards) shards, \(result.employees) employee folders, \(result.files) files")
    }
}
