import Foundation
import PerfPlanRender
import PerfPlanSystem

extension TemplateSet {
    /// The built-in templates with every `*.mustache` file of `directory` (`--templates`)
    /// over them, in name order.
    public init(overrides directory: String?) throws {
        guard let directory else {
            try self.init(overrides: [Override]())
            return
        }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw Failure(description: "--templates \(directory): cannot be read (\(error.localizedDescription))")
        }
        var overrides: [Override] = []
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
            overrides.append(Override(name: String(file.dropLast(9)), path: path, text: text))
        }
        try self.init(overrides: overrides)
    }

    /// The templates in use (built-in and overrides, by name), for the manifest's provenance.
    public var fingerprint: String {
        Provenance.fingerprint(texts.keys.sorted().flatMap { [Array($0.utf8), Array(texts[$0]!.utf8)] })
    }
}
