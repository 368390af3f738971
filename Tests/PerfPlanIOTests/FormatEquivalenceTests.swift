import Foundation
import PerfPlanCore
import Testing

@testable import PerfPlanIO

/// The same data in every form the contract accepts loads to equal values.
@Suite struct FormatEquivalenceTests {
    static let numericFields: Set<String> = [
        "scale_min", "scale_max", "weight", "threshold", "target", "value", "cycle",
    ]

    /// Each dataset of the fixture as (header, rows of cells).
    static func tables() -> [(name: String, header: [String], rows: [[String]])] {
        Fixture.csvFiles.keys.sorted().map { file in
            let t = CSVReader.read(Array(Fixture.csvFiles[file]!.utf8))
            let rows = t.records.map { r in (0..<t.header.count).map { t.field(r, $0) ?? "" } }
            return (String(file.dropLast(4)), t.header, rows)
        }
    }

    static func csv(_ header: [String], _ rows: [[String]], delimiter: String, lineEnd: String) -> String {
        func cell(_ s: String) -> String {
            s.contains(delimiter) || s.contains("\"") || s.contains("\n")
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([header] + rows).map { $0.map(cell).joined(separator: delimiter) }.joined(separator: lineEnd) + lineEnd
    }

    static func jsonArray(_ header: [String], _ rows: [[String]]) -> String {
        let objects = rows.map { row -> String in
            let members = zip(header, row).compactMap { key, value -> String? in
                if value.isEmpty { return nil }
                let json: String
                if numericFields.contains(key) {
                    json = value
                } else if key == "critical" {
                    json = value.lowercased()
                } else {
                    json = String(decoding: try! JSONEncoder().encode(value), as: UTF8.self)
                }
                return "\"\(key)\": \(json)"
            }
            return "{" + members.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }

    static func normalized(_ d: Dataset) -> [String] {
        func s<T>(_ xs: [T], _ strip: (inout T) -> Void) -> [String] {
            xs.map { x in
                var y = x
                strip(&y)
                return String(describing: y)
            }
        }
        return s(d.employees) { $0.source = .synthetic } + s(d.indicators) { $0.source = .synthetic }
            + s(d.targets) { $0.source = .synthetic } + s(Array(d.actuals)) { $0.source = .synthetic }
            + s(d.benchmarks) { $0.source = .synthetic } + s(d.plans) { $0.source = .synthetic }
            + s(d.notes) { $0.source = .synthetic } + [String(describing: d.policy)]
    }

    @Test func everyFormLoadsToTheSameValues() throws {
        let base = try Fixture.load(Fixture.csvFiles)
        let expected = Self.normalized(try #require(base.dataset))

        var semicolon: [String: String] = [:]
        var json: [String: String] = [:]
        var combined: [String] = []
        for t in Self.tables() {
            semicolon[t.name + ".csv"] = "\u{FEFF}" + Self.csv(t.header, t.rows, delimiter: ";", lineEnd: "\r\n")
            json[t.name + ".json"] = Self.jsonArray(t.header, t.rows)
            combined.append("\"\(t.name)\": " + Self.jsonArray(t.header, t.rows))
        }
        let variants: [(String, [String: String])] = [
            ("semicolon, BOM, CRLF", semicolon),
            ("per-dataset JSON", json),
            ("dataset.json", ["dataset.json": "{\n" + combined.joined(separator: ",\n") + "\n}"]),
        ]
        for (label, files) in variants {
            let result = try Fixture.load(files)
            #expect(result.diagnostics.map(\.description) == [], "\(label)")
            let dataset = try #require(result.dataset, "\(label)")
            #expect(Self.normalized(dataset) == expected, "\(label)")
        }
    }

    @Test func jsonIntegerIdsBecomeText() throws {
        var files = Fixture.csvFiles
        files["plans.csv"] = nil
        files["plans.json"] =
            #"[{"employee_id": "E2", "cycle": 1, "start": "2026-01", "end": "2026-03", "outcome": "extended"}]"#
        files["employees.csv"] = Fixture.employees + "\n1001,Num,,Sales Representative,Sales,M1,,,\n"
        files["notes.csv"] = nil
        files["notes.json"] = #"[{"employee_id": 1001, "period": "2026-10", "kind": "comment", "text": "ok"}]"#
        let dataset = try #require(try Fixture.load(files).dataset)
        #expect(dataset.notes.first?.employeeId == "1001")
    }
}
