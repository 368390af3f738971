import Foundation
import PerfPlanIO
import PerfPlanCore
import PerfPlanSystem
import PerfPlanRender

/// `perfplan init`: a starter data directory — the sample data with a README of the
/// columns, which the executable embeds — written into a new or empty folder.
public struct WriteStarterData {
    public var directory: String
    /// Relative path → exact file text.
    public var files: [String: String]

    public init(directory: String, files: [String: String]) { self.directory = directory; self.files = files }

    /// Check the folder → write the files → say what to run next. A folder that is not
    /// empty, or a write that fails, is exit 1 (`CommandExit`).
    public func perform() throws {
        try EmptyFolder.require(directory, command: "init")
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(name)))
            }
        } catch {
            Console.error("perfplan init: cannot write to \(directory): \(error.localizedDescription)")
            throw CommandExit(ExitStatus.failed)
        }
        Console.error("Wrote \(files.count) files to \(directory). Next: perfplan validate --data \(directory)")
    }
}
