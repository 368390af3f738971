import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan init`: a starter data directory — the sample data with a README of the
/// columns, which the executable embeds — written into a new or empty folder.
package struct WriteStarterData {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    package var directory: String
    /// Relative path → exact file text.
    package var files: [String: String]

    package init(directory: String, files: [String: String]) {
        self.directory = directory
        self.files = files
    }

    /// Check the folder → write the files → say what to run next. A folder that is not
    /// empty, or a write that fails, is exit 1 (`CommandExit`).
    package func perform() throws {
        try EmptyFolder.require(directory, command: "init", console: console)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(
                    to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(name)))
            }
        } catch {
            console.error("perfplan init: cannot write to \(directory): \(error.localizedDescription)")
            throw CommandExit(ExitStatus.failed)
        }
        console.error("Wrote \(files.count) files to \(directory). Next: perfplan validate --data \(directory)")
    }
}
