import Foundation
import Testing

/// Numbers people can hit (contract §6.30, §6.36; issue 21.6): whole-number data gives
/// whole milestones in plan.md and plan.xml, ties go toward the expected level, a given
/// `decimals` wins, and `progress` measures against the rounded milestones.
@Suite(.serialized) struct DecimalsEndToEndTests {
    static let files: [String: String] = [
        "employees.csv":
            "employee_id,name,role,department,manager_id\nM1,Maria Lead,Manager,Sales,\nA,Ann,Rep,Sales,M1\n",
        // hours gives decimals 1 although its data is whole; the others derive theirs (0).
        "indicators.csv": """
        indicator_id,name,unit,direction,weight,decimals
        acc,New accounts,accounts,higher,1,
        calls,Calls,calls,higher,1,
        delay,Report delay,days,lower,1,
        hours,Training hours,hours,higher,1,1

        """,
        "targets.csv": "indicator_id,scope,period,target\nacc,*,*,8\ncalls,*,*,13\ndelay,*,*,10\nhours,*,*,4\n",
        "perfplan.json": #"{"approval": "automatic", "plan_months": 2, "max_focus": 4}"#,
    ]
    static let history = """
        employee_id,indicator_id,period,value
        A,acc,2026-08,2
        A,acc,2026-09,3
        A,acc,2026-10,2
        A,calls,2026-08,10
        A,calls,2026-09,10
        A,calls,2026-10,10
        A,delay,2026-08,13
        A,delay,2026-09,13
        A,delay,2026-10,13
        A,hours,2026-08,2
        A,hours,2026-09,3
        A,hours,2026-10,2

        """

    @Test func wholeDataGivesWholeMilestones() throws {
        var files = Self.files
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
        let folder = packets.appendingPathComponent("2026-10/employees/A")
        let md = try String(contentsOf: folder.appendingPathComponent("plan.md"), encoding: .utf8)
        let xml = try String(contentsOf: folder.appendingPathComponent("plan.xml"), encoding: .utf8)
        let interview = try String(contentsOf: folder.appendingPathComponent("interview.md"), encoding: .utf8)

        // Hand calculation, plan months 2 (2026-11, 2026-12), milestone k = current + (expected − current)·k/2:
        // acc:   current (2 + 3 + 2)/3 = 2.333 → 8: 5.1667 → 5 (0 decimals); then 8.
        // calls: current 10 → 13: 11.5, a tie → toward 13 → 12; then 13.
        // delay: current 13 → 10 (lower): 11.5, a tie → toward 10 → 11; then 10.
        // hours: current 2.333 → 4: 3.1667 → 3.2 (decimals 1 given); then 4.
        #expect(md.contains("| November 2026 | 5 accounts |"), "\(md)")
        #expect(md.contains("| December 2026 | 8 accounts |"))
        #expect(md.contains("| November 2026 | 12 calls |"))
        #expect(md.contains("| November 2026 | 11 days |"))
        #expect(md.contains("| December 2026 | 10 days |"))
        #expect(md.contains("| November 2026 | 3.2 hours |"))
        // Current levels at two more decimals than the indicator's, so the milestones can be
        // worked out again from the page: 2.333 accounts → 2.33, 2.333 hours → 2.333.
        #expect(md.contains("- Current level: 2.33 accounts"))
        #expect(md.contains("- Current level: 2.333 hours"))
        // Attainment in whole percents: acc 2/8 = 25 %; delay (13 − 20)/(10 − 20) = 70 %.
        #expect(md.contains("2 accounts against a target of 8 accounts (25 % of target)"))
        // Lower is better, counted from the threshold of 20 days: the sentence says so.
        #expect(md.contains("13 days against a target of 10 days (70 % of the way from 20 days to the target)"))
        #expect(md.contains("counted from 20 days (0 %) to the target of 10 days (100 %), less is better."))
        // No fractions of an account in a milestone (the old milestone was 5.17 accounts).
        for text in ["5.17", "11.5"] { #expect(!md.contains(text), "\(text)") }
        #expect(
            interview.contains("5 accounts in November 2026, 8 accounts by the end of December 2026"), "\(interview)")
        #expect(!interview.contains("5.17"))

        // plan.xml: the rounded milestones (the goals) and the decimals; measured figures in full.
        func goal(_ id: String) -> String {
            guard let start = xml.range(of: "<goal indicator=\"\(id)\"") else { return "" }
            let rest = xml[start.lowerBound...]
            return String(rest[..<(rest.range(of: "</goal>")?.upperBound ?? rest.endIndex)])
        }
        #expect(goal("acc").contains("decimals=\"0\""), "\(goal("acc"))")
        #expect(goal("acc").contains("<milestone month=\"2026-11\" value=\"5\"/>"), "\(goal("acc"))")
        #expect(goal("acc").contains("<milestone month=\"2026-12\" value=\"8\"/>"))
        #expect(goal("acc").contains("current=\"2.3333333333333335\""), "\(goal("acc"))")
        #expect(goal("calls").contains("<milestone month=\"2026-11\" value=\"12\"/>"))
        #expect(goal("delay").contains("<milestone month=\"2026-11\" value=\"11\"/>"))
        #expect(goal("hours").contains("decimals=\"1\""))
        #expect(goal("hours").contains("<milestone month=\"2026-11\" value=\"3.2\"/>"))
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "xmllint --noout --schema '\(xsd)' '\(folder.path)/plan.xml' '\(folder.path)/interview.xml' 2>&1; echo rc=$?"
        )
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")

        // progress measures against the rounded milestones: calls 11.7 in November is behind
        // the milestone 12 (it would be on track against the unrounded 11.5); acc 5 reaches 5.
        let later = Self.history + "A,acc,2026-11,5\nA,calls,2026-11,11.7\nA,delay,2026-11,11\nA,hours,2026-11,3.2\n"
        try Data(later.utf8).write(to: data.appendingPathComponent("actuals.csv"))
        let plans = packets.appendingPathComponent("2026-10")
        let p = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(p.status == 0, "\(p.stderr)")
        let progress = try String(
            contentsOf: reports.appendingPathComponent("2026-11/employees/A/progress.xml"), encoding: .utf8)
        let lines = progress.components(separatedBy: "\n")
        func line(_ id: String) -> String { lines.first { $0.contains("<goal indicator=\"\(id)\"") } ?? "" }
        #expect(line("calls").contains("milestone=\"12\" actual=\"11.7\" status=\"behind\""), "\(line("calls"))")
        #expect(line("acc").contains("milestone=\"5\" actual=\"5\" status=\"on_track\""), "\(line("acc"))")
        #expect(line("delay").contains("milestone=\"11\" actual=\"11\" status=\"on_track\""), "\(line("delay"))")
        #expect(line("hours").contains("milestone=\"3.2\" actual=\"3.2\" status=\"on_track\""), "\(line("hours"))")
        // The report shows the plan's figures at its decimals, widened to today's data: the
        // milestone 12 calls (plan: 0 decimals), the actual 11.7 calls (calls now has 1), never
        // "12 calls … Behind"; acc stays whole: 5 accounts against 5 accounts.
        let report = try String(
            contentsOf: reports.appendingPathComponent("2026-11/employees/A/progress.md"), encoding: .utf8)
        #expect(report.contains("| Calls | 12 calls | 11.7 calls | Behind |"), "\(report)")
        // Accounts: on its milestone of 5, but the line through (October, 2.333) and (November,
        // 5) rises 2.667 a month and reaches 8 only at 2.333 + 3 × 2.667 = 10.33, January 2027:
        // after the December deadline, and the status says so.
        #expect(
            report.contains(
                "| New accounts | 5 accounts | 5 accounts | On track this month, late for the deadline at this rate |"),
            "\(report)")
    }
}
