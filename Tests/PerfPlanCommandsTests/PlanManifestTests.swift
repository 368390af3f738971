import PerfPlanSystem
import Testing

@testable import PerfPlanCommands
@testable import PerfPlanRender

/// `manifest.json` read as untrusted input: what it lists for each plan, and how it fails.
@Suite struct PlanManifestTests {
    static let digest = String(repeating: "0f", count: 32)

    static func parse(_ text: String) throws(PlanManifest.Failure) -> PlanManifest {
        try PlanManifest(parsing: Array(text.utf8), path: "p/manifest.json")
    }

    @Test func listsThePlansWithSizeAndDigest() throws {
        let m = try Self.parse(
            """
            {"as_of": "2026-10", "generated": "2026-11-01", "files": [
              {"path": "employees/A/interview.md", "bytes": 10, "sha256": "\(Self.digest)"},
              {"path": "employees/A/plan.xml", "bytes": 1234, "sha256": "\(Self.digest.uppercased())"},
              {"path": "index.md", "bytes": 5, "sha256": "\(Self.digest)"}
            ]}
            """)
        #expect(m.plans == ["A": PlanManifest.Entry(bytes: 1234, sha256: [UInt8](repeating: 0x0f, count: 32))])
    }

    @Test(arguments: [
        ("{\"files\": [", "p/manifest.json:1: invalid JSON"),
        ("[]", "p/manifest.json:1: not a perfplan manifest (expected an object"),
        ("{\"as_of\": \"2026-10\"}", "no \"files\" list"),
        ("{\"files\": {}}", "\"files\" must be a list"),
        (
            "{\"files\": [\n{\"path\": \"employees/A/plan.xml\", \"bytes\": -1, \"sha256\": \"\(digest)\"}]}",
            "p/manifest.json:2: \"employees/A/plan.xml\": \"bytes\" must be a whole number"
        ),
        (
            "{\"files\": [{\"path\": \"employees/A/plan.xml\", \"bytes\": 1.5, \"sha256\": \"\(digest)\"}]}",
            "\"bytes\" must be a whole number"
        ),
        (
            "{\"files\": [{\"path\": \"employees/A/plan.xml\", \"bytes\": 1, \"sha256\": \"xyz\"}]}",
            "\"sha256\" must be 64 hexadecimal digits"
        ),
        (
            "{\"files\": [{\"path\": \"employees/../plan.xml\", \"bytes\": 1, \"sha256\": \"\(digest)\"}]}",
            "is not a plan path generate writes"
        ),
        (
            "{\"files\": [{\"path\": \"employees//plan.xml\", \"bytes\": 1, \"sha256\": \"\(digest)\"}]}",
            "is not a plan path generate writes"
        ),
        (
            "{\"files\": [{\"path\": \"employees/A/plan.xml\", \"bytes\": 1, \"sha256\": \"\(digest)\"},\n{\"path\": \"employees/A/plan.xml\", \"bytes\": 1, \"sha256\": \"\(digest)\"}]}",
            "p/manifest.json:2: \"employees/A/plan.xml\" is listed twice"
        ),
        ("{\"files\": [{\"bytes\": 1}]}", "a file entry lacks its \"path\""),
    ])
    func malformedManifestsNameTheFileAndLine(text: String, message: String) {
        do {
            _ = try Self.parse(text)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }
}
