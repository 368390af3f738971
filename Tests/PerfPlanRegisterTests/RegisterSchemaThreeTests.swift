import Foundation
import PerfPlanCore
import Testing

@testable import PerfPlanRegister

/// Schema version 3: a version-2 register is read as it is (no signatures, no imports) and
/// upgraded by its next writer with its decisions kept; the signatures a progress batch kept
/// go with the batch; an imported decision stands beside the runs' own.
@Suite(.serialized) struct RegisterSchemaThreeTests {
    static let october = Month(parsing: "2026-10")!

    /// A version-2 register (migrations 1 and 2 only) with one final generate batch that
    /// recorded a `coach` decision for E031.
    static func versionTwo() throws -> (dir: String, path: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reg3-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/perfplan.sqlite"
        let db = try SQLite(path: path, create: true)
        try db.execute(RegisterSchema.migrations[0])
        try db.execute(RegisterSchema.migrations[1])
        try db.execute("PRAGMA user_version = 2")
        _ = try db.query(
            "INSERT INTO batch (id, kind, month, source_month, folder, manifest_sha256, state) VALUES (1, 'generate', '2026-10', '', ?1, 'm', 'final')",
            [.text(dir + "/2026-10")])
        _ = try db.query(
            "INSERT INTO hr_decision VALUES (1, 'E031', '2026-10', 'coach', 'Sofia Rossi', '2026-11-04', 'Coaching first')"
        )
        return (dir, path)
    }

    static let coach = RecordedDecision(
        employeeId: "E031", month: october, decision: .coach, decidedBy: "Sofia Rossi",
        decidedOn: "2026-11-04", reason: "Coaching first")

    @Test func aVersionTwoRegisterIsReadAsItIsAndUpgradedByItsNextWriter() throws {
        let (dir, path) = try Self.versionTwo()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A reader does not migrate: the decision is there, the tables of version 3 read as empty.
        let reader = try #require(try PlanRegister.openIfPresent(path))
        #expect(try reader.decisions() == [Self.coach])
        #expect(try reader.acknowledgements().isEmpty)
        #expect(try reader.db.query("PRAGMA user_version").first?.first?.integer == 2)

        let writer = try PlanRegister.openForWriting(path)
        #expect(try writer.db.query("PRAGMA user_version").first?.first?.integer == 3)
        #expect(RegisterSchema.version == 3)
        for table in ["acknowledgement", "imported_decision", "imported_acknowledgement"] {
            #expect(try writer.hasTable(table))
        }
        #expect(try writer.decisions() == [Self.coach])

        // A progress batch's signatures go with it; a later batch's row for the same party wins.
        _ = try writer.db.query(
            "INSERT INTO batch (id, kind, month, source_month, folder, manifest_sha256, state) VALUES (2, 'progress', '2026-11', '2026-10', ?1, 'm', 'final')",
            [.text(dir + "/r/2026-11")])
        _ = try writer.db.query(
            "INSERT INTO batch (id, kind, month, source_month, folder, manifest_sha256, state) VALUES (3, 'progress', '2026-12', '2026-10', ?1, 'm', 'final')",
            [.text(dir + "/r/2026-12")])
        let day = { (s: String) in Day(parsing: s)! }
        try writer.stageAcknowledgements(
            [Acknowledgement(employeeId: "E013", cycle: 1, party: .hr, signedOn: day("2026-11-09"))], batch: 2)
        try writer.stageAcknowledgements(
            [
                Acknowledgement(employeeId: "E013", cycle: 1, party: .hr, signedOn: day("2026-11-10")),
                Acknowledgement(
                    employeeId: "E013", cycle: 1, party: .employee, signedOn: day("2026-11-06"),
                    declined: true, witness: "Sofia Rossi"),
            ], batch: 3)
        let signed = try writer.acknowledgements()
        #expect(
            signed.map { "\($0.party.rawValue) \($0.signedOn) \($0.declined) \($0.witness ?? "-")" }
                == ["employee 2026-11-06 true Sofia Rossi", "hr 2026-11-10 false -"])
        // Removing the later batch (a rerun that replaced it) brings the earlier row back.
        try writer.discard(3)
        #expect(try writer.acknowledgements().map { "\($0.party.rawValue) \($0.signedOn)" } == ["hr 2026-11-09"])

        // An imported decision for another month stands beside the batch's; export order is month, employee.
        try writer.importDecisions(
            [
                DecisionRecord(
                    employeeId: "E001", month: Month(parsing: "2026-09")!, decision: .dismiss,
                    decidedBy: "Sofia Rossi", decidedOn: day("2026-10-05"), reason: "Data error")
            ],
            source: "decisions.csv")
        #expect(
            try writer.decisions().map { "\($0.month) \($0.employeeId) \($0.decision.rawValue)" } == [
                "2026-09 E001 dismiss", "2026-10 E031 coach",
            ])
    }
}
