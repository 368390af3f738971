#if canImport(Glibc)
    import Glibc
#endif

/// The `--out` folder, open as a descriptor, and the only ways perfplan touches what is in it.
///
/// `--out` itself is the user's own argument: a symbolic link to a folder there is their
/// choice and is followed. Nothing *inside* it is trusted: whoever else can write to that
/// folder could have planted a link (to the owner's files, or dangling to where a file
/// would appear) or a folder of their own. So every name in it is opened, created, renamed
/// and removed relative to the folder's descriptor, never through a link; a link or a month
/// folder perfplan did not write is an error that names the path, and its target is left
/// as it is.
struct OutputFolder {
    let path: String
    let fd: Int32

    /// Makes `--out` if needed and opens it.
    init(_ path: String) throws {
        try FileSystem.makeDirectory(path)
        fd = try FileSystem.openDirectory(path)
        self.path = path
    }

    func close() { _ = Glibc.close(fd) }

    /// `name` inside the folder, for messages.
    func path(of name: String) -> String { "\(path)/\(name)" }

    /// `.YYYY-MM.tmp-…`: a staging folder of some run (or what its fallback replace set aside).
    static func isStagingName(_ name: String) -> Bool {
        let b = Array(name.utf8.prefix(13))
        func digit(_ k: Int) -> Bool { b[k] >= UInt8(ascii: "0") && b[k] <= UInt8(ascii: "9") }
        return b.count == 13 && b[0] == UInt8(ascii: ".") && (1...4).allSatisfy(digit) && b[5] == UInt8(ascii: "-")
            && digit(6) && digit(7) && b[8...].elementsEqual(".tmp-".utf8)
    }

    /// Removes the staging folders of earlier runs, of every month. Only under the output
    /// lock: then no live run writes here, so every one is the leftover of a killed run.
    func removeLeftovers() {
        for name in FileSystem.entries(in: fd) where Self.isStagingName(name) {
            FileSystem.removeTree(name, in: fd)
        }
    }

    /// Creates the staging folder `name`, 0700, and opens it. A leftover of that name is
    /// removed first (without following anything); the folder opened must be the one
    /// created, owned by this account, not a link or folder swapped in meanwhile.
    func makeStaging(_ name: String) throws -> Int32 {
        if mkdirat(fd, name, 0o700) != 0 {
            guard errno == EEXIST else { throw failure(name, "cannot create folder: \(FileSystem.reason())") }
            FileSystem.removeTree(name, in: fd)
            guard mkdirat(fd, name, 0o700) == 0 else {
                throw failure(name, "cannot create folder: \(FileSystem.reason())")
            }
        }
        let folder = FileSystem.openFolder(name, in: fd)
        guard folder >= 0 else { throw failure(name, "cannot open folder: \(FileSystem.reason())") }
        var info = stat()
        guard fstat(folder, &info) == 0, info.st_uid == geteuid() else {
            _ = Glibc.close(folder)
            throw failure(name, "was replaced by a folder perfplan did not create")
        }
        if !FileSystem.umaskKeepsOwnerBits, fchmod(folder, 0o700) != 0 {
            let error = failure(name, "cannot set permissions: \(FileSystem.reason())")
            _ = Glibc.close(folder)
            throw error
        }
        return folder
    }

    /// What `name` (the month folder) holds now: nothing (false) or a month folder
    /// perfplan wrote (true), which may be replaced. Anything else is refused: a link
    /// (however it points), a file, or a folder without perfplan's `manifest.json` for
    /// `month` — perfplan writes the manifest last, so every month folder it published has
    /// one. An empty folder is accepted: replacing it loses nothing.
    func monthFolderExists(_ name: String, month: String) throws -> Bool {
        var info = stat()
        if fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) != 0 {
            guard errno == ENOENT else { throw failure(name, "cannot inspect: \(FileSystem.reason())") }
            return false
        }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            throw failure(
                name,
                "is a symbolic link; perfplan does not follow links inside the output folder (remove it, or choose another --out)"
            )
        case S_IFDIR:
            let folder = FileSystem.openFolder(name, in: fd)
            guard folder >= 0 else { throw failure(name, "cannot open folder: \(FileSystem.reason())") }
            defer { _ = Glibc.close(folder) }
            if Self.hasManifest(in: folder, month: month) || FileSystem.entries(in: folder).isEmpty { return true }
            throw failure(
                name,
                "exists and is not a month folder perfplan wrote (it has no manifest.json of perfplan's); move it away, or choose another --out"
            )
        default:
            throw failure(
                name, "exists and is not a month folder perfplan wrote; move it away, or choose another --out")
        }
    }

    /// True when the folder has a regular `manifest.json` (not a link) that begins the way
    /// perfplan's manifest of `month` does.
    static func hasManifest(in folder: Int32, month: String) -> Bool {
        let file = openat(folder, "manifest.json", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return false }
        defer { _ = Glibc.close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        let expected = Array("{\"as_of\": \"\(month)\"".utf8)
        var head = [UInt8](repeating: 0, count: expected.count)
        let n = pread(file, &head, head.count, 0)
        return n == expected.count && head == expected
    }

    /// Puts the staging folder in place of the month folder in one step. With a month
    /// folder there (`replacing`), the two are exchanged atomically (renameat2
    /// RENAME_EXCHANGE), so readers see the old packet or the new one, never neither; the
    /// old one is left at `staging` for the caller to delete. Without one, the rename
    /// refuses to replace anything that appeared meanwhile (RENAME_NOREPLACE).
    func publish(_ staging: String, as month: String, replacing: Bool) throws {
        let noReplace: UInt32 = 1 << 0
        let exchange: UInt32 = 1 << 1
        if perfplan_renameat2(fd, staging, fd, month, replacing ? exchange : noReplace) == 0 { return }
        guard errno == EINVAL || errno == ENOSYS else {
            throw failure(month, "cannot move the new packet into place: \(FileSystem.reason())")
        }
        // File systems without renameat2's flags.
        guard replacing else {
            guard renameat(fd, staging, fd, month) == 0 else {
                throw failure(month, "cannot move the new packet into place: \(FileSystem.reason())")
            }
            return
        }
        let aside = staging + ".old"
        guard renameat(fd, month, fd, aside) == 0 else {
            throw failure(month, "cannot replace: \(FileSystem.reason())")
        }
        guard renameat(fd, staging, fd, month) == 0 else {
            let why = FileSystem.reason()
            _ = renameat(fd, aside, fd, month)
            throw failure(month, "cannot replace: \(why)")
        }
        _ = renameat(fd, aside, fd, staging)
    }

    func failure(_ name: String, _ what: String) -> FileSystem.Failure {
        FileSystem.Failure(description: "\(path(of: name)): \(what)")
    }
}
