import Foundation
import PerfPlanCommands
import PerfPlanCore
import PerfPlanIO
import Testing

@testable import PerfPlanRender

/// The arena renderer (our fast path) must render exactly what swift-mustache (its
/// reference) renders: every shipped document for real views, the index, and a corpus of
/// user templates built to hit the parser's whitespace rules, sections, inverted sections,
/// partials, escaping, dotted names and missing names. Lambdas are swift-mustache's only
/// feature left out: they are closures in a view, and views here are data.
@Suite struct ArenaRendererDifferentialTests {
    /// An arena view rendered by the flat renderer, as text.
    static func rendered(_ templates: TemplateSet, _ view: ViewArena, _ name: String) throws -> String {
        var out = ByteBuffer()
        try templates.render(view, name, into: &out)
        return out.withBytes { bytes in bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }
    }

    /// The same view rendered by swift-mustache.
    static func reference(_ templates: TemplateSet, _ view: ViewArena, _ name: String) throws -> String {
        try templates.render(view.mustacheValue, name)
    }

    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func datasets() throws -> [Dataset] {
        let sample = DatasetLoader.load(directory: repo.appendingPathComponent("SampleData").path)
        let sampleData = try #require(sample.dataset)
        let generated = SampleGenerator(
            employees: 300, months: 24, indicators: 12, seed: 5,
            lastMonth: Month(parsing: "2026-10")!
        ).dataset()
        return [sampleData, generated]
    }

    @Test func shippedDocumentsRenderByteForByteAsSwiftMustache() throws {
        let templates = try TemplateSet()
        #expect(templates.arena != nil)
        let asOf = Month(parsing: "2026-10")!
        let day = Day(parsing: "2026-11-02")!
        var documents = 0
        var flagged = 0
        for dataset in try Self.datasets() {
            let engine = GapEngine(dataset: dataset)
            let report = engine.report(asOf: asOf, employeeIds: dataset.employees.map(\.id))
            for r in report.employees {
                let doc = EmployeeDocument(engine: engine, result: r, asOf: asOf, generated: day)
                let names =
                    r.flagged
                    ? ["plan.md", "plan.html", "interview.md", "interview.html"] : ["interview.md", "interview.html"]
                let arena = EmployeeView.build(doc, planLink: r.flagged ? "plan.html" : nil, charts: r.flagged)
                // The view with only the members these templates look up, as generate builds it.
                let pruned = EmployeeView.build(
                    doc, planLink: r.flagged ? "plan.html" : nil, charts: r.flagged,
                    wants: templates.keys(for: names))
                #expect(pruned.values.count < arena.values.count)
                let view = arena.mustacheValue
                if r.flagged { flagged += 1 }
                for name in names {
                    let expected = try templates.render(view, name)
                    let text = try Self.rendered(templates, arena, name)
                    #expect(text == expected, "\(r.employeeId) \(name) (arena)")
                    #expect(try Self.rendered(templates, pruned, name) == text, "\(r.employeeId) \(name) (pruned view)")
                    documents += 1
                }
            }
            var entries: [IndexView.Entry] = report.employees.enumerated().map { k, r in
                let e = engine.index.employees[engine.index.employeeIndex[r.employeeId]!]
                return IndexView.Entry(
                    employee: e, managerName: "M\(k % 7) <b>", result: r,
                    reasonCodes: r.reasons.map(\.words).joined(separator: ", "))
            }
            // An id a link must percent-encode, and an employee without a composite.
            var odd = entries[0]
            odd.employee.id = "odd#id%é"
            odd.result.composite = nil
            odd.result.rating = nil
            entries.append(odd)
            // The index (rows built as the renderer reaches them) and swift-mustache (rows
            // built in full) agree, for any choice of formats and organization.
            for (formats, organization) in [
                ([DocumentFormat.md, .html, .xml], "Org <&>"), ([.html], ""), ([.md, .xml], "*Org*"),
            ] {
                for f in ["md", "html"] {
                    let name = "index.\(f)"
                    let all = IndexView.view(
                        entries: entries, formats: formats, asOf: asOf, generated: day,
                        organization: organization, markdown: f == "md", wants: .all)
                    let expected = try Self.reference(templates, all, name)
                    let arena = IndexView.view(
                        entries: entries, formats: formats, asOf: asOf, generated: day,
                        organization: organization, markdown: f == "md", wants: templates.keys(for: [name]))
                    #expect(try Self.rendered(templates, arena, name) == expected, "\(name) \(formats)")
                    #expect(expected.contains("employees/odd%23id%25%C3%A9/interview."))
                }
            }
        }
        #expect(flagged > 10)
        #expect(documents > 700)
    }

    static let asOf = Month(parsing: "2026-10")!, day = Day(parsing: "2026-11-02")!

    /// The index's entries for the generated dataset's employees; `team(k, result)` gives
    /// the k-th one's manager name and reason text.
    static func indexEntries(_ team: (Int, EmployeeResult) -> (manager: String, reasons: String)) throws -> [IndexView
        .Entry]
    {
        let dataset = try #require(try datasets().last)
        let engine = GapEngine(dataset: dataset)
        let report = engine.report(asOf: asOf, employeeIds: dataset.employees.map(\.id))
        return report.employees.enumerated().map { k, r in
            let (manager, reasons) = team(k, r)
            return IndexView.Entry(
                employee: engine.index.employees[engine.index.employeeIndex[r.employeeId]!], managerName: manager,
                result: r, reasonCodes: reasons)
        }
    }

    /// Every member of the index's rows (the shipped templates leave `primary` and one of
    /// the link lists out) renders as swift-mustache renders it.
    @Test func indexRowsHaveEveryMember() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-index-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try
            ("{{asOf}} {{generated}} {{organization}} {{employeeCount}} {{planCount}}\n{{#departments}}# {{name}}\n"
            + "{{#managers}}## {{name}}\n{{#rows}}{{id}}|{{name}}|{{role}}|{{rating}}|{{composite}}|{{flagged}}|{{reasons}}|{{primary}}|"
            + "{{#links}}{{label}}={{href}};{{/links}}|{{#mdLinks}}{{label}}={{href}};{{/mdLinks}}\n{{/rows}}{{/managers}}{{/departments}}")
            .write(to: dir.appendingPathComponent("index.md.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        var entries = try Self.indexEntries { k, r in ("M\(k % 5)", r.reasons.map(\.words).joined(separator: ", ")) }
        let asOf = Self.asOf
        let day = Self.day
        entries[0].employee.id = "a b#%"
        for markdown in [true, false] {
            let arena = IndexView.view(
                entries: entries, formats: [.md, .xml], asOf: asOf, generated: day, organization: "O",
                markdown: markdown, wants: templates.keys(for: ["index.md"]))
            let lazy = try Self.rendered(templates, arena, "index.md")
            #expect(try Self.reference(templates, arena, "index.md") == lazy)
            #expect(lazy.contains("|employees/a%20b%23%25/interview.\(markdown ? "md" : "html")|"))
            #expect(lazy.contains("Interview form (XML data)=employees/a%20b%23%25/interview.xml;"))
        }
    }

    /// The index's counts are grouped like every other number a reader sees: 1 234 entries
    /// (the dataset's employees, repeated).
    @Test func indexCountsAreGroupedForReaders() throws {
        let templates = try TemplateSet(overrides: nil)
        let one = try Self.indexEntries { _, _ in ("M", "") }
        let asOf = Self.asOf
        let day = Self.day
        let entries = (0..<1_234).map { one[$0 % one.count] }
        let flagged = (0..<1_234).filter { one[$0 % one.count].result.flagged }.count
        #expect(flagged > 0 && flagged < 1_000)
        for markdown in [true, false] {
            let name = markdown ? "index.md" : "index.html"
            let arena = IndexView.view(
                entries: entries, formats: [.md], asOf: asOf, generated: day, organization: "",
                markdown: markdown, wants: templates.keys(for: [name]))
            let lazy = try Self.rendered(templates, arena, name)
            #expect(try Self.reference(templates, arena, name) == lazy)
            #expect(lazy.contains("1,234 employees · \(flagged) flagged for an improvement plan"))
        }
    }

    /// The index view holds departments and managers, not rows: twice the employees in the
    /// same teams make a view of the same size (rows are built while rendering), and every
    /// row is still rendered.
    @Test func indexRowsAreBuiltWhileRendering() throws {
        let templates = try TemplateSet(overrides: nil)
        let one = try Self.indexEntries { k, _ in ("M\(k % 3)", "") }
        let asOf = Self.asOf
        let day = Self.day
        let wants = templates.keys(for: ["index.md"])
        func view(_ entries: [IndexView.Entry]) -> ViewArena {
            IndexView.view(
                entries: entries, formats: [.md], asOf: asOf, generated: day, organization: "", markdown: true,
                wants: wants)
        }
        let single = view(one)
        let double = view(one + one)
        #expect(single.values.count == double.values.count)
        let departments = Set(one.map(\.employee.department)).count
        // One lazy list per team — each department's managers M0, M1, M2 (the 300 employees
        // are spread over them) and its employees without a manager on record — and one for
        // the employees who need a plan.
        let teams = IndexView.teams(one).reduce(0) { $0 + $1.managers.count }
        #expect(teams >= departments * 3)
        #expect(single.lazyLists.count == teams + 1)
        // Every row is rendered (twice, as the employees are doubled): in its team, and the
        // flagged once more among those who need a plan.
        let text = try Self.rendered(templates, double, "index.md")
        for e in one {
            #expect(
                text.components(separatedBy: "employees/\(e.employee.id)/interview.md").count - 1
                    == (e.result.flagged ? 4 : 2),
                "\(e.employee.id)")
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
        // Missing names, dotted names through missing parts and through text, names found
        // further down the stack. (`.` on an object prints a `[String: Any]`, whose order
        // swift-mustache leaves to the process: not comparable.)
        "[{{nope}}] [{{a.nope}}] [{{a.b.nope.c}}] [{{name.x}}] {{#list}}{{flag}}{{a.b.c}}{{/list}} {{#a}}{{#b}}{{name}}{{/b}}{{/a}}\n",
        "{{#flag}}{{#a}}{{#b}}{{.c}}{{/b}}{{/a}}{{/flag}} {{#off}}{{.}}{{/off}} {{#a}}{{#b}}{{c}}{{/b}}{{/a}} {{^a.nope}}none{{/a.nope}} {{#a.b}}{{c}}{{/a.b}}\n",
        // Lists and objects printed whole (swift-mustache prints the array), escaped or not.
        "{{items}} {{{items}}} {{one}} {{empty}} {{#list}}{{tags}}{{/list}}\n",
        // Every escaper on every special character.
        "{{specials}}\n{{% CONTENT_TYPE: MARKDOWN }}{{specials}}\n{{% CONTENT_TYPE: SAFE_HTML }}{{specials}}\n{{% CONTENT_TYPE: TEXT }}{{specials}}\n",
        // Nested partials, each indented, inside sections.
        "{{#list}}\n  {{> outer}}\n{{/list}}\n",
    ]
    static let outer = "[{{name}}]\n  {{> part}}\n{{#tags}}\n    {{.}}\n{{/tags}}\n"

    @Test(arguments: edgeCases.indices)
    func edgeCasesRenderAsSwiftMustache(_ k: Int) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-compiled-\(getpid())-\(k)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.edgeCases[k].write(to: dir.appendingPathComponent("edge.mustache"), atomically: true, encoding: .utf8)
        try Self.part.write(to: dir.appendingPathComponent("part.mustache"), atomically: true, encoding: .utf8)
        try Self.outer.write(to: dir.appendingPathComponent("outer.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        #expect(templates.arena != nil)
        let view: [String: Any] = [
            "name": "Ann <b>", "flag": true, "off": false, "html": "<i>\"x\" & 'y'</i>", "md": "*a* | b",
            "list": [["name": "one", "tags": ["t1", "t2"]], ["name": "two", "tags": [String]()]] as [[String: Any]],
            "a": ["b": ["c": "deep"] as [String: Any]] as [String: Any],
            "missing2": 1, "empty": [String](), "nothing": Optional<String>.none as Any, "n": 5, "s": "",
            "items": ["x", "y \"z\""], "one": [["k": "v"] as [String: Any]] as [[String: Any]],
            "specials": "<a href=\"x\">'&'</a> *b* _c_ `d` | [e](f) # g\n- h \u{0}",
        ]
        let expected = try templates.render(view, "edge")
        let arena = try Self.rendered(templates, ViewArena(mustacheView: view), "edge")
        #expect(
            arena == expected, "arena renderer: \(arena.debugDescription) swift-mustache: \(expected.debugDescription)")
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
        let expected = try Self.reference(templates, view, "plan.html")
        #expect(try Self.rendered(templates, view, "plan.html") == expected)
        #expect(expected.contains("<svg") && expected.contains("&lt;svg"))
    }

    /// A view member no template names is left out of the arena, and one a template names
    /// only through a partial is kept.
    @Test func viewKeysFollowTheTemplatesAndTheirPartials() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-keys-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{{rating}} {{> part}}\n".write(
            to: dir.appendingPathComponent("interview.md.mustache"), atomically: true, encoding: .utf8)
        try "{{#indicators}}{{yoy}}{{/indicators}}".write(
            to: dir.appendingPathComponent("part.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        let keys = templates.keys(for: ["interview.md"])
        #expect(keys.contains(.rating) && keys.contains(.indicators) && keys.contains(.yoy))
        #expect(!keys.contains(.prev) && !keys.contains(.employee) && !keys.contains(.composite))
    }

    /// Names past the id table's capacity (a hostile template set naming more than 65 000)
    /// share the overflow id instead of stopping the run; the view's own names keep theirs.
    @Test func viewKeyIdsPastCapacityShareTheOverflowId() {
        let table = ViewKeys.Table(capacity: ViewKey.allCases.count + 2)
        let a = table.id("extraA")
        let b = table.id("extraB")
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
        try "{{=<% %>=}}<% name %>\n".write(
            to: dir.appendingPathComponent("delims.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(overrides: dir.path)
        #expect(templates.arena == nil)
        #expect(try templates.render(["name": "Ann"], "delims") == "Ann\n")
        // Arena views (the employee documents) are converted and rendered by swift-mustache.
        #expect(try Self.rendered(templates, ViewArena(mustacheView: ["name": "Bo <b>"]), "delims") == "Bo &lt;b&gt;\n")
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
