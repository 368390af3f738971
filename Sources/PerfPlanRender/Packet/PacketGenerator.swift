import Foundation
import PerfPlanCore

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

    /// `progress` is called once per employee rendered (from worker threads), for a progress bar.
    public func write(outRoot: String, gapsCSV: String, progress: (@Sendable () -> Void)? = nil) throws -> Summary {
        let employees = report.employees
        for e in employees where FolderName.problem(with: e.employeeId) != nil {
            throw FileSystem.Failure(description: "employee id \(Quote.cell(e.employeeId)) cannot be used as a folder name")
        }
        let replaced = Counter()
        let result = try PacketWriter.publish(outRoot: outRoot, month: report.asOf, generated: generated) { out in
            try out.makeFolder("employees")
            // Each worker renders and writes its share: both cores busy, one document at a time in memory.
            let workers = employees.count >= 64 ? 2 : 1
            let failures = FailureBox()
            let gen = self
            Parallel.run(workers) { w in
                var k = w
                while k < employees.count, !failures.hasFailed {
                    do { replaced.add(try gen.renderEmployee(employees[k], to: out)) } catch { failures.record(error); return }
                    progress?()
                    k += workers
                }
            }
            if let failure = failures.first { throw failure }
            try writeIndex(to: out)
            try out.put(Array(gapsCSV.utf8), "gaps.csv")
        }
        return Summary(employees: employees.count, plans: employees.filter(\.flagged).count, files: result.files,
                       bytes: result.bytes, path: result.path, replacedCharacters: replaced.value)
    }

    func writeIndex(to out: PacketWriter) throws {
        let entries: [IndexView.Entry] = report.employees.map { r in
            let e = engine.index.employees[engine.index.employeeIndex[r.employeeId]!]
            let manager = e.managerId.flatMap { engine.index.employeeIndex[$0] }.map { engine.index.employees[$0].name } ?? "No manager"
            return IndexView.Entry(employee: e, managerName: manager, result: r,
                                   reasonCodes: r.reasons.map(\.words).joined(separator: ", "))
        }
        let organization = engine.policy.organization
        for f in formats {
            switch f {
            case .md, .html:
                let view = IndexView.make(entries: entries, formats: formats, asOf: report.asOf, generated: generated,
                                          organization: organization, markdown: f == .md)
                try out.put(Array(try templates.render(view, "index.\(f.rawValue)").utf8), "index.\(f.rawValue)")
            case .xml:
                try out.put(DocumentXML.index(entries, formats: formats, asOf: report.asOf, generated: generated, organization: organization), "index.xml")
            }
        }
    }

    /// The interview form (everyone) and the plan (flagged only) in every selected format.
    /// Returns how many forbidden XML characters were replaced.
    func renderEmployee(_ r: EmployeeResult, to out: PacketWriter) throws -> Int {
        let doc = EmployeeDocument(engine: engine, result: r, asOf: report.asOf, generated: generated)
        let folder = "employees/" + r.employeeId
        try out.makeFolder(folder)
        var replaced = 0
        var links: [String: String] = [:]
        if r.flagged, formats.contains(.html) { links["planLink"] = "plan.html" }
        // The Mustache view only when a Markdown or HTML document is wanted.
        let view: Any = formats == [.xml] ? [:]
            : templates.prepared(EmployeeView.make(doc, links: links, charts: r.flagged && formats.contains(.html)))
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
                try out.put(bytes, "\(folder)/\(kind).\(f.rawValue)")
            }
        }
        return replaced
    }
}

/// Thread-safe tallies for the render workers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return total }
}

final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func record(_ e: Error) { lock.lock(); errors.append(e); lock.unlock() }
    var first: Error? { lock.lock(); defer { lock.unlock() }; return errors.first }
    var hasFailed: Bool { first != nil }
}

