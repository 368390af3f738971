import Foundation
import PerfPlanCore
import Testing

@testable import PerfPlanSystem

/// Nothing inside `--out` is trusted: whoever else can write there may have planted links,
/// files or folders under the names perfplan uses. None is followed, truncated or deleted
/// unless perfplan made it; each is an error naming its path, and its target stays as it was.
@Suite struct OutputTrustTests {
    static let month = Month(parsing: "2026-10")!

    /// A fresh folder holding `out/` (the output) and `victim/` (what planted links point at).
    struct Place {
        let root: String
        var out: String { root + "/out" }
        var victim: String { root + "/victim" }
        init() throws {
            root =
                FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-trust-\(UUID().uuidString)")
                .path
            try FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root + "/victim", withIntermediateDirectories: true)
            try Data("the owner's data\n".utf8).write(to: URL(fileURLWithPath: root + "/victim/precious.txt"))
        }
        func remove() { try? FileManager.default.removeItem(atPath: root) }
        func link(_ name: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: out + "/" + name, withDestinationPath: target)
        }
        /// The victim folder's names and contents.
        func victimState() throws -> [String: String] {
            var state: [String: String] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: victim) {
                state[name] = (try? String(contentsOfFile: victim + "/" + name, encoding: .utf8)) ?? "<folder>"
            }
            return state
        }
    }

    @discardableResult
    static func publish(_ out: String, files: [String: String] = ["a.txt": "a"]) throws -> PacketWriter.Result {
        try PacketWriter.publish(outRoot: out, month: month, generated: Day(parsing: "2026-11-02")!) { w in
            for (path, text) in files { try w.put(Array(text.utf8), path) }
        }
    }

    /// `publish` fails with a message naming `path`.
    static func expectRefused(_ out: String, naming path: String, _ comment: Comment) {
        do {
            try publish(out)
            Issue.record(comment)
        } catch {
            #expect("\(error)".hasPrefix(path + ":"), "\(error)")
        }
    }

    // MARK: the lock file

    @Test func lockFileLinkedToAFileIsRefusedAndTheFileUntouched() throws {
        let p = try Place()
        defer { p.remove() }
        try p.link(".perfplan.lock", to: p.victim + "/precious.txt")
        Self.expectRefused(p.out, naming: p.out + "/.perfplan.lock", "a lock file linked elsewhere was followed")
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
        #expect(!FileManager.default.fileExists(atPath: p.out + "/2026-10"))
    }

    @Test func danglingLockFileLinkCreatesNothingWhereItPoints() throws {
        let p = try Place()
        defer { p.remove() }
        try p.link(".perfplan.lock", to: p.victim + "/new-file")
        Self.expectRefused(p.out, naming: p.out + "/.perfplan.lock", "a dangling lock link was followed")
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
    }

    @Test func lockFileThatIsNotPerfplansIsNeverTruncated() throws {
        let p = try Place()
        defer { p.remove() }
        // A hard link to the owner's file (two names), and a plain file holding other data.
        #expect(link(p.victim + "/precious.txt", p.out + "/.perfplan.lock") == 0)
        Self.expectRefused(p.out, naming: p.out + "/.perfplan.lock", "a hard-linked lock file was used")
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
        try FileManager.default.removeItem(atPath: p.out + "/.perfplan.lock")
        try Data("not a pid\n".utf8).write(to: URL(fileURLWithPath: p.out + "/.perfplan.lock"))
        Self.expectRefused(p.out, naming: p.out + "/.perfplan.lock", "a foreign lock file was used")
        #expect(try String(contentsOfFile: p.out + "/.perfplan.lock", encoding: .utf8) == "not a pid\n")
        // A folder by that name.
        try FileManager.default.removeItem(atPath: p.out + "/.perfplan.lock")
        try FileManager.default.createDirectory(atPath: p.out + "/.perfplan.lock", withIntermediateDirectories: false)
        Self.expectRefused(p.out, naming: p.out + "/.perfplan.lock", "a folder was taken for the lock file")
    }

    @Test func lockFileOfAnEarlierRunIsReused() throws {
        let p = try Place()
        defer { p.remove() }
        try Data("12345\n".utf8).write(to: URL(fileURLWithPath: p.out + "/.perfplan.lock"))
        try Self.publish(p.out)
        #expect(try String(contentsOfFile: p.out + "/.perfplan.lock", encoding: .utf8) == "")
    }

    // MARK: the month folder

    @Test func monthFolderLinkedToAFolderIsRefusedAndTheFolderUntouched() throws {
        let p = try Place()
        defer { p.remove() }
        // Even a link to a real month folder perfplan wrote: the link is not perfplan's.
        try Self.publish(p.root + "/elsewhere")
        try p.link("2026-10", to: p.root + "/elsewhere/2026-10")
        let before = try String(contentsOfFile: p.root + "/elsewhere/2026-10/manifest.json", encoding: .utf8)
        Self.expectRefused(p.out, naming: p.out + "/2026-10", "a month folder link was followed")
        #expect(try String(contentsOfFile: p.root + "/elsewhere/2026-10/manifest.json", encoding: .utf8) == before)
        try p.link("2026-11", to: p.victim)  // (another month: not touched at all)
        _ = try? FileManager.default.removeItem(atPath: p.out + "/2026-10")
        try FileManager.default.createSymbolicLink(atPath: p.out + "/2026-10", withDestinationPath: p.victim)
        Self.expectRefused(p.out, naming: p.out + "/2026-10", "a month folder link was followed")
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: p.out + "/2026-10") == p.victim)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: p.out).sorted() == [
                ".perfplan.lock", "2026-10", "2026-11",
            ])
    }

    @Test func danglingMonthFolderLinkCreatesNothingWhereItPoints() throws {
        let p = try Place()
        defer { p.remove() }
        try p.link("2026-10", to: p.victim + "/planted")
        Self.expectRefused(p.out, naming: p.out + "/2026-10", "a dangling month link was followed")
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.out).sorted() == [".perfplan.lock", "2026-10"])
    }

    @Test func monthNameHeldByAFileOrAForeignFolderIsRefusedAndSurvives() throws {
        let p = try Place()
        defer { p.remove() }
        try Data("a report someone saved here\n".utf8).write(to: URL(fileURLWithPath: p.out + "/2026-10"))
        Self.expectRefused(p.out, naming: p.out + "/2026-10", "a file at the month name was replaced")
        #expect(try String(contentsOfFile: p.out + "/2026-10", encoding: .utf8) == "a report someone saved here\n")

        try FileManager.default.removeItem(atPath: p.out + "/2026-10")
        try FileManager.default.createDirectory(atPath: p.out + "/2026-10/notes", withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: p.out + "/2026-10/notes/n.txt"))
        Self.expectRefused(p.out, naming: p.out + "/2026-10", "a folder perfplan did not write was replaced")
        #expect(try String(contentsOfFile: p.out + "/2026-10/notes/n.txt", encoding: .utf8) == "mine\n")

        // A manifest.json that is a link to perfplan's own manifest does not make it perfplan's.
        try Self.publish(p.root + "/elsewhere")
        try FileManager.default.createSymbolicLink(
            atPath: p.out + "/2026-10/manifest.json",
            withDestinationPath: p.root + "/elsewhere/2026-10/manifest.json")
        Self.expectRefused(p.out, naming: p.out + "/2026-10", "a linked manifest was trusted")
        #expect(FileManager.default.fileExists(atPath: p.out + "/2026-10/notes/n.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.out).sorted() == [".perfplan.lock", "2026-10"])
    }

    @Test func emptyMonthFolderAndPerfplansOwnAreReplaced() throws {
        let p = try Place()
        defer { p.remove() }
        try FileManager.default.createDirectory(atPath: p.out + "/2026-10", withIntermediateDirectories: false)
        try Self.publish(p.out, files: ["a.txt": "first"])
        try Self.publish(p.out, files: ["a.txt": "second"])
        #expect(try String(contentsOfFile: p.out + "/2026-10/a.txt", encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.out).sorted() == [".perfplan.lock", "2026-10"])
    }

    // MARK: staging folders

    @Test func plantedStagingNameIsRemovedNotFollowed() throws {
        let p = try Place()
        defer { p.remove() }
        // This run's own staging name, and another month's, linked to the victim folder.
        try p.link(".2026-10.tmp-\(getpid())", to: p.victim)
        try p.link(".2025-01.tmp-1", to: p.victim)
        try Self.publish(p.out)
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.out).sorted() == [".perfplan.lock", "2026-10"])
    }

    @Test func staleStagingFoldersOfEveryMonthAreRemovedWithoutFollowingTheirLinks() throws {
        let p = try Place()
        defer { p.remove() }
        for name in [".2025-01.tmp-999999", ".2026-09.tmp-4242.old", ".2026-10.tmp-77"] {
            try FileManager.default.createDirectory(
                atPath: p.out + "/\(name)/employees/E1", withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: p.out + "/\(name)/employees/E1/plan.md"))
            try FileManager.default.createSymbolicLink(
                atPath: p.out + "/\(name)/employees/victim", withDestinationPath: p.victim)
            try FileManager.default.createSymbolicLink(
                atPath: p.out + "/\(name)/precious.txt", withDestinationPath: p.victim + "/precious.txt")
        }
        // Not staging names: left alone.
        try Data("keep".utf8).write(to: URL(fileURLWithPath: p.out + "/.2026-10.notes"))
        try FileManager.default.createDirectory(atPath: p.out + "/2025-12", withIntermediateDirectories: false)
        try Self.publish(p.out)
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: p.out).sorted() == [
                ".2026-10.notes", ".perfplan.lock", "2025-12", "2026-10",
            ])
    }

    @Test func stagingFolderIsMadeAfreshWhereALinkOrLeftoverWas() throws {
        let p = try Place()
        defer { p.remove() }
        let out = try OutputFolder(p.out)
        defer { out.close() }
        try p.link(".2026-10.tmp-1", to: p.victim)
        let fd = try out.makeStaging(".2026-10.tmp-1")
        close(fd)
        #expect(
            try FileManager.default.attributesOfItem(atPath: p.out + "/.2026-10.tmp-1")[.type] as? FileAttributeType
                == .typeDirectory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.out + "/.2026-10.tmp-1") == [])
        try Data("old".utf8).write(to: URL(fileURLWithPath: p.out + "/.2026-10.tmp-1/left"))
        close(try out.makeStaging(".2026-10.tmp-1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.out + "/.2026-10.tmp-1") == [])
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
    }

    @Test func stagingNamesAreRecognised() {
        #expect(OutputFolder.isStagingName(".2026-10.tmp-123"))
        #expect(OutputFolder.isStagingName(".2026-10.tmp-123.old"))
        #expect(!OutputFolder.isStagingName("2026-10"))
        #expect(!OutputFolder.isStagingName(".2026-1.tmp-12"))
        #expect(!OutputFolder.isStagingName(".2026-10.tmp"))
        #expect(!OutputFolder.isStagingName(".perfplan.lock"))
    }

    // MARK: the primitives

    @Test func removeTreeUnlinksLinksAndNeverEntersThem() throws {
        let p = try Place()
        defer { p.remove() }
        try FileManager.default.createDirectory(atPath: p.out + "/t/a/b", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: p.out + "/t/a/b/f"))
        try p.link("t/a/to-folder", to: p.victim)
        try p.link("t/to-file", to: p.victim + "/precious.txt")
        try p.link("t/dangling", to: p.victim + "/nothing")
        let fd = open(p.out, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        FileSystem.removeTree("t", in: fd)
        // A link given as the tree itself is unlinked too.
        try p.link("l", to: p.victim)
        FileSystem.removeTree("l", in: fd)
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.out) == [])
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
    }

    @Test func createNeverTruncatesNorFollows() throws {
        let p = try Place()
        defer { p.remove() }
        let fd = open(p.out, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try Data("existing".utf8).write(to: URL(fileURLWithPath: p.out + "/f"))
        #expect(throws: FileSystem.Failure.self) { try FileSystem.create("f", in: fd) }
        #expect(try String(contentsOfFile: p.out + "/f", encoding: .utf8) == "existing")
        try p.link("l", to: p.victim + "/precious.txt")
        try p.link("d", to: p.victim + "/new")
        for name in ["l", "d"] {
            do {
                _ = try FileSystem.create(name, in: fd)
                Issue.record("created through a link")
            } catch {
                #expect("\(error)".contains("is a symbolic link"))
            }
        }
        #expect(try p.victimState() == ["precious.txt": "the owner's data\n"])
    }
}
