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
package final class OutputLock {
    package enum Failure: Error, CustomStringConvertible {
        case busy(path: String, holder: String)
        case cannotOpen(path: String, reason: String)
        /// Something else stands where the lock file belongs (a link, a folder, a file that
        /// is not perfplan's): it is neither followed nor overwritten.
        case notALockFile(path: String, reason: String)

        package var description: String {
            switch self {
            case .busy(let path, let holder):
                let who = holder.isEmpty ? "another perfplan run" : "another perfplan run (pid \(holder))"
                return "\(path): \(who) is writing to this output folder; try again when it has finished"
            case .cannotOpen(let path, let reason):
                return "\(path): cannot create the lock file: \(reason)"
            case .notALockFile(let path, let reason):
                return
                    "\(path): \(reason), not perfplan's lock file; perfplan neither follows nor overwrites it (remove it, or choose another --out)"
            }
        }
    }

    package static let fileName = ".perfplan.lock"

    private let fd: Int32
    package let path: String

    /// Takes the lock or throws `.busy` at once (no waiting: a cron job should fail loudly).
    /// `directory` must exist.
    package convenience init(directory: String) throws {
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else {
            throw Failure.cannotOpen(path: Self.path(in: directory), reason: String(cString: strerror(errno)))
        }
        defer { close(folder) }
        try self.init(in: folder, directory: directory)
    }

    /// The same for the folder open as `folder` (`directory` names it in messages). The lock
    /// file is opened without following a link, and an existing one is written only when
    /// it is a plain file holding what perfplan writes there (a pid, or nothing): a file
    /// planted under that name (or a hard link to one of the owner's files) is never
    /// truncated.
    init(in folder: Int32, directory: String) throws {
        path = Self.path(in: directory)
        var created = true
        var fd = openat(folder, Self.fileName, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 && errno == EEXIST {
            created = false
            fd = openat(folder, Self.fileName, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        }
        guard fd >= 0 else {
            if errno == ELOOP { throw Failure.notALockFile(path: path, reason: "is a symbolic link") }
            throw Failure.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        var info = stat()
        if !created {
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1 else {
                close(fd)
                throw Failure.notALockFile(
                    path: path,
                    reason: (info.st_mode & S_IFMT) == S_IFREG ? "has other hard links" : "is not a plain file")
            }
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let err = errno
            let holder = Self.holder(fd)
            close(fd)
            if err == EWOULDBLOCK { throw Failure.busy(path: directory, holder: holder ?? "") }
            throw Failure.cannotOpen(path: path, reason: String(cString: strerror(err)))
        }
        if !created && (info.st_size > 32 || Self.holder(fd) == nil) {
            close(fd)
            throw Failure.notALockFile(path: path, reason: "holds something else")
        }
        self.fd = fd
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, pid, pid.count, 0)
    }

    private static func path(in directory: String) -> String {
        directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
    }

    /// The pid the lock file holds ("" when empty), or nil when it holds anything else.
    private static func holder(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 33)
        let n = pread(fd, &buffer, 33, 0)
        guard n >= 0, n <= 32 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self).trimmingWhitespace()
        return text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ? text : nil
    }

    /// Releases the lock. The lock file stays: removing it would race with a waiting run.
    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
