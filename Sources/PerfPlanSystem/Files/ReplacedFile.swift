#if canImport(Glibc)
    import Glibc
#endif

/// A file written from its start by path: created 0600 when missing, emptied when present
/// (`perfplan sample` writes its data files so, into a folder it checked is empty). Bytes go
/// out through `Console.writeAll`, the one write loop for such files.
package final class ReplacedFile {
    private let descriptor: Int32
    private var closed = false

    /// Opens `path` for writing, emptied; the error of the open when it cannot be.
    package init(_ path: String) throws(SystemError) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .last() }
    }

    deinit { if !closed { Glibc.close(descriptor) } }

    /// Writes all of `bytes`, or throws the error that stopped it.
    package func write(_ bytes: ArraySlice<UInt8>) throws(SystemError) {
        let code = Console.writeAll(bytes, to: descriptor)
        guard code == 0 else { throw SystemError(code: code) }
    }

    /// Closes the file (once; the value closes it when it goes otherwise).
    package func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(descriptor)
    }
}
