import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The plans a `generate` month folder's `manifest.json` lists, with the size and SHA-256 each
/// `plan.xml` had when it was written: what was signed. Pure: bytes in, entries out.
///
/// The manifest is untrusted input like the plans (`ManifestFile` reads it strictly); a plan
/// path must be exactly `employees/ID/plan.xml` with an `ID` that can be a folder name, so
/// no entry can point a reader outside the packet.
package struct PlanManifest: Sendable, Equatable {
    package struct Entry: Sendable, Equatable {
        package var bytes: Int
        package var sha256: [UInt8]
    }

    /// `manifest.json` cannot be used to check any plan: every message is `FILE[:LINE]: …`.
    package typealias Failure = ManifestFailure

    /// The manifest of 100 000 employees' packet is about 85 MB; beyond this it is not one
    /// `generate` wrote, and it is not read into memory.
    package static let maxBytes = 256 << 20

    /// The listed `plan.xml` of each employee folder, by folder name.
    package var plans: [String: Entry]

    package init(plans: [String: Entry]) { self.plans = plans }

    /// Parses `bytes`, the contents of the manifest at `path` (named in failures). Files
    /// other than `employees/ID/plan.xml` are passed over.
    package init(parsing bytes: [UInt8], path: String) throws(Failure) {
        let manifest = try ManifestFile(parsing: bytes, path: path)
        var plans: [String: Entry] = [:]
        for entry in try manifest.entries() {
            let parts = entry.path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "employees", parts[2] == "plan.xml" else { continue }
            let id = String(parts[1])
            if IdRule.problem(with: id) != nil {
                throw manifest.fail(entry.line, "\(Quote.cell(entry.path)) is not a plan path generate writes")
            }
            if plans[id] != nil { throw manifest.fail(entry.line, "\(Quote.cell(entry.path)) is listed twice") }
            plans[id] = Entry(bytes: entry.bytes, sha256: entry.sha256)
        }
        self.plans = plans
    }
}
