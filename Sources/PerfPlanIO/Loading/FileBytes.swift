#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, so a failure can say why (`Permission denied`),
/// which `FileManager.contents(atPath:)` does not.
public enum FileBytes {
    public struct ReadError: Error, Sendable { public var reason: String }

    public static func read(_ path: String) throws(ReadError) -> [UInt8] {
        try open(path).readAll()
    }

    /// Opens a file to be read in pieces (a 1 GB actuals file is never held whole).
    public static func open(_ path: String) throws(ReadError) -> ByteStream {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(reason: lastError()) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = ReadError(reason: lastError())
            close(fd)
            throw error
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { close(fd); throw ReadError(reason: "is a directory") }
        return ByteStream(fd: fd, sizeHint: Int(info.st_size))
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// A file's bytes, read in pieces, from an open file or from memory (the fuzzers).
public final class ByteStream {
    private let fd: Int32
    /// The file's size when opened (0 if unknown).
    let sizeHint: Int
    private let memory: [UInt8]
    private var offset = 0
    private var scratch: [UInt8] = []

    init(fd: Int32, sizeHint: Int) { self.fd = fd; self.sizeHint = sizeHint; memory = [] }
    public init(bytes: [UInt8]) { fd = -1; sizeHint = bytes.count; memory = bytes }
    deinit { if fd >= 0 { close(fd) } }

    /// Appends up to `limit` bytes to `buffer`; returns how many, 0 at the end.
    public func read(appendingTo buffer: inout [UInt8], limit: Int) throws(FileBytes.ReadError) -> Int {
        guard fd >= 0 else {
            let n = min(limit, memory.count - offset)
            buffer.append(contentsOf: memory[offset..<(offset + n)])
            offset += n
            return n
        }
        if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: 1 << 20) }
        while true {
            let want = min(limit, scratch.count)
            let n = scratch.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileBytes.ReadError(reason: FileBytes.lastError())
            }
            buffer.append(contentsOf: scratch[0..<n])
            offset += n
            return n
        }
    }

    /// A new buffer of `tail` followed by file bytes up to `size` bytes in all (fewer at the
    /// end of the file, `atEnd` then true). The file is read straight into the buffer: no
    /// scratch copy, and the buffer can be handed on as a parsed piece's storage.
    public func piece(keeping tail: ArraySlice<UInt8>, size: Int) throws(FileBytes.ReadError) -> (bytes: [UInt8], atEnd: Bool) {
        // No bigger than what is left (plus a byte to see the end in the same call): a small
        // file gets a small buffer, not a whole piece.
        let left = fd < 0 ? memory.count - offset : max(sizeHint - offset, 0)
        let capacity = max(min(size, tail.count + left + 1), tail.count + 1)
        var failure: FileBytes.ReadError?
        var atEnd = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = tail.count
            if !tail.isEmpty {
                tail.withUnsafeBufferPointer { t in _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<t.count]).initialize(from: t) }
            }
            while count < capacity {
                if fd < 0 {
                    let n = min(capacity - count, memory.count - offset)
                    if n == 0 { atEnd = true; break }
                    memory.withUnsafeBufferPointer { m in
                        (buffer.baseAddress! + count).initialize(from: m.baseAddress! + offset, count: n)
                    }
                    offset += n; count += n
                    continue
                }
                let n = Glibc.read(fd, buffer.baseAddress! + count, capacity - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = FileBytes.ReadError(reason: FileBytes.lastError())
                    break
                }
                if n == 0 { atEnd = true; break }
                count += n
                offset += n
            }
        }
        if let failure { throw failure }
        return (bytes, atEnd)
    }

    public func readAll() throws(FileBytes.ReadError) -> [UInt8] {
        if fd < 0 { return memory }
        var out: [UInt8] = []
        out.reserveCapacity(sizeHint + 1)
        while try read(appendingTo: &out, limit: 1 << 20) > 0 {}
        return out
    }
}
