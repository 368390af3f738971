import Testing

@testable import PerfPlanIO

/// One test per kind of input problem: the base fixture with one defect, and the exact
/// message users see.
@Suite struct LoaderErrorTests {
    @Test func fixtureIsValid() throws {
        let result = try Fixture.load(Fixture.csvFiles)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.dataset?.employees.count == 3)
        #expect(result.dataset?.actuals.count == 4)
    }

    @Test func missingRequiredFile() throws {
        #expect(
            try Fixture.messages(replacing: "actuals.csv", with: nil) == [
                "actuals.csv: required file is missing (give actuals.csv, actuals.json or a \"actuals\" key in dataset.json)"
            ])
    }

    @Test func bothCSVAndJSON() throws {
        var files = Fixture.csvFiles
        files["notes.json"] = "[]"
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "notes.csv: both notes.csv and notes.json exist; keep one"
            ])
    }

    @Test func missingRequiredFieldAndColumn() throws {
        #expect(
            try Fixture.messages(
                replacing: "plans.csv", with: "employee_id,cycle,start,end,outcome\nE2,1,2026-01,,extended\n") == [
                    "plans.csv:2: missing required field \"end\""
                ])
        #expect(
            try Fixture.messages(
                replacing: "plans.csv",
                with: "employee_id,cycle,start,outcome\nE2,1,2026-01,extended\nE2,2,2026-04,active\n") == [
                    "plans.csv:1: missing required column \"end\""
                ])
    }

    @Test func badNumberDecimalCommaInSemicolonFile() throws {
        let text = "employee_id;indicator_id;period;value\nE1;sales_revenue;2026-10;12,5\n"
        #expect(
            try Fixture.messages(replacing: "actuals.csv", with: text) == [
                "actuals.csv:2: value \"12,5\" is not a number (decimal separator is '.'; for decimal commas set \"decimal_separator\": \",\" in perfplan.json)"
            ])
    }

    @Test func badMonthAndDate() throws {
        let actuals = Fixture.actuals + "\nE1,sales_revenue,2026-1,5,,\n"
        #expect(
            try Fixture.messages(replacing: "actuals.csv", with: actuals) == [
                "actuals.csv:6: period \"2026-1\" is not a month (expected YYYY-MM)"
            ])
        let employees = Fixture.employees + "\nE3,Dee,,Sales Representative,Sales,M1,,2026-02-30,\n"
        #expect(
            try Fixture.messages(replacing: "employees.csv", with: employees) == [
                "employees.csv:5: hire_date \"2026-02-30\" is not a date (expected YYYY-MM-DD)"
            ])
    }

    @Test func unknownIds() throws {
        let actuals = Fixture.actuals + "\nE9,sales_revenue,2026-10,1,,\nE1,nope,2026-10,1,,\n"
        #expect(
            try Fixture.messages(replacing: "actuals.csv", with: actuals) == [
                "actuals.csv:6: employee_id \"E9\" is not an employee_id of the employees dataset",
                "actuals.csv:7: indicator_id \"nope\" is not an indicator_id of the indicators dataset",
            ])
        let employees = Fixture.employees + "\nE3,Dee,,Sales Representative,Sales,X1,,,\n"
        #expect(
            try Fixture.messages(replacing: "employees.csv", with: employees) == [
                "employees.csv:5: manager_id \"X1\" is not an employee_id of the employees dataset"
            ])
    }

    @Test func rowsReferringToAnInvalidRowGetNoSecondError() throws {
        // E1's row has a bad date; actuals of E1 must not also say "unknown employee".
        let employees = Fixture.employees.replacingOccurrences(of: "2022-06-15", with: "2022-15-06")
        #expect(
            try Fixture.messages(replacing: "employees.csv", with: employees) == [
                "employees.csv:3: hire_date \"2022-15-06\" is not a date (expected YYYY-MM-DD)"
            ])
    }

    @Test func duplicates() throws {
        #expect(
            try Fixture.messages(
                replacing: "employees.csv", with: Fixture.employees + "\nE1,Again,,Sales Representative,Sales,M1,,,\n")
                == ["employees.csv:5: duplicate employee_id \"E1\" (first at line 3)"])
        #expect(
            try Fixture.messages(replacing: "actuals.csv", with: Fixture.actuals + "\nE1,sales_revenue,2026-10,1,,\n")
                == [
                    "actuals.csv:6: duplicate actual for employee \"E1\", indicator \"sales_revenue\", period 2026-10 (first at line 3)"
                ])
        #expect(
            try Fixture.messages(
                replacing: "benchmarks.csv", with: Fixture.benchmarks + "\nsales_revenue,1,industry,\n") == [
                    "benchmarks.csv:4: duplicate benchmark for indicator \"sales_revenue\", scope \"industry\" (first at line 2)"
                ])
        #expect(
            try Fixture.messages(replacing: "plans.csv", with: Fixture.plans + "\nE2,1,2026-04,2026-06,active\n") == [
                "plans.csv:3: duplicate plan cycle 1 for employee \"E2\" (first at line 2)"
            ])
    }

    @Test func qualitativeValueOutsideScale() throws {
        #expect(
            try Fixture.messages(replacing: "actuals.csv", with: Fixture.actuals + "\nE1,csat,2026-10,6,,\n") == [
                "actuals.csv:6: value 6 is outside the scale 1–5 of qualitative indicator \"csat\""
            ])
    }

    @Test func nonPositiveWeightAndBadScale() throws {
        let indicators = Fixture.indicators.replacingOccurrences(
            of: "higher,qualitative,1,5,2,", with: "higher,qualitative,5,1,-1,")
        #expect(
            try Fixture.messages(replacing: "indicators.csv", with: indicators) == [
                "indicators.csv:4: scale_min 5 must be less than scale_max 1",
                "indicators.csv:4: weight -1 must be greater than 0",
            ])
    }

    @Test func lowerTargetZeroWithoutThreshold() throws {
        let indicators = Fixture.indicators.replacingOccurrences(of: "lower,,,,1,5,", with: "lower,,,,1,,")
        #expect(
            try Fixture.messages(replacing: "indicators.csv", with: indicators) == [
                "targets.csv:5: target 0 for lower-is-better indicator \"report_delay_days\" needs a threshold (the default 2 × target is also 0, so attainment would divide by zero)"
            ])
    }

    @Test func thresholdOnTheWrongSide() throws {
        let targets = Fixture.targets + "\nsales_revenue,employee:E2,2026-10,100,150,\ncsat,role:Sales Manager,*,4,4,\n"
        #expect(
            try Fixture.messages(replacing: "targets.csv", with: targets) == [
                "targets.csv:7: threshold 150 is above the target 100 of higher-is-better indicator \"sales_revenue\": attainment would be inverted",
                "targets.csv:8: target 4 equals its threshold 4: attainment would divide by zero",
            ])
    }

    @Test func tiedTargetRowsNameBothLines() throws {
        let targets = Fixture.targets + "\nsales_revenue,ROLE: Sales Representative,2026-06..2027-01,1,,\n"
        #expect(
            try Fixture.messages(replacing: "targets.csv", with: targets) == [
                "targets.csv:7: ties with the target row at line 3 (same indicator, scope \"role:Sales Representative\" and period kind, months in common); keep one"
            ])
    }

    @Test func scopeMatchingNobodyIsAWarning() throws {
        let result = try Fixture.load(
            Fixture.csvFiles.merging(["targets.csv": Fixture.targets + "\ncsat,department:Nowhere,*,3,,\n"]) { $1 })
        #expect(
            result.diagnostics.map(\.description) == [
                "targets.csv:7: warning: scope \"department:Nowhere\" matches no employee's department"
            ])
        #expect(result.dataset != nil)
    }

    @Test func managerCycleAndSelfManager() throws {
        let employees =
            Fixture.employees.replacingOccurrences(of: "Sales Manager,Sales,,", with: "Sales Manager,Sales,E1,")
            + "\nE3,Dee,,Sales Representative,Sales,E3,,,\n"
        #expect(
            try Fixture.messages(replacing: "employees.csv", with: employees) == [
                "employees.csv:2: manager cycle: \"M1\" → \"E1\" → \"M1\"",
                "employees.csv:5: employee \"E3\" is their own manager",
            ])
    }

    @Test func unsafeEmployeeIds() throws {
        let employees =
            Fixture.employees
            + "\n../x,A,,R,Sales,,,,\n..,B,,R,Sales,,,,\n\(String(repeating: "x", count: 129)),C,,R,Sales,,,,\nE 4,D,,R,Sales,,,,\n"
        #expect(
            try Fixture.messages(replacing: "employees.csv", with: employees) == [
                "employees.csv:5: employee_id \"../x\" cannot be used as a folder name (it contains '/')",
                "employees.csv:6: employee_id \"..\" cannot be used as a folder name (it is ..)",
                "employees.csv:7: employee_id \"\(String(repeating: "x", count: 60))…\" is longer than 128 bytes and cannot be used as a folder name",
                "employees.csv:8: employee_id \"E 4\" must not contain spaces",
            ])
    }

    @Test func extraCellsAndUnknownColumns() throws {
        let actuals =
            "employee_id,indicator_id,period,value,colour\nE1,sales_revenue,2026-10,1,red,extra\nE1,sales_revenue,2026-09,2,,\n"
        #expect(
            try Fixture.messages(replacing: "actuals.csv", with: actuals) == [
                "actuals.csv:1: warning: unknown column ignored: \"colour\"",
                "actuals.csv:2: 6 cells but the header has 5 columns (a value holding ',' must be quoted)",
            ])
    }

    @Test func duplicateHeaderColumns() throws {
        #expect(
            try Fixture.messages(replacing: "notes.csv", with: "employee_id,period,kind,kind\nE2,2026-10,cause,cause\n")
                == ["notes.csv:1: duplicate column \"kind\" (columns 3 and 4)"])
    }

    @Test func badEnumsAndFlags() throws {
        let indicators = Fixture.indicators.replacingOccurrences(of: "EUR,higher,", with: "EUR,up,")
            .replacingOccurrences(of: "3,,true,", with: "3,,yes,")
        #expect(
            try Fixture.messages(replacing: "indicators.csv", with: indicators) == [
                "indicators.csv:2: critical \"yes\" must be true or false",
                "indicators.csv:2: direction \"up\" must be higher or lower",
            ])
    }

    @Test func jsonErrorsUseIndexes() throws {
        var files = Fixture.csvFiles
        files["notes.csv"] = nil
        files["notes.json"] =
            #"[{"employee_id": "E2", "period": "2026-10", "kind": "cause"}, {"employee_id": "E2", "period": 202610, "kind": "x"}, 5]"#
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "notes.json: [1] kind \"x\" must be one of cause, strength, action, support, comment",
                "notes.json: [1] period \"202610\" is not a month (expected YYYY-MM)",
                "notes.json: [2] expected an object, found a number",
            ])
        files["notes.json"] = "[\n{\"employee_id\": \"E2\",\n \"period\": 2026-10}]"
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "notes.json:3: invalid JSON: expected ',' or '}', found '-'"
            ])
    }

    @Test func jsonNumbersMustBeNumbers() throws {
        var files = Fixture.csvFiles
        files["benchmarks.csv"] = nil
        files["benchmarks.json"] =
            #"[{"indicator_id": "sales_revenue", "value": "300000"}, {"indicator_id": "csat", "value": 1e999}]"#
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "benchmarks.json: [0] value \"300000\" must be a JSON number, not a string",
                "benchmarks.json: [1] value 1e999 is out of range",
            ])
    }

    @Test func datasetJSONMessagesAndConflicts() throws {
        var files = Fixture.csvFiles
        files["notes.csv"] = nil
        files["dataset.json"] = #"{"notes": [{"employee_id": "E2", "period": "2026-10"}], "employees": [], "extra": 1}"#
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "dataset.json: \"employees\" is also given by employees.csv; keep one",
                "dataset.json:1: warning: unknown key \"extra\" ignored",
                "dataset.json: notes[0] missing required field \"kind\"",
            ])
    }

    @Test func policyTypesRangesAndUnknownKeys() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] = """
            {
              "attainment_cap": 0.5,
              "baseline_months": "12",
              "triggers": {"miss_streak": 0, "composite_below": null, "color": 1},
              "rating_bands": [{"min": 1, "label": ""}],
              "colour": "blue"
            }
            """
        let result = try Fixture.load(files)
        #expect(
            result.diagnostics.map(\.description) == [
                "perfplan.json:2: \"attainment_cap\" must be a number from 1 to 100 (found 0.5)",
                "perfplan.json:3: \"baseline_months\" must be a whole number, found a string",
                "perfplan.json:4: warning: unknown trigger key \"color\" ignored",
                "perfplan.json:5: each rating band must be {\"min\": number from 0 to 100, \"label\": non-empty text}",
                "perfplan.json:6: warning: unknown policy key \"colour\" ignored",
            ])
    }

    @Test func policyMergesKeyByKey() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] =
            #"{"organization": "Northwind", "triggers": {"miss_streak": 0, "composite_below": null}, "rating_bands": [{"min": 0, "label": "All"}]}"#
        let policy = try #require(try Fixture.load(files).dataset?.policy)
        #expect(policy.organization == "Northwind")
        #expect(policy.triggers.missStreak == nil && policy.triggers.compositeBelow == nil)
        #expect(policy.triggers.compositeMonths == 3 && policy.triggers.criticalMissed)
        #expect(policy.ratingBands.map(\.label) == ["All"])
        #expect(policy.attainmentCap == 1.5 && policy.baselineMonths == 12)
    }

    @Test func unreadableAndNotADirectory() throws {
        #expect(
            DatasetLoader.load(directory: "/nonexistent-perfplan").diagnostics.map(\.description) == [
                "/nonexistent-perfplan: not a directory (--data must name the folder holding the data files)"
            ])
    }
}
