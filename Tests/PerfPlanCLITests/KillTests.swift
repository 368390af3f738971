import Foundation
import Testing

/// A run killed with SIGKILL at any moment leaves the previous month folder complete (its
/// manifest matches every file) and never a half packet in its place.
@Suite(.serialized) struct KillTests {
    /// Every file listed with the right hash and nothing unlisted: a complete packet.
    static func complete(_ month: URL) throws -> Bool {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: month.appendingPathComponent("manifest.json"))) as! [String: Any]
        let listed = (manifest["files"] as! [[String: Any]]).map { ($0["path"] as! String, $0["sha256"] as! String) }
        let onDisk = GenerateCommandTests.files(under: month).filter { $0 != "manifest.json" }
        guard onDisk == listed.map(\.0) else { return false }
        let sums = try CLI.shell("cd '\(month.path)' && sha256sum " + listed.map { "'\($0.0)'" }.joined(separator: " "))
        let got = sums.split(separator: "\n").map { String($0.prefix(64)) }
        return got == listed.map(\.1)
    }

    @Test func killNineAtRandomMomentsNeverLeavesAHalfPacket() throws {
        let data = try CLI.temporaryDirectory(), out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(data); CLI.cleanup(out) }
        let sample = data.appendingPathComponent("d")
        #expect(try CLI.run(["sample", sample.path, "--employees", "300"]).status == 0)
        let month = out.appendingPathComponent("2026-10")
        #expect(try CLI.run(["generate", "--data", sample.path, "--out", out.path, "--employee", "E000001"]).status == 0)

        var generator = SystemRandomNumberGenerator()
        for _ in 0..<25 {
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["generate", "--data", sample.path, "--out", out.path]
            p.environment = ["SOURCE_DATE_EPOCH": "1793577600", "PATH": "/usr/bin:/bin"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.0...2.0, using: &generator))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            #expect(try Self.complete(month), "a killed run left a broken month folder")
        }
        // A run after the kills cleans up the staging leftovers and publishes a full packet.
        #expect(try CLI.run(["generate", "--data", sample.path, "--out", out.path]).status == 0)
        #expect(try Self.complete(month))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [".perfplan.lock", "2026-10"])
    }
}
