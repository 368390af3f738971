#if canImport(Glibc)
    import Glibc
#endif

/// What lies at a path, in Swift terms, for the code that decides by it (merge's walk over a
/// part, `progress`' check of `--plans`, the register's files), so it calls no `stat` itself.
package enum PathKind: Sendable, Equatable {
    case folder
    case regularFile(bytes: Int)
    /// A symbolic link (seen only when links are not followed).
    case link
    /// A device, FIFO or socket.
    case other

    /// What is at `path`: through a link there when `followLinks` (`stat`), the link itself
    /// otherwise (`lstat`); the error when nothing can be inspected.
    package static func of(_ path: String, followLinks: Bool) -> Result<PathKind, SystemError> {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .failure(.last()) }
        return .success(PathKind(mode: info.st_mode, size: info.st_size))
    }

    /// True when something (of any type) is at `path`; a link is not followed.
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// True when `path` is a folder, following a link there.
    package static func isFolder(_ path: String) -> Bool {
        (try? of(path, followLinks: true).get()) == .folder
    }

    init(mode: mode_t, size: Int) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFREG: self = .regularFile(bytes: size)
        case S_IFLNK: self = .link
        default: self = .other
        }
    }
}
