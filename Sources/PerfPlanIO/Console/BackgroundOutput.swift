import Foundation

/// Writes byte buffers to a file descriptor on its own thread, in order, so computing and
/// formatting the next batch overlaps writing the last one (`gaps` for 100 000 employees
/// writes 600 MB; written inline, one core idled for the length of every `write(2)`). At
/// most two buffers wait, which bounds memory.
public final class BackgroundOutput: @unchecked Sendable {
    private let fd: Int32
    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    private var closed = false
    private var done = false
    private var failure: String?
    /// Written buffers, emptied with their capacity kept, for the producer to fill again.
    private var spare: [[UInt8]] = []

    public init(fd: Int32) {
        self.fd = fd
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// An empty buffer, with the capacity of one already written when there is one.
    public func buffer() -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        return spare.popLast() ?? []
    }

    public func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        condition.lock()
        while queue.count >= 2 { condition.wait() }
        queue.append(bytes)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until everything is written; the error of the first failed write, if any.
    public func finish() -> String? {
        condition.lock()
        closed = true
        condition.broadcast()
        while !done { condition.wait() }
        condition.unlock()
        return failure
    }

    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            if queue.isEmpty {
                done = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let bytes = queue.removeFirst()
            condition.broadcast()
            let failed = failure != nil
            condition.unlock()
            guard !failed else { continue }
            let error = Self.writeAll(fd, bytes)
            var emptied = bytes
            emptied.removeAll(keepingCapacity: true)
            condition.lock()
            if let error { failure = error }
            if spare.count < 4 { spare.append(emptied) }
            condition.unlock()
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
    }
}
