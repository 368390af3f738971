import Foundation
import PerfPlanCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// SIGTERM, SIGINT and SIGHUP (cron's timeout, Ctrl-C, a closed terminal) end a run cleanly:
/// the staging folder of a publish in progress is removed, the output lock released (the
/// kernel drops it with the process) and the previous month folder left as it was; the
/// process exits with 128 + the signal's number.
///
/// Why it is built this way:
/// - A signal handler may only call async-signal-safe functions, and removing a folder tree
///   is not one (it reads folders, allocates). So no handler runs any of it: `install`
///   blocks the three signals before any other thread exists, every thread created later
///   inherits that mask, and one dedicated thread (`SignalThread` in PerfPlanCore) takes
///   them with `sigwait`, as an ordinary thread that may lock, allocate and remove files.
/// - That thread must not remove the staging folder while workers still create files in it
///   (the removal would miss them), nor stop the exchange into place half-way. Each step
///   that creates a name in the staging folder, or publishes it, runs `guarded`: once a
///   signal is taken no new step starts (its thread parks until the process exits), and
///   the signal thread waits for the steps under way to finish before it removes anything.
///   A guard is a `Mutex` and a counter per file written: cheap beside the file's system calls.
/// - After the exchange the staging name holds the previous month folder, so removing it is
///   still right; a leftover of a process killed outright (SIGKILL) is removed by the next
///   run under the lock.
///
/// Unsafe (C interop, one line of `install`): a `sigaction` handler is compared with SIG_IGN,
/// handler value 1, by its bits (`unsafeBitCast` to `Int`); nothing is called through it.
package enum Interruption {
    private struct State {
        var inFlight = 0
        var interrupted = false
        var nextToken = 0
        /// The staging folder of the publish in progress, by name in the `--out` folder.
        var staging: (name: String, folder: Int32, token: Int)?
    }

    /// Read and written by ordinary threads only (the signal thread included: no signal
    /// handler runs, see `SignalThread`), so a `Mutex` serves; an `Atomic` would be needed
    /// only if a handler had to read it.
    private static let state = Mutex(State())

    /// Blocks SIGTERM, SIGINT and SIGHUP and starts the thread that takes them
    /// (`SignalThread`). Call first thing in `main`, before any other thread exists: a thread
    /// started earlier would keep the default action and let a signal end the process
    /// without clean-up. Signals the process was started with ignored (`nohup`, or SIGINT of
    /// a background job of a shell) stay ignored.
    package static func install() {
        let taken = [SIGTERM, SIGINT, SIGHUP].filter { s in
            var current = sigaction()
            sigaction(s, nil, &current)
            // SIG_IGN is handler 1 (not imported as a constant).
            return !(current.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false)
        }
        SignalThread.start(taking: taken) { stop($0) }
    }

    /// Waits for the guarded steps under way, removes the registered staging folder and
    /// exits. The last check holds the lock to the end, so no step starts and the
    /// registration (and its folder descriptor) cannot go away meanwhile.
    private static func stop(_ signal: Int32) -> Never {
        while true {
            state.withLock { s in
                s.interrupted = true
                guard s.inFlight == 0 else { return }
                if let staging = s.staging { FileSystem.removeTree(staging.name, in: staging.folder) }
                _exit(128 + signal)
            }
            usleep(1000)
        }
    }

    /// Runs `body`, a step that creates something in the staging folder or publishes it, so
    /// that a signal waits for it to end. After a signal it does not run: the thread waits
    /// for the signal thread to end the process.
    static func guarded<T>(_ body: () throws -> T) rethrows -> T {
        let interrupted = state.withLock { s in
            if !s.interrupted { s.inFlight += 1 }
            return s.interrupted
        }
        if interrupted {
            while true { pause() }
        }
        defer { state.withLock { $0.inFlight -= 1 } }
        return try body()
    }

    /// Registers the staging folder `name` in the folder open as `folder` (which must stay
    /// open until `unregister`). Call it `guarded`, with the folder's creation.
    static func register(staging name: String, in folder: Int32) -> Int {
        state.withLock { s in
            s.nextToken += 1
            s.staging = (name, folder, s.nextToken)
            return s.nextToken
        }
    }

    /// Ends the registration `token` (publish done or failed, its folder gone or in place).
    static func unregister(_ token: Int) {
        state.withLock { s in
            if s.staging?.token == token { s.staging = nil }
        }
    }
}
