import Foundation
import Mustache
import Synchronization

/// The Mustache templates of a run: the built-in ones compiled into the binary (so perfplan
/// works from any directory), then any file of the same name in `--templates DIR` over them.
///
/// Two renderers, by volume (docs/architecture.md, "Rendering"): the per-employee documents
/// and the index go through `ArenaRenderer`, where rendering is a large share of the run;
/// everything else (`progress`, `summary`) through swift-mustache itself.
package struct TemplateSet: Sendable {
    /// swift-mustache's library of the same templates, made when first used: parsing the
    /// shipped templates with it costs a `generate` run time it need not spend.
    private let library: LazyLibrary
    /// The same templates flattened for arena views; nil when one of them uses a feature
    /// only swift-mustache handles (set delimiters, transforms, inheritance, dynamic
    /// partials), which then renders those views too.
    let arena: ArenaRenderer?

    package struct Failure: Error, CustomStringConvertible, Sendable {
        package var description: String
        package init(description: String) { self.description = description }
    }

    /// The templates in use (built-in and overrides), by name: what the manifest's
    /// provenance fingerprints.
    package let texts: [String: String]

    /// A template of `--templates DIR` read by the caller: its name (the file's without
    /// `.mustache`), where it came from (for messages) and its text.
    package struct Override: Sendable {
        package var name: String
        package var path: String
        package var text: String
        package init(name: String, path: String, text: String) {
            self.name = name
            self.path = path
            self.text = text
        }
    }

    /// The built-in templates with `overrides` over them; each override must parse.
    package init(overrides: [Override] = []) throws {
        MarkdownContentType.register()
        SafeHTMLContentType.register()
        var texts: [String: String] = [:]
        var paths: [String: String] = [:]
        for file in BuiltInTemplates.files.keys where file.hasSuffix(".mustache") {
            texts[String(file.dropLast(9))] = BuiltInTemplates.text(file)
        }
        for o in overrides {
            // swift-mustache's parser is the judge of what a valid template is.
            do { _ = try MustacheTemplate(string: o.text) } catch {
                throw Failure(description: "\(o.path): not a valid Mustache template (\(error))")
            }
            texts[o.name] = o.text
            paths[o.name] = o.path
        }
        // A missing partial or a cycle is the user's mistake: named now, before any work.
        do {
            try PartialGraph.check(texts) { name in paths[name] ?? "built-in template \(name)" }
        } catch {
            throw Failure(description: error.description)
        }
        self.texts = texts
        library = LazyLibrary(texts: texts)
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in texts {
            guard let t = CompiledTemplate.parse(text) else {
                self.arena = nil
                _ = try library.get()  // swift-mustache renders everything: made now, once
                return
            }
            compiled[name] = t
        }
        self.arena = ArenaRenderer(templates: compiled)
    }

    /// The view members that rendering the templates `names` can look up: a view built with
    /// only these renders the same. Everything when swift-mustache renders.
    package func keys(for names: [String]) -> ViewKeySet {
        arena?.keys(for: names) ?? .all
    }

    /// Appends the rendering of an arena view to `out` (the employee documents and the index).
    package func render(_ view: ViewArena, _ name: String, into out: inout ByteBuffer) throws {
        if let arena {
            guard arena.render(view, name, into: &out) else {
                throw Failure(description: "template \(name) is missing")
            }
        } else {
            out.append(Array(try render(view.mustacheValue, name).utf8))
        }
    }

    /// Renders a view of `String`, `Bool`, arrays and `[String: Any]` with swift-mustache
    /// (the progress reports and the summary).
    package func render(_ view: Any, _ name: String) throws -> String {
        // With the arena in use every template is plain (static partials only), so the
        // template and its partials are all swift-mustache needs to parse.
        let library = try arena == nil ? self.library.get() : self.library.get(rootedAt: name)
        guard let text = library.render(view, withTemplate: name) else {
            throw Failure(description: "template \(name) is missing")
        }
        return text
    }

    /// The shipped XML Schema.
    package static var schema: String { BuiltInTemplates.text("perfplan.xsd")! }
}

/// swift-mustache's library of a template set, made on first use and then shared by every
/// thread that renders with it.
private final class LazyLibrary: Sendable {
    private let texts: [String: String]
    private let made = Mutex<MustacheLibrary?>(nil)

    /// Libraries of one template and the partials it includes, by the template's name.
    private let rooted = Mutex<[String: MustacheLibrary]>([:])

    init(texts: [String: String]) { self.texts = texts }

    /// A library of `name` and the static partials it includes, directly or not: what
    /// rendering `name` parses, instead of every template of the set.
    func get(rootedAt name: String) throws -> MustacheLibrary {
        try rooted.withLock { rooted in
            if let made = rooted[name] { return made }
            var names: Set<String> = []
            var queue = [name]
            while let next = queue.popLast() {
                guard let text = texts[next], names.insert(next).inserted else { continue }
                queue += PartialGraph.partials(in: text)
            }
            var library = MustacheLibrary()
            for n in names.sorted() { try library.register(texts[n]!, named: n) }
            rooted[name] = library
            return library
        }
    }

    func get() throws -> MustacheLibrary {
        try made.withLock { made in
            if let made { return made }
            var library = MustacheLibrary()
            for (name, text) in texts.sorted(by: { $0.key < $1.key }) { try library.register(text, named: name) }
            made = library
            return library
        }
    }
}
