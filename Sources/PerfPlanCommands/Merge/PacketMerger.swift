import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan merge`: the month folders of `generate --shard K/N` (or `progress --shard K/N`),
/// K = 1 … N, combined into the month folder one run over the same data writes, byte for byte.
///
/// Every shard renders only its own employees' documents, but writes the files that cover
/// everyone — the index and gaps.csv (`generate`), the summary (`progress`) — through the
/// same code as a whole run, because every shard reads the whole data set anyway. So the
/// merge re-renders nothing: it checks that the parts are one run's (same as-of month,
/// generated day, input and template fingerprints and version; shards 1 … N each once;
/// every part complete against its manifest; the shared files equal in every part), then
/// **copies** the shared files of one part and every part's employee folders into a new
/// month folder, published like every packet (`PacketWriter`: staging folder, manifest last,
/// one rename). The parts are left as they were: a merge can be run again, and the parts
/// can be removed once the month folder is checked. Each copied file's SHA-256 is compared
/// with its part's manifest as it is written: a part changed after it was written is refused.
package struct PacketMerger: Sendable {
    package enum Failure: Error, CustomStringConvertible, Sendable {
        /// The command line is wrong (exit 2): no parts, `--out` over a part.
        case usage(String)
        /// The parts are not the shards of one run (exit 3): every problem, one a line.
        case mismatch([String])
        /// Reading or writing failed (exit 1).
        case failed(String)

        package var description: String {
            switch self {
            case .usage(let m), .failed(let m): return m
            case .mismatch(let lines): return lines.joined(separator: "\n")
            }
        }
    }

    package struct Result: Sendable {
        package var path: String
        package var files: Int
        package var bytes: Int
        package var employees: Int
        package var shards: Int
    }

    package let parts: [String]

    package init(parts: [String]) { self.parts = parts }

    /// A part read and checked against its manifest.
    struct Part {
        var path: String
        var manifest: PartManifest
        var shard: Shard
    }

    /// At most this many problems are listed per part (a wrong folder lists thousands).
    static let problemsPerPart = 20

    package func merge(outRoot: String, progress: (@Sendable () -> Void)? = nil) throws(Failure) -> Result {
        guard !parts.isEmpty else { throw .usage("merge needs the month folders of the shards (PART_DIR …)") }
        try checkOverlap(outRoot: outRoot)
        let checked = try check()
        let first = checked[0]
        var whole = first.manifest.provenance!
        whole.shard = nil
        // The shared files (index, gaps.csv, summary) from the first part; they were checked
        // equal in all. Employee folders from the part that rendered them.
        let shared = first.manifest.files.keys.filter { PartManifest.employee(of: $0) == nil }.sorted()
        var folders: [(part: Int, id: String, files: [String])] = []
        for (n, part) in checked.enumerated() {
            var byId: [String: [String]] = [:]
            for path in part.manifest.files.keys {
                if let id = PartManifest.employee(of: path) { byId[id, default: []].append(path) }
            }
            for (id, files) in byId { folders.append((n, id, files.sorted())) }
        }
        folders.sort { codePointLess($0.id, $1.id) }
        let jobs = folders
        do {
            let result = try PacketWriter.publish(
                outRoot: outRoot, month: first.manifest.asOf, generated: first.manifest.generated,
                provenance: whole
            ) { out in
                try out.makeFolder("employees")
                for path in shared {
                    // `managers/ID/…` and `outbox/…`: their folders first.
                    let folders = path.split(separator: "/").dropLast()
                    for k in folders.indices { try out.makeFolder(folders[...k].joined(separator: "/")) }
                    try Self.copy(path, from: first, to: out)
                }
                // Copying is I/O-bound: up to four workers, each taking every fourth folder.
                let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
                try OrderedBatchExecutor.runEach(workers) { w in
                    for k in stride(from: w, to: jobs.count, by: workers) {
                        try out.makeFolder("employees/" + jobs[k].id)
                        for path in jobs[k].files { try Self.copy(path, from: checked[jobs[k].part], to: out) }
                        progress?()
                    }
                }
            }
            return Result(
                path: result.path, files: result.files, bytes: result.bytes, employees: jobs.count,
                shards: checked.count)
        } catch let error as Failure {
            throw error
        } catch {
            throw .failed("\(error)")
        }
    }

    /// Takes one file of a part into the merged folder, checked against the SHA-256 its
    /// manifest lists: a hard link where the volume allows it, else a copy.
    static func copy(_ path: String, from part: Part, to out: PacketWriter) throws {
        let source = part.path + "/" + path
        let listed = part.manifest.files[path]!
        do {
            if try out.link(source, path, expecting: listed.sha256, maxBytes: listed.bytes) { return }
            let bytes: [UInt8]
            do { bytes = try FileBytes.read(source, maxBytes: listed.bytes) } catch {
                throw Failure.mismatch(["\(source): cannot be read: \(error.reason)"])
            }
            try out.put(bytes, path, expecting: listed.sha256)
        } catch let error as FileSystem.Failure where error.description.hasPrefix(path + ":") {
            throw Failure.mismatch(["\(part.path): \(error.description)"])
        }
    }

    /// `--out`'s month folder must not be a part, hold one or lie in one: publishing it would
    /// replace or write into what is being read.
    func checkOverlap(outRoot: String) throws(Failure) {
        let out = PathOverlap.resolve(outRoot)
        for part in parts {
            let p = PathOverlap.resolve(part)
            if p == out || PathOverlap.contains(out, p) {
                throw .usage(
                    "part \(part) lies in --out \(outRoot), where the merged month folder is published; give an --out outside the parts"
                )
            }
            if PathOverlap.contains(p, out) {
                throw .usage("--out \(outRoot) lies inside part \(part): the merge would write into a part it reads")
            }
        }
    }

    /// Reads every part's manifest and checks the parts against each other and their
    /// manifests; all problems at once.
    func check() throws(Failure) -> [Part] {
        var problems: [String] = []
        var read: [Part] = []
        for path in parts {
            let manifestPath = path + "/manifest.json"
            guard PathKind.isFolder(path) else {
                problems.append("\(path): not a folder (each PART_DIR is the month folder a shard wrote)")
                continue
            }
            let bytes: [UInt8]
            do { bytes = try FileBytes.read(manifestPath, maxBytes: PlanManifest.maxBytes) } catch {
                problems.append(
                    "\(manifestPath): cannot be read (\(error.reason)); not a complete month folder perfplan wrote")
                continue
            }
            let manifest: PartManifest
            do { manifest = try PartManifest(parsing: bytes, path: manifestPath) } catch {
                problems.append(error.description)
                continue
            }
            guard let provenance = manifest.provenance else {
                problems.append(
                    "\(manifestPath): records no provenance (perfplan version, input); written by an older perfplan, it cannot be merged"
                )
                continue
            }
            guard let shard = provenance.shard else {
                problems.append(
                    "\(manifestPath): records no shard; \(path) is a whole run, not a part of a sharded one")
                continue
            }
            problems += Self.completeness(of: path, manifest: manifest, shard: shard)
            read.append(Part(path: path, manifest: manifest, shard: shard))
        }
        // The parts that could be read are compared too; a shard is called missing only
        // when every part was read (an unreadable one may be it).
        problems += Self.agreement(read, allRead: read.count == parts.count)
        if !problems.isEmpty { throw .mismatch(problems) }
        return read.sorted { $0.shard.k < $1.shard.k }
    }

    /// The part on disk against its manifest: every listed file there with its size,
    /// nothing else there, nothing a link; each employee folder in the part's own shard.
    static func completeness(of path: String, manifest: PartManifest, shard: Shard) -> [String] {
        var problems: [String] = []
        var found: [String: Int] = [:]
        walk(path, "", into: &found, problems: &problems)
        for (file, size) in found.sorted(by: { codePointLess($0.key, $1.key) }) where file != "manifest.json" {
            guard let listed = manifest.files[file] else {
                problems.append("\(path): \(file) is not in its manifest")
                continue
            }
            if listed.bytes != size {
                problems.append("\(path): \(file) has \(size) bytes, its manifest lists \(listed.bytes)")
            }
        }
        for file in manifest.files.keys.sorted(by: codePointLess) where found[file] == nil {
            problems.append("\(path): \(file) is listed in its manifest but missing (an incomplete part)")
        }
        var wrongShard = Set<String>()
        for file in Set(manifest.files.keys).union(found.keys).sorted(by: codePointLess) {
            if let id = PartManifest.employee(of: file), !shard.contains(id), wrongShard.insert(id).inserted {
                problems.append(
                    "\(path): employees/\(id) belongs to shard \(Shard.of(id, among: shard.n).k)/\(shard.n), not to this part's \(shard.k)/\(shard.n)"
                )
            }
        }
        if problems.count > problemsPerPart {
            let more = problems.count - problemsPerPart
            problems =
                Array(problems.prefix(problemsPerPart)) + ["\(path): … and \(more) more problem\(more == 1 ? "" : "s")"]
        }
        return problems
    }

    /// Regular files under `folder` (path relative to the part → size), without following
    /// links: a link or special file is a problem.
    static func walk(_ root: String, _ relative: String, into found: inout [String: Int], problems: inout [String]) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        for name in FileSystem.entries(folder).sorted(by: codePointLess) {
            let rel = relative.isEmpty ? name : relative + "/" + name
            guard case .success(let kind) = PathKind.of(folder + "/" + name, followLinks: false) else {
                problems.append("\(root): \(rel) cannot be inspected")
                continue
            }
            switch kind {
            case .folder: walk(root, rel, into: &found, problems: &problems)
            case .regularFile(let bytes): found[rel] = bytes
            case .link, .other:
                problems.append("\(root): \(rel) is not a regular file or folder (perfplan writes no links)")
            }
        }
    }

    /// The parts against the first: one run's (month, day, provenance but the shard), each
    /// shard of N once, the shared files equal.
    static func agreement(_ parts: [Part], allRead: Bool) -> [String] {
        guard let first = parts.first else { return [] }
        var problems: [String] = []
        let p0 = first.manifest.provenance!
        if p0.version != Provenance.currentVersion {
            problems.append(
                "\(first.path): written by perfplan \(p0.version); this is perfplan \(Provenance.currentVersion), which merges only its own parts"
            )
        }
        let sharedFirst = first.manifest.files.filter { PartManifest.employee(of: $0.key) == nil }
        var byK: [Int: String] = [:]
        for part in parts {
            let p = part.manifest.provenance!
            func differ(_ what: String, _ a: String, _ b: String) {
                problems.append("\(part.path): \(what) \(a) differs from \(b) in \(first.path)")
            }
            if part.manifest.asOf != first.manifest.asOf {
                differ("as-of month", "\(part.manifest.asOf)", "\(first.manifest.asOf)")
            }
            if part.manifest.generated != first.manifest.generated {
                differ("generated day", "\(part.manifest.generated)", "\(first.manifest.generated)")
            }
            if p.version != p0.version { differ("perfplan version", p.version, p0.version) }
            if p.input != p0.input { differ("input fingerprint (data, policy, plans)", p.input, p0.input) }
            if p.templates != p0.templates { differ("template fingerprint", p.templates, p0.templates) }
            if part.shard.n != first.shard.n {
                differ("shard count", "\(part.shard.k)/\(part.shard.n)", "\(first.shard.k)/\(first.shard.n)")
                continue
            }
            if let other = byK[part.shard.k] {
                problems.append(
                    "\(part.path): shard \(part.shard.k)/\(part.shard.n) is also \(other) (a duplicated shard)")
            } else {
                byK[part.shard.k] = part.path
            }
            if part.path != first.path {
                let shared = part.manifest.files.filter { PartManifest.employee(of: $0.key) == nil }
                for (file, entry) in shared.sorted(by: { codePointLess($0.key, $1.key) }) {
                    guard let other = sharedFirst[file] else {
                        problems.append("\(part.path): \(file) is not in \(first.path)")
                        continue
                    }
                    if other.sha256 != entry.sha256 {
                        problems.append("\(part.path): \(file) differs from \(first.path)'s")
                    }
                }
                for file in sharedFirst.keys.sorted(by: codePointLess) where shared[file] == nil {
                    problems.append("\(part.path): \(file) is missing (\(first.path) has it)")
                }
            }
        }
        let n = first.shard.n
        for k in 1...n where allRead && byK[k] == nil && parts.allSatisfy({ $0.shard.n == n }) {
            problems.append("shard \(k)/\(n) is missing: no part given is it")
        }
        return problems
    }
}
