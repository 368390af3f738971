import Foundation
import PerfPlanCore
import PerfPlanRender
import PerfPlanSystem

extension TemplateSet {
    /// The built-in templates with every `*.mustache` file of `directory` (`--templates`)
    /// over them, in name order.
    package init(overrides directory: String?) throws {
        guard let directory else {
            try self.init(overrides: [Override]())
            return
        }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw Failure(description: "--templates \(directory): cannot be read (\(error.localizedDescription))")
        }
        // A language's templates in a subfolder named by its tag (`de/plan.html.mustache`
        // overrides the German plan, built in as `de/plan.html`); files elsewhere are the
        // English ones.
        var files = entries.filter { $0.hasSuffix(".mustache") }
        for language in Language.allCases where language != .en && entries.contains(language.rawValue) {
            let sub = (directory as NSString).appendingPathComponent(language.rawValue)
            let inner = (try? FileManager.default.contentsOfDirectory(atPath: sub)) ?? []
            files += inner.filter { $0.hasSuffix(".mustache") }.map { language.rawValue + "/" + $0 }
        }
        var overrides: [Override] = []
        for file in files.sorted() {
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
    package var fingerprint: String {
        Provenance.fingerprint(texts.keys.sorted().flatMap { [Array($0.utf8), Array(texts[$0]!.utf8)] })
    }
}
