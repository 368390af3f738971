import PerfPlanCore
import PerfPlanSystem
import Testing

@testable import PerfPlanCommands

/// Plan files' figures and periods, and the scheduler's numbers: range-checked before use.
struct PlanFileLimitsTests {
    static func m(_ s: String) -> Month { Month(parsing: s)! }

    @Test func figuresMustBeFiniteAndWithin1e15() {
        #expect(PlanFileLimits.figureProblem(210000, field: "expected") == nil)
        #expect(PlanFileLimits.figureProblem(-1e15, field: "expected") == nil)
        #expect(
            PlanFileLimits.figureProblem(.nan, field: "current") == "current is NaN; a plan holds finite figures only")
        #expect(
            PlanFileLimits.figureProblem(-.infinity, field: "current")
                == "current is infinite; a plan holds finite figures only")
        #expect(
            PlanFileLimits.figureProblem(2e15, field: "x")
                == "x 2000000000000000 is beyond ±1e15, the largest magnitude accepted")
    }

    @Test func periodsEndAfterTheyStartAndLastAtMost24Months() {
        #expect(PlanFileLimits.periodProblem(start: Self.m("2026-10"), end: Self.m("2026-10")) == nil)
        #expect(PlanFileLimits.periodProblem(start: Self.m("2026-01"), end: Self.m("2027-12")) == nil)  // 24 months
        #expect(
            PlanFileLimits.periodProblem(start: Self.m("2026-01"), end: Self.m("2028-01"))
                == "the plan period 2026-01–2028-01 lasts 25 months, more than the 24 a plan may last")
        #expect(
            PlanFileLimits.periodProblem(start: Self.m("2026-10"), end: Self.m("2026-09"))
                == "the plan period ends (2026-09) before it starts (2026-10)")
        #expect(
            PlanFileLimits.periodProblem(start: Self.m("0001-01"), end: Self.m("0001-03"))
                == "the plan period 0001-01–0001-03 lies outside the years 1900–9899")
    }

    @Test func schedulerNumbersAreBounded() throws {
        let max = String(Int.max)
        #expect(throws: ShardArgument.Failure.self) {
            try ShardArgument.resolve(
                "kubernetes", environment: ["JOB_COMPLETION_INDEX": max, "PERFPLAN_SHARD_COUNT": "2"])
        }
        #expect(throws: ShardArgument.Failure.self) {
            try ShardArgument.resolve(
                "slurm",
                environment: ["SLURM_ARRAY_TASK_ID": max, "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_COUNT": max])
        }
        // The largest accepted values still compute: task 1e9 of an array from 0 with step 1e9.
        let top = String(ShardArgument.maximumEnvironmentNumber)
        let shard = try ShardArgument.resolve(
            "slurm",
            environment: [
                "SLURM_ARRAY_TASK_ID": top, "SLURM_ARRAY_TASK_MIN": "0",
                "SLURM_ARRAY_TASK_STEP": top, "SLURM_ARRAY_TASK_COUNT": "2",
            ])
        #expect(shard == Shard(k: 2, n: 2))
    }
}

/// Manifests (a packet's, read by progress; a part's, read by merge) pass the one id rule.
struct ManifestIdRuleTests {
    @Test(arguments: ["a\u{200B}b", "r\u{202E}l", "x y", String(repeating: "x", count: 129)])
    func aPlanPathWithABadIdIsRefused(id: String) {
        let text =
            "{\"files\": [{\"path\": \"employees/\(id)/plan.xml\", \"bytes\": 1, \"sha256\": \"\(String(repeating: "0f", count: 32))\"}]}"
        #expect(throws: PlanManifest.Failure.self) {
            try PlanManifest(parsing: Array(text.utf8), path: "p/manifest.json")
        }
        #expect(!PartManifest.isPacketPath("employees/\(id)/plan.xml"))
    }

    @Test func aPlainIdIsAccepted() {
        #expect(PartManifest.isPacketPath("employees/E001/plan.xml"))
    }
}
