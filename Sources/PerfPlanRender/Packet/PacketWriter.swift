import Crypto
import Foundation
import PerfPlanCore

/// Writes one month folder of output the safe way, for `generate` and `progress` alike:
/// under the output lock, into `OUT/.YYYY-MM.tmp-PID`, files 0600 and folders 0700, the
/// manifest last, then exchanged into place in one step. A failed or killed run leaves the
/// previous month folder as it was.
public final class PacketWriter: @unchecked Sendable {
    public struct Written: Sendable { public var path: String; public var bytes: Int; public var sha256: String }

    public struct Result: Sendable {
        public var path: String
        public var files: Int
        public var bytes: Int
    }

    let directory: String
    private let lock = NSLock()
    private var written: [Written] = []

    private init(directory: String) { self.directory = directory }

    /// Runs `body` against a fresh staging folder and, if it returns, publishes the folder
    /// as `outRoot/month` with a `manifest.json` of every file.
    public static func publish(outRoot: String, month: Month, generated: Day,
                               _ body: (PacketWriter) throws -> Void) throws -> Result {
        try FileSystem.makeDirectory(outRoot)
        let outputLock = try OutputLock(directory: outRoot)
        defer { withExtendedLifetime(outputLock) {} }
        // Leftovers of runs that were killed (we hold the lock, so none is active).
        for name in FileSystem.entries(outRoot) where name.hasPrefix(".\(month).tmp-") {
            FileSystem.removeTree(outRoot + "/" + name)
        }
        let staging = "\(outRoot)/.\(month).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try FileSystem.makeDirectory(staging)
        do {
            let writer = PacketWriter(directory: staging)
            try body(writer)
            let entries = writer.written.sorted { codePointLess($0.path, $1.path) }
            var manifest = "{\"as_of\": \"\(month)\", \"generated\": \"\(generated)\", \"files\": [\n"
            manifest += entries.map { "  {\"path\": \(JSONText.string($0.path)), \"bytes\": \($0.bytes), \"sha256\": \"\($0.sha256)\"}" }
                .joined(separator: ",\n")
            manifest += "\n]}\n"
            try FileSystem.write(Array(manifest.utf8), to: staging + "/manifest.json")
            let target = "\(outRoot)/\(month)"
            try FileSystem.replace(target, with: staging)
            FileSystem.removeTree(staging)  // the previous month folder, if there was one
            return Result(path: target, files: entries.count + 1, bytes: entries.reduce(manifest.utf8.count) { $0 + $1.bytes })
        } catch {
            FileSystem.removeTree(staging)
            throw error
        }
    }

    public func makeFolder(_ path: String) throws { try FileSystem.makeDirectory(directory + "/" + path) }

    /// Writes one file (path relative to the month folder) and records it for the manifest.
    /// Safe to call from several threads.
    public func put(_ bytes: [UInt8], _ path: String) throws {
        try FileSystem.write(bytes, to: directory + "/" + path)
        record(Written(path: path, bytes: bytes.count, sha256: Self.hex(SHA256.hash(data: bytes))))
    }

    /// A file written in pieces (gaps.csv of 100 000 employees), hashed as it goes.
    public func stream(_ path: String) throws -> StreamedFile {
        try StreamedFile(path: path, in: self)
    }

    public final class StreamedFile {
        private let path: String
        private let writer: PacketWriter
        private let fd: Int32
        private var hasher = SHA256()
        private var bytes = 0

        fileprivate init(path: String, in writer: PacketWriter) throws {
            self.path = path; self.writer = writer
            fd = try FileSystem.create(writer.directory + "/" + path)
        }

        deinit { if fd >= 0 { close(fd) } }

        public func append(_ text: String) throws {
            let data = Array(text.utf8)
            try FileSystem.write(data, fd: fd, path: writer.directory + "/" + path)
            hasher.update(data: data)
            bytes += data.count
        }

        /// Records the file for the manifest (the descriptor closes with the object).
        public func finish() throws {
            writer.record(Written(path: path, bytes: bytes, sha256: PacketWriter.hex(hasher.finalize())))
        }
    }

    fileprivate func record(_ entry: Written) {
        lock.lock()
        written.append(entry)
        lock.unlock()
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
