import PerfPlanCore
import PerfPlanSystem

/// Where the register may not lie: inside a folder perfplan replaces. A run publishes
/// `OUT/YYYY-MM` by swapping a staging folder (`OUT/.YYYY-MM.tmp-…`) into its place, and
/// clears old staging folders; a register inside either would be deleted, history and all,
/// by the next run of that month. Checked before anything is read or written.
package enum RegisterPlacement {
    /// Why the register `file` cannot serve runs that publish month folders under each of
    /// `roots` (`--out`, and for progress the packets folder of `--plans`), or nil.
    /// `directory`: where relative paths start (the working directory by default).
    package static func problem(register file: String, roots: [String], from directory: String? = nil) -> String? {
        let r = PathOverlap.resolve(file, from: directory)
        for root in roots {
            let o = PathOverlap.resolve(root, from: directory)
            // The register directly in the packets folder (the default) is fine; one level
            // deeper, inside a month or staging folder, it is not.
            guard r.count > o.count + 1, PathOverlap.contains(o, r) else { continue }
            let folder = r[o.count]
            if Month(parsing: folder) != nil || isStagingName(folder) {
                return
                    "--register \(file) lies inside \(root)/\(folder), a month folder perfplan replaces when that month is run again (the register would be deleted with it); keep it in \(root) or outside it"
            }
        }
        return nil
    }

    /// `.YYYY-MM.tmp-…` (a staging folder) and what a fallback replace sets aside.
    static func isStagingName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.count > 8 && Month(parsing: String(name.dropFirst().prefix(7))) != nil
    }
}
