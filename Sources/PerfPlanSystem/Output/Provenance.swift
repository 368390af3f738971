import Crypto
import Foundation
import PerfPlanCore

/// What made a month folder, recorded in its `manifest.json` so that `merge` can tell parts
/// of one run from parts of different runs: the perfplan version, a fingerprint of the
/// input (the data files, policy included, and for `progress` the plans packet's
/// manifest), a fingerprint of the template set, and for a shard its place `K/N`.
///
/// A shard and a whole run over the same input record the same fields but `shard`, so the
/// manifest `merge` writes (without `shard`) is the one a single run writes.
package struct Provenance: Sendable, Equatable {
    /// perfplan's version, also shown by `perfplan --version`.
    package static let currentVersion = "0.1.0"

    package var version: String
    /// `sha256:` and 64 hexadecimal digits.
    package var input: String
    package var templates: String
    package var shard: Shard?

    package init(version: String = Provenance.currentVersion, input: String, templates: String, shard: Shard? = nil) {
        self.version = version
        self.input = input
        self.templates = templates
        self.shard = shard
    }

    /// The manifest members after `as_of` and `generated`, each followed by `, `.
    func append(to out: inout [UInt8]) {
        ByteFormat.append("\"perfplan\": ", to: &out)
        ByteFormat.append(jsonString: version, to: &out)
        ByteFormat.append(", \"input\": ", to: &out)
        ByteFormat.append(jsonString: input, to: &out)
        ByteFormat.append(", \"templates\": ", to: &out)
        ByteFormat.append(jsonString: templates, to: &out)
        if let shard { out.append(contentsOf: ", \"shard\": \"\(shard.k)/\(shard.n)\"".utf8) }
        ByteFormat.append(", ", to: &out)
    }

    /// `sha256:HEX` of `parts`, each length-prefixed so that no two lists hash alike.
    package static func fingerprint(_ parts: [[UInt8]]) -> String {
        var hasher = SHA256()
        for p in parts {
            hasher.update(data: Array("\(p.count):".utf8))
            hasher.update(data: p)
        }
        return "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The fingerprint of a `--data` folder: the name and bytes of every file perfplan reads
    /// there (`fileNames`: the data sets and the policy), in name order. Read a second time for this
    /// (through the same safe opener as the loader), beside the loading.
    package static func inputFingerprint(dataDirectory: String, fileNames: [String], extra: [[UInt8]] = [])
        throws(FileBytes.ReadError) -> String
    {
        var hasher = SHA256()
        let present = Set(FileSystem.entries(dataDirectory))
        for name in fileNames.sorted() where present.contains(name) {
            let path = (dataDirectory as NSString).appendingPathComponent(name)
            let stream = try FileBytes.open(path)
            hasher.update(data: Array("\(name)\0".utf8))
            var size = 0
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 20)
            while true {
                buffer.removeAll(keepingCapacity: true)
                let n = try stream.read(appendingTo: &buffer, limit: 1 << 20)
                if n == 0 { break }
                size += n
                hasher.update(data: buffer)
            }
            hasher.update(data: Array("\0\(size)\0".utf8))
        }
        for p in extra {
            hasher.update(data: Array("\(p.count):".utf8))
            hasher.update(data: p)
        }
        return "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// Shard `k` of `n` (1 ≤ k ≤ n): the employees whose id's FNV-1a 64-bit hash mod n is k − 1,
/// the same split as `--shard K/N` of every command.
package struct Shard: Sendable, Equatable, Hashable {
    package var k: Int
    package var n: Int

    package init(k: Int, n: Int) {
        self.k = k
        self.n = n
    }

    package func contains(_ id: String) -> Bool { Int(Scope.fnv1a64(id) % UInt64(n)) == k - 1 }

    /// The shard an id belongs to among `n`.
    package static func of(_ id: String, among n: Int) -> Shard {
        Shard(k: Int(Scope.fnv1a64(id) % UInt64(n)) + 1, n: n)
    }
}
