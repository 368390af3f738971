import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file with POSIX calls, so a failure can say why (`Permission denied`),
/// which `FileManager.contents(atPath:)` does not. Every file perfplan reads (data files,
/// templates, plan.xml) comes through `open`, so none of them can be a FIFO that hangs the
/// run or a device that never ends.
///
/// Unsafe (C interop, and no copy): `ByteStream` reads with `read(2)` into its scratch
/// buffer or straight into a new array's uninitialised capacity, never past `capacity -
/// count`; `count` is set to exactly the bytes initialised (the kept tail, then those read).
public enum FileBytes {
    /// `reason` reads after "cannot be read: " (`is a FIFO, not a regular file`).
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        package var reason: String
        /// The `errno` of a failed open (ENOENT, ELOOP for a link refused), else 0.
        package var code: Int32 = 0
        /// The file, as it was named to `open` (nil for a read of bytes in memory), so that
        /// no message can say what went wrong without saying where.
        package var path: String? = nil

        /// `FILE: reason` (the reason alone when there is no file).
        public var description: String { path.map { "\($0): \(reason)" } ?? reason }
    }

    /// The whole file; refused, before a byte is read, when larger than `maxBytes`.
    package static func read(_ path: String, maxBytes: Int? = nil) throws(ReadError) -> [UInt8] {
        try open(path, maxBytes: maxBytes).readAll()
    }

    /// The same for `name` relative to the folder open as `directory`; with `followLinks`
    /// false a symbolic link is refused (ELOOP) instead of read (plan files in a packet).
    package static func read(_ name: String, in directory: Int32 = AT_FDCWD, followLinks: Bool, maxBytes: Int? = nil)
        throws(ReadError) -> [UInt8]
    {
        try open(name, in: directory, followLinks: followLinks, maxBytes: maxBytes).readAll()
    }

    /// Opens a regular file to be read in pieces (a 1 GB actuals file is never held whole).
    ///
    /// Opened non-blocking, so a FIFO with no writer does not hang the open, then refused
    /// unless `fstat` says it is a regular file (a FIFO, device, socket or folder never
    /// ends or never starts); reads then block as usual. A file larger than `maxBytes` is
    /// refused here, from its size, not after reading it.
    package static func open(
        _ path: String, in directory: Int32 = AT_FDCWD, followLinks: Bool = true,
        maxBytes: Int? = nil
    ) throws(ReadError) -> ByteStream {
        let fd = openat(directory, path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            let code = errno
            throw ReadError(
                reason: code == ELOOP && !followLinks ? "is a symbolic link; only regular files are read" : lastError(),
                code: code, path: path)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = ReadError(reason: lastError(), path: path)
            close(fd)
            throw error
        }
        if let kind = notRegular(info.st_mode) {
            close(fd)
            throw ReadError(reason: "is \(kind), not a regular file", path: path)
        }
        let size = Int(info.st_size)
        if let maxBytes, size > maxBytes {
            close(fd)
            throw ReadError(reason: tooLarge(size, maxBytes), path: path)
        }
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0 else {
            let error = ReadError(reason: lastError(), path: path)
            close(fd)
            throw error
        }
        return ByteStream(fd: fd, sizeHint: size, maxBytes: maxBytes, path: path)
    }

    /// What a file that is not a regular one is, for the message; nil for a regular file.
    static func notRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    static func tooLarge(_ size: Int, _ maxBytes: Int) -> String {
        "it is \(size) bytes, over the \(InputLimits.size(maxBytes)) limit for this file"
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// A file's bytes, read in pieces, from an open file or from memory (the fuzzers).
///
/// `Sendable`: the loader reads actuals.csv on a thread of its own. The read position (and
/// the scratch buffer) sit in a `Mutex`, taken once per read of up to a MiB.
package final class ByteStream: Sendable {
    private let fd: Int32
    /// The file's size when opened (0 if unknown).
    package let sizeHint: Int
    /// The file's size as `fstat` gave it when opened (the bytes, for one in memory).
    package var size: Int { sizeHint }
    /// `readAll` stops past this many bytes: a file that grew after `fstat`, or one whose
    /// size says 0 but reads on (such as those under /proc), is still refused.
    private let maxBytes: Int?
    private let memory: [UInt8]
    private struct Position {
        var offset = 0
        var scratch: [UInt8] = []
    }
    private let position = Mutex(Position())
    /// Bytes read so far (the tests check that a hostile file is not read to its end).
    package var bytesRead: Int { position.withLock { $0.offset } }

    /// The file's name as opened, for the errors of later reads.
    private let path: String?

    init(fd: Int32, sizeHint: Int, maxBytes: Int?, path: String? = nil) {
        self.fd = fd
        self.sizeHint = sizeHint
        self.maxBytes = maxBytes
        memory = []
        self.path = path
    }
    package init(bytes: [UInt8]) {
        fd = -1
        sizeHint = bytes.count
        maxBytes = nil
        memory = bytes
        path = nil
    }
    deinit { if fd >= 0 { close(fd) } }

    /// Appends up to `limit` bytes to `buffer`; returns how many, 0 at the end.
    package func read(appendingTo buffer: inout [UInt8], limit: Int) throws(FileBytes.ReadError) -> Int {
        try position.withLock { (p) throws(FileBytes.ReadError) -> Int in
            guard fd >= 0 else {
                let n = min(limit, memory.count - p.offset)
                buffer.append(contentsOf: memory[p.offset..<(p.offset + n)])
                p.offset += n
                return n
            }
            if p.scratch.isEmpty { p.scratch = [UInt8](repeating: 0, count: 1 << 20) }
            while true {
                let want = min(limit, p.scratch.count)
                let n = p.scratch.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileBytes.ReadError(reason: FileBytes.lastError(), path: path)
                }
                buffer.append(contentsOf: p.scratch[0..<n])
                p.offset += n
                return n
            }
        }
    }

    /// A new buffer of `tail` followed by file bytes up to `size` bytes in all (fewer at the
    /// end of the file, `atEnd` then true). The file is read straight into the buffer: no
    /// scratch copy, and the buffer can be handed on as a parsed piece's storage.
    package func piece(keeping tail: ArraySlice<UInt8>, size: Int) throws(FileBytes.ReadError) -> (
        bytes: [UInt8], atEnd: Bool
    ) {
        try position.withLock { (p) throws(FileBytes.ReadError) -> (bytes: [UInt8], atEnd: Bool) in
            // No bigger than what is left (plus a byte to see the end in the same call): a
            // small file gets a small buffer, not a whole piece.
            let left = fd < 0 ? memory.count - p.offset : max(sizeHint - p.offset, 0)
            let capacity = max(min(size, tail.count + left + 1), tail.count + 1)
            var failure: FileBytes.ReadError?
            var atEnd = false
            var offset = p.offset
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = tail.count
                if !tail.isEmpty {
                    tail.withUnsafeBufferPointer { t in
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<t.count]).initialize(from: t)
                    }
                }
                while count < capacity {
                    if fd < 0 {
                        let n = min(capacity - count, memory.count - offset)
                        if n == 0 {
                            atEnd = true
                            break
                        }
                        memory.withUnsafeBufferPointer { m in
                            (buffer.baseAddress! + count).initialize(from: m.baseAddress! + offset, count: n)
                        }
                        offset += n
                        count += n
                        continue
                    }
                    let n = Glibc.read(fd, buffer.baseAddress! + count, capacity - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = FileBytes.ReadError(reason: FileBytes.lastError(), path: path)
                        break
                    }
                    if n == 0 {
                        atEnd = true
                        break
                    }
                    count += n
                    offset += n
                }
            }
            p.offset = offset
            if let failure { throw failure }
            return (bytes, atEnd)
        }
    }

    package func readAll() throws(FileBytes.ReadError) -> [UInt8] {
        if fd < 0 { return memory }
        var out: [UInt8] = []
        out.reserveCapacity(sizeHint + 1)
        while try read(appendingTo: &out, limit: 1 << 20) > 0 {
            if let maxBytes, out.count > maxBytes {
                throw FileBytes.ReadError(
                    reason: "it grew past the \(InputLimits.size(maxBytes)) limit for this file while being read",
                    path: path)
            }
        }
        return out
    }
}
