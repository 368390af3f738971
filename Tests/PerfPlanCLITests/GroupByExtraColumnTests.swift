import Foundation
import Testing

/// `generate --group-by` on a column HR added to `employees` (an age band), in CSV and in
/// JSON. Hand-worked: 30-39 has five people, three flagged (not flagged 2/5 = 0.4); 50+ has
/// five, one flagged (4/5 = 0.8). Impact ratio: 0.4 / 0.8 = 0.5 (below four fifths) and
/// 0.8 / 0.8 = 1.
@Suite(.serialized) struct GroupByExtraColumnTests {
    static let people: [(id: String, band: String, value: Int)] = [
        ("A1", "30-39", 60), ("A2", "30-39", 60), ("A3", "30-39", 60), ("A4", "30-39", 100), ("A5", "30-39", 100),
        ("B1", "50+", 60), ("B2", "50+", 100), ("B3", "50+", 100), ("B4", "50+", 100), ("B5", "50+", 100),
    ]

    static func files(json: Bool) -> [String: String] {
        var files: [String: String] = [
            "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
            "perfplan.json": #"{"approval": "automatic"}"#,
        ]
        if json {
            files["employees.json"] =
                "["
                + people.map {
                    #"{"employee_id": "\#($0.id)", "name": "N \#($0.id)", "role": "Rep", "department": "Sales", "age_band": "\#($0.band)"}"#
                }.joined(separator: ",\n") + "]\n"
        } else {
            files["employees.csv"] =
                "employee_id,name,role,department,age_band\n"
                + people.map { "\($0.id),N \($0.id),Rep,Sales,\($0.band)\n" }.joined()
        }
        var actuals = "employee_id,indicator_id,period,value\n"
        for m in ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"] {
            for p in people { actuals += "\(p.id),x,\(m),\(p.value)\n" }
        }
        files["actuals.csv"] = actuals
        return files
    }

    @Test(arguments: [false, true]) func groupsByAnAgeBand(json: Bool) throws {
        let data = try CLI.dataDirectory(Self.files(json: json))
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run([
            "generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path, "--group-by", "age_band",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        // The column is kept, not reported as ignored.
        #expect(!r.stderr.contains("age_band"), "\(r.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("2026-10/calibration.csv"), encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.contains("group,30-39,5" + String(repeating: ",", count: 13) + "0.4,0.5,true,false"), "\(csv)")
        #expect(lines.contains("group,50+,5" + String(repeating: ",", count: 13) + "0.8,1,false,false"), "\(csv)")
        let md = try String(contentsOf: out.appendingPathComponent("2026-10/calibration.md"), encoding: .utf8)
        // Markdown escapes the underscore.
        #expect(md.contains(#"## By age\_band"#), "\(md)")
    }

    @Test func aColumnThatIsNotThereIsAUsageErrorNamingThoseThatAre() throws {
        let data = try CLI.dataDirectory(Self.files(json: false))
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run([
            "generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path, "--group-by", "shoe_size",
        ])
        #expect(r.status == 2)
        #expect(
            r.stderr.contains(
                "--group-by shoe_size: no such column in the employees data; the columns calibration can group by are location, department, role, title, age_band"
            ), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2026-10").path))
    }
}
