#if canImport(Glibc)
import Glibc
#endif

/// The few POSIX calls the packet writer needs, with errors that say which path and why.
/// Files are created 0600 and folders 0700 whatever the umask: they hold HR data.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible, Sendable {
        var description: String
    }

    static func reason() -> String { String(cString: strerror(errno)) }

    /// Creates a folder 0700 whatever the umask. An existing folder is accepted as it is (an
    /// `--out` the user made keeps its permissions); an existing file is an error.
    static func makeDirectory(_ path: String) throws {
        try makeDirectory(path, in: AT_FDCWD, path: path)
    }

    /// The same for `name` relative to the folder `directory` (a descriptor); `path` names
    /// it in errors.
    static func makeDirectory(_ name: String, in directory: Int32, path: @autoclosure () -> String) throws {
        if mkdirat(directory, name, 0o700) == 0 {
            if !umaskKeepsOwnerBits, fchmodat(directory, name, 0o700, 0) != 0 {
                throw Failure(description: "\(path()): cannot set permissions: \(reason())")
            }
            return
        }
        guard errno == EEXIST else { throw Failure(description: "\(path()): cannot create folder: \(reason())") }
        var info = stat()
        guard fstatat(directory, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw Failure(description: "\(path()): exists and is not a folder")
        }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = try create(path)
        defer { close(fd) }
        try write(bytes, fd: fd, path: path)
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
    /// descriptor, or the working directory). `path` names it in errors.
    static func create(_ name: String, in directory: Int32 = AT_FDCWD, path: @autoclosure () -> String? = nil) throws -> Int32 {
        // A file that did not exist gets its mode from the creation itself.
        let fresh = openat(directory, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fresh >= 0, umaskKeepsOwnerBits { return fresh }
        let fd = fresh >= 0 ? fresh : openat(directory, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "\(path() ?? name): cannot create file: \(reason())") }
        guard fchmod(fd, 0o600) == 0 else {
            let failure = Failure(description: "\(path() ?? name): cannot set permissions: \(reason())")
            close(fd)
            throw failure
        }
        return fd
    }

    /// A folder opened for creating files in it with `create(_:in:)`.
    static func openDirectory(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(description: "\(path): cannot open folder: \(reason())") }
        return fd
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

    static func exists(_ path: String) -> Bool {
        var s = stat()
        return lstat(path, &s) == 0
    }

    /// Removes a folder tree (our own temporary or replaced packet); symbolic links are
    /// removed, never followed.
    static func removeTree(_ path: String) {
        var s = stat()
        guard lstat(path, &s) == 0 else { return }
        if (s.st_mode & S_IFMT) == S_IFDIR {
            if let dir = opendir(path) {
                var names: [String] = []
                while let entry = readdir(dir) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                    }
                    if name != "." && name != ".." { names.append(name) }
                }
                closedir(dir)
                for n in names { removeTree(path + "/" + n) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    static func entries(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(cString: raw.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Puts `staged` in place of `target` in one step. With an existing target the two are
    /// exchanged atomically (renameat2 RENAME_EXCHANGE), so readers see the old packet or the
    /// new one, never neither; the old one is left at `staged` for the caller to delete.
    static func replace(_ target: String, with staged: String) throws {
        if exists(target) {
            let exchange: UInt32 = 1 << 1  // RENAME_EXCHANGE
            if perfplan_renameat2(AT_FDCWD, staged, AT_FDCWD, target, exchange) == 0 { return }
            // File systems without exchange: move the old one aside first.
            let aside = staged + ".old"
            guard rename(target, aside) == 0 else { throw Failure(description: "\(target): cannot replace: \(reason())") }
            guard rename(staged, target) == 0 else {
                let why = reason()
                _ = rename(aside, target)
                throw Failure(description: "\(target): cannot replace: \(why)")
            }
            _ = rename(aside, staged)
            return
        }
        guard rename(staged, target) == 0 else { throw Failure(description: "\(target): cannot move the new packet into place: \(reason())") }
    }
}

/// glibc's renameat2 (2.28+), which Swift's Glibc module does not export.
@_silgen_name("renameat2")
func perfplan_renameat2(_ olddirfd: Int32, _ oldpath: UnsafePointer<CChar>, _ newdirfd: Int32,
                        _ newpath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
