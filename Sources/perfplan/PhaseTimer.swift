import Foundation

/// Phase timings on stderr when `PERFPLAN_TIMING=1`: how the benchmark and
/// docs/performance.md split a run into loading, engine, rendering and writing.
struct PhaseTimer {
    let enabled = ProcessInfo.processInfo.environment["PERFPLAN_TIMING"] == "1"
    private var last = Date()
    private var phases: [(String, Double)] = []

    mutating func lap(_ name: String) {
        let now = Date()
        phases.append((name, now.timeIntervalSince(last)))
        last = now
    }

    func report() {
        guard enabled else { return }
        Console.error("timing: " + phases.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", "))
    }
}

/// A one-line progress bar on stderr for long runs, only when stderr is a terminal (cron
/// and pipes stay quiet).
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let lock = NSLock()
    private var done = 0
    private var shown = -1
    let active: Bool

    init(label: String, total: Int) {
        self.label = label
        self.total = total
        active = total >= 500 && isatty(STDERR_FILENO) == 1
    }

    func advance() {
        guard active else { return }
        lock.lock()
        done += 1
        let percent = done * 100 / max(total, 1)
        if percent != shown {
            shown = percent
            let width = 30, filled = width * done / max(total, 1)
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            Console.write("\r\(label) [\(bar)] \(done)/\(total)", to: STDERR_FILENO)
        }
        lock.unlock()
    }

    func finish() {
        guard active else { return }
        Console.write("\r\u{1B}[K", to: STDERR_FILENO)
    }
}
