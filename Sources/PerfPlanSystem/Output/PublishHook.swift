import Crypto
import PerfPlanCore

/// Something kept in step with a month folder `PacketStaging.publish` swaps into place (the
/// plan register): told before the swap, with the staged manifest, and after it.
///
/// `willPublish` runs under the output lock once every file is written; what it records
/// must count only if the swap happens (the register commits it as pending with the
/// manifest's SHA-256 and lets the folder on disk decide). `didPublish` follows the swap,
/// `didNotPublish` a failure before or during it. Neither of those two may throw: the
/// packet is already in place, or already abandoned.
package protocol PublishHook: AnyObject, Sendable {
    func willPublish(_ staged: StagedPacket) throws
    func didPublish()
    func didNotPublish()
}

/// The month folder about to be swapped into place.
package struct StagedPacket {
    package let outRoot: String
    package let month: Month
    /// Where the folder will be: `outRoot/YYYY-MM`.
    package let folder: String
    /// SHA-256 of the staged `manifest.json`, lowercase hex.
    package let manifestSHA256: String
    /// SHA-256 (hex) of those of the given files (paths in the month folder) the manifest lists.
    package let digests: ([String]) -> [String: String]
}

extension SHA256Digest {
    /// Lowercase hex, as the manifest writes it.
    package var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in self {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
