import Foundation
import Testing

/// Every language `hr_language` accepts has its HR views' catalogue (`HRLanguage.translated`):
/// no run warns of a fallback any more. `en` (or no key at all) writes the very bytes of a
/// run without `hr_language`; `de`, `es` and `fr` write HR's views in their language. A
/// language added later without a catalogue falls back to English as a whole, with the
/// warning `HRLanguage.fallbackWarning` words.
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

    @Test func everyHRLanguageHasItsViewsAndNoneWarns() throws {
        let base = #""approval": "automatic", "organization": "Northwind", "max_focus": 2, "trend_months": 3"#
        let english = try Self.packet("{" + base + "}")
        let en = try Self.packet("{" + base + #", "hr_language": "en"}"#)
        #expect(!english.stderr.contains("warning") && !en.stderr.contains("warning"), "\(english.stderr)")
        #expect(english.files.keys.contains("index.md") && english.files.keys.contains("employees/E1/worksheet.md"))
        #expect(en.files == english.files)
        for (language, heading) in [
            ("de", "# Leistungsunterlagen: "), ("es", "# Documentación de desempeño: "),
            ("fr", "# Dossier de performance\u{A0}: "),
        ] {
            let other = try Self.packet("{" + base + #", "hr_language": ""# + language + #""}"#)
            #expect(!other.stderr.contains("warning"), "\(language): \(other.stderr)")
            let index = String(decoding: other.files["index.md"] ?? Data(), as: UTF8.self)
            #expect(index.hasPrefix(heading), "\(language): \(index.prefix(80))")
            let html = String(decoding: other.files["calibration.html"] ?? Data(), as: UTF8.self)
            #expect(html.contains("<html lang=\"\(language)\">"))
        }
    }
}
