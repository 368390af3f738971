import Synchronization

/// Values handed between workers by position: each slot is put once and taken once.
final class Slots<T: Sendable>: Sendable {
    private let values: Mutex<[T?]>

    init(count: Int) { values = Mutex([T?](repeating: nil, count: count)) }
    init(_ initial: [T]) { values = Mutex(initial.map { Optional($0) }) }

    func put(_ value: T, at k: Int) {
        values.withLock { $0[k] = value }
    }

    /// Moves the value out (the slot keeps no reference, so a taken array stays uniquely
    /// owned and is appended to in place).
    func take(_ k: Int) -> T {
        values.withLock { slots in
            let value = slots[k]!
            slots[k] = nil
            return value
        }
    }

    func takeAll() -> [T] {
        values.withLock { slots in
            let all = slots.map { $0! }
            slots = []
            return all
        }
    }
}
