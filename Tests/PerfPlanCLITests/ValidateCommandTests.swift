import Foundation
import Testing

@Suite struct ValidateCommandTests {
    static let valid: [String: String] = [
        "employees.csv": "employee_id,name,role,department,manager_id\nM1,Ana,Manager,Sales,\nE1,Bob,Rep,Sales,M1\n",
        "indicators.csv": "indicator_id,name,direction,weight\nsales,Sales,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nsales,*,*,100\n",
        "actuals.csv": "employee_id,indicator_id,period,value\nE1,sales,2026-09,90\nE1,sales,2026-10,110\n",
    ]

    @Test func validDataExitsZeroWithASummary() throws {
        let dir = try CLI.dataDirectory(Self.valid)
        defer { CLI.cleanup(dir) }
        let r = try CLI.run(["validate", "--data", dir.path])
        #expect(r.status == 0)
        #expect(
            r.stdout
                == "\(dir.path): 2 employees, 1 indicator, 2 actual rows, months 2026-09..2026-10; 0 warnings, 0 errors\n"
        )
    }

    @Test func everyErrorInOneRunSortedThenExit3() throws {
        var files = Self.valid
        files["actuals.csv"] =
            "employee_id,indicator_id,period,value\nE1,sales,2026-09,\"9,5\"\nE9,sales,2026-10,1\nE1,sales,2026-13,1\n"
        files["employees.csv"] = files["employees.csv"]! + "E1,Dup,Rep,Sales,M1\n"
        let dir = try CLI.dataDirectory(files)
        defer { CLI.cleanup(dir) }
        let r = try CLI.run(["validate", "--data", dir.path])
        #expect(r.status == 3)
        #expect(
            r.stdout.components(separatedBy: "\n").dropLast(2) == [
                "actuals.csv:2: value \"9,5\" is not a number (decimal separator is '.'; for decimal commas set \"decimal_separator\": \",\" in perfplan.json)",
                "actuals.csv:3: employee_id \"E9\" is not an employee_id of the employees dataset",
                "actuals.csv:4: period \"2026-13\" is not a month (expected YYYY-MM)",
                "employees.csv:4: duplicate employee_id \"E1\" (first at line 3)",
            ])
        #expect(r.stdout.hasSuffix("; 0 warnings, 4 errors\n"))
    }

    @Test func thousandsOfErrorsStayReadable() throws {
        var files = Self.valid
        files["actuals.csv"] =
            "employee_id,indicator_id,period,value\n" + (0..<1000).map { "E1,sales,2026-10,x\($0)\n" }.joined()
        let dir = try CLI.dataDirectory(files)
        defer { CLI.cleanup(dir) }
        let r = try CLI.run(["validate", "--data", dir.path])
        #expect(r.status == 3)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 202)
        #expect(lines[200] == "actuals.csv: … and 800 more not shown (800 errors, 0 warnings)")
        #expect(lines[201].hasSuffix("; 0 warnings, 1000 errors"))
    }

    @Test func otherCommandsRefuseInvalidDataWithExit3() throws {
        var files = Self.valid
        files["targets.csv"] = nil
        let dir = try CLI.dataDirectory(files)
        defer { CLI.cleanup(dir) }
        let r = try CLI.run(["gaps", "--data", dir.path, "--format", "json"])
        #expect(r.status == 3)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("targets.csv: required file is missing"))
    }
}
