import Foundation
import Testing

/// Issue 19, item 10, through the binary: exit 2 naming the cycle or the missing partial,
/// before anything is written.
@Suite struct TemplateErrorTests {
    static let sample = CLI.repoRoot.appendingPathComponent("SampleData").path

    func run(templates: [String: String]) throws -> (CLI.Result, [String]) {
        let dir = try CLI.dataDirectory(templates)
        defer { CLI.cleanup(dir) }
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer { CLI.cleanup(out) }
        let r = try CLI.run(["generate", "--data", Self.sample, "--out", out.path, "--templates", dir.path])
        return (r, try FileManager.default.contentsOfDirectory(atPath: out.path))
    }

    @Test func aSelfIncludingPartialIsAUsageError() throws {
        let (r, written) = try run(templates: ["style.css.mustache": "body {}\n{{> style.css}}\n"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(
            r.stderr.contains(
                "style.css.mustache: the partials include themselves in a cycle: {{> style.css}} → {{> style.css}}"),
            "\(r.stderr)")
        #expect(written.filter { !$0.hasPrefix(".") }.isEmpty)
    }

    @Test func aCycleThroughOtherPartialsIsAUsageError() throws {
        let (r, _) = try run(templates: [
            "style.css.mustache": "{{> header}}", "header.mustache": "{{#x}}{{> footer}}{{/x}}",
            "footer.mustache": "{{> style.css}}",
        ])
        #expect(r.status == 2)
        // Named from the first template (by name) that reaches the cycle: calibration.html,
        // which includes style.css.
        #expect(r.stderr.contains("{{> style.css}} → {{> header}} → {{> footer}} → {{> style.css}}"), "\(r.stderr)")
    }

    @Test func aMissingPartialIsAUsageError() throws {
        let (r, written) = try run(templates: [
            "plan.html.mustache": "{{% CONTENT_TYPE: SAFE_HTML }}\n<style>{{> styles.css}}</style>\n"
        ])
        #expect(r.status == 2)
        #expect(
            r.stderr.contains(
                "plan.html.mustache: includes the partial {{> styles.css}}, but there is no template styles.css"),
            "\(r.stderr)")
        #expect(written.filter { !$0.hasPrefix(".") }.isEmpty)
    }
}
