import PerfPlanCore
import Testing

@testable import PerfPlanIO

/// Contract §6.33: ids holding Unicode format characters (Cf) are errors that name the code
/// point, wherever the id is defined or referred to.
@Suite struct InvisibleIdTests {
    @Test func zeroWidthSpaceInAnEmployeeId() throws {
        let employees = Fixture.employees + "\nE\u{200B}1,Eve Zero,Representative,Sales Representative,Sales,M1,,,\n"
        #expect(
            try Fixture.messages(replacing: "employees.csv", with: employees) == [
                "employees.csv:5: employee_id \"E\\u{200b}1\" contains an invisible format character (U+200B)"
            ])
    }

    @Test func byteOrderMarkInsideAnIndicatorId() throws {
        // A BOM at the start of the file is allowed; one inside a value is not.
        let indicators = Fixture.indicators + "\nsales\u{FEFF}_revenue,Sales again,EUR,higher,,,,1,,,,\n"
        #expect(
            try Fixture.messages(replacing: "indicators.csv", with: indicators) == [
                "indicators.csv:5: indicator_id \"sales\\u{feff}_revenue\" contains an invisible format character (U+FEFF)"
            ])
    }

    @Test func rightToLeftOverrideInAManagerReference() throws {
        let employees = Fixture.employees + "\nE3,Dan Right,Representative,Sales Representative,Sales,\u{202E}M1,,,\n"
        #expect(
            try Fixture.messages(replacing: "employees.csv", with: employees) == [
                "employees.csv:5: manager_id \"\\u{202e}M1\" contains an invisible format character (U+202E) and is not an employee_id of the employees dataset"
            ])
    }

    @Test func invisibleReferencesInActualsTargetsAndNotes() throws {
        var files = Fixture.csvFiles
        files["actuals.csv"] =
            Fixture.actuals + "\nE\u{200D}1,sales_revenue,2026-08,1000,,\nE1,sales\u{2060}_revenue,2026-08,1000,,\n"
        files["targets.csv"] = Fixture.targets + "\nsales_revenue,employee:E\u{00AD}2,2026-10,5,,\n"
        files["notes.csv"] = Fixture.notes + "\n\u{2066}E2\u{2069},2026-10,comment,hello,\n"
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "actuals.csv:6: employee_id \"E\\u{200d}1\" contains an invisible format character (U+200D) and is not an employee_id of the employees dataset",
                "actuals.csv:7: indicator_id \"sales\\u{2060}_revenue\" contains an invisible format character (U+2060) and is not an indicator_id of the indicators dataset",
                "notes.csv:3: employee_id \"\\u{2066}E2\\u{2069}\" contains an invisible format character (U+2066) and is not an employee_id of the employees dataset",
                "targets.csv:7: scope employee \"E\\u{ad}2\" contains an invisible format character (U+00AD) and is not an employee_id of the employees dataset",
            ])
    }

    @Test func referencesToARejectedIdGetNoSecondMessage() throws {
        // §5.21: the employee row is reported; its actuals are not reported again.
        var files = Fixture.csvFiles
        files["employees.csv"] =
            Fixture.employees + "\nE\u{200B}9,Eve Zero,Representative,Sales Representative,Sales,M1,,,\n"
        files["actuals.csv"] = Fixture.actuals + "\nE\u{200B}9,sales_revenue,2026-10,1000,,\n"
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "employees.csv:5: employee_id \"E\\u{200b}9\" contains an invisible format character (U+200B)"
            ])
    }

    @Test func visibleUnicodeIdsAreFine() throws {
        let employees =
            Fixture.employees
            + "\nZoë-7,Zoë,Representative,Sales Representative,Sales,M1,,,\n販売_01,Hanbai,Representative,Sales Representative,Sales,M1,,,\n"
        #expect(try Fixture.messages(replacing: "employees.csv", with: employees) == [])
    }

    @Test func everyFormatCharacterIsCaughtAndOnlyThose() {
        for scalar in [
            "\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2060}",
            "\u{2066}", "\u{2069}", "\u{FEFF}",
        ] as [Unicode.Scalar] {
            #expect(IdCharacters.invisible(in: "A\(scalar)B") == scalar, "\(IdCharacters.codePoint(scalar))")
        }
        for id in ["E1", "Zoë", "販売", "a-b_c.d", "Ω"] { #expect(IdCharacters.invisible(in: id) == nil) }
        #expect(IdCharacters.codePoint("\u{AD}") == "U+00AD")
    }
}
