import Foundation
import PerfPlanCore
import Synchronization

/// Writes byte buffers to a file descriptor on its own thread, in order, so computing and
/// formatting the next batch overlaps writing the last one (`gaps` for a large company
/// writes hundreds of megabytes; written inline, one core idles for every `write(2)`). At
/// most two buffers wait (a `Handoff`), which bounds memory.
package final class BackgroundOutput: Sendable {
    private let queue = Handoff<[UInt8]>(capacity: 2)
    private let spare: Spare
    /// The writing thread; its value is the error of the first failed write, if any.
    private let writer: BackgroundTask<String?>

    /// Written buffers, emptied with their capacity kept, for the producer to fill again.
    private final class Spare: Sendable {
        let buffers = Mutex<[[UInt8]]>([])
    }

    package init(fd: Int32) {
        let queue = self.queue
        let spare = Spare()
        self.spare = spare
        writer = BackgroundTask(mustRunConcurrently: true) { Self.run(fd, queue, spare) }
    }

    /// Ends the writer (which `finish` does first) so dropping this never waits forever.
    deinit { queue.close() }

    /// An empty buffer, with the capacity of one already written when there is one.
    package func buffer() -> [UInt8] {
        spare.buffers.withLock { $0.popLast() } ?? []
    }

    package func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        queue.put(bytes)
    }

    /// Waits until everything is written; the error of the first failed write, if any.
    package func finish() -> String? {
        queue.close()
        return writer.wait()
    }

    /// The writing thread: after a failed write the rest is taken and dropped, so the
    /// producer never waits on a writer that stopped.
    private static func run(_ fd: Int32, _ queue: Handoff<[UInt8]>, _ spare: Spare) -> String? {
        var failure: String?
        while var bytes = queue.take() {
            if failure == nil { failure = writeAll(fd, bytes) }
            bytes.removeAll(keepingCapacity: true)
            spare.buffers.withLock { if $0.count < 4 { $0.append(bytes) } }
        }
        return failure
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        let code = Console.writeAll(bytes[...], to: fd)
        return code == 0 ? nil : String(cString: strerror(code))
    }
}
