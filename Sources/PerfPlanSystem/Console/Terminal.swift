import Foundation
import PerfPlanCore
import Synchronization

/// Where an action prints: its report, warnings and errors. A run prints to the standard
/// streams (`StandardStreams`); a test hands the action a `CapturedTerminal` and reads back
/// what it said, in-process.
package protocol Terminal: Sendable {
    /// Data for machines (CSV, JSON) on standard output, byte for byte.
    func out(_ text: String)
    /// Text for people on standard output (explain, validate, tables): terminal controls
    /// escaped (`TerminalText`).
    func text(_ text: String)
    /// A message and a line break on standard error, terminal controls escaped.
    func error(_ text: String)
    /// The descriptor bulk output (`gaps`) is written to from a background thread, or nil
    /// when it must go through `out`.
    var outputDescriptor: Int32? { get }
    /// Whether standard output wants colour.
    var colorOnStdout: Bool { get }
    /// Records a failure to write output seen elsewhere (exit 1 at the end of the run).
    func noteFailure()
}

/// The process's standard output and error (`Console`).
package struct StandardStreams: Terminal {
    package init() {}
    package func out(_ text: String) { Console.out(text) }
    package func text(_ text: String) { Console.text(text) }
    package func error(_ text: String) { Console.error(text) }
    package var outputDescriptor: Int32? { STDOUT_FILENO }
    package var colorOnStdout: Bool { Console.colorOnStdout }
    package func noteFailure() { Console.noteFailure() }
}

/// What an action printed, kept in memory: for tests that run an action in-process.
package final class CapturedTerminal: Terminal {
    private let state = Mutex<(out: String, error: String, failed: Bool)>(("", "", false))

    package init() {}
    package func out(_ text: String) { state.withLock { $0.out += text } }
    package func text(_ text: String) { state.withLock { $0.out += TerminalText.escaped(text) } }
    package func error(_ text: String) { state.withLock { $0.error += TerminalText.escaped(text) + "\n" } }
    package var outputDescriptor: Int32? { nil }
    package var colorOnStdout: Bool { false }
    package func noteFailure() { state.withLock { $0.failed = true } }

    /// Everything printed on standard output so far.
    package var stdout: String { state.withLock { $0.out } }
    /// Everything printed on standard error so far.
    package var stderr: String { state.withLock { $0.error } }
    /// Whether a write failure was noted.
    package var failed: Bool { state.withLock { $0.failed } }
}
