#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One POSIX thread running one closure, joined by its starter. The core library stays free
/// of Foundation and Dispatch; a started thread and a join are all `OrderedBatchExecutor`,
/// `BackgroundTask` and `SignalThread` need, and this is the only place perfplan starts a
/// thread.
///
/// Unsafe: `pthread_create` takes a C function and one raw pointer. The closure travels as
/// an `Unmanaged` box retained once here and released once by the thread (or here, when the
/// thread could not be started), so it is freed exactly once; callers join before the
/// closure's captures go away (see `OrderedBatchExecutor.run`).
struct WorkerThread {
    private let thread: pthread_t

    private final class Task: @unchecked Sendable {
        // Only read, by the one thread that runs it.
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// The started thread, or nil when the system refused one (the caller runs the work itself).
    static func start(_ body: @escaping @Sendable () -> Void) -> WorkerThread? {
        let box = Unmanaged.passRetained(Task(body)).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(
            &thread, nil,
            { raw in
                let task = Unmanaged<Task>.fromOpaque(raw!).takeRetainedValue()
                task.body()
                return nil
            }, box)
        guard rc == 0 else {
            Unmanaged<Task>.fromOpaque(box).release()
            return nil
        }
        return WorkerThread(thread: thread)
    }

    /// Waits for the thread to end.
    func join() { pthread_join(thread, nil) }

    /// Lets the thread run on unjoined, its resources freed when it ends (`SignalThread`).
    func detach() { pthread_detach(thread) }
}
