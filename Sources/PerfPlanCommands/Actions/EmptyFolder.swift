import Foundation
import PerfPlanIO
import PerfPlanCore
import PerfPlanSystem
import PerfPlanRender

/// The folder `init` and `sample` write into must be new or empty: they never overwrite.
enum EmptyFolder {
    /// Returns when `directory` does not exist or is an empty folder; otherwise prints why
    /// (`perfplan COMMAND: …`) and ends the run with exit 1.
    static func require(_ directory: String, command: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            Console.error("perfplan \(command): \(directory) exists and is not a directory; nothing was written")
            throw CommandExit(ExitStatus.failed)
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard entries.isEmpty else {
            Console.error("perfplan \(command): \(directory) is not empty (\(entries.count) entr\(entries.count == 1 ? "y" : "ies")); choose a new or empty directory")
            throw CommandExit(ExitStatus.failed)
        }
    }
}
