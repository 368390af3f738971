import PerfPlanCore
import PerfPlanSystem
import Testing

@testable import PerfPlanCommands
@testable import PerfPlanRender

/// `--shard` values and the manifest a part is checked by, without running anything.
@Suite struct ShardArgumentTests {
    @Test func explicitAndSchedulerShards() throws {
        #expect(try ShardArgument.resolve("3/5", environment: [:]) == Shard(k: 3, n: 5))
        // --array=1-4 (task 4) and --array=0-3 (task 3) are the same last shard.
        #expect(
            try ShardArgument.resolve(
                "slurm",
                environment: [
                    "SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_MIN": "1",
                    "SLURM_ARRAY_TASK_COUNT": "4",
                ]) == Shard(k: 4, n: 4))
        #expect(
            try ShardArgument.resolve(
                "slurm",
                environment: [
                    "SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "0",
                    "SLURM_ARRAY_TASK_COUNT": "4",
                ]) == Shard(k: 4, n: 4))
        // --array=5-25:10 has tasks 5, 15, 25: 15 is the second of three.
        #expect(
            try ShardArgument.resolve(
                "slurm",
                environment: [
                    "SLURM_ARRAY_TASK_ID": "15", "SLURM_ARRAY_TASK_MIN": "5",
                    "SLURM_ARRAY_TASK_STEP": "10", "SLURM_ARRAY_TASK_COUNT": "3",
                ]) == Shard(k: 2, n: 3))
        #expect(
            try ShardArgument.resolve(
                "kubernetes", environment: ["JOB_COMPLETION_INDEX": "0", "PERFPLAN_SHARD_COUNT": "2"])
                == Shard(k: 1, n: 2))
        #expect(throws: ShardArgument.Failure.self) {
            try ShardArgument.resolve(
                "slurm",
                environment: [
                    "SLURM_ARRAY_TASK_ID": "16", "SLURM_ARRAY_TASK_MIN": "5",
                    "SLURM_ARRAY_TASK_STEP": "10", "SLURM_ARRAY_TASK_COUNT": "3",
                ])
        }
        #expect(throws: ShardArgument.Failure.self) {
            try ShardArgument.resolve(
                "kubernetes", environment: ["JOB_COMPLETION_INDEX": "2", "PERFPLAN_SHARD_COUNT": "2"])
        }
        #expect(throws: ShardArgument.Failure.self) { try ShardArgument.resolve("0/2", environment: [:]) }
    }

    /// The split is --shard's: FNV-1a 64-bit of the id, mod N. "a" hashes to
    /// 0xaf63dc4c8601ec8c (the FNV-1a test vector), even: shard 1 of 2; mod 3 it is 1: shard 2 of 3.
    @Test func shardMembershipIsTheFNVSplit() {
        #expect(Scope.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard(k: 1, n: 2).contains("a") && !Shard(k: 2, n: 2).contains("a"))
        #expect(0xaf63_dc4c_8601_ec8c as UInt64 % 3 == 1)
        #expect(Shard.of("a", among: 3) == Shard(k: 2, n: 3))
    }

    @Test func partManifestReadsProvenanceAndRefusesForeignPaths() throws {
        let hash = String(repeating: "ab", count: 32)
        let text = """
            {"as_of": "2026-10", "generated": "2026-11-02", "perfplan": "0.1.0", "input": "sha256:1", "templates": "sha256:2", "shard": "2/3", "files": [
              {"path": "employees/E1/plan.xml", "bytes": 12, "sha256": "\(hash)"},
              {"path": "index.md", "bytes": 3, "sha256": "\(hash)"}
            ]}
            """
        let m = try PartManifest(parsing: Array(text.utf8), path: "p/manifest.json")
        #expect(m.asOf == Month(parsing: "2026-10") && m.generated == Day(parsing: "2026-11-02"))
        #expect(
            m.provenance
                == Provenance(version: "0.1.0", input: "sha256:1", templates: "sha256:2", shard: Shard(k: 2, n: 3)))
        #expect(m.files.keys.sorted() == ["employees/E1/plan.xml", "index.md"] && m.files["index.md"]?.bytes == 3)
        for bad in [
            "../x", "employees/../../etc/passwd", "/etc/passwd", "employees/E1/a/b", "manifest.json",
            "employees//plan.xml",
        ] {
            let t = text.replacingOccurrences(of: "index.md", with: bad)
            #expect(throws: PartManifest.Failure.self, "\(bad)") {
                try PartManifest(parsing: Array(t.utf8), path: "p/manifest.json")
            }
        }
        let twice = text.replacingOccurrences(of: "index.md", with: "employees/E1/plan.xml")
        #expect { try PartManifest(parsing: Array(twice.utf8), path: "p/manifest.json") } throws: { error in
            "\(error)" == "p/manifest.json:3: \"employees/E1/plan.xml\" is listed twice"
        }
    }
}
