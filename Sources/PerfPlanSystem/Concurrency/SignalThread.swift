#if canImport(Glibc)
    import Glibc
#endif

/// The thread that takes the process's termination signals, so that what a signal sets off
/// (removing a staging folder, see `Interruption` in PerfPlanRender) runs on an ordinary
/// thread: a signal handler may only call async-signal-safe functions, and reading folders,
/// allocating and locking are not.
///
/// No handler is installed at all: the signals are blocked and taken with `sigwait`. So no
/// code ever runs in signal context, and the state the taking thread reads needs no
/// `Atomic` of its own: a `Mutex` serves, as for any two threads. (A handler that had to
/// read a flag would need an `Atomic`: a `Mutex` is not async-signal-safe, it could be held
/// by the very thread the handler interrupted.)
package enum SignalThread {
    /// Blocks `signals` in the calling thread, which every thread started later inherits,
    /// and starts the thread that takes them and calls `handle` with each. Call it before
    /// any other thread exists: one started earlier keeps the default actions and would let
    /// a signal end the process unhandled.
    ///
    /// False when the system refused the thread: the signals are unblocked again, so their
    /// default actions apply.
    @discardableResult
    package static func start(taking signals: [Int32], _ handle: @escaping @Sendable (Int32) -> Void) -> Bool {
        guard !signals.isEmpty else { return true }
        var set = blocked(signals)
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let thread = WorkerThread.start {
            var set = blocked(signals)
            while true {
                var signal: Int32 = 0
                if sigwait(&set, &signal) == 0 { handle(signal) }
            }
        }
        guard let thread else {
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            return false
        }
        thread.detach()  // runs until the process ends; nobody joins it
        return true
    }

    private static func blocked(_ signals: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for s in signals { sigaddset(&set, s) }
        return set
    }
}
