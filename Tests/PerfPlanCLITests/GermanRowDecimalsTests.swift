import Foundation
import Testing

/// A German plan's and interview's table rows share decimals exactly as the English rows
/// do (`RowDecimalsNamesTitleTests`, whose fixture and hand-worked figures these are, with
/// E1 reading German): New accounts' row 4,0 / 2,0 / 4,7 / 6,7 / 1,3 accounts (the annual
/// average 56 / 12 = 4.667 needs one decimal), Revenue's recorded figures at their two
/// decimals with the zeros kept (40,00 EUR), the evidence sentence's best-3 average as
/// precise as the table (6,7).
@Suite struct GermanRowDecimalsTests {
    @Test func germanRowsShareDecimalsLikeEnglish() throws {
        var files = RowDecimalsNamesTitleTests.files()
        files["employees.csv"] =
            "employee_id,name,title,role,department,manager_id,language\n"
            + "M1,\"Núñez, Ana\",Head of Sales,Lead,Sales,,\n"
            + "E1,Aisha Rahman,Customer Sales Rep,Rep,Sales,M1,de\n"
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        let month = out.appendingPathComponent("2026-10")
        let plan = try RowDecimalsNamesTitleTests.read(month, "employees/E1/plan.md")
        let n = "\u{00A0}"
        let a = "\(n)accounts"
        #expect(
            plan.contains(
                "| New accounts | 4,0\(a) | 2,0\(a) | 50\(n)% | Verfehlt | 4,7\(a) | 6,7\(a) | 1,3\(a) |"), "\(plan)")
        #expect(!plan.contains("| New accounts | 4\(a) |") && !plan.contains("| 5\(a) |"), "\(plan)")
        #expect(
            plan.contains(
                "| Revenue | 40,00\(n)EUR | 40,00\(n)EUR | 100\(n)% | Erreicht | 42,04\(n)EUR | 42,04\(n)EUR | 42,04\(n)EUR |"
            ), "\(plan)")
        #expect(plan.contains("Durchschnitt der besten 3 Monate 6,7\(a)."), "\(plan)")
        #expect(plan.contains("| Okt. 2026 | 40,00\(n)EUR | 40,00\(n)EUR | Erreicht |"), "\(plan)")
        let interview = try RowDecimalsNamesTitleTests.read(month, "employees/E1/interview.md")
        #expect(
            interview.contains(
                "| Revenue | 40,00\(n)EUR | Aug. 44,08\(n)EUR / Sept. 42,04\(n)EUR / Okt. 40,00\(n)EUR | 42,04\(n)EUR |"
            ),
            "\(interview)")
    }
}
