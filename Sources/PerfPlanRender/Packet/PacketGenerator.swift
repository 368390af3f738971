import Crypto
import PerfPlanCore
#if canImport(Glibc)
import Glibc
#endif

/// `perfplan generate`: renders every document of the run into a temporary folder beside
/// `OUT/YYYY-MM`, writes the manifest last, and swaps the folder into place only when all
/// succeeded — a failed or killed run leaves the previous packet untouched.
public struct PacketGenerator: Sendable {
    public struct Summary: Sendable {
        public var employees: Int
        public var plans: Int
        public var files: Int
        public var bytes: Int
        public var path: String
        /// Characters XML 1.0 forbids that were replaced by U+FFFD.
        public var replacedCharacters: Int
    }

    public let engine: GapEngine
    public let report: GapReport
    public let formats: [DocumentFormat]
    public let templates: TemplateSet
    public let generated: Day

    public init(engine: GapEngine, report: GapReport, formats: [DocumentFormat], templates: TemplateSet, generated: Day) {
        self.engine = engine; self.report = report
        self.formats = DocumentFormat.allCases.filter(formats.contains)
        self.templates = templates; self.generated = generated
    }

    struct Written: Sendable { var path: String; var bytes: Int; var sha256: String }

    public func write(outRoot: String, gapsCSV: String) throws -> Summary {
        try FileSystem.makeDirectory(outRoot)
        let lock = try OutputLock(directory: outRoot)
        defer { withExtendedLifetime(lock) {} }
        let month = report.asOf.description
        // Leftovers of runs that were killed (we hold the lock, so none is active).
        for name in FileSystem.entries(outRoot) where name.hasPrefix(".\(month).tmp-") {
            FileSystem.removeTree(outRoot + "/" + name)
        }
        let staging = "\(outRoot)/.\(month).tmp-\(getpid())"
        try FileSystem.makeDirectory(staging)
        do {
            let summary = try render(into: staging, gapsCSV: gapsCSV)
            let target = "\(outRoot)/\(month)"
            try FileSystem.replace(target, with: staging)
            FileSystem.removeTree(staging)  // the previous packet, if there was one
            return Summary(employees: summary.employees, plans: summary.plans, files: summary.files, bytes: summary.bytes,
                           path: target, replacedCharacters: summary.replacedCharacters)
        } catch {
            FileSystem.removeTree(staging)
            throw error
        }
    }

    func render(into dir: String, gapsCSV: String) throws -> Summary {
        try FileSystem.makeDirectory(dir + "/employees")
        let employees = report.employees
        for e in employees where FolderName.problem(with: e.employeeId) != nil {
            throw FileSystem.Failure(description: "employee id \(Quote.cell(e.employeeId)) cannot be used as a folder name")
        }
        // Each worker renders and writes its share; results are merged after.
        let workers = employees.count >= 64 ? 2 : 1
        final class Slot: @unchecked Sendable {
            var written: [Written] = []
            var replaced = 0
            var failure: Error?
        }
        let slots = (0..<workers).map { _ in Slot() }
        let gen = self
        Parallel.run(workers) { w in
            let slot = slots[w]
            var k = w
            while k < employees.count {
                do {
                    let (files, replaced) = try gen.renderEmployee(employees[k], into: dir)
                    slot.written += files
                    slot.replaced += replaced
                } catch {
                    slot.failure = error
                    return
                }
                k += workers
            }
        }
        if let failure = slots.compactMap(\.failure).first { throw failure }
        var written = slots.flatMap(\.written)
        let replaced = slots.reduce(0) { $0 + $1.replaced }

        let entries: [IndexView.Entry] = employees.map { r in
            let e = engine.index.employees[engine.index.employeeIndex[r.employeeId]!]
            let manager = e.managerId.flatMap { engine.index.employeeIndex[$0] }.map { engine.index.employees[$0].name } ?? "No manager"
            return IndexView.Entry(employee: e, managerName: manager, result: r,
                                   reasonCodes: r.reasons.map { $0.code.replacingOccurrences("_", " ") }.joined(separator: ", "))
        }
        let organization = engine.policy.organization
        for f in formats {
            switch f {
            case .md:
                let view = IndexView.make(entries: entries, formats: formats, asOf: report.asOf, generated: generated, organization: organization, markdown: true)
                written.append(try put(Array(try templates.render(view, "index.md").utf8), dir, "index.md"))
            case .html:
                let view = IndexView.make(entries: entries, formats: formats, asOf: report.asOf, generated: generated, organization: organization, markdown: false)
                written.append(try put(Array(try templates.render(view, "index.html").utf8), dir, "index.html"))
            case .xml:
                written.append(try put(DocumentXML.index(entries, formats: formats, asOf: report.asOf, generated: generated, organization: organization), dir, "index.xml"))
            }
        }
        written.append(try put(Array(gapsCSV.utf8), dir, "gaps.csv"))
        written.sort { codePointLess($0.path, $1.path) }
        var manifest = "{\"as_of\": \"\(report.asOf)\", \"generated\": \"\(generated)\", \"files\": [\n"
        manifest += written.map { "  {\"path\": \(JSONText.string($0.path)), \"bytes\": \($0.bytes), \"sha256\": \"\($0.sha256)\"}" }.joined(separator: ",\n")
        manifest += "\n]}\n"
        try FileSystem.write(Array(manifest.utf8), to: dir + "/manifest.json")
        return Summary(employees: employees.count, plans: employees.filter(\.flagged).count, files: written.count + 1,
                       bytes: written.reduce(manifest.utf8.count) { $0 + $1.bytes }, path: dir, replacedCharacters: replaced)
    }

    /// The interview form (everyone) and the plan (flagged only) in every selected format.
    func renderEmployee(_ r: EmployeeResult, into dir: String) throws -> ([Written], Int) {
        let doc = EmployeeDocument(engine: engine, result: r, asOf: report.asOf, generated: generated)
        let folder = "employees/" + r.employeeId
        try FileSystem.makeDirectory(dir + "/" + folder)
        var out: [Written] = []
        var replaced = 0
        var links: [String: String] = [:]
        if r.flagged, formats.contains(.html) { links["planLink"] = "plan.html" }
        let view = EmployeeView.make(doc, links: links)
        for kind in (r.flagged ? ["plan", "interview"] : ["interview"]) {
            for f in formats {
                let bytes: [UInt8]
                switch f {
                case .md, .html: bytes = Array(try templates.render(view, "\(kind).\(f.rawValue)").utf8)
                case .xml:
                    let xml = kind == "plan" ? DocumentXML.plan(doc) : DocumentXML.interview(doc)
                    bytes = xml.bytes
                    replaced += xml.replaced
                }
                out.append(try put(bytes, dir, "\(folder)/\(kind).\(f.rawValue)"))
            }
        }
        return (out, replaced)
    }

    func put(_ bytes: [UInt8], _ dir: String, _ path: String) throws -> Written {
        try FileSystem.write(bytes, to: dir + "/" + path)
        let digest = SHA256.hash(data: bytes).map { String($0, radix: 16).leftPadded(2) }.joined()
        return Written(path: path, bytes: bytes.count, sha256: digest)
    }
}

extension String {
    func replacingOccurrences(_ a: Character, _ b: Character) -> String { String(map { $0 == a ? b : $0 }) }
}
