import PerfPlanCore

/// Reads a `--data` directory (contract §1) into a validated `Dataset`.
///
/// Every problem is collected, never just the first; `dataset` is nil when any error was found.
public struct LoadResult: Sendable {
    public var dataset: Dataset?
    public var diagnostics: [Diagnostic]
    public init(dataset: Dataset?, diagnostics: [Diagnostic]) {
        self.dataset = dataset; self.diagnostics = diagnostics
    }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

public enum DatasetLoader {
    /// Loads and validates the directory. Placeholder until the loader lands.
    public static func load(directory: String) -> LoadResult {
        LoadResult(dataset: nil, diagnostics: [Diagnostic(.error, file: directory, "loader not implemented yet")])
    }
}
