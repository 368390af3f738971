import Synchronization

/// Items passed from one producer thread to one consumer thread, in order, at most
/// `capacity` waiting: a two-stage pipeline (the actuals reader parses piece n + 1 while
/// piece n decodes; `BackgroundOutput` writes one buffer while the next is formatted) that
/// overlaps the two stages with memory bounded whatever the input's size.
///
/// The producer ends with `close()` (the consumer then drains what is left and gets nil);
/// the consumer may stop early with `cancel()` (waiting items are dropped and the producer's
/// `put` returns false, so it stops too). The queue is guarded by a `Mutex`; the two
/// semaphores count waiting items and free places, and are what the threads sleep on.
package final class Handoff<Item: Sendable>: Sendable {
    private struct State {
        var items: [Item] = []
        var closed = false
        var cancelled = false
    }

    private let state = Mutex(State())
    /// Items waiting, plus one once closed or cancelled (handed on, so every `take` ends).
    private let waiting = Semaphore(0)
    /// Free places, plus one once cancelled (handed on, so every `put` ends).
    private let room: Semaphore

    package init(capacity: Int) { room = Semaphore(max(capacity, 1)) }

    /// Hands `item` over, waiting while `capacity` items wait already. False (and the item
    /// dropped) once the consumer has cancelled.
    @discardableResult
    package func put(_ item: Item) -> Bool {
        room.wait()
        let accepted = state.withLock { s in
            guard !s.cancelled else { return false }
            s.items.append(item)
            return true
        }
        if accepted { waiting.signal() } else { room.signal() }
        return accepted
    }

    /// The next item in order, waiting for one; nil once the producer has closed and every
    /// item was taken, or after `cancel`.
    package func take() -> Item? {
        waiting.wait()
        let item: Item? = state.withLock { s in
            guard !s.cancelled, !s.items.isEmpty else {
                assert(s.closed || s.cancelled, "woken with nothing to take")
                return nil
            }
            return s.items.removeFirst()
        }
        if item != nil { room.signal() } else { waiting.signal() }
        return item
    }

    /// The producer is done: `take` returns the items left, then nil.
    package func close() {
        state.withLock { $0.closed = true }
        waiting.signal()
    }

    /// The consumer stops: waiting items are dropped (their memory freed now) and `put`
    /// returns false from here on, waking a producer that waits for room.
    package func cancel() {
        state.withLock { s in
            s.cancelled = true
            s.items = []
        }
        room.signal()
        waiting.signal()
    }
}
