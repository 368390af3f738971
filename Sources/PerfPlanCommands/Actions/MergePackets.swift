import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan merge`: the month folders of `generate --shard K/N` (or `progress --shard K/N`)
/// combined into the one month folder a single run writes (`PacketMerger` says how).
package struct MergePackets {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    /// The folder that receives `YYYY-MM/`.
    package var out: String
    /// The shards' month folders.
    package var parts: [String]

    package init(out: String, parts: [String]) {
        self.out = out
        self.parts = parts
    }

    /// Check the parts → copy them into a new month folder → publish it. Throws `UsageError`
    /// (exit 2) or `CommandExit` (3: the parts are not one run's; 1: I/O) after printing
    /// what went wrong; nothing is written then.
    package func perform() throws {
        let result: PacketMerger.Result
        do { result = try PacketMerger(parts: parts).merge(outRoot: out) } catch {
            switch error {
            case .usage(let message): throw UsageError(message)
            case .mismatch(let lines):
                console.error(lines.joined(separator: "\n"))
                console.error("perfplan merge: the parts are not the shards of one run; nothing was written")
                throw CommandExit(ExitStatus.invalidData)
            case .failed(let message):
                console.error("perfplan merge: \(message)")
                throw CommandExit(ExitStatus.failed)
            }
        }
        console.error(
            "\(result.path): \(result.shards) shards, \(result.employees) employee folders, \(result.files) files")
    }
}
