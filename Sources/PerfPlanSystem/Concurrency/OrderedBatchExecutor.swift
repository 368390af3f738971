import Foundation
import PerfPlanCore
import Synchronization

/// Every parallel stage of perfplan (loading, computing, rendering, writing) runs through
/// this type: a fixed number of workers, the calling thread being worker 0, and results that
/// come back in input order whatever the timing, so the output is the same bytes on one core
/// or many.
///
/// Three shapes:
/// - `run(_:_:)`: one task per worker (fork, then join);
/// - `map(_:parallelFrom:_:)`: values for `0..<count` in order, each worker a contiguous part;
/// - `stream(count:batchSize:chunkSize:makeChunk:fill:deliver:)`: positions in batches,
///   filled into chunks by whichever worker is free and delivered in order on the calling
///   thread while the next batch is computed — memory holds one batch, both cores stay busy.
///
/// Shared state is held in `Synchronization.Mutex` and `Atomic`; the only unsafe code is in
/// `WorkerThread`.
package struct OrderedBatchExecutor: Parallelism {
    /// Threads working at once, the calling thread included.
    package let workers: Int

    /// `workers` threads; by default one per processor the process may run on.
    package init(workers: Int = OrderedBatchExecutor.machineWorkers) { self.workers = max(workers, 1) }

    /// The processors this process may run on (Foundation reads the CPU affinity on Linux).
    package static var machineWorkers: Int { max(ProcessInfo.processInfo.activeProcessorCount, 1) }

    /// `first()` and `second()` at the same time (the `Parallelism` the core's engines use).
    package func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @Sendable () -> B) -> (A, B) {
        Self.both(first, second)
    }

    // MARK: One task per worker

    /// `task(w)` for every `w` in `0..<count`, `task(0)` on the calling thread; returns when
    /// all have ended.
    package static func run(_ count: Int, _ task: @Sendable (Int) -> Void) {
        run(helpers: count - 1, task) { task(0) }
    }

    /// `helper(1...helpers)` on threads of their own while `caller` runs on this thread;
    /// returns when all have ended. `caller` need not be `Sendable`: it never leaves the
    /// calling thread (delivering results in order happens there).
    static func run(helpers: Int, _ helper: @Sendable (Int) -> Void, caller: () -> Void) {
        guard helpers > 0 else {
            caller()
            return
        }
        withoutActuallyEscaping(helper) { helper in
            var threads: [WorkerThread] = []
            var refused: [Int] = []
            for w in 1...helpers {
                if let thread = WorkerThread.start({ helper(w) }) { threads.append(thread) } else { refused.append(w) }
            }
            caller()
            for w in refused { helper(w) }
            // Joined before `helper` (and what it captured) goes out of scope.
            for thread in threads { thread.join() }
        }
    }

    /// `first()` and `second()` at the same time, `first` on the calling thread.
    package static func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let slot = Slots<B>(count: 1)
        var a: A?
        run(helpers: 1, { _ in slot.put(second(), at: 0) }, caller: { a = first() })
        return (a!, slot.take(0))
    }

    /// `task(w)` for every `w` in `0..<count`, like `run`; the error of the lowest `w` that
    /// failed is thrown once all have ended.
    package static func runEach(_ count: Int, _ task: @Sendable (Int) throws -> Void) throws {
        let failure = FirstFailure()
        run(count) { w in
            do { try task(w) } catch { failure.record(error, at: w) }
        }
        if let error = failure.first { throw error }
    }

    // MARK: Values in order

    /// `transform(k)` for `k` in `0..<count`, in order. Each worker takes a contiguous part;
    /// below `parallelFrom` items one thread does all (starting a thread costs more).
    package func map<T: Sendable>(_ count: Int, parallelFrom minimum: Int = 1, _ transform: @Sendable (Int) -> T) -> [T]
    {
        let n = count >= max(minimum, 2) ? min(workers, count) : 1
        guard n > 1 else { return (0..<count).map(transform) }
        let part = (count + n - 1) / n
        let parts = Slots<[T]>(count: n)
        Self.run(n) { w in
            let lo = min(w * part, count)
            let hi = min(lo + part, count)
            parts.put((lo..<hi).map(transform), at: w)
        }
        var all: [T] = []
        all.reserveCapacity(count)
        for w in 0..<n { all.append(contentsOf: parts.take(w)) }
        return all
    }

    // MARK: Batches streamed in order

    /// Fills positions `0..<count` into chunks and delivers the chunks in position order.
    ///
    /// Positions go `batchSize` at a time. Within a batch, `chunkSize` positions make a
    /// chunk (nil: the batch split evenly between the workers, for cheap even work); a
    /// worker takes the next chunk as soon as it is free, so uneven work (a plan costs
    /// several interviews) balances. Each chunk starts as `makeChunk()` and receives
    /// `fill(position, &chunk)` for its positions in order. `deliver` runs on the calling
    /// thread, a batch's chunks while the next batch is filled, so a slow delivery (the
    /// packet's gaps.csv, written and hashed) does not idle the other core.
    ///
    /// The first error stops the work: `fill`'s of the lowest position wins over a later
    /// one and over `deliver`'s, so which error a run reports does not depend on timing.
    /// Chunks are not delivered after an error.
    package func stream<Chunk: Sendable, Failure: Error>(
        count: Int, batchSize: Int, chunkSize: Int? = nil, makeChunk: () -> Chunk,
        fill: @Sendable (_ position: Int, _ chunk: inout Chunk) throws(Failure) -> Void,
        deliver: (Chunk) throws(Failure) -> Void
    ) throws(Failure) {
        let failure = FirstFailure()
        func deliverInOrder(_ chunks: [Chunk]) {
            for chunk in chunks where !failure.happened {
                do { try deliver(chunk) } catch { failure.record(error, at: .max) }
            }
        }
        var pending: [Chunk] = []
        var lo = 0
        while lo < count && !failure.happened {
            let start = lo
            let end = min(lo + max(batchSize, 1), count)
            let threads = end - start >= Self.batchParallelFrom ? workers : 1
            let size = max(chunkSize ?? (end - start + threads - 1) / threads, 1)
            let chunks = (end - start + size - 1) / size
            let slots = Slots<Chunk>((0..<chunks).map { _ in makeChunk() })
            let tickets = Tickets()
            @Sendable func work() {
                while true {
                    let c = tickets.next()
                    guard c < chunks, !failure.happened else { return }
                    var chunk = slots.take(c)
                    for position in (start + c * size)..<min(start + (c + 1) * size, end) {
                        if failure.happened { break }
                        do { try fill(position, &chunk) } catch {
                            failure.record(error, at: position)
                            break
                        }
                    }
                    slots.put(chunk, at: c)
                }
            }
            let previous = pending
            Self.run(
                helpers: threads - 1, { _ in work() },
                caller: {
                    deliverInOrder(previous)
                    work()
                })
            pending = slots.takeAll()
            lo = end
        }
        deliverInOrder(pending)
        // Only `fill` and `deliver` record errors, and both throw `Failure`.
        if let error = failure.first { throw error as! Failure }
    }

    /// Below this many positions a batch is filled by one thread.
    static let batchParallelFrom = 256
}
