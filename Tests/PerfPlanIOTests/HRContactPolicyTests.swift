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
        #expect(policy.hrContact(forDepartment: "Finance") == Policy.HRContact(name: "Maria Weber", email: "hr@example.com"))
        // A department entry naming nobody leaves its employees a blank line.
        #expect(policy.hrContact(forDepartment: "Ops") == nil)
        // Department names are matched exactly (after trimming the key).
        #expect(policy.hrContact(forDepartment: "sales") == Policy.HRContact(name: "Maria Weber", email: "hr@example.com"))
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
        #expect(messages.contains("perfplan.json:2: \"hr_contact.name\" must be a string, found a number"), "\(messages)")
        #expect(messages.contains { $0.contains("perfplan.json:2") && $0.contains("unknown hr_contact key \"mail\" ignored") }, "\(messages)")
        #expect(messages.contains("perfplan.json:3: \"hr_contact.by_department.Sales.phone\" must be a string, found a number"), "\(messages)")
        #expect(messages.contains("perfplan.json:3: \"hr_contact.by_department.Ops\" must be an object, found a string"), "\(messages)")

        files["perfplan.json"] = #"{"hr_contact": "HR"}"#
        #expect(try Fixture.load(files).diagnostics.map(\.description) == ["perfplan.json:1: \"hr_contact\" must be an object, found a string"])
        files["perfplan.json"] = #"{"hr_contact": {"by_department": []}}"#
        #expect(try Fixture.load(files).diagnostics.map(\.description)
            == ["perfplan.json:1: \"hr_contact.by_department\" must be an object, found an array"])
    }
}
