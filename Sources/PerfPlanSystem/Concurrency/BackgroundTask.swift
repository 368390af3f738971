import Synchronization

/// One piece of work on a thread of its own while the caller goes on, its value collected
/// with `wait()`: the producer of a `Handoff` pipeline (the actuals reader's parsing), its
/// consumer (`BackgroundOutput`'s writes), or a stage beside the caller's (the datasets
/// other than actuals decode while actuals streams in).
///
/// The thread is joined by `wait()` (or, if nobody waited, when the task is dropped), so it
/// never outlives what its closure captured.
package final class BackgroundTask<Value: Sendable>: Sendable {
    private let result = Slots<Value>(count: 1)
    /// The thread, until joined; nil when the system refused one and the work ran in `init`.
    private let thread: Mutex<WorkerThread?>

    /// Starts `body` on a new thread.
    ///
    /// Should the system refuse a thread, `body` runs here instead, before `init` returns.
    /// Only a task whose work never waits for the caller may accept that; a `Handoff`
    /// producer or consumer would wait forever, so those pass `mustRunConcurrently` and the
    /// process stops with a message instead (the executor's batches, by contrast, simply run
    /// on fewer threads).
    package init(mustRunConcurrently: Bool = false, _ body: @escaping @Sendable () -> Value) {
        let result = self.result
        if let started = WorkerThread.start({ result.put(body(), at: 0) }) {
            thread = Mutex(started)
        } else {
            precondition(
                !mustRunConcurrently, "perfplan: the system refused a thread (too many processes or too little memory)")
            thread = Mutex(nil)
            result.put(body(), at: 0)
        }
    }

    /// Waits for the work to end and gives its value. Call it once.
    package func wait() -> Value {
        join()
        return result.take(0)
    }

    deinit { join() }

    private func join() {
        // Taken out first, so a second join finds nothing to join.
        let started = thread.withLock { $0.take() }
        started?.join()
    }
}
