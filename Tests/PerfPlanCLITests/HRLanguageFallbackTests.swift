import Foundation
import Testing

/// `hr_language` names a language whose HR views (worksheet, index, review list, summary,
/// calibration) have no catalogue yet: they are written in English as a whole — the very
/// bytes of a run without `hr_language` — and the terminal says so. `en` (or no key at
/// all) prints no warning.
@Suite struct HRLanguageFallbackTests {
    static func files(policy: String) -> [String: String] {
        var files = GermanDocumentsTests.files()
        files["perfplan.json"] = policy
        return files
    }

    /// Every file of the month folder but the manifest (which records the input's hashes).
    static func packet(_ policy: String) throws -> (files: [String: Data], stderr: String) {
        let data = try CLI.dataDirectory(Self.files(policy: policy))
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        let month = out.appendingPathComponent("2026-10")
        var files: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: month.path)
        while let rel = e?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = month.appendingPathComponent(rel).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                rel != "manifest.json"
            else { continue }
            files[rel] = FileManager.default.contents(atPath: path)
        }
        return (files, r.stderr)
    }

    @Test func anUntranslatedHRLanguageFallsBackToEnglishAsAWhole() throws {
        let base = #""approval": "automatic", "organization": "Northwind", "max_focus": 2, "trend_months": 3"#
        let english = try Self.packet("{" + base + "}")
        let french = try Self.packet("{" + base + #", "hr_language": "fr"}"#)
        let en = try Self.packet("{" + base + #", "hr_language": "en"}"#)
        #expect(!english.stderr.contains("warning") && !en.stderr.contains("warning"), "\(english.stderr)")
        #expect(
            french.stderr.contains(
                "warning: perfplan.json hr_language \"fr\": the HR views (worksheet, index, review list, summary, "
                    + "calibration) are not written in this language yet; they are in English"), "\(french.stderr)")
        #expect(english.files.keys.contains("index.md") && english.files.keys.contains("employees/E1/worksheet.md"))
        #expect(french.files == english.files)
        #expect(en.files == english.files)
    }
}
