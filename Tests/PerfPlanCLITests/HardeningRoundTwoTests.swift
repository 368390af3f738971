import Foundation
import Testing

/// The second hostile round, through the binary: each test one class of failure, tried as an
/// attacker or a careless cron job would, on the sample data with plans issued as flagged
/// (`"approval": "automatic"`, no HR decisions: these classes are about what a run replaces,
/// not about who decides): 40 employees; as of 2026-09 four plans, E013, E021, E023 and
/// E033, running 2026-10 … 2026-12; as of 2026-10 five (E023's cycle 2 ended without an
/// outcome, a conflict that blocks a new plan).
@Suite(.serialized) struct HardeningRoundTwoTests {
    static let sample: String = {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
            "perfplan-sample-automatic-\(UUID().uuidString)")
        try! FileManager.default.copyItem(at: CLI.repoRoot.appendingPathComponent("SampleData"), to: copy)
        for name in ["decisions.csv", "acknowledgements.csv"] {
            try? FileManager.default.removeItem(at: copy.appendingPathComponent(name))
        }
        let policy = copy.appendingPathComponent("perfplan.json")
        try! PolicyText.automatic(try! String(contentsOf: policy, encoding: .utf8)).write(
            to: policy, atomically: true, encoding: .utf8)
        return copy.path
    }()

    static func files(in url: URL) -> [String] {
        (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
    }

    /// Edits `employees/ID/plan.xml` of `month` (first match of `old`) and updates the
    /// manifest's size and SHA-256 to match, as a careful attacker would.
    static func tamper(_ month: URL, _ id: String, _ old: String, _ new: String) throws {
        let script = """
            import hashlib,re,sys
            m,e,o,n=sys.argv[1:5]
            p=f'{m}/employees/{e}/plan.xml'; s=open(p).read(); assert o in s; s=s.replace(o,n,1); open(p,'w').write(s)
            b=s.encode(); mf=open(f'{m}/manifest.json').read()
            mf=re.sub(r'(\\{"path": "employees/%s/plan.xml", "bytes": )\\d+(, "sha256": ")[0-9a-f]+'%e, lambda x: x.group(1)+str(len(b))+x.group(2)+hashlib.sha256(b).hexdigest(), mf)
            open(f'{m}/manifest.json','w').write(mf)
            """
        let dir = try CLI.temporaryDirectory("tamper")
        defer { CLI.cleanup(dir) }
        let file = dir.appendingPathComponent("t.py")
        try Data(script.utf8).write(to: file)
        let q = { (s: String) in "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        _ = try CLI.shell("python3 \(file.path) \(q(month.path)) \(q(id)) \(q(old)) \(q(new))")
    }

    // MARK: 1. An empty scope replaces nothing

    @Test func anEmptyScopeIsRefusedAndTheFullPacketAndRegisterStay() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        #expect(try CLI.run(["generate", "--data", Self.sample, "--out", out.path]).status == 0)
        let before = Self.files(in: out)
        let manifest = try Data(contentsOf: out.appendingPathComponent("2026-10/manifest.json"))
        // E040 manages no one: the scope is empty.
        let empty = try CLI.run(["generate", "--data", Self.sample, "--out", out.path, "--manager", "E040"])
        #expect(empty.status == 3)
        #expect(
            empty.stderr.contains(
                "--manager \"E040\" has no reports in the data, so the scope selects no employee; nothing was written"))
        #expect(Self.files(in: out) == before)
        #expect(try Data(contentsOf: out.appendingPathComponent("2026-10/manifest.json")) == manifest)
        #expect(try CLI.run(["plans", "list", "--register", out.path]).stdout.hasSuffix("5 plans\n"))
        // Options that exclude each other.
        let apart = try CLI.run([
            "generate", "--data", Self.sample, "--out", out.path, "--department", "Sales", "--employee", "E033",
        ])
        #expect(apart.status == 3)
        #expect(apart.stderr.contains("the scope (--employee \"E033\" --department \"Sales\") selects no employee"))
        let gaps = try CLI.run(["gaps", "--data", Self.sample, "--manager", "E040"])
        #expect(gaps.status == 3 && gaps.stdout.isEmpty)
        #expect(gaps.stderr.contains("perfplan gaps: --manager \"E040\" has no reports"))
    }

    // MARK: 2. progress with no plan to report replaces nothing

    @Test func progressWithNoApplicablePlanIsRefusedNamingWhy() throws {
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run(["generate", "--data", Self.sample, "--out", packets.path, "--as-of", "2026-09"]).status == 0)
        let plans = packets.appendingPathComponent("2026-09").path
        #expect(
            try CLI.run([
                "progress", "--data", Self.sample, "--plans", plans, "--out", reports.path, "--as-of", "2026-10",
            ]).status == 0)
        let before = Self.files(in: reports)
        #expect(before.contains("2026-10/summary.md"))
        // Every plan starts in 2026-10: none runs in 2026-09.
        let early = try CLI.run([
            "progress", "--data", Self.sample, "--plans", plans, "--out", reports.path, "--as-of", "2026-09",
        ])
        #expect(early.status == 3)
        #expect(
            early.stderr.contains(
                "no plan of --plans \(plans) runs in 2026-09: of its 4 plans in scope, 4 start after 2026-09 (the first in 2026-10); nothing was written"
            ))
        // A packet without XML: nothing progress can read.
        let noXML = try CLI.temporaryDirectory()
        defer { CLI.cleanup(noXML) }
        #expect(
            try CLI.run([
                "generate", "--data", Self.sample, "--out", noXML.path, "--as-of", "2026-09", "--format", "md,html",
                "--no-register",
            ]).status == 0)
        let none = try CLI.run([
            "progress", "--data", Self.sample, "--plans", noXML.appendingPathComponent("2026-09").path,
            "--out", reports.path, "--as-of", "2026-10", "--no-register",
        ])
        #expect(none.status == 3)
        #expect(
            none.stderr.contains(
                "holds no plan.xml (progress reads plan.xml: the packet was generated without xml in --format"))
        // Plans of people outside the scope.
        let other = try CLI.run([
            "progress", "--data", Self.sample, "--plans", plans, "--out", reports.path, "--as-of", "2026-10",
            "--employee", "E001",
        ])
        #expect(
            other.status == 3
                && other.stderr.contains("none of the 4 plans in --plans \(plans) is for an employee in scope"))
        #expect(Self.files(in: reports) == before)
    }

    // MARK: 3. One register, two output folders

    @Test func runsIntoTwoFoldersKeepEachOthersPlansAndCloseWorks() throws {
        let a = try CLI.temporaryDirectory()
        let b = try CLI.temporaryDirectory()
        let reg = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(a)
            CLI.cleanup(b)
            CLI.cleanup(reg)
        }
        let register = reg.appendingPathComponent("p.sqlite").path
        // As of 2026-10, Finance flags E031 and E033, Sales E013.
        #expect(
            try CLI.run([
                "generate", "--data", Self.sample, "--out", a.path, "--department", "Finance", "--register", register,
            ]).status == 0)
        #expect(
            try CLI.run([
                "generate", "--data", Self.sample, "--out", b.path, "--department", "Sales", "--register", register,
            ]).status == 0)
        let list = try CLI.run(["plans", "list", "--register", register, "--format", "json"])
        let ids =
            ((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [String: Any])["plans"]
            as! [[String: Any]])
            .map { $0["employee_id"] as! String }
        #expect(ids == ["E013", "E031", "E033"])
        #expect(
            FileManager.default.fileExists(atPath: a.appendingPathComponent("2026-10/employees/E033/plan.xml").path))
        let close = try CLI.run(["plans", "close", "--register", register, "E033", "--reason", "left"])
        #expect(close.status == 0)
        // Rerunning one folder replaces that folder's batch only.
        #expect(
            try CLI.run([
                "generate", "--data", Self.sample, "--out", b.path, "--department", "Sales", "--register", register,
            ]).status == 0)
        let again = try CLI.run(["plans", "list", "--register", register])
        #expect(
            again.stdout.hasSuffix("3 plans\n") && again.stdout.contains("E033         1      2026-11–2027-01  closed"))
    }

    // MARK: 4. A register inside a month folder

    @Test func aRegisterInsideAMonthFolderIsRefusedBeforeAnythingIsWritten() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        #expect(try CLI.run(["generate", "--data", Self.sample, "--out", out.path, "--no-register"]).status == 0)
        let before = Self.files(in: out)
        let inside = out.appendingPathComponent("2026-10/reg.sqlite").path
        let run = try CLI.run(["generate", "--data", Self.sample, "--out", out.path, "--register", inside])
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "lies inside \(out.path)/2026-10, a month folder perfplan replaces when that month is run again"))
        #expect(Self.files(in: out) == before)
        // progress: inside a month folder of its --out, or of the plans' packets folder.
        let reports = try CLI.temporaryDirectory()
        defer { CLI.cleanup(reports) }
        let p = try CLI.run([
            "progress", "--data", Self.sample, "--plans", out.appendingPathComponent("2026-10").path, "--out",
            reports.path,
            "--register", reports.appendingPathComponent("2026-11/r.sqlite").path,
        ])
        #expect(p.status == 2 && p.stderr.contains("a month folder perfplan replaces"))
        #expect(Self.files(in: reports).isEmpty)
    }

    // MARK: 5. A failing command creates nothing

    @Test func aFailingCloseCreatesNoRegister() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanup(dir) }
        let close = try CLI.run(["plans", "close", "--register", dir.path, "E001", "--reason", "left"])
        #expect(close.status == 1)
        #expect(close.stderr.contains("perfplan.sqlite: there is no plan register here (generate creates it)"))
        #expect(Self.files(in: dir).isEmpty)
        // A generate refused for its scope neither.
        let gen = try CLI.run(["generate", "--data", Self.sample, "--out", dir.path, "--manager", "E040"])
        #expect(gen.status == 3 && Self.files(in: dir).isEmpty)
    }

    // MARK: 6. The scheduler's environment

    @Test func schedulerNumbersNearIntMaxAreUsageErrors() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        let max = String(Int.max)
        for (env, shard, name) in [
            (["JOB_COMPLETION_INDEX": max, "PERFPLAN_SHARD_COUNT": "4"], "kubernetes", "JOB_COMPLETION_INDEX"),
            (["JOB_COMPLETION_INDEX": "0", "PERFPLAN_SHARD_COUNT": max], "kubernetes", "PERFPLAN_SHARD_COUNT"),
            (
                ["SLURM_ARRAY_TASK_ID": max, "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_COUNT": "4"], "slurm",
                "SLURM_ARRAY_TASK_ID"
            ),
            (
                [
                    "SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_STEP": max,
                    "SLURM_ARRAY_TASK_COUNT": "4",
                ], "slurm", "SLURM_ARRAY_TASK_STEP"
            ),
        ] {
            let r = try CLI.run(
                ["generate", "--data", Self.sample, "--out", out.path, "--no-register", "--shard", shard], env: env)
            #expect(r.status == 2, "\(name)")
            #expect(r.stderr.contains("\(name)=\"\(env[name]!)\" is not a whole number from"), "\(name)")
        }
        #expect(Self.files(in: out).isEmpty)
    }

    // MARK: 7 and 12. Plan files: finite figures, a sane period

    @Test func planFilesWithNaNInfinityOrAnImpossiblePeriodAreRefusedNamingFileAndField() throws {
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run([
                "generate", "--data", Self.sample, "--out", packets.path, "--as-of", "2026-09", "--no-register",
            ]).status == 0)
        let month = packets.appendingPathComponent("2026-09")
        let pristine = try CLI.temporaryDirectory()
        defer { CLI.cleanup(pristine) }
        _ = try CLI.shell("cp -a \(month.path)/. \(pristine.path)/")
        let plan = month.appendingPathComponent("employees/E013/plan.xml").path
        let cases: [(String, String, String)] = [
            (
                "current=\"133000\"", "current=\"INF\"",
                "goal \"sales_revenue\": current is infinite; a plan holds finite figures only"
            ),
            ("expected=\"210000\"", "expected=\"-INF\"", "goal \"sales_revenue\": expected is infinite"),
            ("value=\"158667\"", "value=\"NaN\"", "goal \"sales_revenue\": milestone 2026-10 is NaN"),
            ("current=\"133000\"", "current=\"1e300\"", "goal \"sales_revenue\": current 1e+300 is beyond ±1e15"),
            (
                "<period start=\"2026-10\" end=\"2026-12\"", "<period start=\"2026-10\" end=\"2026-09\"",
                "the plan period ends (2026-09) before it starts (2026-10)"
            ),
            (
                "<period start=\"2026-10\" end=\"2026-12\"", "<period start=\"0001-01\" end=\"9999-12\"",
                "the plan period 0001-01–9999-12 lasts 119988 months, more than the 24 a plan may last"
            ),
        ]
        for (old, new, message) in cases {
            _ = try CLI.shell("rm -rf \(month.path) && cp -a \(pristine.path) \(month.path)")
            try Self.tamper(month, "E013", old, new)
            let r = try CLI.run([
                "progress", "--data", Self.sample, "--plans", month.path, "--out", reports.path, "--no-register",
            ])
            #expect(r.status == 3, "\(new)")
            #expect(r.stderr.contains("\(plan): \(message)"), "\(r.stderr)")
            #expect(Self.files(in: reports).filter { !$0.hasPrefix(".perfplan.lock") }.isEmpty)
            // --keep-going reports the others, and no figure of the bad plan reaches a file.
            let kept = try CLI.run([
                "progress", "--data", Self.sample, "--plans", month.path, "--out", reports.path, "--no-register",
                "--keep-going",
            ])
            #expect(kept.status == 0 && kept.stderr.contains("3 plans"))
            for file in Self.files(in: reports)
            where file.hasSuffix(".md") || file.hasSuffix(".xml") || file.hasSuffix(".html") {
                let text = try String(contentsOf: reports.appendingPathComponent(file), encoding: .utf8)
                #expect(
                    text.range(of: "\\b(inf|nan)\\b", options: [.regularExpression, .caseInsensitive]) == nil, "\(file)"
                )
            }
            _ = try CLI.shell("find \(reports.path) -mindepth 1 -delete")
        }
    }

    // MARK: 8. One id rule for every path

    @Test func importAndTheCommandLineRefuseIdsTheDataRefuses() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanup(dir) }
        let long = String(repeating: "x", count: 129)
        let csv =
            "employee_id,cycle,start,end,outcome\n"
            + ["a\u{200B}b", "r\u{202E}l", "../..", "a/b", "x y", long, "n\u{1}l", "OK1"]
            .map { "\"\($0)\",1,2025-01,2025-03,succeeded\n" }.joined()
        let file = dir.appendingPathComponent("plans.csv")
        try Data(csv.utf8).write(to: file)
        let r = try CLI.run(["plans", "import", "--register", dir.path, file.path])
        #expect(r.status == 3)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "\(file.path):2: employee_id \"a\\u{200b}b\" contains an invisible format character (U+200B)",
                "\(file.path):3: employee_id \"r\\u{202e}l\" contains an invisible format character (U+202E)",
                "\(file.path):4: employee_id \"../..\" cannot be used as a folder name (it contains '/')",
                "\(file.path):5: employee_id \"a/b\" cannot be used as a folder name (it contains '/')",
                "\(file.path):6: employee_id \"x y\" must not contain spaces",
                "\(file.path):7: employee_id \"\(String(repeating: "x", count: 60))…\" is longer than 128 bytes and cannot be used as a folder name",
                "\(file.path):8: employee_id \"n\\u{1}l\" cannot be used as a folder name (it contains a control character)",
                "\(file.path): nothing was imported",
            ])
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("perfplan.sqlite").path))
        for args in [
            ["plans", "show", "--register", dir.path, "a/b"], ["gaps", "--data", Self.sample, "--employee", "x y"],
            ["gaps", "--data", Self.sample, "--manager", "a\u{200B}b"],
        ] {
            let bad = try CLI.run(args)
            #expect(bad.status == 2, "\(args)")
        }
    }

    @Test func aPlanXMLOrManifestWithABadIdIsRefused() throws {
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run([
                "generate", "--data", Self.sample, "--out", packets.path, "--as-of", "2026-09", "--no-register",
            ]).status == 0)
        let month = packets.appendingPathComponent("2026-09")
        try Self.tamper(month, "E013", "<employee id=\"E013\"", "<employee id=\"E0\u{200B}13\"")
        let r = try CLI.run([
            "progress", "--data", Self.sample, "--plans", month.path, "--out", reports.path, "--no-register",
        ])
        #expect(r.status == 3)
        #expect(
            r.stderr.contains(
                "employees/E013/plan.xml: employee id \"E0\\u{200b}13\" contains an invisible format character (U+200B)"
            ))
    }

    // MARK: 9. Terminal controls in the data

    @Test func controlCharactersInNamesReachTheTerminalEscaped() throws {
        let data = try CLI.temporaryDirectory()
        defer { CLI.cleanup(data) }
        _ = try CLI.shell("cp -a \(Self.sample)/. \(data.path)/")
        let employees = data.appendingPathComponent("employees.csv")
        let text = try String(contentsOf: employees, encoding: .utf8)
            .replacingOccurrences(of: "Ingrid Bergström", with: "Ingrid \u{1B}]0;owned\u{7}\u{1B}[2J\u{202E}Berg\u{9B}")
        try Data(text.utf8).write(to: employees)
        let shown = "Ingrid \\u{1b}]0;owned\\u{7}\\u{1b}[2J\\u{202e}Berg\\u{9b}"
        for env in [["NO_COLOR": "1"], ["NO_COLOR": ""]] {
            let explain = try CLI.run(["explain", "--data", data.path, "E001"], env: env)
            #expect(explain.status == 0 && explain.stdout.contains(shown))
            let table = try CLI.run(["gaps", "--data", data.path, "--employee", "E001", "--format", "table"], env: env)
            #expect(table.status == 0 && table.stdout.contains(shown))
            for out in [explain.stdout, table.stdout] {
                #expect(
                    !out.unicodeScalars.contains {
                        $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E
                    })
            }
        }
        // validate's report naming a folder with controls (on stdout, for people).
        let missing = try CLI.run(["validate", "--data", data.path + "/\u{1B}[2Jnope"])
        #expect(missing.status == 3)
        #expect(missing.stdout.contains("\\u{1b}[2Jnope: not a directory"))
        #expect(!(missing.stdout + missing.stderr).contains("\u{1B}"))
        // An error message on stderr (a bad --register path from generate).
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        let err = try CLI.run([
            "generate", "--data", data.path, "--out", out.path, "--register", out.path + "/2026-10/\u{1B}[2J.sqlite",
        ])
        #expect(err.status == 2 && err.stderr.contains("2026-10/\\u{1b}[2J.sqlite") && !err.stderr.contains("\u{1B}"))
    }

    // MARK: 10. Readers on a read-only register

    /// A tmpfs mounted and remounted read-only, where the sandbox lets root mount (nil otherwise).
    static func readOnlyMount() -> URL? {
        guard getuid() == 0, let dir = try? CLI.temporaryDirectory("ro") else { return nil }
        let ok = (try? CLI.shell("mount -t tmpfs none \(dir.path) 2>/dev/null && echo ok")) == "ok\n"
        if !ok { CLI.cleanup(dir) }
        return ok ? dir : nil
    }

    @Test func readersWorkOnAReadOnlyRegisterAndCreateNothing() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        #expect(try CLI.run(["generate", "--data", Self.sample, "--out", out.path]).status == 0)
        let register = out.appendingPathComponent("perfplan.sqlite").path
        let bytes = try Data(contentsOf: URL(fileURLWithPath: register))
        // Read-only file and folder (root could still write: what is checked is that the
        // readers write nothing — no -wal, no -shm, the file unchanged).
        chmod(register, 0o400)
        chmod(out.path, 0o500)
        defer { chmod(out.path, 0o700) }
        let before = Self.files(in: out)
        for args in [["list"], ["show", "E033"], ["export"]] {
            let r = try CLI.run(["plans"] + args + ["--register", out.path])
            #expect(r.status == 0, "\(args) \(r.stderr)")
        }
        #expect(Self.files(in: out) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: register)) == bytes)

        // A truly read-only file system, where this sandbox allows a mount.
        guard let mount = Self.readOnlyMount() else { return }
        defer {
            _ = try? CLI.shell("umount \(mount.path)")
            CLI.cleanup(mount)
        }
        _ = try CLI.shell("cp -a \(out.path) \(mount.path)/p && mount -o remount,ro \(mount.path)")
        let copy = mount.appendingPathComponent("p").path
        let list = try CLI.run(["plans", "list", "--register", copy])
        #expect(list.status == 0 && list.stdout.hasSuffix("5 plans\n"), "\(list.stderr)")
        #expect(
            try CLI.run(["plans", "export", "--register", copy]).stdout.hasPrefix(
                "employee_id,cycle,start,end,outcome\nE013,1,2026-11,2027-01,active\n"))
        // A register written in WAL mode (by an earlier perfplan) reads there too (immutable).
        _ = try CLI.shell(
            "mount -o remount,rw \(mount.path) && python3 -c \"import sqlite3; c=sqlite3.connect('\(copy)/perfplan.sqlite'); c.execute('PRAGMA journal_mode=WAL'); c.close()\" && mount -o remount,ro \(mount.path)"
        )
        let wal = try CLI.run(["plans", "list", "--register", copy])
        #expect(wal.status == 0 && wal.stdout.hasSuffix("5 plans\n"), "\(wal.stderr)")
    }

    // MARK: 11. Every read error names its file

    @Test func anUnreadablePlansManifestIsNamed() throws {
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run([
                "generate", "--data", Self.sample, "--out", packets.path, "--as-of", "2026-09", "--no-register",
            ]).status == 0)
        let month = packets.appendingPathComponent("2026-09")
        let manifest = month.appendingPathComponent("manifest.json").path
        let saved = try Data(contentsOf: URL(fileURLWithPath: manifest))
        for (make, reason) in [
            ("mkfifo", "is a FIFO (named pipe), not a regular file"),
            ("ln -s /dev/zero", "is a character device, not a regular file"),
            ("truncate -s 300M", "it is 314572800 bytes, over the 256 MiB limit for this file"),
        ] {
            unlink(manifest)
            _ = try CLI.shell("\(make) \(manifest)")
            let r = try CLI.run([
                "progress", "--data", Self.sample, "--plans", month.path, "--out", reports.path, "--no-register",
            ])
            #expect(r.status == 3, "\(make)")
            #expect(r.stderr.contains("\(manifest): cannot be read: \(reason)"), "\(r.stderr)")
            #expect(!r.stderr.contains("ReadError"))
        }
        unlink(manifest)
        try saved.write(to: URL(fileURLWithPath: manifest))
    }

    // MARK: 12. Rating bands in order

    @Test func unsortedRatingBandsAreAPolicyError() throws {
        let data = try CLI.temporaryDirectory()
        defer { CLI.cleanup(data) }
        _ = try CLI.shell("cp -a \(Self.sample)/. \(data.path)/")
        let policy =
            #"{"rating_bands": [{"min": 0.8, "label": "Meets"}, {"min": 1.1, "label": "Exceeds"}, {"min": 0, "label": "Below"}]}"#
        try Data(policy.utf8).write(to: data.appendingPathComponent("perfplan.json"))
        let r = try CLI.run(["validate", "--data", data.path])
        #expect(r.status == 3)
        #expect(
            r.stdout.contains(
                "perfplan.json:1: rating band \"Exceeds\" (min 1.1) must have a lower min than the band before it, \"Meets\" (min 0.8)"
            )
                || r.stderr.contains(
                    "perfplan.json:1: rating band \"Exceeds\" (min 1.1) must have a lower min than the band before it, \"Meets\" (min 0.8)"
                ))
    }
}
