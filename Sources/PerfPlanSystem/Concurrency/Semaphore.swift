#if canImport(Glibc)
    import Glibc
#endif

/// A counting semaphore: the one way a thread here sleeps until another wakes it.
/// `Synchronization.Mutex` and `Atomic` guard state but cannot make a thread wait for a
/// change (there is no condition variable beside them); a semaphore counts the wake-ups,
/// so one given before anybody waits is not lost. `Handoff` uses two.
///
/// Unsafe: a POSIX `sem_t` must stay at one address while any thread uses it, so it lives
/// in memory allocated here, never in a Swift property (which may move). It is initialised
/// in `init` and destroyed and freed in `deinit`, when no thread can hold a reference any
/// more; `sem_wait`/`sem_post` are themselves safe from any thread, which is what makes
/// the type `Sendable`.
final class Semaphore: @unchecked Sendable {
    private let sem: UnsafeMutablePointer<sem_t>

    init(_ value: Int = 0) {
        sem = .allocate(capacity: 1)
        sem_init(sem, 0, UInt32(value))
    }

    deinit {
        sem_destroy(sem)
        sem.deallocate()
    }

    /// Takes one count, sleeping until there is one.
    func wait() {
        while sem_wait(sem) != 0 {}  // only EINTR: a signal arrived while waiting
    }

    /// Gives one count, waking one thread that waits.
    func signal() { sem_post(sem) }
}
