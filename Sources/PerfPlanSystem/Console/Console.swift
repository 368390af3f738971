import Foundation
import PerfPlanCore
import Synchronization

/// Standard output and standard error, written with `write(2)` so that a failure is seen;
/// also the one `write(2)` loop of PerfPlanIO (`writeAll`, for other descriptors).
///
/// Foundation's `FileHandle.write(_:)` traps (SIGILL, exit 132) when the write fails: a
/// cron job whose log disk is full (`/dev/full`), or whose stdout was closed (`>&-`), would
/// crash — after `generate` had published its packet, or, worse, before. Here a failed write
/// is remembered instead: the run goes on (the packet still lands) and ends with exit 1 (see
/// `PerfPlan.main` in the executable). A write to a pipe whose reader has gone keeps the Unix convention: the
/// default SIGPIPE action ends the process (exit 141, like `cat` or `grep`).
///
/// Unsafe: `write(2)` takes a base address and a count. The loop only advances `offset`
/// within `bytes.count`, and the pointers it gets live only for the call that borrowed them
/// (`withUTF8`, `withUnsafeBytes`); callers outside hand `String`s or `ArraySlice`s.
package enum Console {
    /// True once a write to stdout or stderr has failed.
    package static var failed: Bool { failure.load(ordering: .relaxed) }
    private static let failure = Atomic<Bool>(false)

    /// A message: any terminal control in it (from a name or a file name) is shown escaped
    /// (`TerminalText`).
    package static func error(_ text: String) { write(TerminalText.escaped(text) + "\n", to: STDERR_FILENO) }
    /// Data for machines (CSV, JSON), byte for byte.
    package static func out(_ text: String) { write(text, to: STDOUT_FILENO) }
    /// Text for people (explain, validate, tables without colour): terminal controls escaped.
    package static func text(_ text: String) { write(TerminalText.escaped(text), to: STDOUT_FILENO) }

    /// Writes `text` whole; false (and `failed` set) when the stream refused it.
    @discardableResult
    package static func write(_ text: String, to fd: Int32) -> Bool {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: fd) }
    }

    @discardableResult
    private static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
        guard writeAll(bytes, to: fd) == 0 else {
            failure.store(true, ordering: .relaxed)
            return false
        }
        return true
    }

    /// Writes `bytes` whole to any descriptor (a sample file, `gaps`' background writer),
    /// retrying after EINTR: 0, or the `errno` of the write that failed. `failed` is not set.
    package static func writeAll(_ bytes: ArraySlice<UInt8>, to fd: Int32) -> Int32 {
        bytes.withUnsafeBytes { writeAll($0, to: fd) }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }

    /// Records a failure seen elsewhere (the background writer of `gaps`).
    package static func noteFailure() { failure.store(true, ordering: .relaxed) }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org).
    package static var colorOnStdout: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? true
    }

    /// A process started with stdin, stdout or stderr closed would hand that number to the
    /// next file it opens — a data file, or a document of the packet — and a later "print"
    /// would go into it. Each closed one is held by /dev/null opened read-only: reading it
    /// gives end of file, and writing to it fails (EBADF), which ends the run with exit 1
    /// like any failed output.
    package static func holdClosedStandardDescriptors() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let held = open("/dev/null", O_RDONLY)
            if held >= 0 && held != fd {
                dup2(held, fd)
                close(held)
            }
        }
    }
}
