import PerfPlanSystem

/// How a reader (`plans list/show/export`, the start of `generate` and `progress`) names the
/// register to SQLite: as a `file:` URI with `mode=ro`, and `immutable=1` when the file
/// lies on a read-only file system (a packet mounted read-only, a snapshot). A reader so
/// opened creates no file and takes no write lock; the register's rollback journal (not
/// WAL) means it needs no `-shm` beside the file either.
enum ReadOnlyOpen {
    /// `file:PATH?mode=ro[&immutable=1]`, the path percent-encoded (`?`, `#`, `%` and any
    /// byte outside the unreserved set would otherwise be read as URI syntax).
    static func uri(_ path: String, immutable: Bool) -> String {
        var out = "file:"
        for b in path.utf8 {
            let plain =
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x2F
            if plain {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(b >> 4)])
                out.unicodeScalars.append(hex[Int(b & 15)])
            }
        }
        return out + "?mode=ro" + (immutable ? "&immutable=1" : "")
    }

    /// True when the file system holding `path` is mounted read-only (nothing can change
    /// the file while it is read, which is what `immutable=1` promises SQLite).
    static func onReadOnlyFileSystem(_ path: String) -> Bool {
        FileSystem.isOnReadOnlyMount(path)
    }
}
