import Foundation
import Testing

/// Issue 21 items 1, 9 and 10 end to end: rule 37 (peer figures only from a large enough
/// group), rule 32 (`hr_contact`, `review_day`, `min_peer_group`) and rule 38 (check-ins).
@Suite struct PeerPrivacyAndPeopleTests {
    static func read(_ dir: URL, _ path: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }

    /// The `<indicator …>` start tag of `id` in an XML document.
    static func indicatorTag(_ xml: String, _ id: String) -> String {
        xml.components(separatedBy: "\n").first { $0.contains("<indicator id=\"\(id)\"") } ?? ""
    }

    static let documents = ["plan.md", "plan.html", "plan.xml", "interview.md", "interview.html", "interview.xml"]

    /// A role of two: E1 (missed three months → a plan) and E2, whose only figure is 1 737.
    /// The role average is (50 + 1 737) / 2 = 893.5; with it and E1's own 50 anyone could
    /// work out E2's 1 737, so no document of E1's may show either, in any format.
    @Test func aTwoPersonRoleRevealsNoColleagueFigure() throws {
        let data = try CLI.dataDirectory([
            "perfplan.json": #"{"approval": "automatic", "organization": "Northwind"}"#,
            "employees.csv": "employee_id,name,role,department\nE1,Ann,Rep,Sales\nE2,Bob,Rep,Sales\n",
            "indicators.csv": "indicator_id,name,unit,direction,weight\nsales,Sales,EUR,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\nsales,*,*,100\n",
            "actuals.csv":
                "employee_id,indicator_id,period,value\nE1,sales,2026-08,50\nE1,sales,2026-09,50\nE1,sales,2026-10,50\n"
                + "E2,sales,2026-10,1737\n",
        ])
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        let month = out.appendingPathComponent("2026-10")
        for doc in Self.documents {
            let text = try Self.read(month, "employees/E1/\(doc)")
            for leak in [
                "1737", "1,737", "893.5", "893", "role average", "peer-mean", "peer-median", "gap-to-peer",
                "percentile=",
            ] {
                #expect(!text.contains(leak), "E1/\(doc) shows \(leak)")
            }
        }
        // What the documents say instead.
        let plan = try Self.read(month, "employees/E1/plan.md")
        #expect(plan.contains("| Too few colleagues to compare | — |"))  // peer mean and percentile cells
        #expect(
            plan.contains(
                "(50 % of target), 50 EUR below target, missed 3 months in a row; too few colleagues in this role for a comparison; best-3-month average 50 EUR."
            ))
        let interview = try Self.read(month, "employees/E1/interview.md")
        #expect(interview.contains("too few colleagues in this role for a comparison"))
        // The XML keeps the group's size (a count gives nobody's figure away) and says why the
        // figures are absent; the document still validates (the test suite checks every XML).
        let tag = Self.indicatorTag(try Self.read(month, "employees/E1/plan.xml"), "sales")
        #expect(tag.contains("peer-n=\"2\"") && tag.contains("peers-withheld=\"true\""), "\(tag)")
        // HR's outputs keep every figure: gaps.csv has the mean 893.5 and gap 50 − 893.5 = −843.5.
        let gaps = try Self.read(month, "gaps.csv")
        #expect(gaps.contains(",893.5,893.5,2,25,-843.5,"), "\(gaps)")  // percentile 100 × 0.5 / 2 = 25
    }

    /// `min_peer_group` 3 from perfplan.json, at the boundary. Every employee has target 100.
    /// - role A: E_A (50) and 3 others (100, 110, 120) → 3 others ≥ 3: shown. mean =
    ///   (50 + 100 + 110 + 120) / 4 = 95; gap 50 − 95 = −45; percentile 100 × 0.5 / 4 = 12.5.
    /// - role B: E_B (50) and 2 others → withheld.
    /// - role C: E_C without a value at P, 3 others (60, 80, 100) → peer_n 3, others 3: shown,
    ///   mean 80 (peer_n − 1 would wrongly count 2 and withhold).
    /// - role D: E_D without a value at P, 2 others → peer_n 2, others 2: withheld.
    @Test func theGroupBoundaryCountsOthersOnly() throws {
        func files(_ policy: String) -> [String: String] {
            var employees = "employee_id,name,role,department\n"
            var actuals = "employee_id,indicator_id,period,value\n"
            for (role, own, others) in [
                ("A", "50", [100, 110, 120]), ("B", "50", [70, 90]), ("C", "", [60, 80, 100]), ("D", "", [70, 90]),
            ] {
                employees += "E_\(role),Person \(role),\(role),Ops\n"
                if !own.isEmpty {
                    actuals += "E_\(role),sales,2026-10,\(own)\n"
                } else {
                    actuals += "E_\(role),sales,2026-09,50\n"
                }
                for (k, v) in others.enumerated() {
                    employees += "\(role)\(k),Other \(role)\(k),\(role),Ops\n"
                    actuals += "\(role)\(k),sales,2026-10,\(v)\n"
                }
            }
            return [
                "perfplan.json": PolicyText.automatic(policy), "employees.csv": employees, "actuals.csv": actuals,
                "indicators.csv": "indicator_id,name,direction,weight\nsales,Sales,higher,1\n",
                "targets.csv": "indicator_id,scope,period,target\nsales,*,*,100\n",
            ]
        }
        let data = try CLI.dataDirectory(files(#"{"min_peer_group": 3}"#))
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run([
            "generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10", "--format", "xml",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        func tag(_ id: String, _ dir: URL = out) throws -> String {
            Self.indicatorTag(
                try Self.read(dir.appendingPathComponent("2026-10"), "employees/\(id)/interview.xml"), "sales")
        }
        let a = try tag("E_A")
        #expect(
            a.contains("peer-mean=\"95\"") && a.contains("gap-to-peer=\"-45\"") && a.contains("percentile=\"12.5\""),
            "\(a)")
        #expect(!a.contains("peers-withheld"))
        let b = try tag("E_B")
        #expect(b.contains("peer-n=\"3\"") && b.contains("peers-withheld=\"true\"") && !b.contains("peer-mean"), "\(b)")
        let c = try tag("E_C")
        #expect(c.contains("peer-n=\"3\"") && c.contains("peer-mean=\"80\"") && !c.contains("peers-withheld"), "\(c)")
        let d = try tag("E_D")
        #expect(d.contains("peer-n=\"2\"") && d.contains("peers-withheld=\"true\"") && !d.contains("peer-mean"), "\(d)")
        #expect(
            try Self.read(out.appendingPathComponent("2026-10"), "employees/E_A/interview.xml").contains(
                "min-peer-group=\"3\""))

        // Without the key the default 5 applies: role A's 3 others are too few.
        let plain = try CLI.dataDirectory(files("{}"))
        let out2 = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(plain)
            CLI.cleanup(out2)
        }
        #expect(
            try CLI.run(["generate", "--data", plain.path, "--out", out2.path, "--as-of", "2026-10", "--format", "xml"])
                .status == 0)
        let a5 = try tag("E_A", out2)
        #expect(a5.contains("peers-withheld=\"true\"") && !a5.contains("peer-mean"), "\(a5)")
    }

    static let hrPolicy = #"""
        {"organization": "Northwind",
         "hr_contact": {"name": "Maria Weber", "email": "hr@example.com", "phone": "+49 30 1234",
                        "by_department": {"Sales": {"name": "Jonas Berg"}}}}
        """#

    static func twoDepartments(_ policy: String) -> [String: String] {
        [
            "perfplan.json": PolicyText.automatic(policy),
            "employees.csv":
                "employee_id,name,title,role,department,manager_id\nM1,Mia Boss,Head of Sales,Lead,Sales,\n"
                + "E1,Ann Lee,Account Manager,Rep,Sales,M1\nE2,Bob Roe,Analyst,Rep,Finance,\n",
            "indicators.csv": "indicator_id,name,direction,weight\nsales,Sales,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\nsales,*,*,100\n",
            "actuals.csv": "employee_id,indicator_id,period,value\nM1,sales,2026-10,100\n"
                + "E1,sales,2026-08,50\nE1,sales,2026-09,50\nE1,sales,2026-10,50\nE2,sales,2026-08,40\nE2,sales,2026-09,40\nE2,sales,2026-10,40\n",
        ]
    }

    /// Rule 32: the department's contact replaces the organisation's as a whole (Jonas Berg,
    /// without Maria Weber's email or phone); other departments get the organisation's.
    @Test func theHRContactComesFromThePolicyPerDepartment() throws {
        let data = try CLI.dataDirectory(Self.twoDepartments(Self.hrPolicy))
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        let month = out.appendingPathComponent("2026-10")
        let sales = try Self.read(month, "employees/E1/plan.md")
        #expect(sales.contains("| HR contact | Jonas Berg |"))
        #expect(!sales.contains("Maria Weber") && !sales.contains("hr@example.com"))
        // The signature blocks: label, printed name, role, lines to write on.
        #expect(
            sales.contains(
                "**Employee**\n\nName: Ann Lee · Role: Account Manager\n\nSignature: ______________________________  Date: ______________"
            ))
        #expect(sales.contains("**Manager**\n\nName: Mia Boss · Role: Head of Sales\n\nSignature: "))
        #expect(sales.contains("**HR**\n\nName: Jonas Berg · Role: Human Resources\n\nSignature: "))
        let finance = try Self.read(month, "employees/E2/plan.md")
        #expect(finance.contains("| HR contact | Maria Weber · hr@example.com · +49 30 1234 |"))
        // No manager: blank lines for the name and role.
        #expect(finance.contains("**Manager**\n\nName: ______________________________ · Role: ______________\n\n"))
        let html = try Self.read(month, "employees/E2/plan.html")
        #expect(html.contains("<dt>HR contact</dt><dd>Maria Weber · hr@example.com · +49 30 1234</dd>"))
        let xml = try Self.read(month, "employees/E1/interview.xml")
        #expect(xml.contains("<hr-contact name=\"Jonas Berg\"/>"))
        for id in ["E1", "E2"] {
            for doc in Self.documents {
                #expect(!(try Self.read(month, "employees/\(id)/\(doc)")).contains("HR, Northwind"))
            }
        }
        // The new element and attributes (hr-contact, peers-withheld, review-of, min-peer-group) validate.
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "cd '\(month.path)' && xmllint --noout --schema '\(xsd)' employees/*/*.xml 2>&1; echo rc=$?")
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
    }

    /// Without `hr_contact` the documents leave a blank line, never "HR, <organisation>".
    @Test func withoutAnHRContactTheDocumentsLeaveABlankLine() throws {
        let data = try CLI.dataDirectory(Self.twoDepartments(#"{"organization": "Northwind"}"#))
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        #expect(try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"]).status == 0)
        let month = out.appendingPathComponent("2026-10")
        let plan = try Self.read(month, "employees/E1/plan.md")
        #expect(plan.contains("| HR contact | ______________________________ |"))
        #expect(plan.contains("**HR**\n\nName: ______________________________ · Role: Human Resources"))
        #expect(
            try Self.read(month, "employees/E1/plan.html").contains(
                "<dt>HR contact</dt><dd><div class=\"fill\"></div></dd>"))
        #expect(!(try Self.read(month, "employees/E1/plan.xml")).contains("<hr-contact"))
        for doc in Self.documents {
            let text = try Self.read(month, "employees/E1/\(doc)")
            #expect(!text.contains("HR, Northwind") && !text.contains("| HR |"), "\(doc)")
        }
    }

    /// Rule 38 with review_day 10, plan November 2026 – January 2027, check-ins every 2 weeks
    /// (checked with a calendar): reviews of November on Thu 2026-12-10, of December on
    /// Mon 2027-01-11 (10 January 2027 is a Sunday), of January on Wed 2027-02-10. Check-ins
    /// every 14 days after the plan meeting of Tue 2026-11-10 (October's results exist)
    /// through 31 January: 11-24, (12-08, 2 days before a review: folded), 12-22, (2027-01-05,
    /// 6 days before a review: folded), 01-19. The deadline
    /// reads "by the end of January 2027"; progress for November reads the dates back.
    @Test func checkinsFollowTheReviewDayAndProgressReadsThem() throws {
        let data = try CLI.dataDirectory(Self.twoDepartments(#"{"review_day": 10}"#))
        let out = try CLI.temporaryDirectory("perfplan-out")
        let reports = try CLI.temporaryDirectory("perfplan-reports")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
            CLI.cleanup(reports)
        }
        #expect(try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"]).status == 0)
        let month = out.appendingPathComponent("2026-10")
        let xml = try Self.read(month, "employees/E1/plan.xml")
        let checkins = xml.components(separatedBy: "\n").filter { $0.contains("<checkin ") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(
            checkins == [
                #"<checkin date="2026-11-24" formal="false"/>"#,
                #"<checkin date="2026-12-10" formal="true" review-of="2026-11"/>"#,
                #"<checkin date="2026-12-22" formal="false"/>"#,
                #"<checkin date="2027-01-11" formal="true" review-of="2026-12"/>"#,
                #"<checkin date="2027-01-19" formal="false"/>"#,
                #"<checkin date="2027-02-10" formal="true" review-of="2027-01"/>"#,
            ])
        let plan = try Self.read(month, "employees/E1/plan.md")
        #expect(plan.contains("| Mon 11 Jan 2027 | Formal review of December 2026 results | |"))
        #expect(plan.contains("- Deadline: End of January 2027"))
        #expect(plan.contains("If every goal is reached by the end of January 2027, the plan is closed as a success."))
        #expect(try Self.read(month, "employees/E1/interview.md").contains(" by the end of January 2027 |"))

        // Progress at 2026-11 lists the next three meetings after 30 November.
        try Data(
            (Self.twoDepartments("{}")["actuals.csv"]!
                + "E1,sales,2026-11,60\nE2,sales,2026-11,60\nM1,sales,2026-11,100\n").utf8
        )
        .write(to: data.appendingPathComponent("actuals.csv"))
        let p = try CLI.run([
            "progress", "--data", data.path, "--plans", month.path, "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(p.status == 0, "\(p.stderr)")
        let report = try Self.read(reports.appendingPathComponent("2026-11"), "employees/E1/progress.md")
        #expect(report.contains("Next check-ins: Thu 10 Dec 2026; Tue 22 Dec 2026; Mon 11 Jan 2027."), "\(report)")
    }
}
