import Foundation
import Testing

@Suite struct UsageTests {
    @Test func badAsOfIsAUsageError() throws {
        let r = try CLI.run(["gaps", "--data", "/nonexistent", "--as-of", "2026-13"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--as-of \"2026-13\" is not a month"))
    }

    @Test func unknownSubcommandIsAUsageError() throws {
        let r = try CLI.run(["frobnicate"])
        #expect(r.status == 2)
    }
}
