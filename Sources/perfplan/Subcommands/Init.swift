import ArgumentParser
import Foundation
import PerfPlanIO
import PerfPlanRender

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter data directory (the sample data, with a README of the columns).",
        discussion: "Refuses a directory that already holds files, so nothing is overwritten.")

    @Argument(help: ArgumentHelp("The directory to create (or an empty one).", valueName: "DIR"))
    var directory: String

    func run() throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                Console.error("perfplan init: \(directory) exists and is not a directory; nothing was written")
                throw ExitCode(ExitStatus.failed)
            }
            let entries = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            guard entries.isEmpty else {
                Console.error("perfplan init: \(directory) is not empty (\(entries.count) entr\(entries.count == 1 ? "y" : "ies")); choose a new or empty directory")
                throw ExitCode(ExitStatus.failed)
            }
        }
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (name, text) in EmbeddedSampleData.files.sorted(by: { $0.key < $1.key }) {
                let path = (directory as NSString).appendingPathComponent(name)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            }
        } catch {
            Console.error("perfplan init: cannot write to \(directory): \(error.localizedDescription)")
            throw ExitCode(ExitStatus.failed)
        }
        Console.error("Wrote \(EmbeddedSampleData.files.count) files to \(directory). Next: perfplan validate --data \(directory)")
    }
}
