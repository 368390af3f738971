import Foundation
import Testing

/// Paper a reader can check, end to end: a table row's figures share decimals (an average of
/// whole accounts is not rounded into a different count), one order for people's names in
/// every output, the title a plan was issued with in its progress reports, the worksheet's
/// current levels with the results they average, the index's links in words, and
/// provenance lines that do not print. Every figure is worked out by hand from the rows
/// written here.
@Suite struct RowDecimalsNamesTitleTests {
    /// E1 "Aisha Rahman", title "Customer Sales Rep", role Rep, under M1 written "Núñez, Ana".
    /// accounts (whole numbers, target 4): Nov 2025–Oct 2026 = 6 6 6 7 6 6 7 6 2 1 1 2.
    ///   annual average 56 / 12 = 4.667 ("5" would be 7.1 % off: one decimal, 4.7);
    ///   best 3 (7 + 7 + 6) / 3 = 6.667 → 6.7; worst 3 (1 + 1 + 2) / 3 = 1.333 → 1.3;
    ///   so the row reads 4.0, 2.0, 4.7, 6.7, 1.3. Missed Jul–Oct: 4 in a row, a plan.
    ///   Current level (Aug–Oct) (1 + 1 + 2) / 3 = 1.33.
    /// revenue (EUR, written with 2 decimals, target 40): Aug 44.08, Sep 42.04, Oct 40 —
    ///   the interview's row: "Aug 44.08 EUR / Sep 42.04 EUR / Oct 40.00 EUR", average
    ///   126.12 / 3 = 42.04, target "40.00 EUR".
    static func files() -> [String: String] {
        var actuals = "employee_id,indicator_id,period,value\n"
        let months = [
            "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
            "2026-07", "2026-08", "2026-09", "2026-10",
        ]
        for (m, v) in zip(months, [6, 6, 6, 7, 6, 6, 7, 6, 2, 1, 1, 2]) { actuals += "E1,accounts,\(m),\(v)\n" }
        actuals += "E1,revenue,2026-08,44.08\nE1,revenue,2026-09,42.04\nE1,revenue,2026-10,40\n"
        return [
            "perfplan.json": #"{"approval": "automatic", "organization": "Northwind"}"#,
            "employees.csv": "employee_id,name,title,role,department,manager_id\n"
                + "M1,\"Núñez, Ana\",Head of Sales,Lead,Sales,\n"
                + "E1,Aisha Rahman,Customer Sales Rep,Rep,Sales,M1\n",
            "indicators.csv":
                "indicator_id,name,unit,direction,weight\naccounts,New accounts,accounts,higher,1\nrevenue,Revenue,EUR,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\naccounts,*,*,4\nrevenue,*,*,40\n",
            "actuals.csv": actuals,
        ]
    }

    static func read(_ dir: URL, _ path: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func tableRowsShareDecimalsAndAveragesAreNotRoundedIntoAnotherCount() throws {
        let data = try CLI.dataDirectory(Self.files())
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        let month = out.appendingPathComponent("2026-10")
        let plan = try Self.read(month, "employees/E1/plan.md")
        #expect(
            plan.contains(
                "| New accounts | 4.0 accounts | 2.0 accounts | 50 % | Missed | 4.7 accounts | 6.7 accounts | 1.3 accounts |"
            ), "\(plan)")
        #expect(!plan.contains("| 5 accounts |"), "\(plan)")
        #expect(
            plan.contains("| Revenue | 40.00 EUR | 40.00 EUR | 100 % | Met | 42.04 EUR | 42.04 EUR | 42.04 EUR |"),
            "\(plan)")
        // The evidence sentence quotes the best-3 average as precisely as the table.
        #expect(plan.contains("best-3-month average 6.7 accounts."), "\(plan)")
        // The dated monthly rows: recorded figures at the indicator's decimals, zeros kept.
        #expect(plan.contains("| Oct 2026 | 40.00 EUR | 40.00 EUR | Met |"), "\(plan)")
        let interview = try Self.read(month, "employees/E1/interview.md")
        #expect(
            interview.contains("| Revenue | 40.00 EUR | Aug 44.08 EUR / Sep 42.04 EUR / Oct 40.00 EUR | 42.04 EUR |"),
            "\(interview)")
        // The worksheet: the unrounded current level with the results it averages.
        let worksheet = try Self.read(month, "employees/E1/worksheet.md")
        #expect(
            worksheet.contains(
                "current level 1.33 accounts, the mean of 1 account (Aug 2026), 1 account (Sep 2026) and 2 accounts (Oct 2026);"
            ), "\(worksheet)")
        // And every monthly result the averages come from, with that month's target.
        #expect(
            worksheet.contains(
                "- **New accounts:** Nov 2025 6 accounts (4 accounts); Dec 2025 6 accounts (4 accounts); "),
            "\(worksheet)")
        #expect(
            worksheet.contains("Sep 2026 1 account (4 accounts); Oct 2026 2 accounts (4 accounts); \n"), "\(worksheet)")
        #expect(
            worksheet.contains(
                "Jul 2026 — (40.00 EUR); Aug 2026 44.08 EUR (40.00 EUR); Sep 2026 42.04 EUR (40.00 EUR); Oct 2026 40.00 EUR (40.00 EUR); \n"
            ), "\(worksheet)")
        #expect(!worksheet.contains("perfplan explain"), "\(worksheet)")
    }

    @Test func oneNameOrderInEveryFileAndIndexLinksInWords() throws {
        let data = try CLI.dataDirectory(Self.files())
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        let month = out.appendingPathComponent("2026-10")
        let plan = try Self.read(month, "employees/E1/plan.md")
        #expect(plan.contains("between Aisha Rahman and Ana Núñez, not a formality"), "\(plan)")
        #expect(plan.contains("| Manager | Ana Núñez |"), "\(plan)")
        // No file of the packet (documents, XML, CSV, calendars) keeps the sorting form.
        let files = FileManager.default.enumerator(at: month, includingPropertiesForKeys: nil)!
        for case let file as URL in files where !file.hasDirectoryPath {
            let text = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
            #expect(!text.contains("Núñez, Ana"), "\(file.path)")
        }
        // Index links named in words, not by their files.
        let index = try Self.read(month, "index.md")
        #expect(
            index.contains(
                "[Plan (Markdown)](employees/E1/plan.md) [Plan](employees/E1/plan.html) [Plan (XML data)](employees/E1/plan.xml)"
            ), "\(index)")
        #expect(index.contains("[Interview form](employees/M1/interview.html)"), "\(index)")
        #expect(!index.contains("(md)]") && !index.contains("(html)]"), "\(index)")
        // Provenance is for the screen: the index's and worksheet's "Generated by perfplan" lines do not print.
        let html = try Self.read(month, "index.html")
        #expect(html.contains(#"<footer class="screen-only">Generated by perfplan on"#), "\(html)")
        #expect(html.contains(".screen-only { display: none; }"), "\(html)")
        let worksheet = try Self.read(month, "employees/E1/worksheet.html")
        #expect(worksheet.contains(#"<footer><span class="screen-only">Generated by perfplan on"#), "\(worksheet)")
        #expect(!(try Self.read(month, "employees/E1/plan.html")).contains("Generated by perfplan"))
    }

    /// Progress shows the title the plan was issued with ("Customer Sales Rep"), not the role
    /// ("Rep"); a plan file written without a title shows the role.
    @Test func progressShowsThePlansTitleAndFallsBackToTheRole() throws {
        var files = Self.files()
        // November: 1 account, worse than the 1.33 the plan started from ((1 + 1 + 2) / 3).
        files["actuals.csv"]! += "E1,accounts,2026-11,1\n"
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        var r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        let plans = out.appendingPathComponent("2026-10")
        r = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out",
            out.appendingPathComponent("p1").path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let p1 = out.appendingPathComponent("p1/2026-11/employees/E1")
        let progress = try Self.read(p1, "progress.md")
        #expect(progress.contains("| Role | Customer Sales Rep |"), "\(progress)")
        // The starting level as the plan printed it (two more decimals), never "1 account".
        #expect(
            progress.contains("New accounts: 1 account is worse than the 1.33 accounts the plan started from."),
            "\(progress)")
        let progressHTML = try Self.read(p1, "progress.html")
        #expect(progressHTML.contains("the planned path from 1.33 accounts to 4 accounts (dashed)"), "\(progressHTML)")
        #expect(
            try Self.read(p1, "progress.xml").contains(#"name="Aisha Rahman" title="Customer Sales Rep" role="Rep""#))

        // An older plan.xml without the title (its manifest entry updated to match).
        let planXML = plans.appendingPathComponent("employees/E1/plan.xml")
        let old = try String(contentsOf: planXML, encoding: .utf8)
        let edited = old.replacingOccurrences(of: #" title="Customer Sales Rep""#, with: "")
        #expect(edited != old)
        try Data(edited.utf8).write(to: planXML)
        let manifestURL = plans.appendingPathComponent("manifest.json")
        var manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        let line = manifest.components(separatedBy: "\n").first { $0.contains("\"employees/E1/plan.xml\"") }!
        manifest = manifest.replacingOccurrences(
            of: line,
            with:
                line
                .replacingOccurrences(
                    of: #""bytes": \d+"#, with: "\"bytes\": \(edited.utf8.count)", options: .regularExpression
                )
                .replacingOccurrences(
                    of: #""sha256": "[0-9a-f]+""#, with: "\"sha256\": \"\(try Self.sha256(planXML))\"",
                    options: .regularExpression))
        try Data(manifest.utf8).write(to: manifestURL)
        r = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out",
            out.appendingPathComponent("p2").path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try Self.read(out.appendingPathComponent("p2/2026-11/employees/E1"), "progress.md").contains(
                "| Role | Rep |"))
    }

    static func sha256(_ file: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [file.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return String(text.prefix(64))
    }
}
