#if canImport(Glibc)
    import Glibc
#endif

/// The system calls the plan register makes on its own database file, by path: it is
/// created 0600 and never through a link, only regular files are removed, and a register on
/// a read-only mount is read as immutable.
extension FileSystem {
    /// Opens the file at `path`, creating it 0600 when missing, without following a link
    /// there; a file the user owns that others may read is narrowed to 0600. What is at
    /// `path` afterwards (`.other` when that cannot be told), or the error of the open.
    package static func openPrivately(_ path: String) throws(SystemError) -> PathKind {
        let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .last() }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o077 != 0 { _ = fchmod(fd, 0o600) }
        close(fd)
        return PathKind(mode: info.st_mode, size: info.st_size)
    }

    /// Removes `path` when it is a regular file; a link or anything else there is left alone,
    /// never followed. Errors are ignored: it removes what it can.
    package static func removeIfRegularFile(_ path: String) {
        if case .success(.regularFile) = PathKind.of(path, followLinks: false) { unlink(path) }
    }

    /// True when the file system holding `path` is mounted read-only; false when that cannot
    /// be told.
    package static func isOnReadOnlyMount(_ path: String) -> Bool {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return false }
        return info.f_flag & UInt(ST_RDONLY) != 0
    }
}
