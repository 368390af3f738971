import Foundation
import Synchronization

/// A one-line progress bar on stderr for long runs, only when stderr is a terminal (cron
/// and pipes stay quiet). Advanced from worker threads.
package final class ProgressBar: Sendable {
    private let total: Int
    private let label: String
    /// Employees done, and the percent last drawn.
    private let state = Mutex<(done: Int, shown: Int)>((0, -1))
    package let active: Bool

    package init(label: String, total: Int) {
        self.label = label
        self.total = total
        active = total >= 500 && isatty(STDERR_FILENO) == 1
    }

    /// `advance`, or nil when the bar is not shown (so workers skip the call).
    package var onAdvance: (@Sendable () -> Void)? {
        guard active else { return nil }
        return { @Sendable [self] in advance() }
    }

    package func advance() {
        guard active else { return }
        state.withLock { s in
            s.done += 1
            let percent = s.done * 100 / max(total, 1)
            guard percent != s.shown else { return }
            s.shown = percent
            let width = 30
            let filled = width * s.done / max(total, 1)
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            Console.write("\r\(label) [\(bar)] \(s.done)/\(total)", to: STDERR_FILENO)
        }
    }

    package func finish() {
        guard active else { return }
        Console.write("\r\u{1B}[K", to: STDERR_FILENO)
    }
}
