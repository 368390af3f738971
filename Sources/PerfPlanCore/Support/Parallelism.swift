/// How the pure computations of this module may split their work between threads. The
/// caller decides: the core starts no thread of its own, so it is handed an executor
/// (PerfPlanSystem's `OrderedBatchExecutor` conforms) or runs `Serial`ly.
///
/// Both shapes return results in input order whatever the timing, so a computation gives
/// the same values on one worker or many.
package protocol Parallelism: Sendable {
    /// Threads working at once, the calling thread included.
    var workers: Int { get }
    /// `transform(k)` for `k` in `0..<count`, in order; below `parallelFrom` items one
    /// thread does all.
    func map<T: Sendable>(_ count: Int, parallelFrom minimum: Int, _ transform: @Sendable (Int) -> T) -> [T]
    /// `first()` and `second()`, possibly at the same time, `first` on the calling thread.
    func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @Sendable () -> B) -> (A, B)
}

/// Everything on the calling thread, one item after another: the default of the engines
/// (tests, `explain`) and what a caller passes for work too small to split.
package struct Serial: Parallelism {
    package init() {}
    package var workers: Int { 1 }
    package func map<T: Sendable>(_ count: Int, parallelFrom minimum: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        (0..<count).map(transform)
    }
    package func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @Sendable () -> B) -> (A, B) {
        (first(), second())
    }
}
