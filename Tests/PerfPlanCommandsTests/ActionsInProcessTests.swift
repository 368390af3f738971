import Foundation
import PerfPlanCore
import PerfPlanRegister
import PerfPlanRender
import PerfPlanSystem
import Testing

@testable import PerfPlanCommands

/// Every action run in-process against the shipped sample (40 employees; at 2026-10 HR's
/// decisions.csv issues 3 plans: E013, E021, E033 — GenerateCommandTests works out the 169
/// files) or a small generated dataset, with a
/// `CapturedTerminal` in place of the standard streams: what each prints and writes.
@Suite(.serialized) struct ActionsInProcessTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../SampleData").standardizedFileURL.path
    static let october = Month(parsing: "2026-10")!
    static let generated = Day(parsing: "2026-11-02")!

    static func folder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actions-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func generate(
        _ data: String, out: URL, shard: Shard? = nil, register: RegisterSession? = nil,
        console: CapturedTerminal
    ) throws {
        var action = GeneratePacket(
            data: data, asOf: october, scope: Scope(),
            documents: DocumentSettings(out: out.path, formats: [.md, .html, .xml], templates: nil),
            generated: generated, shard: shard, register: register)
        action.console = console
        try action.perform()
    }

    static func files(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func generatePacketWritesTheSamplePacketAndSaysSo() throws {
        let root = try Self.folder("generate")
        defer { try? FileManager.default.removeItem(at: root) }
        let console = CapturedTerminal()
        try Self.generate(Self.sample, out: root, register: nil, console: console)
        #expect(console.stdout == "")
        #expect(console.stderr.contains("40 employees, 3 plans, 169 files"), "\(console.stderr)")
        let month = root.appendingPathComponent("2026-10")
        let plans = Self.files(month).filter { $0.hasSuffix("/plan.xml") }
        #expect(plans == ["employees/E013/plan.xml", "employees/E021/plan.xml", "employees/E033/plan.xml"])
        #expect(FileManager.default.fileExists(atPath: month.appendingPathComponent("manifest.json").path))
    }

    @Test func writeGapsPrintsTheSameCSVAsThePacket() throws {
        let root = try Self.folder("gaps")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.generate(Self.sample, out: root, console: CapturedTerminal())
        let console = CapturedTerminal()
        var action = WriteGaps(data: Self.sample, asOf: Self.october, scope: Scope(), format: .csv)
        action.console = console
        try action.perform()
        let packet = try String(contentsOf: root.appendingPathComponent("2026-10/gaps.csv"), encoding: .utf8)
        #expect(console.stdout == packet)
        #expect(console.stdout.hasPrefix(GapsCSV.header))
        #expect(console.stderr == "")
    }

    @Test func explainEmployeeNamesTheEmployeeAndThePolicy() throws {
        let console = CapturedTerminal()
        var action = ExplainEmployee(employeeId: "E001", data: Self.sample, asOf: Self.october)
        action.console = console
        try action.perform()
        let lines = console.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "E001 — Ingrid Bergström, Managing Director, Operations")
        #expect(
            lines.dropFirst().first
                == "As of 2026-10. Policy: attainment cap 1.5, at-risk tolerance 0.1, baselines over 12 months, trend over 6 months."
        )
    }

    @Test func explainEmployeeRefusesAnUnknownId() throws {
        var action = ExplainEmployee(employeeId: "E999", data: Self.sample, asOf: Self.october)
        action.console = CapturedTerminal()
        #expect(throws: UsageError.self) { try action.perform() }
    }

    @Test func validateDataCountsTheSample() throws {
        let console = CapturedTerminal()
        var action = ValidateData(data: Self.sample)
        action.console = console
        try action.perform()
        #expect(
            console.stdout
                == "\(Self.sample): 40 employees, 11 indicators, 3092 actual rows, months 2025-05..2026-10; 0 warnings, 0 errors\n"
        )
    }

    @Test func validateDataReportsABadRowWithExit3() throws {
        let data = try Self.folder("bad")
        defer { try? FileManager.default.removeItem(at: data) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.sample) {
            try FileManager.default.copyItem(
                atPath: "\(Self.sample)/\(name)", toPath: data.appendingPathComponent(name).path)
        }
        let employees = data.appendingPathComponent("employees.csv")
        try
            (String(contentsOf: employees, encoding: .utf8)
            + "E001,Twin,Clerk,Clerk,Operations,,twin@example.com,2024-01-01,Hamburg\n")
            .write(to: employees, atomically: true, encoding: .utf8)
        let console = CapturedTerminal()
        var action = ValidateData(data: data.path)
        action.console = console
        #expect(throws: CommandExit.self) { try action.perform() }
        #expect(console.stdout.contains("employees.csv:42:"), "\(console.stdout)")
        #expect(console.stdout.contains("1 error"), "\(console.stdout)")
    }

    @Test func writeStarterDataWritesTheFilesAndTheNextStep() throws {
        let root = try Self.folder("init")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("my-data").path
        let console = CapturedTerminal()
        var action = WriteStarterData(directory: target, files: ["a.csv": "x\n1\n", "README.md": "hello\n"])
        action.console = console
        try action.perform()
        #expect(try String(contentsOfFile: target + "/a.csv", encoding: .utf8) == "x\n1\n")
        #expect(console.stderr == "Wrote 2 files to \(target). Next: perfplan validate --data \(target)\n")
        // A second time the folder is not empty: refused, nothing changed.
        let again = CapturedTerminal()
        action.console = again
        #expect(throws: CommandExit.self) { try action.perform() }
        #expect(again.stderr == "perfplan init: \(target) is not empty (2 entries); choose a new or empty directory\n")
    }

    @Test func writeSampleWritesAValidDataset() throws {
        let root = try Self.folder("sample")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("s").path
        var action = WriteSample(
            directory: target, employees: 12, months: 6, indicators: 3, seed: 1,
            lastMonth: Self.october, format: .csv)
        action.console = CapturedTerminal()
        try action.perform()
        let check = CapturedTerminal()
        var validate = ValidateData(data: target)
        validate.console = check
        try validate.perform()
        // At most 12 employees × 3 indicators × 6 months of actuals (the generator leaves
        // some months out); a sample this small may warn of a role scope nobody holds.
        #expect(check.stdout.contains("\(target): 12 employees, 3 indicators, "), "\(check.stdout)")
        #expect(check.stdout.contains(" actual rows, months 2026-05..2026-10; "), "\(check.stdout)")
        #expect(check.stdout.hasSuffix(", 0 errors\n"), "\(check.stdout)")
        let rows = try String(contentsOfFile: target + "/actuals.csv", encoding: .utf8).split(separator: "\n").count - 1
        #expect(rows > 0 && rows <= 12 * 3 * 6)
    }

    @Test func mergePacketsOfTwoShardsIsTheSingleRun() throws {
        let root = try Self.folder("merge")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.generate(Self.sample, out: root.appendingPathComponent("whole"), console: CapturedTerminal())
        for k in 1...2 {
            try Self.generate(
                Self.sample, out: root.appendingPathComponent("part\(k)"), shard: Shard(k: k, n: 2),
                console: CapturedTerminal())
        }
        let console = CapturedTerminal()
        var merge = MergePackets(
            out: root.appendingPathComponent("merged").path,
            parts: (1...2).map { root.appendingPathComponent("part\($0)/2026-10").path })
        merge.console = console
        try merge.perform()
        let whole = try Data(contentsOf: root.appendingPathComponent("whole/2026-10/manifest.json"))
        let merged = try Data(contentsOf: root.appendingPathComponent("merged/2026-10/manifest.json"))
        #expect(whole == merged)
        #expect(console.stderr.contains("2026-10"), "\(console.stderr)")
    }

    @Test func reportProgressMeasuresEveryPlanOfThePacket() throws {
        let root = try Self.folder("progress")
        defer { try? FileManager.default.removeItem(at: root) }
        // Data through 2026-11: plans issued at 2026-10 are measured a month later.
        let data = root.appendingPathComponent("data").path
        var sample = WriteSample(
            directory: data, employees: 60, months: 14, indicators: 4, seed: 7,
            lastMonth: Self.october + 1, format: .csv)
        sample.console = CapturedTerminal()
        try sample.perform()
        try Self.generate(data, out: root.appendingPathComponent("packets"), console: CapturedTerminal())
        let issued = Self.files(root.appendingPathComponent("packets/2026-10")).filter { $0.hasSuffix("/plan.xml") }
            .count
        #expect(issued > 0)
        let console = CapturedTerminal()
        var progress = ReportProgress(
            data: data, plans: root.appendingPathComponent("packets/2026-10").path, asOf: Self.october + 1,
            scope: Scope(),
            documents: DocumentSettings(
                out: root.appendingPathComponent("progress").path, formats: [.md, .html, .xml], templates: nil),
            generated: Self.generated)
        progress.console = console
        try progress.perform()
        #expect(console.stderr.contains("2026-11: \(issued) plan\(issued == 1 ? "" : "s") — "), "\(console.stderr)")
        let reports = Self.files(root.appendingPathComponent("progress/2026-11")).filter {
            $0.hasSuffix("/progress.xml")
        }
        #expect(reports.count == issued)
    }

    @Test func managePlansListsWhatGenerateIssued() throws {
        let root = try Self.folder("plans")
        defer { try? FileManager.default.removeItem(at: root) }
        let register = root.appendingPathComponent("register.sqlite").path
        try Self.generate(
            Self.sample, out: root.appendingPathComponent("packets"), register: RegisterSession(file: register),
            console: CapturedTerminal())
        let console = CapturedTerminal()
        var list = ManagePlans(
            register: register, request: .list(activeOnly: false, scope: Scope(), data: nil, format: .json))
        list.console = console
        try list.perform()
        let json = try JSONSerialization.jsonObject(with: Data(console.stdout.utf8))
        let rows = (json as? [[String: Any]]) ?? ((json as? [String: Any])?["plans"] as? [[String: Any]]) ?? []
        #expect(
            rows.compactMap { $0["employee_id"] as? String }.sorted() == ["E013", "E021", "E033"], "\(console.stdout)")
    }
}
