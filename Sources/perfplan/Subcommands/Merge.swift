import ArgumentParser
import PerfPlanCommands
import PerfPlanSystem

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Combine the month folders of generate --shard K/N (or progress --shard K/N) into the one a single run writes.",
        discussion:
            "Each PART_DIR is a month folder a shard wrote (OUT/YYYY-MM). The parts must be shards 1 … N of one run: the same as-of month, generated day, input and template fingerprints and perfplan version, each complete against its manifest; otherwise every problem is named and nothing is written (exit 3). Writes OUT/YYYY-MM/ like generate, byte for byte the folder a single run writes; the parts' files are hard-linked where the volume allows it (copied otherwise), each checked against its SHA-256, and the parts are left whole. See docs/scale-out.md."
    )

    @Option(help: ArgumentHelp("The folder that receives YYYY-MM/.", valueName: "DIR")) var out: String
    @Argument(help: ArgumentHelp("The shards' month folders.", valueName: "PART_DIR")) var parts: [String] = []

    func run() throws { try MergePackets(out: out, parts: parts).perform() }
}
