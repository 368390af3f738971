#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory, exclusive lock on an output folder, so two runs (say a cron job and a person)
/// never write the same `--out` at once.
///
/// It uses `flock(2)` on `OUT/.perfplan.lock`: the kernel drops the lock when the holder dies,
/// even by SIGKILL, so a lock left by a dead process is recovered without any clean-up step.
/// The file keeps the holder's pid only to make the "busy" message useful.
public final class OutputLock {
    public enum Failure: Error, CustomStringConvertible {
        case busy(path: String, holder: String)
        case cannotOpen(path: String, reason: String)

        public var description: String {
            switch self {
            case .busy(let path, let holder):
                let who = holder.isEmpty ? "another perfplan run" : "another perfplan run (pid \(holder))"
                return "\(path): \(who) is writing to this output folder; try again when it has finished"
            case .cannotOpen(let path, let reason):
                return "\(path): cannot create the lock file: \(reason)"
            }
        }
    }

    public static let fileName = ".perfplan.lock"

    private let fd: Int32
    public let path: String

    /// Takes the lock or throws `.busy` at once (no waiting: a cron job should fail loudly).
    /// `directory` must exist.
    public init(directory: String) throws {
        path = directory.hasSuffix("/") ? directory + Self.fileName : directory + "/" + Self.fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let err = errno
            var buffer = [UInt8](repeating: 0, count: 32)
            let n = pread(fd, &buffer, 31, 0)
            close(fd)
            if err == EWOULDBLOCK {
                let holder = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
                throw Failure.busy(path: directory, holder: holder.trimmingWhitespace())
            }
            throw Failure.cannotOpen(path: path, reason: String(cString: strerror(err)))
        }
        self.fd = fd
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// Releases the lock. The lock file stays: removing it would race with a waiting run.
    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
