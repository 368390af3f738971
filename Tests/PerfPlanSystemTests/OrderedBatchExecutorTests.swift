import PerfPlanCore
import Synchronization
import Testing

@testable import PerfPlanSystem

/// The one executor of every parallel stage: results in input order whatever the timing,
/// every position filled exactly once, and the error a run reports chosen by position.
@Suite struct OrderedBatchExecutorTests {
    struct Failure: Error, Equatable { var position: Int }

    /// Each chunk lists the positions it was filled with; delivered in order they must be
    /// 0..<count, each once, with the chunk boundaries worked out by hand.
    @Test(
        arguments: [(0, 10, 4), (1, 10, 4), (10, 10, 4), (1000, 300, 16), (1000, 4096, nil), (257, 1000, 7)]
            as [(Int, Int, Int?)])
    func streamDeliversEveryPositionOnceInOrder(count: Int, batchSize: Int, chunkSize: Int?) {
        var delivered: [[Int]] = []
        OrderedBatchExecutor().stream(
            count: count, batchSize: batchSize, chunkSize: chunkSize, makeChunk: { [Int]() },
            fill: { position, chunk in chunk.append(position) },
            deliver: { delivered.append($0) })
        #expect(delivered.flatMap { $0 } == Array(0..<count))
        // Chunks never straddle a batch, and each is `chunkSize` long except a batch's last.
        for chunk in delivered where !chunk.isEmpty {
            #expect(chunk.first! / batchSize == chunk.last! / batchSize)
            if let size = chunkSize { #expect(chunk.count <= size) }
        }
    }

    @Test func streamSplitsAnEvenBatchInTwoHalvesWithoutAChunkSize() {
        // 600 positions in one batch of 1000: two workers, two chunks of 300.
        var sizes: [Int] = []
        OrderedBatchExecutor().stream(
            count: 600, batchSize: 1000, makeChunk: { 0 },
            fill: { _, n in n += 1 }, deliver: { sizes.append($0) })
        #expect(sizes == [300, 300])
        // Below 256 positions a batch is one thread's, one chunk.
        sizes = []
        OrderedBatchExecutor().stream(
            count: 255, batchSize: 1000, makeChunk: { 0 },
            fill: { _, n in n += 1 }, deliver: { sizes.append($0) })
        #expect(sizes == [255])
    }

    @Test func aFailedFillIsThrownAndStopsTheDeliveries() {
        var delivered: [[Int]] = []
        #expect(throws: Failure(position: 500)) {
            try OrderedBatchExecutor().stream(
                count: 2000, batchSize: 100, chunkSize: 10, makeChunk: { [Int]() },
                fill: { (position, chunk) throws(Failure) in
                    if position == 500 { throw Failure(position: position) }
                    chunk.append(position)
                }, deliver: { (chunk) throws(Failure) in delivered.append(chunk) })
        }
        // Batches 0-3 were delivered (at most while batch 5 was filled); nothing from 500 on.
        let positions = delivered.flatMap { $0 }
        #expect(positions.starts(with: 0..<400))
        #expect(positions.allSatisfy { $0 < 500 })
    }

    @Test func aFailedDeliveryIsThrownAndEndsTheRun() {
        let filled = Atomic<Int>(0)
        var deliveries = 0
        #expect(throws: Failure(position: -1)) {
            try OrderedBatchExecutor().stream(
                count: 10_000, batchSize: 100, chunkSize: 50, makeChunk: { 0 },
                fill: { (_, _) throws(Failure) in _ = filled.add(1, ordering: .relaxed) },
                deliver: { (_) throws(Failure) in
                    deliveries += 1
                    throw Failure(position: -1)
                })
        }
        #expect(deliveries == 1)
        // The first batch was delivered while the second was filled; no more were started.
        #expect(filled.load(ordering: .relaxed) <= 200)
    }

    @Test(arguments: [0, 1, 5, 1999, 2000, 4001])
    func mapKeepsTheOrder(count: Int) {
        let squares = OrderedBatchExecutor().map(count, parallelFrom: 2000) { $0 * $0 }
        #expect(squares == (0..<count).map { $0 * $0 })
    }

    @Test func runEachThrowsTheErrorOfTheLowestFailedWorker() {
        let ran = Atomic<Int>(0)
        #expect(throws: Failure(position: 1)) {
            try OrderedBatchExecutor.runEach(4) { w in
                _ = ran.add(1, ordering: .relaxed)
                if w >= 1 { throw Failure(position: w) }
            }
        }
        #expect(ran.load(ordering: .relaxed) == 4)
    }

    @Test func bothRunsTwoTasksAndReturnsBothResults() {
        var first = 0
        let (a, b) = OrderedBatchExecutor.both(
            {
                first = (1...100).reduce(0, +)
                return "first"
            }, { (1...10).reduce(1, *) })
        #expect(a == "first" && first == 5050)
        #expect(b == 3_628_800)
    }
}
