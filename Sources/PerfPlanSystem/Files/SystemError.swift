#if canImport(Glibc)
    import Glibc
#endif

/// A failed system call's error number, and the words the C library has for it: how the
/// modules above the system wall learn why a path could not be inspected, opened or
/// written without reading `errno` themselves.
package struct SystemError: Error, Sendable {
    package let code: Int32

    package init(code: Int32) { self.code = code }

    /// The error of the system call that just failed on this thread.
    static func last() -> SystemError { SystemError(code: errno) }

    /// `strerror`'s words, e.g. "No such file or directory".
    package var reason: String { String(cString: strerror(code)) }

    /// Nothing is at the path (ENOENT).
    package var isMissing: Bool { code == ENOENT }

    /// A part of the path that should be a folder is not one (ENOTDIR).
    package var isNotAFolder: Bool { code == ENOTDIR }

    /// A symbolic link was met where none is followed (ELOOP).
    package var isLinkRefused: Bool { code == ELOOP }
}

extension FileBytes.ReadError {
    /// The file is not there (ENOENT).
    package var isMissing: Bool { code == ENOENT }

    /// The file is a symbolic link and was not followed (ELOOP).
    package var isLinkRefused: Bool { code == ELOOP }
}
