import Synchronization

/// The error a parallel stage reports: the one of the lowest position, the earliest recorded
/// among equals. `happened` is a cheap check for workers to stop early.
final class FirstFailure: Sendable {
    private let failed = Atomic<Bool>(false)
    private let earliest = Mutex<(position: Int, error: any Error)?>(nil)

    var happened: Bool { failed.load(ordering: .relaxed) }

    func record(_ error: any Error, at position: Int) {
        earliest.withLock { current in
            if current == nil || position < current!.position { current = (position, error) }
        }
        failed.store(true, ordering: .relaxed)
    }

    var first: (any Error)? { earliest.withLock { $0?.error } }
}
