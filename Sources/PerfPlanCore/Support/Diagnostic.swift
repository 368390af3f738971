/// One problem found in the input, printed as `FILE:LINE: message`.
package struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
    package enum Severity: String, Sendable, Hashable { case error, warning }

    package var severity: Severity
    /// nil for problems that concern the directory as a whole (e.g. a required file missing).
    package var location: SourceLocation?
    /// File name when there is no line (e.g. `employees.csv: cannot be read`).
    package var file: String?
    package var message: String

    package init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.file = location.file
        self.message = message
    }

    package init(_ severity: Severity, file: String?, _ message: String) {
        self.severity = severity
        self.location = nil
        self.file = file
        self.message = message
    }

    package static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    package static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// The line exactly as users see it: `f.csv:12: message`, `f.json: [3] message` (contract
    /// §1); warnings carry a `warning: ` prefix on the message.
    package var description: String {
        let prefix: String
        if let location {
            prefix = location.description + (location.isJSONIndex ? " " : ": ")
        } else if let file {
            prefix = file + ": "
        } else {
            prefix = ""
        }
        return prefix + (severity == .warning ? "warning: " : "") + message
    }

    /// Sorted by file, then line (file-level problems first), then message.
    package static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        let fa = a.file ?? ""
        let fb = b.file ?? ""
        if fa != fb { return fa < fb }
        let la = a.location.map { ($0.datasetKey ?? "", $0.line) } ?? ("", -1)
        let lb = b.location.map { ($0.datasetKey ?? "", $0.line) } ?? ("", -1)
        if la.0 != lb.0 { return la.0 < lb.0 }
        if la.1 != lb.1 { return la.1 < lb.1 }
        return a.message < b.message
    }
}

/// Collects diagnostics from every stage so a run reports all problems at once.
package struct DiagnosticList: Sendable {
    package private(set) var items: [Diagnostic] = []
    package init() {}
    package mutating func append(_ d: Diagnostic) { items.append(d) }
    package mutating func append(contentsOf ds: [Diagnostic]) { items.append(contentsOf: ds) }
    package mutating func error(_ at: SourceLocation, _ message: String) { items.append(.error(at, message)) }
    package mutating func warning(_ at: SourceLocation, _ message: String) { items.append(.warning(at, message)) }
    /// Drops everything appended after the first `count` items.
    package mutating func truncate(to count: Int) { items.removeSubrange(count...) }
    package var errorCount: Int { items.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    package var warningCount: Int { items.reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) } }
    package var hasErrors: Bool { items.contains { $0.severity == .error } }
    package var sorted: [Diagnostic] { items.sorted() }
}
