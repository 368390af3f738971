import Foundation
import Mustache
import PerfPlanIO

/// The Mustache templates of a run: the built-in ones compiled into the binary (so perfplan
/// works from any directory), then any file of the same name in `--templates DIR` over them.
public struct TemplateSet: Sendable {
    /// swift-mustache's library of the same templates, made when first used: it renders
    /// only when a template needs it (below) and in the differential tests, and parsing
    /// the shipped templates with it took a run 30 ms on its critical path.
    private let library: LazyLibrary
    /// The same templates compiled for `TemplateValue` views; nil when one of them uses a
    /// feature only swift-mustache handles, which then renders everything.
    let compiled: CompiledRenderer?
    /// The same templates flattened for `ViewArena` views (the employee documents); nil
    /// exactly when `compiled` is.
    let arena: ArenaRenderer?

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The templates in use (built-in and overrides, by name), for the manifest's provenance.
    public let fingerprint: String

    public init(overrides directory: String? = nil) throws {
        MarkdownContentType.register()
        SafeHTMLContentType.register()
        var texts: [String: String] = [:]
        var paths: [String: String] = [:]
        for (file, text) in EmbeddedTemplates.files where file.hasSuffix(".mustache") {
            texts[String(file.dropLast(9))] = text
        }
        if let directory {
            let entries: [String]
            do { entries = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
                throw Failure(description: "--templates \(directory): cannot be read (\(error.localizedDescription))")
            }
            for file in entries.sorted() where file.hasSuffix(".mustache") {
                let path = (directory as NSString).appendingPathComponent(file)
                // Through FileBytes: a FIFO or device named x.mustache is refused, not waited on.
                let bytes: [UInt8]
                do { bytes = try FileBytes.read(path, maxBytes: InputLimits.templateBytes) } catch {
                    throw Failure(description: "\(path): cannot be read: \(error.reason)")
                }
                guard let text = String(bytes: bytes, encoding: .utf8) else {
                    throw Failure(description: "\(path): cannot be read as UTF-8 text")
                }
                // swift-mustache's parser is the judge of what a valid template is.
                do { _ = try MustacheTemplate(string: text) } catch {
                    throw Failure(description: "\(path): not a valid Mustache template (\(error))")
                }
                texts[String(file.dropLast(9))] = text
                paths[String(file.dropLast(9))] = path
            }
        }
        // A missing partial or a cycle is the user's mistake: named now, before any work.
        do {
            try PartialGraph.check(texts) { name in paths[name] ?? "built-in template \(name)" }
        } catch {
            throw Failure(description: error.description)
        }
        fingerprint = Provenance.fingerprint(texts.keys.sorted().flatMap { [Array($0.utf8), Array(texts[$0]!.utf8)] })
        library = LazyLibrary(texts: texts)
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in texts {
            guard let t = CompiledTemplate.parse(text) else {
                self.compiled = nil; self.arena = nil
                _ = try library.get()  // swift-mustache renders everything: made now, once
                return
            }
            compiled[name] = t
        }
        self.compiled = CompiledRenderer(templates: compiled)
        self.arena = ArenaRenderer(templates: compiled)
    }

    /// The view members that rendering the templates `names` can look up: a view built with
    /// only these renders the same. Everything when swift-mustache renders.
    func keys(for names: [String]) -> ViewKeySet {
        arena?.keys(for: names) ?? .all
    }

    /// Appends the rendering of an arena view to `out` (the packet's documents and index).
    func render(_ view: ViewArena, _ name: String, into out: inout ByteBuffer) throws {
        if let arena {
            guard arena.render(view, name, into: &out) else { throw Failure(description: "template \(name) is missing") }
        } else {
            guard let text = renderWithLibrary(view.templateValue, name) else { throw Failure(description: "template \(name) is missing") }
            out.append(Array(text.utf8))
        }
    }

    public func render(_ view: Any, _ name: String) throws -> String {
        let text: String?
        if let compiled {
            text = compiled.render(view as? TemplateValue ?? TemplateValue(view), name)
        } else {
            text = renderWithLibrary(view, name)
        }
        guard let text else { throw Failure(description: "template \(name) is missing") }
        return text
    }

    /// Renders with swift-mustache whatever the templates hold: the fallback, and the
    /// reference the differential tests compare the compiled templates with.
    func renderWithLibrary(_ view: Any, _ name: String) -> String? {
        (try? library.get())?.render((view as? TemplateValue)?.any ?? view, withTemplate: name)
    }

    /// The shipped XML Schema.
    public static var schema: String { EmbeddedTemplates.files["perfplan.xsd"]! }
}

/// swift-mustache's library of a template set, made on first use and then shared by every
/// thread that renders with it.
private final class LazyLibrary: @unchecked Sendable {
    private let texts: [String: String]
    private let lock = NSLock()
    private var made: MustacheLibrary?

    init(texts: [String: String]) { self.texts = texts }

    func get() throws -> MustacheLibrary {
        try lock.withLock {
            if let made { return made }
            var library = MustacheLibrary()
            for (name, text) in texts.sorted(by: { $0.key < $1.key }) { try library.register(text, named: name) }
            made = library
            return library
        }
    }
}
