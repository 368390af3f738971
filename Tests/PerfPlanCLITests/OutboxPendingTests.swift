import Foundation
import Testing

/// The reminders' fed sections: proposals awaiting HR's decision (`generate`, from HR's
/// review list) and signatures awaited (`progress`, rule 50). A manager with only proposals
/// still gets a message; no message names a figure (scripts/check-calendars.py).
@Suite(.serialized) struct OutboxPendingTests {
    static let files: [String: String] = [
        "employees.csv": "employee_id,name,role,department,manager_id,email\n"
            + "M1,Maria Lead,Manager,Sales,,m1@acme.example\nM2,Mo Chief,Manager,Ops,,m2@acme.example\n"
            + "A,Ann,Rep,Sales,M1,ann@acme.example\nB,Ben,Rep,Sales,M1,ben@acme.example\nC,Cem,Rep,Ops,M2,cem@acme.example\n",
        "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
        "perfplan.json": #"{"organization": "Acme", "hr_contact": {"name": "Hana HR", "email": "hr@acme.example"}}"#,
        // HR issued A's plan; B's and C's proposals await a decision.
        "decisions.csv":
            "employee_id,month,decision,decided_by,decided_on,reason\nA,2026-10,issue,Hana HR,2026-11-05,\n",
        "acknowledgements.csv": "employee_id,cycle,party,signed_on,declined,witness\nA,1,employee,2026-11-10,false,\n",
        "actuals.csv": {
            var s = "employee_id,indicator_id,period,value\n"
            for m in ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"] {
                for e in ["A", "B", "C"] { s += "\(e),x,\(m),61\n" }
            }
            return s
        }(),
    ]

    /// The decoded text body, lines joined by "\n" (the message's own are CRLF).
    static func body(_ eml: URL) throws -> String {
        try CLI.shell(
            "python3 -c 'import email, email.policy, sys; "
                + "print(email.message_from_bytes(open(sys.argv[1], \"rb\").read(), policy=email.policy.default).get_content(), end=\"\")' '\(eml.path)'"
        ).replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test func proposalsReachTheirManagersAndHRThenSignaturesAwaitedDo() throws {
        let data = try CLI.dataDirectory(Self.files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path])
        #expect(g.status == 0, "\(g.stderr)")
        let month = packets.appendingPathComponent("2026-10")
        #expect(FileManager.default.fileExists(atPath: month.appendingPathComponent("employees/A/plan.md").path))
        #expect(FileManager.default.fileExists(atPath: month.appendingPathComponent("employees/C/plan-draft.md").path))
        // M2 has no plan, so no calendar, but a message about C's proposal.
        #expect(!FileManager.default.fileExists(atPath: month.appendingPathComponent("managers/M2/checkins.ics").path))
        let m2 = try Self.body(month.appendingPathComponent("outbox/manager-M2.eml"))
        #expect(
            m2.contains(
                "Awaiting an HR decision:\n- Cem: proposal awaiting HR's decision (issue, coach, defer or dismiss) (employees/C/plan-draft.html)\n"
            ), "\(m2)")
        #expect(!m2.contains("Ben"))
        let m1 = try Self.body(month.appendingPathComponent("outbox/manager-M1.eml"))
        #expect(
            m1.contains(
                "Awaiting an HR decision:\n- Ben: proposal awaiting HR's decision (issue, coach, defer or dismiss) (employees/B/plan-draft.html)\n"
            ), "\(m1)")
        #expect(!m1.contains("Cem"))
        let hr = try Self.body(month.appendingPathComponent("outbox/hr.eml"))
        // Both, in the review list's order (same cycle, no critical miss, same result: by id).
        #expect(
            hr.contains(
                "Awaiting an HR decision:\n- Ben: proposal awaiting HR's decision (issue, coach, defer or dismiss) — manager Maria Lead (employees/B/plan-draft.html)\n"
                    + "- Cem: proposal awaiting HR's decision (issue, coach, defer or dismiss) — manager Mo Chief (employees/C/plan-draft.html)\n"
            ), "\(hr)")
        #expect(!hr.contains("Signatures awaited"))
        #expect(try CalendarAndOutboxTests.check(month, data: data) == "")

        // November's progress: A's plan met at its plan meeting, Tuesday 10 November; only the
        // employee has signed, so the manager's and HR's signatures are awaited (20 days by
        // 30 November: more than a week).
        let r = try CLI.run([
            "progress", "--data", data.path, "--plans", month.path, "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let nov = reports.appendingPathComponent("2026-11")
        let pm1 = try Self.body(nov.appendingPathComponent("outbox/manager-M1.eml"))
        #expect(
            pm1.contains(
                "Signatures awaited:\n- Ann: signature of the manager and HR awaited since Tue 10 Nov 2026; more than a week (employees/A/progress.html)\n"
            ), "\(pm1)")
        let phr = try Self.body(nov.appendingPathComponent("outbox/hr.eml"))
        #expect(
            phr.contains(
                "- Ann: signature of the manager and HR awaited since Tue 10 Nov 2026; more than a week — manager Maria Lead (employees/A/progress.html)\n"
            ), "\(phr)")
        #expect(!phr.contains("Awaiting an HR decision"))
        #expect(try CalendarAndOutboxTests.check(nov, data: data, plans: month) == "")
    }
}
