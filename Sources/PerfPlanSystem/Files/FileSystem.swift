#if canImport(Glibc)
    import Glibc
#endif

/// The few POSIX calls the packet writer needs, with errors that say which path and why.
/// Files are created 0600 and folders 0700 whatever the umask: they hold HR data.
///
/// Unsafe (C interop): `write(2)` of a borrowed buffer (offset kept below its count), the
/// name in a `dirent` (NUL-terminated by the kernel, copied into a `String` at once), and
/// `renameat2`, declared by hand with C string arguments.
package enum FileSystem {
    package struct Failure: Error, CustomStringConvertible, Sendable {
        package var description: String
        package init(description: String) { self.description = description }
    }

    static func reason() -> String { String(cString: strerror(errno)) }

    /// Creates a folder 0700 whatever the umask. An existing folder is accepted as it is (an
    /// `--out` the user made keeps its permissions); an existing file is an error. `path`
    /// is the user's own argument, so a symbolic link to a folder is followed.
    static func makeDirectory(_ path: String) throws {
        try makeDirectory(path, in: AT_FDCWD, path: path)
    }

    /// The same for `name` relative to the folder `directory` (a descriptor); `path` names
    /// it in errors. Inside a folder (not the working directory) an existing link is never
    /// taken for the folder it points to.
    static func makeDirectory(_ name: String, in directory: Int32, path: @autoclosure () -> String) throws {
        if mkdirat(directory, name, 0o700) == 0 {
            if !umaskKeepsOwnerBits, fchmodat(directory, name, 0o700, 0) != 0 {
                throw Failure(description: "\(path()): cannot set permissions: \(reason())")
            }
            return
        }
        guard errno == EEXIST else { throw Failure(description: "\(path()): cannot create folder: \(reason())") }
        var info = stat()
        let follow = directory == AT_FDCWD ? 0 : AT_SYMLINK_NOFOLLOW
        guard fstatat(directory, name, &info, follow) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw Failure(description: "\(path()): exists and is not a folder")
        }
    }

    /// True when the process umask clears none of the owner's bits, so a file created 0600
    /// (a folder 0700) gets exactly that mode and needs no chmod: saves a system call per
    /// file of a packet (and a path walk per folder). Read once; reading the umask means
    /// setting it, and a file another thread creates in between would only get fewer bits.
    static let umaskKeepsOwnerBits: Bool = {
        let old = umask(0o077)
        umask(old)
        return old & 0o700 == 0
    }()

    /// A new file, 0600, open for writing; `name` relative to the folder `directory` (a
    /// descriptor, or the working directory). `path` names it in errors. The file must not
    /// exist: nothing perfplan did not create is ever truncated, and a symbolic link in its
    /// place is refused, not followed (O_EXCL never follows one).
    static func create(_ name: String, in directory: Int32 = AT_FDCWD, path: @autoclosure () -> String? = nil) throws
        -> Int32
    {
        let fd = openat(directory, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let why = errno == EEXIST && isLink(name, in: directory) ? "is a symbolic link" : reason()
            throw Failure(description: "\(path() ?? name): cannot create file: \(why)")
        }
        // A file that did not exist gets its mode from the creation itself.
        if umaskKeepsOwnerBits { return fd }
        guard fchmod(fd, 0o600) == 0 else {
            let failure = Failure(description: "\(path() ?? name): cannot set permissions: \(reason())")
            close(fd)
            throw failure
        }
        return fd
    }

    /// A second name `name` (in the folder `directory`) for the file at `source`, made with
    /// `linkat` without following a link at `source`. 0, or the errno: the caller decides
    /// which failures mean "copy instead" (another file system, links not allowed).
    static func link(_ source: String, as name: String, in directory: Int32) -> Int32 {
        linkat(AT_FDCWD, source, directory, name, 0) == 0 ? 0 : errno
    }

    /// True when `name` in `directory` is a symbolic link (for error messages).
    static func isLink(_ name: String, in directory: Int32) -> Bool {
        var info = stat()
        return fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// A folder opened for creating files in it with `create(_:in:)`: `path` is the user's
    /// argument (`--out`), so a link to a folder is followed.
    static func openDirectory(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(description: "\(path): cannot open folder: \(reason())") }
        return fd
    }

    /// The folder `name` inside `directory`, opened only if it is a folder itself and not a
    /// symbolic link to one; -1 with errno set otherwise (ELOOP or ENOTDIR for a link).
    static func openFolder(_ name: String, in directory: Int32) -> Int32 {
        openat(directory, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }

    static func write(_ bytes: [UInt8], fd: Int32, path: @autoclosure () -> String) throws {
        try bytes.withUnsafeBytes { try write($0, fd: fd, path: path()) }
    }

    /// `path` names the file in errors (made only then).
    static func write(_ bytes: UnsafeRawBufferPointer, fd: Int32, path: @autoclosure () -> String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "\(path()): cannot write: \(reason())")
            }
            offset += n
        }
    }

    /// Removes `name` in the folder `directory`: a file or a link is unlinked (a link is never
    /// followed), a folder emptied through its own descriptor and removed. Every step is
    /// relative to the descriptor of the folder it read, opened with O_NOFOLLOW, so a link
    /// swapped in for a folder while the tree is removed is itself unlinked, never entered.
    /// Errors are ignored: it removes what it can (a leftover is cleaned by the next run).
    static func removeTree(_ name: String, in directory: Int32) {
        let fd = openFolder(name, in: directory)
        if fd < 0 {
            if errno == ENOTDIR || errno == ELOOP { unlinkat(directory, name, 0) }
            return
        }
        removeContents(fd)
        unlinkat(directory, name, AT_REMOVEDIR)
    }

    /// Empties the folder open as `fd` and closes it.
    private static func removeContents(_ fd: Int32) {
        guard let dir = fdopendir(fd) else {
            close(fd)
            return
        }
        var entries: [(name: String, folder: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let type = Int32(entry.pointee.d_type)
            entries.append((name, type == Int32(DT_DIR) || type == Int32(DT_UNKNOWN)))
        }
        for e in entries {
            // Linux says EISDIR (POSIX EPERM) when what was a file is now a folder.
            if e.folder || (unlinkat(fd, e.name, 0) != 0 && (errno == EISDIR || errno == EPERM)) {
                removeTree(e.name, in: fd)
            }
        }
        closedir(dir)
    }

    /// The names in the folder at `path` (empty when it cannot be opened as a folder).
    package static func entries(_ path: String) -> [String] {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        return entries(in: fd)
    }

    /// The names in the folder open as `directory` (the descriptor stays open).
    package static func entries(in directory: Int32) -> [String] {
        let fd = dup(directory)
        guard fd >= 0 else { return [] }
        guard let dir = fdopendir(fd) else {
            close(fd)
            return []
        }
        defer { closedir(dir) }
        rewinddir(dir)
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

/// glibc's renameat2 (2.28+), which Swift's Glibc module does not export.
// swift-format-ignore: AlwaysUseLowerCamelCase
@_silgen_name("renameat2")
func perfplan_renameat2(
    _ olddirfd: Int32, _ oldpath: UnsafePointer<CChar>, _ newdirfd: Int32,
    _ newpath: UnsafePointer<CChar>, _ flags: UInt32
) -> Int32
