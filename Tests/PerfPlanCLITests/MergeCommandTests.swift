import Foundation
import Testing

/// `perfplan merge`: the shards of `generate` and `progress`, run as separate processes,
/// merged into the month folder one run writes, byte for byte; and every kind of part that
/// cannot be merged refused with nothing written.
@Suite(.serialized) struct MergeCommandTests {
    /// 90 sample employees with actuals up to 2026-11: plans at 2026-10, progress at 2026-11.
    static func sampleData() throws -> URL {
        let root = try CLI.temporaryDirectory("perfplan-merge-data")
        let data = root.appendingPathComponent("data")
        let r = try CLI.run(["sample", data.path, "--employees", "90", "--seed", "5", "--as-of", "2026-11"])
        #expect(r.status == 0, "\(r.stderr)")
        return data
    }

    /// Runs every command at once, as separate processes (the shards of a job array).
    static func runAll(_ commands: [[String]], env: [String: String] = [:]) -> [CLI.Result] {
        nonisolated(unsafe) var results = [CLI.Result?](repeating: nil, count: commands.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: commands.count) { k in
            let r = (try? CLI.run(commands[k], env: env)) ?? CLI.Result(status: -1, stdout: "", stderr: "did not start")
            lock.lock()
            results[k] = r
            lock.unlock()
        }
        return results.map { $0! }
    }

    /// `diff -r` of two folders and `cmp` of their manifests: "" when identical.
    static func differences(_ a: URL, _ b: URL) throws -> String {
        let out = try CLI.shell(
            "diff -r '\(a.path)' '\(b.path)' 2>&1 && cmp '\(a.path)/manifest.json' '\(b.path)/manifest.json' 2>&1 && echo same"
        )
        return out == "same\n" ? "" : out
    }

    static func employeeFolders(_ month: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: month.appendingPathComponent("employees").path)) ?? [])
            .sorted()
    }

    /// Shards 1…N of `command` (its options without --out), then merged; returns the merged
    /// month folder and the parts.
    static func shardAndMerge(_ command: [String], n: Int, month: String, in root: URL) throws -> (
        merged: URL, parts: [URL]
    ) {
        let parts = (1...n).map { root.appendingPathComponent("parts-\(n)/\($0)") }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("parts-\(n)"), withIntermediateDirectories: true)
        let results = runAll((1...n).map { k in command + ["--out", parts[k - 1].path, "--shard", "\(k)/\(n)"] })
        for r in results { #expect(r.status == 0, "\(r.stderr)") }
        let monthParts = parts.map { $0.appendingPathComponent(month) }
        // Given in a shuffled order: merge sorts them by their shard.
        let merged = root.appendingPathComponent("merged-\(n)")
        let m = try CLI.run(["merge", "--out", merged.path] + monthParts.reversed().map(\.path))
        #expect(m.status == 0, "\(m.stderr)")
        return (merged.appendingPathComponent(month), monthParts)
    }

    @Test func generateShardsMergeToTheSingleRunByteForByte() throws {
        let data = try Self.sampleData()
        let root = data.deletingLastPathComponent()
        defer { CLI.cleanup(root) }
        let generate = ["generate", "--data", data.path, "--as-of", "2026-10"]
        let single = root.appendingPathComponent("single")
        let s = try CLI.run(generate + ["--out", single.path])
        #expect(s.status == 0, "\(s.stderr)")
        let singleMonth = single.appendingPathComponent("2026-10")
        let everyone = Self.employeeFolders(singleMonth)
        #expect(everyone.count == 90)
        let manifest = try String(contentsOf: singleMonth.appendingPathComponent("manifest.json"), encoding: .utf8)
        // Provenance: version, input and template fingerprints; no shard in a whole run.
        #expect(
            manifest.hasPrefix(
                "{\"as_of\": \"2026-10\", \"generated\": \"2026-11-02\", \"perfplan\": \"0.1.0\", \"input\": \"sha256:")
        )
        #expect(manifest.contains("\"templates\": \"sha256:") && !manifest.contains("\"shard\""))

        for n in 1...5 {
            let (merged, parts) = try Self.shardAndMerge(generate, n: n, month: "2026-10", in: root)
            #expect(try Self.differences(singleMonth, merged) == "", "N = \(n)")
            // Each part rendered only its own employees; together, everyone once.
            let perPart = parts.map(Self.employeeFolders)
            #expect(perPart.flatMap { $0 }.sorted() == everyone, "N = \(n)")
            if n > 1 { #expect(perPart.allSatisfy { $0.count < everyone.count }, "N = \(n): \(perPart.map(\.count))") }
            let partManifest = try String(
                contentsOf: parts[n - 1].appendingPathComponent("manifest.json"), encoding: .utf8)
            #expect(partManifest.contains("\"shard\": \"\(n)/\(n)\", \"files\": ["), "N = \(n)")
        }
    }

    /// The merged folder takes the parts' files as hard links on the same volume (no bytes
    /// copied, each still read back and hashed): a merged file is the part's file, with two
    /// names; the parts stay whole, so a second merge works, and removing the parts leaves
    /// the merged folder intact. On another volume (tmpfs /dev/shm against the temporary
    /// folder's disk, where they differ) the files are copied: the same bytes, one name each.
    @Test func mergeLinksThePartsFilesAndLeavesThePartsWhole() throws {
        let data = try Self.sampleData()
        let root = data.deletingLastPathComponent()
        defer { CLI.cleanup(root) }
        let (merged, parts) = try Self.shardAndMerge(
            ["generate", "--data", data.path, "--as-of", "2026-10"], n: 2, month: "2026-10", in: root)
        func info(_ url: URL) throws -> stat {
            var st = stat()
            #expect(lstat(url.path, &st) == 0, "\(url.path)")
            return st
        }
        let id = try #require(Self.employeeFolders(parts[0]).first)
        let file = "employees/\(id)/interview.md"
        let inPart = try info(parts[0].appendingPathComponent(file))
        let inMerged = try info(merged.appendingPathComponent(file))
        #expect(inPart.st_ino == inMerged.st_ino && inPart.st_dev == inMerged.st_dev)
        #expect(inMerged.st_nlink == 2 && inMerged.st_mode & 0o777 == 0o600)
        // The shared files (index, gaps.csv) come from the first part the same way; the
        // manifest is the merge's own.
        #expect(try info(merged.appendingPathComponent("index.md")).st_nlink == 2)
        #expect(try info(merged.appendingPathComponent("manifest.json")).st_nlink == 1)

        // A part's file someone made readable to others is copied (0600), not linked: a link
        // would publish it with the part's mode.
        let widened = parts[0].appendingPathComponent("employees/\(id)/interview.html")
        #expect(chmod(widened.path, 0o644) == 0)
        let strict = root.appendingPathComponent("merged-strict")
        let w = try CLI.run(["merge", "--out", strict.path] + parts.map(\.path))
        #expect(w.status == 0, "\(w.stderr)")
        let copiedOne = try info(strict.appendingPathComponent("2026-10/employees/\(id)/interview.html"))
        #expect(copiedOne.st_nlink == 1 && copiedOne.st_mode & 0o777 == 0o600)
        #expect(try info(strict.appendingPathComponent("2026-10/\(file)")).st_nlink == 3)  // part, merged, strict
        #expect(try Self.differences(merged, strict.appendingPathComponent("2026-10")) == "")
        #expect(chmod(widened.path, 0o600) == 0)

        let again = root.appendingPathComponent("merged-again")
        let m = try CLI.run(["merge", "--out", again.path] + parts.map(\.path))
        #expect(m.status == 0, "\(m.stderr)")
        #expect(try Self.differences(merged, again.appendingPathComponent("2026-10")) == "")

        let shm = URL(fileURLWithPath: "/dev/shm")
        if FileManager.default.fileExists(atPath: shm.path), try info(shm).st_dev != inPart.st_dev {
            let other = try CLI.temporaryDirectory("perfplan-merge-other", in: shm)
            defer { CLI.cleanup(other) }
            let c = try CLI.run(["merge", "--out", other.path] + parts.map(\.path))
            #expect(c.status == 0, "\(c.stderr)")
            let copied = other.appendingPathComponent("2026-10")
            #expect(try Self.differences(merged, copied) == "")
            #expect(try info(copied.appendingPathComponent(file)).st_nlink == 1)
        }

        for part in parts { CLI.cleanup(part.deletingLastPathComponent()) }
        // with merged-strict's and merged-again's names
        #expect(try info(merged.appendingPathComponent(file)).st_nlink == 3)
        #expect(try Self.differences(merged, again.appendingPathComponent("2026-10")) == "")
    }

    @Test func progressShardsMergeToTheSingleRunByteForByte() throws {
        let data = try Self.sampleData()
        let root = data.deletingLastPathComponent()
        defer { CLI.cleanup(root) }
        let packets = root.appendingPathComponent("packets")
        #expect(
            try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path]).status == 0)
        let plans = packets.appendingPathComponent("2026-10")
        let progress = ["progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11"]
        let single = root.appendingPathComponent("single")
        let s = try CLI.run(progress + ["--out", single.path])
        #expect(s.status == 0, "\(s.stderr)")
        let singleMonth = single.appendingPathComponent("2026-11")
        let reported = Self.employeeFolders(singleMonth)
        #expect(reported.count >= 5, "\(reported)")
        #expect(FileManager.default.fileExists(atPath: singleMonth.appendingPathComponent("summary.html").path))
        for n in 1...5 {
            let (merged, parts) = try Self.shardAndMerge(progress, n: n, month: "2026-11", in: root)
            #expect(try Self.differences(singleMonth, merged) == "", "N = \(n)")
            #expect(parts.map(Self.employeeFolders).flatMap { $0 }.sorted() == reported, "N = \(n)")
        }
    }

    /// A shard's summary line says what it rendered, not the whole run's count (issue 22):
    /// each part's share matches the folders it wrote, and the shares add up to the whole.
    @Test func aShardsSummaryLineCountsItsShare() throws {
        let data = try Self.sampleData()
        let root = data.deletingLastPathComponent()
        defer { CLI.cleanup(root) }
        let generate = ["generate", "--data", data.path, "--as-of", "2026-10", "--format", "xml"]
        let whole = try CLI.run(generate + ["--out", root.appendingPathComponent("whole").path])
        let wholePlans = try #require(whole.stderr.firstMatch(of: /: 90 employees, (\d+) plans,/).flatMap { Int($0.1) })
        var shares: [(employees: Int, plans: Int)] = []
        for k in 1...3 {
            let month = root.appendingPathComponent("part-\(k)/2026-10")
            let r = try CLI.run(generate + ["--out", month.deletingLastPathComponent().path, "--shard", "\(k)/3"])
            let folders = Self.employeeFolders(month)
            let plans = folders.filter {
                FileManager.default.fileExists(atPath: month.appendingPathComponent("employees/\($0)/plan.xml").path)
            }
            #expect(
                r.stderr.contains(
                    "\(month.path): shard \(k)/3: \(folders.count) of 90 employees, \(plans.count) of \(wholePlans) plans, "
                ),
                "\(r.stderr)")
            shares.append((folders.count, plans.count))
        }
        #expect(shares.map(\.employees).reduce(0, +) == 90 && shares.map(\.plans).reduce(0, +) == wholePlans)
        #expect(shares.allSatisfy { $0.employees < 90 }, "\(shares)")

        let plansFolder = root.appendingPathComponent("whole/2026-10").path
        let progress = [
            "progress", "--data", data.path, "--plans", plansFolder, "--as-of", "2026-11", "--format", "md",
        ]
        let single = try CLI.run(progress + ["--out", root.appendingPathComponent("progress").path])
        let onPlans = try #require(single.stderr.firstMatch(of: /2026-11: (\d+) plans\s—/).flatMap { Int($0.1) })
        #expect(onPlans >= 5, "\(single.stderr)")
        var reported = 0
        for k in 1...3 {
            let month = root.appendingPathComponent("progress-\(k)/2026-11")
            let r = try CLI.run(progress + ["--out", month.deletingLastPathComponent().path, "--shard", "\(k)/3"])
            let folders = Self.employeeFolders(month).count
            #expect(
                r.stderr.contains(
                    "\(month.path): shard \(k)/3: \(folders) of \(onPlans) plans reported; the summary's \(onPlans) — "),
                "\(r.stderr)")
            let json = try CLI.run(
                progress + [
                    "--out", root.appendingPathComponent("json-\(k)").path, "--shard", "\(k)/3",
                    "--log-format", "json",
                ])
            #expect(json.stderr.contains("\"plans\": \(onPlans), "), "\(json.stderr)")
            #expect(json.stderr.contains("\"shard\": \"\(k)/3\", \"plans_reported\": \(folders), "), "\(json.stderr)")
            reported += folders
        }
        #expect(reported == onPlans)
    }

    /// The scheduler's environment gives K and N: the parts equal those of --shard K/N.
    @Test func shardFromSlurmAndKubernetesEnvironment() throws {
        let data = try Self.sampleData()
        let root = data.deletingLastPathComponent()
        defer { CLI.cleanup(root) }
        let generate = ["generate", "--data", data.path, "--as-of", "2026-10", "--format", "md"]
        let explicit = root.appendingPathComponent("explicit")
        #expect(try CLI.run(generate + ["--out", explicit.path, "--shard", "2/3"]).status == 0)
        let environments: [(String, [String: String])] = [
            ("slurm", ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "3"]),
            // --array=0-2: task 1 is the second shard.
            ("slurm", ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_COUNT": "3"]),
            // --array=10-30:10: task 20 is the second.
            (
                "slurm",
                [
                    "SLURM_ARRAY_TASK_ID": "20", "SLURM_ARRAY_TASK_MIN": "10", "SLURM_ARRAY_TASK_STEP": "10",
                    "SLURM_ARRAY_TASK_COUNT": "3",
                ]
            ),
            ("kubernetes", ["JOB_COMPLETION_INDEX": "1", "PERFPLAN_SHARD_COUNT": "3"]),
        ]
        for (k, (kind, env)) in environments.enumerated() {
            let out = root.appendingPathComponent("env-\(k)")
            let r = try CLI.run(generate + ["--out", out.path, "--shard", kind], env: env)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(
                try Self.differences(explicit.appendingPathComponent("2026-10"), out.appendingPathComponent("2026-10"))
                    == "", "\(env)")
        }
        let refused: [(String, [String: String], String)] = [
            ("slurm", [:], "SLURM_ARRAY_TASK_ID is not set"),
            (
                "slurm", ["SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "3"],
                "shard 4 of 3 does not exist"
            ),
            ("kubernetes", ["JOB_COMPLETION_INDEX": "0"], "PERFPLAN_SHARD_COUNT is not set"),
            (
                "kubernetes", ["JOB_COMPLETION_INDEX": "x", "PERFPLAN_SHARD_COUNT": "3"],
                "JOB_COMPLETION_INDEX=\"x\" is not a whole number"
            ),
            ("pbs", [:], "must be K/N with 1 ≤ K ≤ N, slurm or kubernetes"),
        ]
        for (kind, env, message) in refused {
            let out = root.appendingPathComponent("refused")
            let r = try CLI.run(generate + ["--out", out.path, "--shard", kind], env: env)
            #expect(r.status == 2 && r.stderr.contains(message), "\(kind) \(env): \(r.status) \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test func mergeRefusesWhatIsNotOneRunAndWritesNothing() throws {
        let data = try Self.sampleData()
        let root = data.deletingLastPathComponent()
        defer { CLI.cleanup(root) }
        let generate = ["generate", "--data", data.path, "--as-of", "2026-10", "--format", "md,xml"]
        let (_, parts) = try Self.shardAndMerge(generate, n: 3, month: "2026-10", in: root)
        func part(_ name: String, _ extra: [String], data dataDir: URL? = nil, env: [String: String] = [:]) throws
            -> String
        {
            let name = "part-" + name
            var command = generate + ["--out", root.appendingPathComponent(name).path] + extra
            if let dataDir { command[2] = dataDir.path }
            let r = try CLI.run(command, env: env)
            #expect(r.status == 0, "\(r.stderr)")
            return
                ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(name).path)) ?? [])
                // not the plan register
                .filter { $0.range(of: #"^[0-9]{4}-[0-9]{2}$"#, options: .regularExpression) != nil }
                .map { root.appendingPathComponent("\(name)/\($0)").path }.first ?? ""
        }
        func copy(_ source: URL, _ name: String) throws -> URL {
            let target = root.appendingPathComponent(name)
            try FileManager.default.copyItem(at: source, to: target)
            return target
        }
        let (p1, p2, p3) = (parts[0].path, parts[1].path, parts[2].path)

        // Parts made differently.
        let otherMonth = try part("month", ["--as-of", "2026-09", "--shard", "2/3"])
        let otherData = root.appendingPathComponent("data-changed")
        try FileManager.default.copyItem(at: data, to: otherData)
        let employees = otherData.appendingPathComponent("employees.csv")
        let text = try String(contentsOf: employees, encoding: .utf8)
        try Data((text + "").replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: employees)
        let changedData = try part("data", ["--shard", "2/3"], data: otherData)
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let interview = try String(
            contentsOf: CLI.repoRoot.appendingPathComponent("Templates/interview.md.mustache"), encoding: .utf8)
        try Data((interview + "\n").utf8).write(to: templates.appendingPathComponent("interview.md.mustache"))
        let changedTemplates = try part("templates", ["--shard", "2/3", "--templates", templates.path])
        let otherDay = try part("day", ["--shard", "2/3"], env: ["SOURCE_DATE_EPOCH": "1793664000"])
        let fourShards = try part("four", ["--shard", "2/4"])
        let whole = try part("whole", [])
        // A part of another version: its manifest says so.
        let oldVersion = try copy(parts[1], "old-version")
        let manifestURL = oldVersion.appendingPathComponent("manifest.json")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        try Data(manifest.replacingOccurrences(of: "\"perfplan\": \"0.1.0\"", with: "\"perfplan\": \"0.0.9\"").utf8)
            .write(to: manifestURL)
        // Incomplete or changed parts.
        let someFile = Self.employeeFolders(parts[1]).first!
        let missing = try copy(parts[1], "missing-file")
        try FileManager.default.removeItem(at: missing.appendingPathComponent("employees/\(someFile)/interview.md"))
        let extra = try copy(parts[1], "extra-file")
        try Data("x".utf8).write(to: extra.appendingPathComponent("employees/\(someFile)/notes.txt"))
        let resized = try copy(parts[1], "resized")
        try Data("short".utf8).write(to: resized.appendingPathComponent("employees/\(someFile)/interview.md"))
        let tampered = try copy(parts[1], "tampered")
        let target = tampered.appendingPathComponent("employees/\(someFile)/interview.xml")
        var bytes = try Data(contentsOf: target)
        bytes[bytes.count - 2] = bytes[bytes.count - 2] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
        try bytes.write(to: target)
        let noManifest = try copy(parts[1], "no-manifest")
        try FileManager.default.removeItem(at: noManifest.appendingPathComponent("manifest.json"))
        let foreign = try copy(parts[1], "foreign")
        let otherShardsEmployee = Self.employeeFolders(parts[0]).first!
        try FileManager.default.copyItem(
            at: parts[0].appendingPathComponent("employees/\(otherShardsEmployee)"),
            to: foreign.appendingPathComponent("employees/\(otherShardsEmployee)"))

        let cases: [(label: String, parts: [String], message: String)] = [
            ("missing shard", [p1, p3], "shard 2/3 is missing"),
            ("duplicated shard", [p1, p2, p2, p3], "shard 2/3 is also \(p2) (a duplicated shard)"),
            (
                "different month", [p1, otherMonth, p3],
                "\(otherMonth): as-of month 2026-09 differs from 2026-10 in \(p1)"
            ),
            ("different data", [p1, changedData, p3], "\(changedData): input fingerprint (data, policy, plans)"),
            ("different templates", [p1, changedTemplates, p3], "\(changedTemplates): template fingerprint"),
            ("different day", [p1, otherDay, p3], "\(otherDay): generated day 2026-11-03 differs from 2026-11-02"),
            ("different shard count", [p1, fourShards, p3], "\(fourShards): shard count 2/4 differs from 1/3"),
            (
                "different version", [p1, oldVersion.path, p3],
                "\(oldVersion.path): perfplan version 0.0.9 differs from 0.1.0"
            ),
            ("a whole run", [whole], "records no shard; \(whole) is a whole run"),
            (
                "missing file", [p1, missing.path, p3],
                "\(missing.path): employees/\(someFile)/interview.md is listed in its manifest but missing"
            ),
            (
                "extra file", [p1, extra.path, p3],
                "\(extra.path): employees/\(someFile)/notes.txt is not in its manifest"
            ),
            (
                "resized file", [p1, resized.path, p3],
                "\(resized.path): employees/\(someFile)/interview.md has 5 bytes, its manifest lists"
            ),
            (
                "changed file", [p1, tampered.path, p3],
                "\(tampered.path): employees/\(someFile)/interview.xml: its SHA-256 is not the one its manifest lists"
            ),
            ("no manifest", [p1, noManifest.path, p3], "\(noManifest.path)/manifest.json: cannot be read"),
            (
                "another shard's employee", [p1, foreign.path, p3],
                "\(foreign.path): employees/\(otherShardsEmployee) belongs to shard 1/3, not to this part's 2/3"
            ),
        ]
        for c in cases {
            let out = root.appendingPathComponent("out-\(c.label.replacingOccurrences(of: " ", with: "-"))")
            let r = try CLI.run(["merge", "--out", out.path] + c.parts)
            #expect(r.status == 3, "\(c.label): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains(c.message), "\(c.label): \(r.stderr)")
            #expect(r.stderr.contains("nothing was written"), "\(c.label)")
            // Nothing: no month folder, no staging folder left behind.
            let left = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            #expect(left.filter { $0 != ".perfplan.lock" }.isEmpty, "\(c.label): \(left)")
        }
        // A different day's part disagrees on the shared files too; every problem is listed at once.
        let both = try CLI.run([
            "merge", "--out", root.appendingPathComponent("out-both").path, p1, otherMonth, changedData,
        ])
        #expect(
            both.stderr.contains("as-of month 2026-09") && both.stderr.contains("input fingerprint")
                && both.stderr.contains("shard 3/3 is missing"),
            "\(both.stderr)")

        // Usage errors (exit 2): no parts; --out where a part lies.
        let none = try CLI.run(["merge", "--out", root.appendingPathComponent("out-none").path])
        #expect(none.status == 2 && none.stderr.contains("merge needs the month folders"), "\(none.stderr)")
        let inside = try CLI.run(["merge", "--out", root.appendingPathComponent("parts-3").path, p1, p2, p3])
        #expect(inside.status == 2 && inside.stderr.contains("lies in --out"), "\(inside.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("parts-3/2026-10").path))
    }
}
