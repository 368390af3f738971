import Foundation
import PerfPlanCore
import Testing

@testable import PerfPlanIO

/// §6.31: `notes.indicator_id` ties a cause, strength, action or support note to one
/// indicator. It is read from CSV and JSON alike; an unknown id is an error at its line
/// (or array index), a tie on a comment a warning; nothing else changes.
@Suite struct NoteIndicatorTests {
    static let notes = """
        employee_id,period,kind,text,category,indicator_id
        E1,2026-10,action,Two customer visits a month,,sales_revenue
        E1,2026-10,support,Weekly pipeline review,,
        E2,2026-10,cause,Reports wait for finance,external,report_delay_days
        """

    @Test func theColumnIsReadFromCSVAndJSON() throws {
        var files = Fixture.csvFiles
        files["notes.csv"] = Self.notes
        let csv = try Fixture.load(files)
        #expect(csv.diagnostics.isEmpty, "\(csv.diagnostics)")
        #expect(csv.dataset?.notes.map(\.indicatorId) == ["sales_revenue", nil, "report_delay_days"])
        #expect(
            csv.dataset?.notes.map(\.text) == [
                "Two customer visits a month", "Weekly pipeline review", "Reports wait for finance",
            ])

        files["notes.csv"] = nil
        files["notes.json"] = #"""
            [{"employee_id": "E1", "period": "2026-10", "kind": "action", "text": "Two customer visits a month", "indicator_id": "sales_revenue"},
             {"employee_id": "E1", "period": "2026-10", "kind": "support", "text": "Weekly pipeline review", "indicator_id": null},
             {"employee_id": "E2", "period": "2026-10", "kind": "cause", "text": "Reports wait for finance", "category": "external", "indicator_id": "report_delay_days"}]
            """#
        let json = try Fixture.load(files)
        #expect(json.diagnostics.isEmpty, "\(json.diagnostics)")
        #expect(json.dataset?.notes.map(\.indicatorId) == ["sales_revenue", nil, "report_delay_days"])
    }

    /// Every problem in one run, at its line: an unknown id (a typo), an id with an invisible
    /// character, and a comment's id (ignored: a warning).
    @Test func unknownIdsAreErrorsAtTheirLine() throws {
        var files = Fixture.csvFiles
        files["notes.csv"] =
            Self.notes + "\nE1,2026-10,action,Call back,,sales_revenu\nE1,2026-10,strength,Punctual,,csat\u{200b}\n"
            + "E1,2026-10,comment,Open in our talk,,csat\n"
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "notes.csv:5: indicator_id \"sales_revenu\" is not an indicator_id of the indicators dataset",
                "notes.csv:6: indicator_id \"csat\\u{200b}\" contains an invisible format character (U+200B) and is not an indicator_id of the indicators dataset",
                "notes.csv:7: warning: indicator_id \"csat\" is ignored on a comment note (it ties cause, strength, action and support notes to a goal); the comment belongs to the whole plan",
            ])
        files["notes.csv"] = nil
        files["notes.json"] =
            #"[{"employee_id": "E1", "period": "2026-10", "kind": "action", "indicator_id": "nope"}, {"employee_id": "E1", "period": "2026-10", "kind": "cause", "indicator_id": 7}]"#
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "notes.json: [0] indicator_id \"nope\" is not an indicator_id of the indicators dataset",
                "notes.json: [1] indicator_id \"7\" is not an indicator_id of the indicators dataset",
            ])
    }
}
