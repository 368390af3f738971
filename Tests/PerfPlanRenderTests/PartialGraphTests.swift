import Testing

@testable import PerfPlanRender

/// Issue 19, item 10: a partial that includes itself, or one that does not exist, is found
/// before anything renders, with the names.
@Suite struct PartialGraphTests {
    @Test func findsStaticPartialsInEveryTagForm() {
        let text = """
            {{> a}} {{>b}} {{>  c.css }} {{{> not}}} {{! {{> comment}} }} {{< parent}}{{$x}}y{{/x}}{{/parent}}
            {{> *dynamic}} {{=<% %>=}} <%> d %> {{> e}} <%={{ }}=%> {{> f/g-h_i}}
            """
        #expect(PartialGraph.partials(in: text) == ["a", "b", "c.css", "parent", "d", "f/g-h_i"])
    }

    @Test func aMissingPartialIsNamed() {
        #expect(
            throws: PartialGraph.Failure(
                description:
                    "/t/plan.html.mustache: includes the partial {{> styles.css}}, but there is no template styles.css "
                    + "(no styles.css.mustache among the built-in templates or in --templates)")
        ) {
            try PartialGraph.check(["plan.html": "{{> styles.css}}", "style.css": "body{}"]) { "/t/\($0).mustache" }
        }
    }

    @Test func cyclesAreNamedWhateverTheirLength() {
        #expect(
            throws: PartialGraph.Failure(
                description: "a: the partials include themselves in a cycle: {{> a}} → {{> a}}")
        ) {
            try PartialGraph.check(["a": "x{{> a}}"]) { $0 }
        }
        #expect(
            throws: PartialGraph.Failure(
                description: "a: the partials include themselves in a cycle: {{> a}} → {{> b}} → {{> c}} → {{> a}}")
        ) {
            try PartialGraph.check(["a": "{{> b}}", "b": "{{#x}}{{> c}}{{/x}}", "c": "{{> a}}", "d": "{{> a}}"]) { $0 }
        }
    }

    @Test func sharedPartialsAreNoCycle() throws {
        try PartialGraph.check(["a": "{{> b}}{{> c}}", "b": "{{> c}}", "c": "leaf"]) { $0 }
    }

    @Test func theBuiltInTemplatesPass() throws {
        _ = try TemplateSet()
    }
}
