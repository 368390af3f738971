import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The folder `init` and `sample` write into must be new or empty: they never overwrite.
enum EmptyFolder {
    /// Returns when `directory` does not exist or is an empty folder; otherwise prints why
    /// (`perfplan COMMAND: …`) and ends the run with exit 1.
    static func require(_ directory: String, command: String, console: any Terminal) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            console.error("perfplan \(command): \(directory) exists and is not a directory; nothing was written")
            throw CommandExit(ExitStatus.failed)
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard entries.isEmpty else {
            console.error(
                "perfplan \(command): \(directory) is not empty (\(entries.count) entr\(entries.count == 1 ? "y" : "ies")); choose a new or empty directory"
            )
            throw CommandExit(ExitStatus.failed)
        }
    }
}
