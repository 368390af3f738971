import Foundation
import Testing
import PerfPlanCore
import PerfPlanIO
@testable import PerfPlanRender

/// The compiled templates must render exactly what swift-mustache renders: every shipped
/// document for real views, and templates built to hit the parser's whitespace rules.
@Suite struct CompiledTemplateTests {
    /// An arena view rendered by the flat renderer, as text.
    static func rendered(_ templates: TemplateSet, _ view: ViewArena, _ name: String) throws -> String {
        var out = ByteBuffer()
        try templates.render(view, name, into: &out)
        return out.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func datasets() throws -> [Dataset] {
        let sample = DatasetLoader.load(directory: repo.appendingPathComponent("SampleData").path)
        let sampleData = try #require(sample.dataset)
        let generated = SampleGenerator(employees: 300, months: 24, indicators: 12, seed: 5,
                                        lastMonth: Month(parsing: "2026-10")!).dataset()
        return [sampleData, generated]
    }

    @Test func shippedDocumentsRenderByteForByteAsSwiftMustache() throws {
        let templates = try TemplateSet()
        #expect(templates.compiled != nil)
        let asOf = Month(parsing: "2026-10")!, day = Day(parsing: "2026-11-02")!
        var documents = 0, flagged = 0
        for dataset in try Self.datasets() {
            let engine = GapEngine(dataset: dataset)
            let report = engine.report(asOf: asOf, employeeIds: dataset.employees.map(\.id))
            for r in report.employees {
                let doc = EmployeeDocument(engine: engine, result: r, asOf: asOf, generated: day)
                let names = r.flagged ? ["plan.md", "plan.html", "interview.md", "interview.html"] : ["interview.md", "interview.html"]
                let arena = EmployeeView.build(doc, planLink: r.flagged ? "plan.html" : nil, charts: r.flagged)
                // The view with only the members these templates look up, as generate builds it.
                let pruned = EmployeeView.build(doc, planLink: r.flagged ? "plan.html" : nil, charts: r.flagged,
                                                wants: templates.keys(for: names))
                #expect(pruned.values.count < arena.values.count)
                let view = arena.templateValue
                if r.flagged { flagged += 1 }
                for name in names {
                    let expected = try #require(templates.renderWithLibrary(view, name))
                    #expect(try templates.render(view, name) == expected, "\(r.employeeId) \(name)")
                    let text = try Self.rendered(templates, arena, name)
                    #expect(text == expected, "\(r.employeeId) \(name) (arena)")
                    #expect(try Self.rendered(templates, pruned, name) == text, "\(r.employeeId) \(name) (pruned view)")
                    documents += 1
                }
            }
            var entries: [IndexView.Entry] = report.employees.enumerated().map { k, r in
                let e = engine.index.employees[engine.index.employeeIndex[r.employeeId]!]
                return IndexView.Entry(employee: e, managerName: "M\(k % 7) <b>", result: r, reasonCodes: r.reasons.map(\.words).joined(separator: ", "))
            }
            // An id a link must percent-encode, and an employee without a composite.
            var odd = entries[0]
            odd.employee.id = "odd#id%é"; odd.result.composite = nil; odd.result.rating = nil
            entries.append(odd)
            // The index two ways (whole in an arena up to 20 000 employees, row by row above)
            // and swift-mustache all agree, for any choice of formats and organization.
            for (formats, organization) in [([DocumentFormat.md, .html, .xml], "Org <&>"), ([.html], ""), ([.md, .xml], "*Org*")] {
                for f in ["md", "html"] {
                    let name = "index.\(f)"
                    let view = IndexView.make(entries: entries, formats: formats, asOf: asOf, generated: day,
                                              organization: organization, markdown: f == "md")
                    let expected = try #require(templates.renderWithLibrary(view, name))
                    #expect(try templates.render(view, name) == expected)
                    let arena = IndexView.arena(entries: entries, formats: formats, asOf: asOf, generated: day,
                                                organization: organization, markdown: f == "md", wants: templates.keys(for: [name]))
                    #expect(try Self.rendered(templates, arena, name) == expected, "\(name) \(formats)")
                    #expect(expected.contains("employees/odd%23id%25%C3%A9/interview."))
                }
            }
        }
        #expect(flagged > 10)
        #expect(documents > 700)
    }

    /// Every member of the index's rows (the shipped templates leave `primary` and one of
    /// the link lists out) is the same in both ways of building the index.
    @Test func indexBuiltEitherWayHasTheSameMembers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-index-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try ("{{asOf}} {{generated}} {{organization}} {{employeeCount}} {{planCount}}\n{{#departments}}# {{name}}\n"
            + "{{#managers}}## {{name}}\n{{#rows}}{{id}}|{{name}}|{{role}}|{{rating}}|{{composite}}|{{flagged}}|{{reasons}}|{{primary}}|"
            + "{{#links}}{{label}}={{href}};{{/links}}|{{#mdLinks}}{{label}}={{href}};{{/mdLinks}}\n{{/rows}}{{/managers}}{{/departments}}")
            .write(to: dir.appendingPathComponent("index.md.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        let dataset = try #require(try Self.datasets().last)
        let engine = GapEngine(dataset: dataset)
        let asOf = Month(parsing: "2026-10")!, day = Day(parsing: "2026-11-02")!
        let report = engine.report(asOf: asOf, employeeIds: dataset.employees.map(\.id))
        var entries: [IndexView.Entry] = report.employees.enumerated().map { k, r in
            IndexView.Entry(employee: engine.index.employees[engine.index.employeeIndex[r.employeeId]!], managerName: "M\(k % 5)",
                            result: r, reasonCodes: r.reasons.map(\.words).joined(separator: ", "))
        }
        entries[0].employee.id = "a b#%"
        for markdown in [true, false] {
            let lazy = try templates.render(IndexView.make(entries: entries, formats: [.md, .xml], asOf: asOf, generated: day,
                                                           organization: "O", markdown: markdown), "index.md")
            let arena = IndexView.arena(entries: entries, formats: [.md, .xml], asOf: asOf, generated: day, organization: "O",
                                        markdown: markdown, wants: templates.keys(for: ["index.md"]))
            #expect(try Self.rendered(templates, arena, "index.md") == lazy)
            #expect(lazy.contains("|employees/a%20b%23%25/interview.\(markdown ? "md" : "html")|"))
            #expect(lazy.contains("interview (xml)=employees/a%20b%23%25/interview.xml;"))
        }
    }

    /// The index's counts are grouped like every other number a reader sees, by both
    /// builders: 1 234 entries (the dataset's employees, repeated).
    @Test func indexCountsAreGroupedForReaders() throws {
        let templates = try TemplateSet(overrides: nil)
        let dataset = try #require(try Self.datasets().last)
        let engine = GapEngine(dataset: dataset)
        let asOf = Month(parsing: "2026-10")!, day = Day(parsing: "2026-11-02")!
        let report = engine.report(asOf: asOf, employeeIds: dataset.employees.map(\.id))
        let one: [IndexView.Entry] = report.employees.map { r in
            IndexView.Entry(employee: engine.index.employees[engine.index.employeeIndex[r.employeeId]!], managerName: "M",
                            result: r, reasonCodes: "")
        }
        let entries = (0..<1_234).map { one[$0 % one.count] }
        let flagged = (0..<1_234).filter { one[$0 % one.count].result.flagged }.count
        #expect(flagged > 0 && flagged < 1_000)
        for markdown in [true, false] {
            let name = markdown ? "index.md" : "index.html"
            let lazy = try templates.render(IndexView.make(entries: entries, formats: [.md], asOf: asOf, generated: day,
                                                           organization: "", markdown: markdown), name)
            let arena = IndexView.arena(entries: entries, formats: [.md], asOf: asOf, generated: day, organization: "",
                                        markdown: markdown, wants: templates.keys(for: [name]))
            #expect(try Self.rendered(templates, arena, name) == lazy)
            #expect(lazy.contains("1,234 employees · \(flagged) flagged for an improvement plan"))
        }
    }

    static let part = "line1\n{{name}}\n  line3"
    static let edgeCases: [String] = [
        "  {{#list}}\n  - {{name}}\n  {{/list}}\n",
        "a {{#flag}}yes{{/flag}} b\n{{^flag}}no{{/flag}}\n{{#off}}x{{/off}}{{^off}}y{{/off}}\n",
        "{{! comment }}\n  {{! indented comment }}  \nx {{! inline }} y\n   {{! then text }} z\n",
        "{{> part}}\n  {{> part}}\nx {{> part}} y\n",
        "{{a.b.c}} {{#a}}{{b.c}}{{/a}} {{a.x.c}} {{.a.b.c}} {{#a}}{{.b.c}}{{/a}}\n",
        "{{{html}}} {{&html}} {{html}} {{ html }}\n",
        "{{% CONTENT_TYPE: MARKDOWN }}\n| {{md}} | {{html}} |\n",
        "{{#missing}}x{{/missing}}{{^missing}}y{{/missing}}\r\n{{#empty}}x{{/empty}}{{^empty}}z{{/empty}}\r\n",
        "{{#nothing}}[{{.}}]{{/nothing}}{{^nothing}}N{{/nothing}} {{nothing}}\n",
        "{{#n}}{{.}}{{/n}} {{n}} {{#s}}<{{.}}>{{/s}} {{flag}}\n",
        "{{#list}}{{#tags}}{{name}}:{{.}} {{/tags}}{{/list}}\n",
        "x\n   ",
        "\t{{#flag}}\t\n\tin\n\t{{/flag}}\t\nend",
        "{{#list}}\n  {{> part}}\n{{/list}}\n",
        "{ {{name}} }{{{html}}}} {x{ }}\n",
        "  {{% CONTENT_TYPE: SAFE_HTML }}  \n{{html}}\n  {{^flag}}\n  hidden\n  {{/flag}}\n",
        "{{#a}}\n{{#b}}\n  {{c}}\n{{/b}}\n{{/a}}\r\n  {{#flag}}  x  {{/flag}}  \n",
        // A partial renders as HTML, and the caller's content type holds again after it.
        "{{% CONTENT_TYPE: MARKDOWN }}\n{{> part}}\n| {{md}} | {{html}} |\n{{#list}}{{> part}}{{md}}{{/list}}{{md}}\n",
        "{{% CONTENT_TYPE: TEXT }}\n  {{> part}}\n{{html}}\n",
    ]

    @Test(arguments: edgeCases.indices)
    func edgeCasesRenderAsSwiftMustache(_ k: Int) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-compiled-\(getpid())-\(k)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.edgeCases[k].write(to: dir.appendingPathComponent("edge.mustache"), atomically: true, encoding: .utf8)
        try Self.part.write(to: dir.appendingPathComponent("part.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        #expect(templates.compiled != nil)
        let view: [String: Any] = [
            "name": "Ann <b>", "flag": true, "off": false, "html": "<i>\"x\" & 'y'</i>", "md": "*a* | b",
            "list": [["name": "one", "tags": ["t1", "t2"]], ["name": "two", "tags": [String]()]] as [[String: Any]],
            "a": ["b": ["c": "deep"] as [String: Any]] as [String: Any],
            "missing2": 1, "empty": [String](), "nothing": Optional<String>.none as Any, "n": 5, "s": "",
        ]
        let expected = try #require(templates.renderWithLibrary(view, "edge"))
        #expect(try templates.render(view, "edge") == expected)
        #expect(try Self.rendered(templates, ViewArena(TemplateValue(view)), "edge") == expected, "arena renderer")
    }

    /// Markup the view does not scan for escape needs (a chart) is still escaped where a
    /// template escapes it, in every content type, exactly as swift-mustache does.
    @Test func unscannedMarkupIsEscapedWhereATemplateAsks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-markup-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{{#indicators}}{{{chart}}}|{{chart}}|{{% CONTENT_TYPE: MARKDOWN }}{{chart}}{{/indicators}}\n"
            .write(to: dir.appendingPathComponent("plan.html.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        let dataset = try #require(try Self.datasets().last)
        let engine = GapEngine(dataset: dataset)
        let asOf = Month(parsing: "2026-10")!
        let report = engine.report(asOf: asOf, employeeIds: dataset.employees.map(\.id))
        let r = try #require(report.employees.first { $0.flagged })
        let doc = EmployeeDocument(engine: engine, result: r, asOf: asOf, generated: Day(parsing: "2026-11-02")!)
        let view = EmployeeView.build(doc, charts: true, wants: templates.keys(for: ["plan.html"]))
        let expected = try #require(templates.renderWithLibrary(view.templateValue, "plan.html"))
        #expect(try Self.rendered(templates, view, "plan.html") == expected)
        #expect(expected.contains("<svg") && expected.contains("&lt;svg"))
    }

    /// A view member no template names is left out of the arena, and one a template names
    /// only through a partial is kept.
    @Test func viewKeysFollowTheTemplatesAndTheirPartials() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-keys-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{{rating}} {{> part}}\n".write(to: dir.appendingPathComponent("interview.md.mustache"), atomically: true, encoding: .utf8)
        try "{{#indicators}}{{yoy}}{{/indicators}}".write(to: dir.appendingPathComponent("part.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        let keys = templates.keys(for: ["interview.md"])
        #expect(keys.contains(.rating) && keys.contains(.indicators) && keys.contains(.yoy))
        #expect(!keys.contains(.prev) && !keys.contains(.employee) && !keys.contains(.composite))
    }

    /// Names past the id table's capacity (a hostile template set naming more than 65 000)
    /// share the overflow id instead of stopping the run; the view's own names keep theirs.
    @Test func viewKeyIdsPastCapacityShareTheOverflowId() {
        let table = ViewKeys.Table(capacity: ViewKey.allCases.count + 2)
        let a = table.id("extraA"), b = table.id("extraB")
        #expect(a == UInt16(ViewKey.allCases.count) && b == a + 1)
        #expect(table.id("extraC") == ViewKeys.overflow && table.id("extraD") == ViewKeys.overflow)
        #expect(table.id("extraA") == a && table.id("rating") == ViewKey.rating.rawValue)
        #expect(table.name(b) == "extraB" && table.name(ViewKeys.overflow) == "?")
        #expect(ViewKeys.overflow != ViewArena.noKey)
    }

    @Test func templatesOnlySwiftMustacheHandlesFallBackToIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-fallback-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{{=<% %>=}}<% name %>\n".write(to: dir.appendingPathComponent("delims.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        #expect(templates.compiled == nil)
        #expect(try templates.render(["name": "Ann"], "delims") == "Ann\n")
    }

    /// An override swift-mustache cannot parse stops the run with its path, although the
    /// built-in templates are no longer parsed by swift-mustache up front.
    @Test func anInvalidOverrideIsRejectedWithItsPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-invalid-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.md.mustache")
        try "{{#goals}} never closed\n".write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try TemplateSet(overrides: dir.path)
            Issue.record("an unclosed section was accepted")
        } catch {
            #expect("\(error)".hasPrefix("\(file.path): not a valid Mustache template ("), "\(error)")
        }
    }
}
