import PerfPlanCore
import PerfPlanSystem

extension OrderedBatchExecutor {
    /// The results of `employeeIds` (unknown ids skipped), computed a batch at a time on
    /// this executor's workers and handed to `fill(position, result, &chunk)` on the thread
    /// that computed each one, so the caller turns them into bytes while they are still in
    /// cache; the chunks reach `deliver` in order, on the calling thread (`stream`). The
    /// results are never collected: `gaps --format json` and `generate` at 100 000
    /// employees hold one batch at a time.
    ///
    /// `chunkSize`: employees a worker takes at a time; nil splits each batch evenly (cheap,
    /// even work such as gaps), a small one balances uneven work (documents).
    func streamResults<Chunk: Sendable, Failure: Error>(
        of engine: GapEngine, asOf p: Month, employeeIds: [String], batchSize: Int = 4096, chunkSize: Int? = nil,
        makeChunk: () -> Chunk,
        fill: @Sendable (_ position: Int, _ result: EmployeeResult, _ chunk: inout Chunk) throws(Failure) -> Void,
        deliver: (Chunk) throws(Failure) -> Void
    ) throws(Failure) {
        let peers = engine.peerGroups(asOf: p)
        let ids = employeeIds.compactMap { engine.index.employeeIndex[$0] }
        try stream(
            count: ids.count, batchSize: batchSize, chunkSize: chunkSize, makeChunk: makeChunk,
            fill: { (n, chunk) throws(Failure) in
                try fill(n, engine.result(employee: ids[n], asOf: p, peers: peers), &chunk)
            }, deliver: deliver)
    }
}
