import Foundation
import Testing

/// A run killed with SIGKILL at any moment leaves the previous month folder complete (its
/// manifest matches every file) and never a half packet in its place.
@Suite(.serialized) struct KillTests {
    /// Every file listed with the right hash and nothing unlisted: a complete packet.
    static func complete(_ month: URL) throws -> Bool {
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: month.appendingPathComponent("manifest.json")))
            as! [String: Any]
        let listed = (manifest["files"] as! [[String: Any]]).map { ($0["path"] as! String, $0["sha256"] as! String) }
        let onDisk = GenerateCommandTests.files(under: month).filter { $0 != "manifest.json" }
        guard onDisk == listed.map(\.0) else { return false }
        let sums = try CLI.shell("cd '\(month.path)' && sha256sum " + listed.map { "'\($0.0)'" }.joined(separator: " "))
        let got = sums.split(separator: "\n").map { String($0.prefix(64)) }
        return got == listed.map(\.1)
    }

    /// The plan register agrees with the month folder: the plans it holds from this packet
    /// are exactly the folder's `employees/ID/plan.xml`, each with the manifest's SHA-256.
    static func registerAgrees(_ out: URL, _ month: URL) throws -> Bool {
        let r = try CLI.run(["plans", "list", "--register", out.path, "--format", "json"])
        guard r.status == 0 else { return false }
        let listed =
            (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any])["plans"] as! [[String: Any]]
        var registered: [String: String] = [:]
        for p in listed where p["packet"] as? String == month.lastPathComponent {
            registered[p["employee_id"] as! String] = p["plan_sha256"] as? String ?? "none"
        }
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: month.appendingPathComponent("manifest.json")))
            as! [String: Any]
        var inPacket: [String: String] = [:]
        for f in manifest["files"] as! [[String: Any]] {
            let parts = (f["path"] as! String).split(separator: "/")
            if parts.count == 3, parts[0] == "employees", parts[2] == "plan.xml" {
                inPacket[String(parts[1])] = f["sha256"] as? String
            }
        }
        return registered == inPacket
    }

    @Test func killNineAtRandomMomentsNeverLeavesAHalfPacket() throws {
        let data = try CLI.temporaryDirectory()
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let sample = data.appendingPathComponent("d")
        #expect(try CLI.run(["sample", sample.path, "--employees", "300"]).status == 0)
        let month = out.appendingPathComponent("2026-10")
        #expect(
            try CLI.run(["generate", "--data", sample.path, "--out", out.path, "--employee", "E000001"]).status == 0)

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
            #expect(
                try Self.registerAgrees(out, month), "a killed run left the plan register disagreeing with the packet")
        }
        // A run after the kills cleans up the staging leftovers and publishes a full packet.
        #expect(try CLI.run(["generate", "--data", sample.path, "--out", out.path]).status == 0)
        #expect(try Self.complete(month))
        #expect(try Self.registerAgrees(out, month))
        // What killed runs left in the register is settled: one batch, final.
        let register = out.appendingPathComponent("perfplan.sqlite").path
        #expect(
            try CLI.shell(
                "python3 -c \"import sqlite3; print(sqlite3.connect('\(register)').execute('SELECT kind, month, state FROM batch').fetchall())\""
            )
                == "[('generate', '2026-10', 'final')]\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
                ".perfplan.lock", "2026-10", "perfplan.sqlite",
            ])
    }
}
