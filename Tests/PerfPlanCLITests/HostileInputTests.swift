import Foundation
import Testing

/// Issue 6's corpus of broken datasets: each one gets a precise message, exit 3, and
/// nothing written — whichever command reads it.
@Suite struct HostileInputTests {
    static let valid: [String: String] = [
        "employees.csv": "employee_id,name,role,department,manager_id\nM1,Ana,Manager,Sales,\nE1,Bob,Rep,Sales,M1\n",
        "indicators.csv": "indicator_id,name,direction,weight\nsales,Sales,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nsales,*,*,100\n",
        "actuals.csv": "employee_id,indicator_id,period,value\nE1,sales,2026-10,110\n",
    ]

    /// (name, file to replace, its bytes, a fragment the report must contain)
    static var cases: [(String, String, [UInt8], String)] {
        let header = "employee_id,indicator_id,period,value\n"
        func actuals(_ rows: String) -> [UInt8] { Array((header + rows).utf8) }
        var garbage = [UInt8](repeating: 0, count: 4096)
        var x: UInt64 = 42
        for i in garbage.indices {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            garbage[i] = UInt8(truncatingIfNeeded: x >> 56)
        }
        let longLine = Array(
            ("employee_id,name,role,department\nE1,\"" + String(repeating: "x", count: 5 << 20) + "\",Rep,Sales\n").utf8
        )
        return [
            ("binary garbage", "actuals.csv", garbage, "actuals.csv:"),
            (
                "not UTF-8", "actuals.csv", actuals("E1,sales,2026-10,1\n") + [0x45, 0x31, 0xE9, 0x2C, 0x0A],
                "actuals.csv:3: the file is not UTF-8 text"
            ),
            (
                "unterminated quote", "actuals.csv", actuals("E1,\"sales,2026-10,1\nE1,sales,2026-09,1\n"),
                "actuals.csv:2: a quoted field opened on this line is never closed"
            ),
            ("header only", "actuals.csv", Array(header.utf8), "actuals.csv: actuals: no rows (only a header)"),
            ("empty file", "targets.csv", [], "targets.csv:1: the file is empty"),
            (
                "duplicated headers", "actuals.csv",
                Array("employee_id,indicator_id,period,value,value\nE1,sales,2026-10,1,2\n".utf8),
                "actuals.csv:1: duplicate column \"value\" (columns 4 and 5)"
            ),
            (
                "id with a space", "employees.csv", Array("employee_id,name,role,department\nE 1,Bob,Rep,Sales\n".utf8),
                "employees.csv:2: employee_id \"E 1\" must not contain spaces"
            ),
            (
                "id with ../", "employees.csv", Array("employee_id,name,role,department\n../E1,Bob,Rep,Sales\n".utf8),
                "employees.csv:2: employee_id \"../E1\" cannot be used as a folder name (it contains '/')"
            ),
            (
                "id with NUL", "employees.csv", Array("employee_id,name,role,department\nE\u{0}1,Bob,Rep,Sales\n".utf8),
                "employees.csv:2: employee_id \"E\\u{0}1\" cannot be used as a folder name (it contains a control character)"
            ),
            (
                "id of 300 characters", "employees.csv",
                Array("employee_id,name,role,department\n\(String(repeating: "E", count: 300)),Bob,Rep,Sales\n".utf8),
                "is longer than 128 bytes"
            ),
            (
                "1e400", "actuals.csv", actuals("E1,sales,2026-10,1e400\n"),
                "actuals.csv:2: value \"1e400\" is out of range"
            ),
            ("NaN", "actuals.csv", actuals("E1,sales,2026-10,NaN\n"), "actuals.csv:2: value \"NaN\" is not a number"),
            (
                "0x10", "actuals.csv", actuals("E1,sales,2026-10,0x10\n"),
                "actuals.csv:2: value \"0x10\" is not a number"
            ),
            (
                "empty value", "actuals.csv", actuals("E1,sales,2026-10,\n"),
                "actuals.csv:2: missing required field \"value\""
            ),
            (
                "month 2026-13", "actuals.csv", actuals("E1,sales,2026-13,1\n"),
                "actuals.csv:2: period \"2026-13\" is not a month (expected YYYY-MM)"
            ),
            (
                "month 2026-1", "actuals.csv", actuals("E1,sales,2026-1,1\n"),
                "actuals.csv:2: period \"2026-1\" is not a month (expected YYYY-MM)"
            ),
            (
                "manager cycle", "employees.csv",
                Array(
                    "employee_id,name,role,department,manager_id\nM1,Ana,Manager,Sales,E1\nE1,Bob,Rep,Sales,M1\n".utf8),
                "employees.csv:2: manager cycle: \"M1\" → \"E1\" → \"M1\""
            ),
            (
                "own manager", "employees.csv",
                Array("employee_id,name,role,department,manager_id\nM1,Ana,Manager,Sales,\nE1,Bob,Rep,Sales,E1\n".utf8),
                "employees.csv:3: employee \"E1\" is their own manager"
            ),
            (
                "5 MB single line", "employees.csv", longLine,
                "employees.csv:2: name is 5242880 bytes long; at most 65536 are accepted"
            ),
            (
                "decimal comma", "actuals.csv",
                Array("employee_id;indicator_id;period;value\nE1;sales;2026-10;1,5\n".utf8),
                "actuals.csv:2: value \"1,5\" is not a number (decimal separator is '.'; for decimal commas set \"decimal_separator\": \",\" in perfplan.json)"
            ),
        ]
    }

    @Test(arguments: 0..<20)
    func eachBrokenDatasetIsRefusedPrecisely(_ n: Int) throws {
        let (name, file, bytes, fragment) = Self.cases[n]
        let dir = try CLI.dataDirectory(Self.valid)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(dir)
            CLI.cleanup(out)
        }
        try Data(bytes).write(to: dir.appendingPathComponent(file))
        let v = try CLI.run(["validate", "--data", dir.path])
        let g = try CLI.run(["generate", "--data", dir.path, "--out", out.appendingPathComponent("packets").path])
        #expect(v.status == 3, "\(name): \(v.stdout.prefix(2000))")
        #expect(v.stdout.contains(fragment), "\(name): \(v.stdout.prefix(2000))")
        #expect(v.stdout.utf8.count < 20_000, "\(name): the report must stay readable")
        #expect(g.status == 3, "\(name)")
        #expect(
            !FileManager.default.fileExists(atPath: out.appendingPathComponent("packets").path),
            "\(name): something was written")
    }

    @Test func minusZeroIsAValidZero() throws {
        var files = Self.valid
        files["actuals.csv"] = "employee_id,indicator_id,period,value\nE1,sales,2026-10,-0\n"
        let dir = try CLI.dataDirectory(files)
        defer { CLI.cleanup(dir) }
        let r = try CLI.run(["gaps", "--data", dir.path, "--format", "json", "--employee", "E1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"actual\": 0, \"target\": 100"))
    }
}
