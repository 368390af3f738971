import PerfPlanSystem

/// The register's files on disk: the database and SQLite's `-wal` and `-shm` beside it.
/// A run that creates the register and then fails removes all three, so a failed command
/// leaves nothing behind (a later `plans list` would otherwise read an empty register
/// there as "0 plans").
enum RegisterFiles {
    /// True when something (of any type) is at `path`, not following a link.
    static func exists(_ path: String) -> Bool {
        PathKind.exists(path)
    }

    /// Removes the register at `path` and its `-wal`/`-shm` (only regular files; a link
    /// planted there is left alone, never followed).
    static func remove(_ path: String) {
        for name in [path, path + "-wal", path + "-shm", path + "-journal"] {
            FileSystem.removeIfRegularFile(name)
        }
    }
}
