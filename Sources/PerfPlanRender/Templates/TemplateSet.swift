import Foundation
import Mustache

/// The Mustache templates of a run: the built-in ones compiled into the binary (so perfplan
/// works from any directory), then any file of the same name in `--templates DIR` over them.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public init(overrides directory: String? = nil) throws {
        MarkdownContentType.register()
        SafeHTMLContentType.register()
        var library = MustacheLibrary()
        for (file, text) in EmbeddedTemplates.files where file.hasSuffix(".mustache") {
            try library.register(text, named: String(file.dropLast(9)))
        }
        if let directory {
            let entries: [String]
            do { entries = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
                throw Failure(description: "--templates \(directory): cannot be read (\(error.localizedDescription))")
            }
            for file in entries.sorted() where file.hasSuffix(".mustache") {
                let path = (directory as NSString).appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw Failure(description: "\(path): cannot be read as UTF-8 text")
                }
                do { try library.register(text, named: String(file.dropLast(9))) } catch {
                    throw Failure(description: "\(path): not a valid Mustache template (\(error))")
                }
            }
        }
        self.library = library
    }

    public func render(_ view: Any, _ name: String) throws -> String {
        guard let text = library.render(view, withTemplate: name) else {
            throw Failure(description: "template \(name) is missing")
        }
        return text
    }

    /// The shipped XML Schema.
    public static var schema: String { EmbeddedTemplates.files["perfplan.xsd"]! }
}
