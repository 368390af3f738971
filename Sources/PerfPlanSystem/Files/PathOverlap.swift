#if canImport(Glibc)
    import Glibc
#endif

/// Whether two folders given on the command line are, or contain, one another once symbolic
/// links and `..` are resolved: `progress --plans P/current --out P` (with `current → 2026-10`)
/// would otherwise publish its month folder over the plans it reads, or beside them in the
/// packets folder. Text comparison of the arguments cannot see that; the file system can.
package enum PathOverlap {
    /// `path` as an absolute path without symbolic links, `.` or `..`. A path that does not
    /// exist yet (an `--out` to be made) is resolved as far as it exists and the rest is
    /// appended as it would be created: `..` after a missing folder steps back out of it.
    /// `directory` is where a relative path starts (the working directory by default).
    package static func resolve(_ path: String, from directory: String? = nil) -> [String] {
        var real: [String]
        if path.hasPrefix("/") {
            real = []
        } else {
            let start = directory ?? workingDirectory()
            real = components(of: realPath(start) ?? start)
        }
        // Folders that do not exist (yet), below `real`.
        var pending: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            switch part {
            case ".": continue
            case "..":
                if !pending.isEmpty { pending.removeLast() } else if !real.isEmpty { real.removeLast() }
            default:
                if !pending.isEmpty {
                    pending.append(part)
                    continue
                }
                let candidate = "/" + (real + [part]).joined(separator: "/")
                if let resolved = realPath(candidate) {
                    real = components(of: resolved)
                } else {
                    pending.append(part)
                }
            }
        }
        return real + pending
    }

    /// True when `inner` is `outer` or lies inside it, comparing whole components
    /// (`/a/bc` is not inside `/a/b`).
    package static func contains(_ outer: [String], _ inner: [String]) -> Bool {
        inner.count >= outer.count && Array(inner.prefix(outer.count)) == outer
    }

    /// Why `progress` may not read plans from `plans` and write into `out`, or nil when the
    /// two are apart: the plans folder must not be (or lie in) the output folder, where the
    /// published month replaces folders, and the output must not lie inside the plans.
    package static func conflict(plans: String, out: String, from directory: String? = nil) -> String? {
        let p = resolve(plans, from: directory)
        let o = resolve(out, from: directory)
        let shown = { (c: [String]) in "/" + c.joined(separator: "/") }
        if p == o {
            return
                "--plans \(plans) and --out \(out) are the same folder (\(shown(p))): progress would replace the plans it reads"
        }
        if contains(o, p) {
            return
                "--plans \(plans) (\(shown(p))) lies inside --out \(out) (\(shown(o))): progress would write beside or over the plans it reads; give an --out outside the packets"
        }
        if contains(p, o) {
            return
                "--out \(out) (\(shown(o))) lies inside --plans \(plans) (\(shown(p))): progress would write into the packet it reads"
        }
        return nil
    }

    static func components(of path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// `path` with every link and `.`/`..` resolved (`realpath(3)`), or nil when it does not
    /// exist; the C string is freed here, so no caller holds a C pointer.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func workingDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
