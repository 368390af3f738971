#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// SIGTERM, SIGINT and SIGHUP (cron's timeout, Ctrl-C, a closed terminal) end a run cleanly:
/// the staging folder of a publish in progress is removed, the output lock released (the
/// kernel drops it with the process) and the previous month folder left as it was; the
/// process exits with 128 + the signal's number.
///
/// Why it is built this way:
/// - A signal handler may only call async-signal-safe functions, and removing a folder tree
///   is not one (it reads folders, allocates). So no handler runs any of it: `install`
///   blocks the three signals before any other thread exists, every thread created later
///   inherits that mask, and one dedicated thread takes them with `sigwait`, as an ordinary
///   thread that may lock, allocate and remove files.
/// - That thread must not remove the staging folder while workers still create files in it
///   (the removal would miss them), nor stop the exchange into place half-way. Each step
///   that creates a name in the staging folder, or publishes it, runs `guarded`: once a
///   signal is taken no new step starts (its thread parks until the process exits), and
///   the signal thread waits for the steps under way to finish before it removes anything.
///   A guard is a lock and a counter per file written: cheap beside the file's system calls.
/// - After the exchange the staging name holds the previous month folder, so removing it is
///   still right; a leftover of a process killed outright (SIGKILL) is removed by the next
///   run under the lock.
public enum Interruption {
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var inFlight = 0
        var interrupted = false
        var nextToken = 0
        /// The staging folder of the publish in progress, by name in the `--out` folder.
        var staging: (name: String, folder: Int32, token: Int)?
    }

    private static let state = State()

    /// The signals taken: SIGTERM, SIGINT and SIGHUP, less those the process was started
    /// with ignored (`nohup`, or SIGINT of a background job of a shell), which stay ignored.
    /// Set once in `install`, before the signal thread starts.
    nonisolated(unsafe) private static var watched = sigset_t()

    /// Blocks the signals and starts the thread that takes them. Call first thing in `main`,
    /// before any other thread exists: a thread started earlier would keep the default
    /// action and let a signal end the process without clean-up.
    public static func install() {
        sigemptyset(&watched)
        for s in [SIGTERM, SIGINT, SIGHUP] {
            var current = sigaction()
            sigaction(s, nil, &current)
            // SIG_IGN is handler 1 (not imported as a constant).
            let ignored = current.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false
            if !ignored { sigaddset(&watched, s) }
        }
        pthread_sigmask(SIG_BLOCK, &watched, nil)
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { _ in Interruption.waitForSignals() }, nil)
        if started != 0 { pthread_sigmask(SIG_UNBLOCK, &watched, nil) }  // their default actions, then
    }

    private static func waitForSignals() -> Never {
        var set = watched
        while true {
            var signal: Int32 = 0
            if sigwait(&set, &signal) == 0 { stop(signal) }
        }
    }

    /// Waits for the guarded steps under way, removes the registered staging folder and
    /// exits. The lock stays held to the end, so no step starts and the registration (and
    /// its folder descriptor) cannot go away meanwhile.
    private static func stop(_ signal: Int32) -> Never {
        state.lock.lock()
        state.interrupted = true
        while state.inFlight > 0 {
            state.lock.unlock()
            usleep(1000)
            state.lock.lock()
        }
        if let staging = state.staging { FileSystem.removeTree(staging.name, in: staging.folder) }
        _exit(128 + signal)
    }

    /// Runs `body`, a step that creates something in the staging folder or publishes it, so
    /// that a signal waits for it to end. After a signal it does not run: the thread waits
    /// for the signal thread to end the process.
    static func guarded<T>(_ body: () throws -> T) rethrows -> T {
        state.lock.lock()
        if state.interrupted {
            state.lock.unlock()
            while true { pause() }
        }
        state.inFlight += 1
        state.lock.unlock()
        defer {
            state.lock.lock()
            state.inFlight -= 1
            state.lock.unlock()
        }
        return try body()
    }

    /// Registers the staging folder `name` in the folder open as `folder` (which must stay
    /// open until `unregister`). Call it `guarded`, with the folder's creation.
    static func register(staging name: String, in folder: Int32) -> Int {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.nextToken += 1
        state.staging = (name, folder, state.nextToken)
        return state.nextToken
    }

    /// Ends the registration `token` (publish done or failed, its folder gone or in place).
    static func unregister(_ token: Int) {
        state.lock.lock()
        defer { state.lock.unlock() }
        if state.staging?.token == token { state.staging = nil }
    }
}
