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
    public let asOf: Month
    public let employeeIds: [String]
    public let formats: [DocumentFormat]
    public let templates: TemplateSet
    public let generated: Day
    /// Employees computed, rendered and written per batch: memory holds one batch's results.
    public var batchSize = 2048
    /// Kept in step with the month folder's swap (the plan register); nil: nothing else is written.
    public var hook: PublishHook?
    /// Told of every flagged employee's result as it is rendered (from worker threads).
    public var onPlan: (@Sendable (EmployeeResult) -> Void)?

    public init(engine: GapEngine, asOf: Month, employeeIds: [String], formats: [DocumentFormat], templates: TemplateSet,
                generated: Day) {
        self.engine = engine; self.asOf = asOf
        self.employeeIds = employeeIds.filter { engine.index.employeeIndex[$0] != nil }
        self.formats = DocumentFormat.allCases.filter(formats.contains)
        self.templates = templates; self.generated = generated
        let textFormats = self.formats.filter { $0 != .xml }.map(\.rawValue)
        wantsInterview = templates.keys(for: textFormats.map { "interview.\($0)" })
        wantsFlagged = templates.keys(for: textFormats.flatMap { ["interview.\($0)", "plan.\($0)"] })
        method = EmployeeView.MethodTexts(engine.policy)
    }

    /// The policy's sentences, the same in every employee's documents.
    private let method: EmployeeView.MethodTexts

    /// The view members the interview templates, and those with the plan's, can look up.
    private let wantsInterview: ViewKeySet
    private let wantsFlagged: ViewKeySet

    /// `progress` is called once per employee rendered (from worker threads), for a progress bar.
    public func write(outRoot: String, progress: (@Sendable () -> Void)? = nil) throws -> Summary {
        for id in employeeIds where FolderName.problem(with: id) != nil {
            throw FileSystem.Failure(description: "employee id \(Quote.cell(id)) cannot be used as a folder name")
        }
        let replaced = Counter()
        var plans = 0
        let result = try PacketWriter.publish(outRoot: outRoot, month: asOf, generated: generated, hook: hook) { out in
            try out.makeFolder("employees")
            let csv = try out.stream("gaps.csv")
            try csv.append(GapsCSV.header)
            // The index's entry of each employee (its result without the per-indicator
            // detail), at its position in the run, made by the worker that computed it.
            var entrySlots = [IndexView.Entry?](repeating: nil, count: employeeIds.count)
            let failures = FailureBox()
            let gen = self
            var csvFailure: Error?
            entrySlots.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let entrySlots = buffer
                // Each worker computes, renders and writes its share of a batch, and formats
                // its gaps.csv rows: both cores busy, one employee's documents in memory.
                // A chunk's gaps.csv rows (16 employees, about 3.3 KB each at 12 indicators)
                // fit their buffer from the start instead of doubling into it.
                let rowBytes = 16 * (160 + 300 * engine.index.indicators.count)
                engine.format(asOf: asOf, employeeIds: employeeIds, batchSize: batchSize, chunk: 16,
                              buffer: { var b: [UInt8] = []; b.reserveCapacity(rowBytes); return b },
                              stop: { failures.hasFailed }, { n, r, rows in
                    // The figures are formatted once for gaps.csv and the XML documents.
                    let figures = MachineFigures(r.indicators)
                    do { replaced.add(try gen.renderEmployee(r, figures: figures, to: out)) } catch { failures.record(error, at: n); return }
                    progress?()
                    if r.flagged { gen.onPlan?(r) }
                    GapsCSV.append(rowsOf: r, figures: figures, to: &rows)
                    var summary = r
                    summary.indicators = []; summary.goals = []; summary.compositeHistory = []
                    entrySlots[n] = gen.indexEntry(summary)
                }, sink: { part in
                    guard csvFailure == nil, !failures.hasFailed else { return }
                    do { try csv.append(part) } catch { csvFailure = error }
                })
            }
            if let failure = failures.first ?? csvFailure { throw failure }
            let entries = entrySlots.map { $0! }
            plans = entries.filter(\.result.flagged).count
            try csv.finish()
            try writeIndex(entries, to: out)
        }
        return Summary(employees: employeeIds.count, plans: plans, files: result.files,
                       bytes: result.bytes, path: result.path, replacedCharacters: replaced.value)
    }

    /// What the index shows of an employee (`summary`: the result without per-indicator
    /// detail); made by the render workers, so the index phase starts from them at once.
    func indexEntry(_ summary: EmployeeResult) -> IndexView.Entry {
        let e = engine.index.employees[engine.index.employeeIndex[summary.employeeId]!]
        let manager = e.managerId.flatMap { engine.index.employeeIndex[$0] }.map { engine.index.employees[$0].name } ?? "No manager"
        return IndexView.Entry(employee: e, managerName: manager, result: summary,
                               reasonCodes: summary.reasons.map(\.words).joined(separator: ", "))
    }

    func writeIndex(_ entries: [IndexView.Entry], to out: PacketWriter) throws {
        let organization = engine.policy.organization
        let gen = self
        @Sendable func write(_ f: DocumentFormat) throws {
            switch f {
            case .md, .html:
                let name = "index.\(f.rawValue)"
                if entries.count <= Self.parallelIndexLimit {
                    // Whole, in an arena: the flat renderer.
                    let view = IndexView.arena(entries: entries, formats: gen.formats, asOf: gen.asOf, generated: gen.generated,
                                               organization: organization, markdown: f == .md, wants: gen.templates.keys(for: [name]))
                    var text = ByteBuffer(capacity: entries.count * 400)
                    try gen.templates.render(view, name, into: &text)
                    try text.withBytes { try out.put($0, name) }
                } else {
                    // Row by row as the template reaches them: memory stays flat.
                    let view = IndexView.make(entries: entries, formats: gen.formats, asOf: gen.asOf, generated: gen.generated,
                                              organization: organization, markdown: f == .md)
                    try out.put(try gen.templates.render(view, name), name)
                }
            case .xml:
                let xml = DocumentXML.index(entries, formats: gen.formats, asOf: gen.asOf, generated: gen.generated,
                                            organization: organization)
                try xml.finish { try out.put($0, "index.xml") }
            }
        }
        // The index is written after every employee, alone: its formats in parallel keep
        // both cores busy (a tenth of the 10 000-employee run). At 100 000 employees each is
        // tens of megabytes (the XML twice that while libxml2 grows its buffer), and the
        // three at once took the run past its memory goal: one after another there.
        guard entries.count <= Self.parallelIndexLimit else {
            for f in formats {
                try write(f)
                // Each format's text (tens of MB) is freed before the next; the allocator
                // keeps such freed memory for reuse, and the next document's pieces come in
                // other sizes: hand it back, or the index phase stacks them (100 000
                // employees: about 100 MB of the run's peak).
                FreeMemory.giveBack()
            }
            return
        }
        // Beside them, the manifest's entries for every file but the index's.
        let failures = FailureBox()
        Parallel.run(formats.count + 1) { k in
            guard k < gen.formats.count else { out.prepareManifest(); return }
            do { try write(gen.formats[k]) } catch { failures.record(error, at: k) }
        }
        if let failure = failures.first { throw failure }
    }

    /// Up to this many employees the index's formats are rendered at once.
    static let parallelIndexLimit = 20_000

    /// The interview form (everyone) and the plan (flagged only) in every selected format.
    /// Returns how many forbidden XML characters were replaced.
    func renderEmployee(_ r: EmployeeResult, figures: MachineFigures? = nil, to out: PacketWriter) throws -> Int {
        let doc = EmployeeDocument(engine: engine, result: r, asOf: asOf, generated: generated, figures: figures)
        let folder = try out.folder("employees/" + r.employeeId)
        var replaced = 0
        // The Mustache view only when a Markdown or HTML document is wanted, with only the
        // members those templates can look up.
        let view = formats == [.xml] ? ViewArena()
            : EmployeeView.build(doc, planLink: r.flagged && formats.contains(.html) ? "plan.html" : nil,
                                 charts: r.flagged && formats.contains(.html), wants: r.flagged ? wantsFlagged : wantsInterview,
                                 method: method)
        var text = ByteBuffer(capacity: r.flagged ? 1 << 16 : 1 << 14)  // a plan's HTML is ~58 KB, an interview's ~12 KB
        for kind in (r.flagged ? ["plan", "interview"] : ["interview"]) {
            for f in formats {
                let name = "\(kind).\(f.rawValue)"
                switch f {
                case .md, .html:
                    text.removeAll()
                    try templates.render(view, name, into: &text)
                    try text.withBytes { try folder.put($0, name) }
                case .xml:
                    let xml = kind == "plan" ? DocumentXML.plan(doc) : DocumentXML.interview(doc)
                    try xml.finish { try folder.put($0, name) }
                    replaced += xml.replacedCharacters
                }
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

/// Errors of worker threads; `first` is the one of the lowest position (the earliest
/// recorded among equals), so which error a run reports does not depend on thread timing.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [(position: Int, error: Error)] = []
    func record(_ e: Error, at position: Int) { lock.lock(); errors.append((position, e)); lock.unlock() }
    var first: Error? {
        lock.lock(); defer { lock.unlock() }
        return errors.enumerated().min { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }?.element.error
    }
    var hasFailed: Bool { lock.lock(); defer { lock.unlock() }; return !errors.isEmpty }
}

