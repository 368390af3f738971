import Foundation
import Testing

/// The packet's calibration report and HR workbook, end to end, on 15 employees worked out
/// by hand.
///
/// Managers Ada, Bo and Cy (department Mgmt, location HQ, no manager) reach 120 of a target
/// of 100. Sales: Ada's team e1-e6; e1-e5 reach 50 every month (composite 0.5 below 0.85
/// three months running: flagged), e6 reaches 120. Ops: Bo's team e7-e9 and Cy's e10-e12, all
/// 120. Organisation: 15 people, 5 flagged (33.3 %).
///
/// Fisher's exact test, margins fixed (5 flagged of 15; C(15,5) = 3003 tables):
/// - Sales (5, 1 | 0, 9): weights C(6,x)C(9,5-x) = 126, 756, 1260, 720, 135, 6; observed 6,
///   the least likely: p = 6/3003 = 0.0020, marked (83.3 % against 0 %). Ada's team alike.
/// - Ops (0, 6 | 5, 4): observed 126; at most as likely 126 + 6: p = 132/3003 = 0.0440,
///   marked (0 % against 55.6 %).
/// - Bo's team (0, 3 | 5, 7): weights C(3,x)C(12,5-x) = 792, 1485, 660, 66; observed 792;
///   792 + 660 + 66 = 1518: p = 1518/3003 = 0.5055, not marked.
///
/// Locations (min_peer_group 5 by default): A = e1, e6-e9 (not flagged 4/5 = 80 %), B = e2-e4,
/// e10, e11 (2/5 = 40 %: impact ratio 0.4/0.8 = 0.5, below 0.8), C = e5, e12 and HQ (the
/// managers): fewer than 5, withheld.
@Suite struct CalibrationAndWorkbookTests {
    static let location = ["A", "B", "B", "B", "C", "A", "A", "A", "A", "B", "B", "C"]

    static var files: [String: String] {
        var employees =
            "employee_id,name,role,department,manager_id,location\n"
            + "MA,Ada,Head,Mgmt,,HQ\nMB,Bo,Head,Mgmt,,HQ\nMC,Cy,Head,Mgmt,,HQ\n"
        for k in 1...12 {
            let (department, manager) = k <= 6 ? ("Sales", "MA") : k <= 9 ? ("Ops", "MB") : ("Ops", "MC")
            employees += "e\(k < 10 ? "0" : "")\(k),Person \(k),Rep,\(department),\(manager),\(location[k - 1])\n"
        }
        let ids = ["MA", "MB", "MC"] + (1...12).map { "e\($0 < 10 ? "0" : "")\($0)" }
        return [
            "employees.csv": employees,
            "indicators.csv": "indicator_id,name,direction,weight\nx,Orders,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\nx,*,*,100\n",
            "actuals.csv": "employee_id,indicator_id,period,value\n"
                + ids.flatMap { id in
                    (6...10).map { m in
                        "\(id),x,2026-\(m < 10 ? "0" : "")\(m),\(["e01", "e02", "e03", "e04", "e05"].contains(id) ? 50 : 120)\n"
                    }
                }.joined(),
        ]
    }

    static func generate(_ data: URL, _ extra: [String] = []) throws -> URL {
        let out = try CLI.temporaryDirectory()
        let r = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return out.appendingPathComponent("2026-10")
    }

    @Test func calibrationFiguresAsWorkedByHand() throws {
        let data = try CLI.dataDirectory(Self.files)
        let month = try Self.generate(data, ["--group-by", "location"])
        defer {
            CLI.cleanup(data)
            CLI.cleanup(month.deletingLastPathComponent())
        }
        let md = try String(contentsOf: month.appendingPathComponent("calibration.md"), encoding: .utf8)
        #expect(md.contains("15 employees in scope · 5 flagged (33.3 %)"), "\(md)")
        #expect(md.contains("Fisher's exact test, two-sided") && md.contains("p < 0.05"))
        #expect(
            md.contains(
                "| Sales | 6 | 1 | 0 | 0 | 5 | 0 | 5 | 83.3 % | 0 % | 0.0020 | **marked**: higher than the rest of the organisation (83.3 % against 0 %, p = 0.0020) |"
            ), "\(md)")
        #expect(
            md.contains("| Ops | 6 | 6 | 0 | 0 | 0 | 0 | 0 | 0 % | 55.6 % | 0.0440 | **marked**: lower than the rest"),
            "\(md)")
        #expect(md.contains("| Bo | 3 | 3 | 0 | 0 | 0 | 0 | 0 | 0 % | 41.7 % | 0.5055 |  |"), "\(md)")
        #expect(md.contains("| Ada | 6 |") && md.contains("| No manager | 3 |"))
        #expect(md.contains("| A | 5 | 80 % | 1 |  |"), "\(md)")
        #expect(md.contains("| B | 5 | 40 % | 0.5 | **marked** |"), "\(md)")
        #expect(
            md.contains("| C | withheld: fewer than 5 people |")
                && md.contains("| HQ | withheld: fewer than 5 people |"))
        // No individual: no employee's name or id in any calibration file.
        let html = try String(contentsOf: month.appendingPathComponent("calibration.html"), encoding: .utf8)
        let csv = try String(contentsOf: month.appendingPathComponent("calibration.csv"), encoding: .utf8)
        for text in [md, html, csv] {
            #expect(!text.contains("Person ") && !text.contains("e01") && !text.contains("e12"))
        }
        // The chart: a bar per manager, the organisation's line, title and description.
        #expect(html.contains("<title id=\"calibration-chart-t\">Flag rate by manager</title>"))
        #expect(html.components(separatedBy: "class=\"bar").count - 1 == 4)
        #expect(html.components(separatedBy: "class=\"bar marked\"").count - 1 == 1)
        #expect(html.contains("organisation 33.3 %"))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "level,name,headcount,Exceeds,Meets,Partially meets,Below,no rating,flagged,flag_rate,rest_headcount,rest_flagged,rest_flag_rate,fisher_p,marked,not_flagged_rate,impact_ratio,below_four_fifths,withheld"
        )
        let sales = try #require(lines.first { $0.hasPrefix("department,Sales,") }).split(
            separator: ",", omittingEmptySubsequences: false)
        #expect(Array(sales[2...10]) == ["6", "1", "0", "0", "5", "0", "5", "0.8333333333333334", "9"])
        #expect(abs(Double(sales[13])! - 6.0 / 3003) < 1e-12 && sales[14] == "true")
        // A group: no bands and no test (12 empty cells); withheld: no figure at all.
        #expect(lines.contains("group,B,5" + String(repeating: ",", count: 13) + "0.4,0.5,true,false"), "\(csv)")
        #expect(lines.contains("group,C" + String(repeating: ",", count: 17) + "true"), "\(csv)")
    }

    @Test func groupByAnUnknownColumnIsAUsageError() throws {
        let data = try CLI.dataDirectory(Self.files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run([
            "generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path, "--group-by", "shoe_size",
        ])
        #expect(r.status != 0 && r.stderr.contains("--group-by shoe_size"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2026-10").path))
    }

    /// The same input twice: the workbook and the calibration files are byte-identical (the
    /// ZIP entries carry the run's date, not the clock's), and all are in the manifest.
    @Test func rerunsAreByteIdenticalAndInTheManifest() throws {
        let data = try CLI.dataDirectory(Self.files)
        let first = try Self.generate(data)
        let second = try Self.generate(data)
        defer {
            CLI.cleanup(data)
            CLI.cleanup(first.deletingLastPathComponent())
            CLI.cleanup(second.deletingLastPathComponent())
        }
        for name in ["hr-workbook.xlsx", "calibration.csv", "calibration.md", "calibration.html", "manifest.json"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b && !a.isEmpty, "\(name)")
        }
        let manifest = try String(contentsOf: first.appendingPathComponent("manifest.json"), encoding: .utf8)
        for name in ["hr-workbook.xlsx", "calibration.csv", "calibration.md", "calibration.html"] {
            #expect(manifest.contains("\"\(name)\""), "\(name)")
        }
        // A ZIP whose first entry is the content types, as Office Open XML readers expect.
        let xlsx = try Data(contentsOf: first.appendingPathComponent("hr-workbook.xlsx"))
        #expect(xlsx.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(String(decoding: xlsx[30..<49], as: UTF8.self) == "[Content_Types].xml")
    }
}
