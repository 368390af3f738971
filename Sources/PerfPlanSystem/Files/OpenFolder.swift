#if canImport(Glibc)
    import Glibc
#endif

/// A folder held open by its descriptor, so what is read under it is read relative to that
/// folder and not to a path someone may change meanwhile (`progress` reading a packet's
/// `employees/`). The descriptor is closed when the value goes; it never leaves the type,
/// so nothing can use it after that.
package final class OpenFolder {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// The folder at `path`, the user's argument, so a link to a folder is followed.
    package static func open(_ path: String) throws(SystemError) -> OpenFolder {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .last() }
        return OpenFolder(descriptor: fd)
    }

    /// The folder `name` inside this one, opened only if it is a folder itself and not a
    /// symbolic link to one (`isLinkRefused` or `isNotAFolder` otherwise).
    package func folder(_ name: String) throws(SystemError) -> OpenFolder {
        let fd = FileSystem.openFolder(name, in: descriptor)
        guard fd >= 0 else { throw .last() }
        return OpenFolder(descriptor: fd)
    }

    /// True when something (of any type) is at `relative` under this folder; a link there is
    /// not followed.
    package func contains(_ relative: String) -> Bool {
        var info = stat()
        return fstatat(descriptor, relative, &info, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// The names in this folder but "." and "..".
    package func entries() -> [String] { FileSystem.entries(in: descriptor) }

    /// The file `name` in this folder, opened for reading as `FileBytes.open` opens it.
    package func openFile(_ name: String, followLinks: Bool, maxBytes: Int? = nil) throws(FileBytes.ReadError)
        -> ByteStream
    {
        try FileBytes.open(name, in: descriptor, followLinks: followLinks, maxBytes: maxBytes)
    }
}
