import Foundation
import Testing

/// A plan past the policy's `max_cycles` (contract §2: escalate = cycle > max_cycles) says so
/// in words, never "3 of 2". Sample E023: cycle 1 extended, cycle 2 without an outcome, so a
/// new plan would be cycle 3 with `max_cycles` 2.
@Suite struct CycleBeyondPolicyTests {
    @Test func aCycleBeyondThePolicyIsNamedSo() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        let r = try CLI.run([
            "generate", "--data", CLI.repoRoot.appendingPathComponent("SampleData").path, "--as-of", "2026-10",
            "--out", out.path, "--format", "md", "--no-register",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let draft = try String(
            contentsOf: out.appendingPathComponent("2026-10/employees/E023/plan-draft.md"), encoding: .utf8)
        #expect(draft.contains("| Plan cycle | 3, beyond the 2 the policy allows |"))
        #expect(
            draft.contains(
                "- This is plan cycle 3, beyond the 2 the policy allows. If the goals are not reached, HR will decide"))
        #expect(!draft.contains("3 of 2"))
        let index = try String(contentsOf: out.appendingPathComponent("2026-10/index.md"), encoding: .utf8)
        #expect(index.contains("| Kwame Mensah | 3, beyond 2 | proposal, blocked |"))
        let plan = try String(contentsOf: out.appendingPathComponent("2026-10/employees/E013/plan.md"), encoding: .utf8)
        // E013's documents are Spanish (`language` `es`): a cycle within the policy, "1 de 2".
        #expect(plan.contains("| Ciclo del plan | 1 de 2 |"))
    }
}
