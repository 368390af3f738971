import Testing

@testable import PerfPlanCore
@testable import PerfPlanIO

/// `hr_contact` in perfplan.json (contract §6.32): every field optional, trimmed, empty is
/// absent; `by_department` entries replace the organisation's contact as a whole; wrong types
/// are errors naming the key, unknown keys warnings.
@Suite struct HRContactPolicyTests {
    @Test func contactAndDepartmentsAreRead() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] = """
            {"hr_contact": {"name": " Maria Weber ", "email": "hr@example.com", "phone": "",
                            "by_department": {"Sales": {"name": "Jonas Berg", "phone": "+49 30 9"}, " Ops ": {}}}}
            """
        let result = try Fixture.load(files)
        #expect(result.diagnostics.map(\.description) == [])
        let policy = try #require(result.dataset?.policy)
        #expect(policy.hrContact == Policy.HRContact(name: "Maria Weber", email: "hr@example.com"))
        #expect(policy.hrContactByDepartment["Sales"] == Policy.HRContact(name: "Jonas Berg", phone: "+49 30 9"))
        // Whole replacement: Sales has no email of its own and does not borrow Maria's.
        #expect(policy.hrContact(forDepartment: "Sales") == Policy.HRContact(name: "Jonas Berg", phone: "+49 30 9"))
        #expect(
            policy.hrContact(forDepartment: "Finance") == Policy.HRContact(name: "Maria Weber", email: "hr@example.com")
        )
        // A department entry naming nobody leaves its employees a blank line.
        #expect(policy.hrContact(forDepartment: "Ops") == nil)
        // Department names are matched exactly (after trimming the key).
        #expect(
            policy.hrContact(forDepartment: "sales") == Policy.HRContact(name: "Maria Weber", email: "hr@example.com"))
        let defaults = try #require(try Fixture.load(Fixture.csvFiles).dataset?.policy)
        #expect(defaults.hrContact.isEmpty && defaults.hrContactByDepartment.isEmpty)
        #expect(defaults.hrContact(forDepartment: "Sales") == nil)
    }

    @Test func wrongTypesNameTheKeyAndUnknownKeysWarn() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] = """
            {
              "hr_contact": {"name": 7, "mail": "x",
                "by_department": {"Sales": {"phone": 30}, "Ops": "Jonas"}}
            }
            """
        let messages = try Fixture.load(files).diagnostics.map(\.description)
        #expect(
            messages.contains("perfplan.json:2: \"hr_contact.name\" must be a string, found a number"), "\(messages)")
        #expect(
            messages.contains {
                $0.contains("perfplan.json:2") && $0.contains("unknown hr_contact key \"mail\" ignored")
            }, "\(messages)")
        #expect(
            messages.contains(
                "perfplan.json:3: \"hr_contact.by_department.Sales.phone\" must be a string, found a number"),
            "\(messages)")
        #expect(
            messages.contains("perfplan.json:3: \"hr_contact.by_department.Ops\" must be an object, found a string"),
            "\(messages)")

        files["perfplan.json"] = #"{"hr_contact": "HR"}"#
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "perfplan.json:1: \"hr_contact\" must be an object, found a string"
            ])
        files["perfplan.json"] = #"{"hr_contact": {"by_department": []}}"#
        #expect(
            try Fixture.load(files).diagnostics.map(\.description)
                == ["perfplan.json:1: \"hr_contact.by_department\" must be an object, found an array"])
    }
}

/// `meeting_time`, `meeting_minutes`, `time_zone`, `outbox`, `outbox_from`: defaults, values
/// read, and every wrong one reported with its line, all in one run.
@Suite struct MeetingPolicyTests {
    @Test func defaultsAndValues() throws {
        let defaults = try #require(try Fixture.load(Fixture.csvFiles).dataset?.policy.meetings)
        #expect(defaults.time == MeetingPolicy.TimeOfDay(hour: 10, minute: 0) && defaults.minutes == 30)
        #expect(defaults.timeZone == nil && defaults.outbox && defaults.outboxFrom == nil)
        var files = Fixture.csvFiles
        files["perfplan.json"] =
            #"{"meeting_time": "08:05", "meeting_minutes": 45, "time_zone": "America/New_York", "outbox": false, "outbox_from": " hr@example.com "}"#
        let m = try #require(try Fixture.load(files).dataset?.policy.meetings)
        #expect(m.time == MeetingPolicy.TimeOfDay(hour: 8, minute: 5) && m.minutes == 45)
        #expect(m.timeZone == "America/New_York" && !m.outbox && m.outboxFrom == "hr@example.com")
        files["perfplan.json"] = #"{"meeting_time": null}"#
        #expect(try Fixture.load(files).dataset?.policy.meetings.time == nil)
    }

    @Test func wrongValuesAreErrorsWithTheirLines() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] = """
            {
              "meeting_time": "9:30",
              "meeting_minutes": 2,
              "time_zone": "../../etc/passwd",
              "outbox": "yes",
              "outbox_from": "HR <hr@example.com>",
              "time_zone_x": 1
            }
            """
        let result = try Fixture.load(files)
        let messages = result.diagnostics.map(\.description)
        #expect(result.dataset == nil)
        #expect(
            messages.contains(
                "perfplan.json:2: \"meeting_time\" must be a time \"HH:MM\" from 00:00 to 23:59, or null for all-day meetings (found \"9:30\")"
            ), "\(messages)")
        #expect(
            messages.contains("perfplan.json:3: \"meeting_minutes\" must be a whole number from 5 to 480 (found 2)"),
            "\(messages)")
        #expect(
            messages.contains(
                "perfplan.json:4: \"time_zone\" must be an IANA time zone name such as \"Europe/Berlin\" (found \"../../etc/passwd\")"
            ), "\(messages)")
        #expect(messages.contains("perfplan.json:5: \"outbox\" must be true or false, found a string"), "\(messages)")
        #expect(
            messages.contains(
                "perfplan.json:6: \"outbox_from\" must be an email address such as hr@example.com (found \"HR <hr@example.com>\")"
            ), "\(messages)")
        #expect(
            messages.contains { $0.hasPrefix("perfplan.json:7") && $0.contains("unknown policy key") }, "\(messages)")
        files["perfplan.json"] = #"{"time_zone": "Mars/Olympus_Mons", "meeting_time": "24:00"}"#
        #expect(try Fixture.load(files).diagnostics.count == 2)
    }
}
