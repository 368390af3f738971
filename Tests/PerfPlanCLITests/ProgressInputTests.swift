import Foundation
import Testing

/// `progress` never destroys its own input and reads only signed plans (contract rules 39, 43):
/// overlapping `--plans`/`--out`, a folder that is not a month folder, and a plan or manifest
/// changed after `generate` are refused before anything is written.
@Suite(.serialized) struct ProgressInputTests {
    /// A data folder, a packet generated at 2026-10 (plans for A, B, C) under `packets`, and a
    /// good progress report for 2026-11 under `reports`.
    struct Setup {
        var data: URL, packets: URL, reports: URL
        var plans: URL { packets.appendingPathComponent("2026-10") }
        func plan(_ id: String) -> URL { plans.appendingPathComponent("employees/\(id)/plan.xml") }
        func cleanup() {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }

        func progress(_ extra: [String], plans: String? = nil, out: String? = nil, asOf: String = "2026-12") throws
            -> CLI.Result
        {
            try CLI.run(
                [
                    "progress", "--data", data.path, "--plans", plans ?? self.plans.path, "--as-of", asOf,
                    "--out", out ?? reports.path,
                ] + extra)
        }
    }

    static func setUp() throws -> Setup {
        var files = ProgressScenarioTests.base
        files["actuals.csv"] =
            ProgressScenarioTests.history + "A,x,2026-11,75\nB,x,2026-11,65\nC,x,2026-11,80\n"
            + "A,x,2026-12,90\nB,x,2026-12,55\nC,x,2026-12,70\n"
        let s = Setup(
            data: try CLI.dataDirectory(files), packets: try CLI.temporaryDirectory(),
            reports: try CLI.temporaryDirectory())
        let g = try CLI.run(["generate", "--data", s.data.path, "--as-of", "2026-10", "--out", s.packets.path])
        #expect(g.status == 0, "\(g.stderr)")
        let r = try s.progress([], asOf: "2026-11")
        #expect(r.status == 0, "\(r.stderr)")
        return s
    }

    /// Every file and folder below `url` (symbolic links as their target text), with contents.
    static func snapshot(_ url: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for rel in try fm.subpathsOfDirectory(atPath: url.path) {
            let path = url.appendingPathComponent(rel).path
            if let link = try? fm.destinationOfSymbolicLink(atPath: path) {
                out[rel] = Data(("-> " + link).utf8)
            } else {
                var isDir: ObjCBool = false
                _ = fm.fileExists(atPath: path, isDirectory: &isDir)
                out[rel] = isDir.boolValue ? Data("<dir>".utf8) : try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }

    /// Replaces `old` by `new` in a plan, as someone editing a goal by hand would.
    static func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: file)
    }

    // MARK: --plans and --out overlap (exit 2, nothing touched)

    @Test func currentLinkIntoThePacketsFolderIsRefused() throws {
        let s = try Self.setUp()
        defer { s.cleanup() }
        try FileManager.default.createSymbolicLink(
            atPath: s.packets.appendingPathComponent("current").path, withDestinationPath: "2026-10")
        // A progress report already in the packets folder (from an earlier run) must survive too.
        _ = try CLI.shell("cp -a '\(s.reports.path)/2026-11' '\(s.packets.path)/2026-11'")
        let before = try Self.snapshot(s.packets)
        #expect(before["2026-11/summary.xml"] != nil && before["2026-10/manifest.json"] != nil)
        for asOf in ["2026-10", "2026-11", "2026-12"] {
            let r = try s.progress([], plans: s.packets.path + "/current", out: s.packets.path, asOf: asOf)
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains("lies inside --out"), "\(r.stderr)")
        }
        #expect(try Self.snapshot(s.packets) == before)
    }

    @Test func outEqualToPlansOrAParentThroughDotDotIsRefused() throws {
        let s = try Self.setUp()
        defer { s.cleanup() }
        let before = try Self.snapshot(s.packets)
        let same = try s.progress([], out: s.plans.path + "/")
        #expect(same.status == 2)
        #expect(same.stderr.contains("are the same folder"), "\(same.stderr)")
        let parent = try s.progress([], out: s.plans.path + "/employees/..")
        #expect(parent.status == 2)
        let grandparent = try s.progress([], out: s.plans.path + "/employees/../..")
        #expect(grandparent.status == 2)
        #expect(grandparent.stderr.contains("lies inside --out"), "\(grandparent.stderr)")
        let inside = try s.progress([], out: s.plans.path + "/reports")
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("lies inside --plans"), "\(inside.stderr)")
        #expect(try Self.snapshot(s.packets) == before)
    }

    // MARK: --plans must be a generate month folder (exit 2, nothing written)

    @Test func plansThatAreNotAMonthFolderAreAUsageError() throws {
        let s = try Self.setUp()
        defer { s.cleanup() }
        let before = try Self.snapshot(s.reports)
        let root = try s.progress([], plans: s.packets.path, asOf: "2026-11")
        #expect(root.status == 2)
        #expect(
            root.stderr.contains("is not a generate month folder: it has no manifest.json and no employees/"),
            "\(root.stderr)")
        #expect(root.stderr.contains("give one, e.g. --plans \(s.packets.path)/2026-10"), "\(root.stderr)")

        let empty = try CLI.temporaryDirectory()
        defer { CLI.cleanup(empty) }
        let none = try s.progress([], plans: empty.path, asOf: "2026-11")
        #expect(none.status == 2)
        #expect(none.stderr.contains("it has no manifest.json and no employees/"), "\(none.stderr)")

        try FileManager.default.removeItem(at: s.plans.appendingPathComponent("manifest.json"))
        let noManifest = try s.progress([], asOf: "2026-11")
        #expect(noManifest.status == 2)
        #expect(noManifest.stderr.contains("it has no manifest.json"), "\(noManifest.stderr)")
        #expect(!noManifest.stderr.contains("employees/"), "\(noManifest.stderr)")
        // Last month's good report is untouched, not replaced by one of "0 plans".
        #expect(try Self.snapshot(s.reports) == before)
    }

    // MARK: plans are what was signed (exit 3 naming the file, nothing written)

    @Test func aPlanEditedAfterGenerateIsRefused() throws {
        let s = try Self.setUp()
        defer { s.cleanup() }
        let before = try Self.snapshot(s.reports)
        let original = try Data(contentsOf: s.plan("A"))
        // One goal number changed, same size: only the digest shows it.
        try Self.edit(s.plan("A"), "expected=\"100\"", "expected=\"700\"")
        let sameSize = try s.progress([])
        #expect(sameSize.status == 3)
        #expect(
            sameSize.stderr.contains("\(s.plans.path)/employees/A/plan.xml: its SHA-256 does not match"),
            "\(sameSize.stderr)")
        #expect(sameSize.stderr.contains("never by editing plan.xml"))
        #expect(!sameSize.stderr.contains("employees/B/plan.xml"))
        // A different size.
        try original.write(to: s.plan("A"))
        try Self.edit(s.plan("A"), "expected=\"100\"", "expected=\"80\"")
        let smaller = try s.progress([])
        #expect(smaller.status == 3)
        #expect(
            smaller.stderr.contains("employees/A/plan.xml: has \(original.count - 1) bytes where"), "\(smaller.stderr)")
        #expect(try Self.snapshot(s.reports) == before)

        // --keep-going reports the others; the edited plan is never used.
        let partial = try s.progress(["--keep-going"])
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stderr.contains("employees/A/plan.xml: has"))
        let month = s.reports.appendingPathComponent("2026-12")
        #expect(!FileManager.default.fileExists(atPath: month.appendingPathComponent("employees/A").path))
        #expect(FileManager.default.fileExists(atPath: month.appendingPathComponent("employees/B/progress.xml").path))
    }

    @Test func unlistedMissingAndLinkedPlansAreProblemsNamingTheFile() throws {
        let s = try Self.setUp()
        defer { s.cleanup() }
        let before = try Self.snapshot(s.reports)
        let fm = FileManager.default
        // A plan.xml that generate did not write (copied in for D).
        try fm.copyItem(at: s.plan("A"), to: s.plans.appendingPathComponent("employees/D/plan.xml"))
        // A listed plan removed.
        try fm.removeItem(at: s.plan("B"))
        // A listed plan replaced by a link to an identical copy elsewhere.
        let elsewhere = s.data.appendingPathComponent("C-plan.xml")
        try fm.moveItem(at: s.plan("C"), to: elsewhere)
        try fm.createSymbolicLink(at: s.plan("C"), withDestinationURL: elsewhere)
        let r = try s.progress(["--keep-going"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("employees/D/plan.xml: not listed in \(s.plans.path)/manifest.json"), "\(r.stderr)")
        #expect(
            r.stderr.contains("employees/B/plan.xml: listed in \(s.plans.path)/manifest.json but missing"),
            "\(r.stderr)")
        #expect(r.stderr.contains("employees/C/plan.xml: is a symbolic link"), "\(r.stderr)")
        #expect(r.stderr.contains("1 plans"), "\(r.stderr)")  // A alone
        let strict = try s.progress([], asOf: "2026-11")
        #expect(strict.status == 3)
        #expect(try Self.snapshot(s.reports).filter { !$0.key.hasPrefix("2026-12") } == before)
    }

    @Test func aMalformedManifestIsInvalidDataEvenWithKeepGoing() throws {
        let s = try Self.setUp()
        defer { s.cleanup() }
        let before = try Self.snapshot(s.reports)
        let manifest = s.plans.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try Data(text.dropLast(4).utf8).write(to: manifest)
        for extra in [[], ["--keep-going"]] {
            let r = try s.progress(extra)
            #expect(r.status == 3)
            #expect(r.stderr.contains("\(manifest.path):"), "\(r.stderr)")
            #expect(r.stderr.contains("invalid JSON"), "\(r.stderr)")
        }
        // A manifest whose entry for A names another size.
        try Data(
            text.replacingOccurrences(
                of: "\"path\": \"employees/A/plan.xml\", \"bytes\": ",
                with: "\"path\": \"employees/A/plan.xml\", \"bytes\": 1"
            ).utf8
        )
        .write(to: manifest)
        let forged = try s.progress([])
        #expect(forged.status == 3)
        #expect(forged.stderr.contains("employees/A/plan.xml: has"), "\(forged.stderr)")
        #expect(try Self.snapshot(s.reports) == before)
    }

    // MARK: rule 39

    @Test func plansAreReportedOnlyInTheirPeriodAndUnlessClosed() throws {
        let s = try Self.setUp()
        defer { s.cleanup() }
        // After the last month (2027-01) the plans are not reported again.
        let actuals = s.data.appendingPathComponent("actuals.csv")
        try Data((try String(contentsOf: actuals, encoding: .utf8) + "A,x,2027-01,100\nD,x,2027-02,100\n").utf8).write(
            to: actuals)
        let last = try s.progress([], asOf: "2027-01")
        #expect(last.stderr.contains(": 3 plans"), "\(last.stderr)")
        // With none left to report the run is refused, naming why, and writes nothing.
        let after = try s.progress([], asOf: "2027-02")
        #expect(after.status == 3, "\(after.stderr)")
        #expect(
            after.stderr.contains(
                "runs in 2027-02: of its 3 plans in scope, 3 ended before 2027-02 (the last in 2027-01); nothing was written"
            ),
            "\(after.stderr)")
        // A closed row for A's cycle takes A out of the report.
        try Data((ProgressScenarioTests.base["plans.csv"]! + "A,1,2026-11,2027-01,closed\n").utf8)
            .write(to: s.data.appendingPathComponent("plans.csv"))
        let closed = try s.progress([])
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stderr.contains(": 2 plans"), "\(closed.stderr)")
        // No report for A: only the calendar cancelling the meetings still ahead.
        #expect(
            try FileManager.default.contentsOfDirectory(
                atPath: s.reports.appendingPathComponent("2026-12/employees/A").path) == ["checkins.ics"])
    }
}
