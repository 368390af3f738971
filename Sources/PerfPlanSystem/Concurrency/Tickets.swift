import Synchronization

/// Hands out 0, 1, 2… to whichever worker asks first.
final class Tickets: Sendable {
    private let counter = Atomic<Int>(0)
    func next() -> Int { counter.add(1, ordering: .relaxed).oldValue }
}
