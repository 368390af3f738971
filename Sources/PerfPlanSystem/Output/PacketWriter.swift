import Crypto
import Foundation
import PerfPlanCore
import Synchronization

/// Writes one month folder of output the safe way, for `generate` and `progress` alike:
/// under the output lock, into `OUT/.YYYY-MM.tmp-PID`, files 0600 and folders 0700, the
/// manifest last, then exchanged into place in one step. A failed or killed run leaves the
/// previous month folder as it was.
///
/// Unsafe: files are written from a borrowed buffer (`UnsafeRawBufferPointer`, valid during
/// `put`: a document straight from libxml2's or the renderer's memory, no copy); callers with
/// an array or a string use the `[UInt8]`/`String` overloads. `order` compares manifest
/// names as views of `names` between offsets `record` wrote; `Written` is `@unchecked`
/// (below).
package final class PacketWriter: Sendable {
    /// One written file for the manifest, kept without heap allocations of its own: the
    /// path's bytes live in `names`, the digest inline. (Hundreds of thousands of small
    /// strings made while documents come and go pin their heap pages, far more resident
    /// memory than the documents in flight.)
    ///
    /// `@unchecked`: `SHA256Digest` is a 32-byte value that swift-crypto does not mark
    /// `Sendable`; nothing in it is shared.
    struct Written: @unchecked Sendable {
        var nameStart: Int
        var nameCount: Int
        var bytes: Int
        var digest: SHA256Digest
    }

    package struct Result: Sendable {
        package var path: String
        package var files: Int
        package var bytes: Int
    }

    let directory: String
    /// The staging folder open, for creating folders and files by their path inside it: a
    /// short path walk each, with no descriptor to open and close per employee folder. The
    /// folder is this run's own (0700, made by it), so only the last name of each path can
    /// meet something it did not create, and that is never followed or truncated.
    private let root: Int32
    /// The files written so far, from every worker thread.
    private let records = Mutex(Records())

    private struct Records: Sendable {
        var written: [Written] = []
        /// The paths of `written`, one after another.
        var names: [UInt8] = []
        /// The manifest's entries for the files recorded before `prepareManifest`, made while
        /// other work was still writing files: how many files, their positions in path
        /// order, and their entries one after another (`ends`: where each ends).
        var prepared: (count: Int, order: [Int], entries: [UInt8], ends: [Int])?
    }

    init(directory: String, root: Int32) {
        self.directory = directory
        self.root = root
    }

    deinit { close(root) }

    /// Runs `body` against a fresh staging folder and, if it returns, publishes the folder
    /// as `outRoot/month` with a `manifest.json` of every file: `stage`, the body's writes,
    /// `PacketStaging.publish`, for callers whose writing is one step.
    package static func publish(
        outRoot: String, month: Month, generated: Day, provenance: Provenance? = nil, hook: PublishHook? = nil,
        _ body: (PacketWriter) throws -> Void
    ) throws -> Result {
        let staging = try stage(outRoot: outRoot, month: month)
        try body(staging.writer)
        return try staging.publish(generated: generated, provenance: provenance, hook: hook)
    }

    /// How many files were recorded, and their bytes (the manifest not included).
    func totals() -> (files: Int, bytes: Int) {
        let written = records.withLock { $0.written }
        return (written.count, written.reduce(0) { $0 + $1.bytes })
    }

    /// The SHA-256 (hex) of the recorded files among `paths`, by path, for the publish hook:
    /// one pass over the records, keeping only those asked for (a packet records 350 000).
    func digests(of paths: [String]) -> [String: String] {
        let wanted = Set(paths)
        let (written, names) = records.withLock { ($0.written, $0.names) }
        var found: [String: String] = [:]
        for w in written {
            let name = String(decoding: Self.name(w, names), as: UTF8.self)
            if wanted.contains(name) { found[name] = w.digest.hex }
        }
        return found
    }

    package func makeFolder(_ path: String) throws {
        try Interruption.guarded { try FileSystem.makeDirectory(path, in: root, path: directory + "/" + path) }
    }

    /// Makes the folder `path` (inside the month folder) and returns it, for writing its
    /// files by name.
    package func folder(_ path: String) throws -> Folder {
        try makeFolder(path)
        return Folder(writer: self, path: path)
    }

    /// A folder of the month being written.
    package struct Folder {
        private let writer: PacketWriter
        private let path: String

        fileprivate init(writer: PacketWriter, path: String) {
            self.writer = writer
            self.path = path
        }

        /// Writes the file `name` in this folder and records it for the manifest.
        package func put(_ bytes: RawSpan, _ name: String) throws {
            try writer.put(bytes, path + "/" + name)
        }
    }

    /// Writes one file (path relative to the month folder) and records it for the manifest.
    /// Safe to call from several threads.
    package func put(_ bytes: [UInt8], _ path: String) throws {
        try bytes.withUnsafeBytes { try put($0, path, record: true) }
    }

    /// The same for bytes lent by their owner (a rendered document, libxml2's buffer).
    package func put(_ bytes: RawSpan, _ path: String) throws {
        try bytes.withUnsafeBytes { try put($0, path, record: true) }
    }

    /// Writes a file copied from another packet (`merge`), hashed once: refused, before it
    /// is recorded, unless its SHA-256 is `sha256`, the one its packet's manifest lists.
    package func put(_ bytes: [UInt8], _ path: String, expecting sha256: [UInt8]) throws {
        try bytes.withUnsafeBytes { try put($0, path, expecting: sha256) }
    }

    private func put(_ bytes: UnsafeRawBufferPointer, _ path: String, expecting sha256: [UInt8]) throws {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        let digest = try Self.checked(hasher.finalize(), path, expecting: sha256)
        let fd = try Interruption.guarded { try FileSystem.create(path, in: root, path: directory + "/" + path) }
        defer { close(fd) }
        try FileSystem.write(bytes, fd: fd, path: directory + "/" + path)
        record(path, bytes: bytes.count, digest: digest)
    }

    /// Takes a file of another packet (`merge`) as a second name for the same file — a hard
    /// link, no bytes written — and checks it: what is read back and hashed is the new name
    /// itself, never following a link, so what is verified is exactly what gets published.
    /// Refused and removed unless it is a regular file of at most `maxBytes` whose SHA-256 is
    /// `sha256`. Returns false, with nothing made, where the file system cannot link it (the
    /// part on another volume, links not allowed for this user, too many links): the caller
    /// copies then. Copying a large packet costs about as long as rendering it; linking
    /// leaves the read and the hash.
    package func link(_ source: String, _ path: String, expecting sha256: [UInt8], maxBytes: Int) throws -> Bool {
        let failed = Interruption.guarded { FileSystem.link(source, as: path, in: root) }
        switch failed {
        case 0: break
        case EXDEV, EPERM, EMLINK, EOPNOTSUPP, ENOSYS: return false
        default: throw FileSystem.Failure(description: "\(path): cannot be read: \(String(cString: strerror(failed)))")
        }
        // A linked file keeps its owner and mode: one that is not this user's own 0600 file
        // (a part someone made readable, or another user's) is copied instead, as 0600.
        var info = stat()
        guard fstatat(root, path, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_uid == geteuid(),
            info.st_mode & S_IFMT != S_IFREG || info.st_mode & 0o777 == 0o600
        else {
            unlinkat(root, path, 0)
            return false
        }
        do {
            let bytes = try FileBytes.read(path, in: root, followLinks: false, maxBytes: maxBytes)
            record(
                path, bytes: bytes.count, digest: try Self.checked(SHA256.hash(data: bytes), path, expecting: sha256))
            return true
        } catch {
            unlinkat(root, path, 0)
            if let e = error as? FileBytes.ReadError { throw FileSystem.Failure(description: "\(path): \(e.reason)") }
            throw error
        }
    }

    /// `digest`, when it is `sha256`, the one the other packet's manifest lists for `path`.
    private static func checked(_ digest: SHA256Digest, _ path: String, expecting sha256: [UInt8]) throws
        -> SHA256Digest
    {
        guard digest.elementsEqual(sha256) else {
            throw FileSystem.Failure(
                description: "\(path): its SHA-256 is not the one its manifest lists (changed since it was written)")
        }
        return digest
    }

    /// `record`: false for the manifest itself.
    private func put(_ bytes: UnsafeRawBufferPointer, _ path: String, record: Bool) throws {
        // Only the creation is guarded: writing into a file already removed harms nothing.
        let fd = try Interruption.guarded { try FileSystem.create(path, in: root, path: directory + "/" + path) }
        defer { close(fd) }
        try FileSystem.write(bytes, fd: fd, path: directory + "/" + path)
        guard record else { return }
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        self.record(path, bytes: bytes.count, digest: hasher.finalize())
    }

    func put(_ bytes: [UInt8], _ path: String, record: Bool) throws {
        try bytes.withUnsafeBytes { try put($0, path, record: record) }
    }

    /// The same for text, written from the string's own UTF-8 storage (no copy: the index of
    /// 100 000 employees is tens of megabytes).
    package func put(_ text: String, _ path: String) throws {
        var text = text
        try text.withUTF8 { try put(UnsafeRawBufferPointer($0), path, record: true) }
    }

    /// A file written in pieces (gaps.csv of 100 000 employees), hashed as it goes.
    package func stream(_ path: String) throws -> StreamedFile {
        try StreamedFile(path: path, in: self)
    }

    package final class StreamedFile {
        private let path: String
        private let writer: PacketWriter
        private let fd: Int32
        private var hasher = SHA256()
        private var bytes = 0

        fileprivate init(path: String, in writer: PacketWriter) throws {
            self.path = path
            self.writer = writer
            fd = try Interruption.guarded {
                try FileSystem.create(path, in: writer.root, path: writer.directory + "/" + path)
            }
        }

        deinit { if fd >= 0 { close(fd) } }

        package func append(_ text: String) throws { try append(Array(text.utf8)) }

        package func append(_ data: [UInt8]) throws {
            try FileSystem.write(data, fd: fd, path: writer.directory + "/" + path)
            hasher.update(data: data)
            bytes += data.count
        }

        /// Records the file for the manifest (the descriptor closes with the object).
        package func finish() throws {
            writer.record(path, bytes: bytes, digest: hasher.finalize())
        }
    }

    fileprivate func record(_ path: String, bytes: Int, digest: SHA256Digest) {
        records.withLock { r in
            r.written.append(
                Written(nameStart: r.names.count, nameCount: path.utf8.count, bytes: bytes, digest: digest))
            r.names.append(utf8: path)
        }
    }

    /// Formats the manifest entries of every file recorded so far, so that `publish` only
    /// merges in those recorded later: `generate` calls it beside the index's formats, and
    /// the manifest of 35 000 files is no longer made on one core after everything else.
    package func prepareManifest() {
        let (written, names) = records.withLock { ($0.written, $0.names) }
        let order = Self.order(written, names)
        var entries: [UInt8] = []
        entries.reserveCapacity(order.count * 140)
        var ends: [Int] = []
        ends.reserveCapacity(order.count)
        for k in order {
            Self.appendEntry(k, written, names, to: &entries)
            ends.append(entries.count)
        }
        records.withLock { $0.prepared = (written.count, order, entries, ends) }
    }

    /// `manifest.json`: every file written, by path (code point order = UTF-8 byte order),
    /// built as bytes straight from the recorded names and digests — 350 000 files make a
    /// 40 MB manifest. Files recorded after `prepareManifest` are merged into its entries in
    /// path order; the entries are the same bytes whenever it ran.
    func manifest(month: Month, generated: Day, provenance: Provenance?) -> [UInt8] {
        let (written, names, prepared) = records.withLock { ($0.written, $0.names, $0.prepared) }
        var out: [UInt8] = []
        out.reserveCapacity(names.count + written.count * 120 + 256)
        ByteFormat.append("{\"as_of\": \"", to: &out)
        month.append(to: &out)
        ByteFormat.append("\", \"generated\": \"", to: &out)
        generated.append(to: &out)
        ByteFormat.append("\", ", to: &out)
        provenance?.append(to: &out)
        ByteFormat.append("\"files\": [\n", to: &out)
        if let prepared, prepared.count <= written.count {
            let later = Array(written[prepared.count...])
            let laterOrder = Self.order(later, names)
            // Two lists in path order merged; paths are unique, so never equal.
            var i = 0
            var j = 0
            var n = 0
            while i < prepared.order.count || j < laterOrder.count {
                if n > 0 { ByteFormat.append(",\n", to: &out) }
                n += 1
                if j == laterOrder.count
                    || (i < prepared.order.count
                        && Self.name(written[prepared.order[i]], names).lexicographicallyPrecedes(
                            Self.name(later[laterOrder[j]], names)))
                {
                    out += prepared.entries[(i == 0 ? 0 : prepared.ends[i - 1])..<prepared.ends[i]]
                    i += 1
                } else {
                    Self.appendEntry(laterOrder[j], later, names, to: &out)
                    j += 1
                }
            }
        } else {
            // Straight into the manifest: 350 000 entries are 50 MB, at the run's peak.
            Self.appendEntries(Self.order(written, names), written, names, to: &out)
        }
        ByteFormat.append("\n]}\n", to: &out)
        return out
    }

    private static func name(_ w: Written, _ names: [UInt8]) -> ArraySlice<UInt8> {
        names[w.nameStart..<(w.nameStart + w.nameCount)]
    }

    /// The positions of `written` in path order.
    private static func order(_ written: [Written], _ names: [UInt8]) -> [Int] {
        names.withUnsafeBufferPointer { all in
            func name(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[written[k].nameStart..<(written[k].nameStart + written[k].nameCount)])
            }
            return written.indices.sorted { name($0).lexicographicallyPrecedes(name($1)) }
        }
    }

    /// Appends the manifest entries of `written` in `order`, separated by ",\n".
    private static func appendEntries(_ order: [Int], _ written: [Written], _ names: [UInt8], to out: inout [UInt8]) {
        for (n, k) in order.enumerated() {
            if n > 0 { ByteFormat.append(",\n", to: &out) }
            appendEntry(k, written, names, to: &out)
        }
    }

    /// Appends the manifest entry of `written[k]`.
    private static func appendEntry(_ k: Int, _ written: [Written], _ names: [UInt8], to out: inout [UInt8]) {
        let digits: StaticString = "0123456789abcdef"
        ByteFormat.append("  {\"path\": ", to: &out)
        ByteFormat.append(jsonString: String(decoding: name(written[k], names), as: UTF8.self), to: &out)
        ByteFormat.append(", \"bytes\": ", to: &out)
        ByteFormat.append(integer: Int64(written[k].bytes), to: &out)
        ByteFormat.append(", \"sha256\": \"", to: &out)
        digits.withUTF8Buffer { hex in
            for b in written[k].digest {
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        ByteFormat.append("\"}", to: &out)
    }
}
