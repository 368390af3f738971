import PerfPlanCommands
import PerfPlanSystem

/// The files of SampleData/ that `perfplan init` writes, by name.
///
/// SwiftPM compiles them into the binary (`.embedInCode` in Package.swift, through the
/// `SampleData` link) as byte arrays of `PackageResources`, named after the file with `_` for
/// `.`; it lists no folder, so the files are named here and a test compares what `init` writes
/// with SampleData/ on disk.
enum EmbeddedSampleData {
    /// Relative path → exact file text.
    static let files: [String: String] = [
        "README.md": String(decoding: PackageResources.README_md, as: UTF8.self),
        "acknowledgements.csv": String(decoding: PackageResources.acknowledgements_csv, as: UTF8.self),
        "actuals.csv": String(decoding: PackageResources.actuals_csv, as: UTF8.self),
        "benchmarks.csv": String(decoding: PackageResources.benchmarks_csv, as: UTF8.self),
        "decisions.csv": String(decoding: PackageResources.decisions_csv, as: UTF8.self),
        "employees.csv": String(decoding: PackageResources.employees_csv, as: UTF8.self),
        "indicators.csv": String(decoding: PackageResources.indicators_csv, as: UTF8.self),
        "notes.csv": String(decoding: PackageResources.notes_csv, as: UTF8.self),
        "perfplan.json": String(decoding: PackageResources.perfplan_json, as: UTF8.self),
        "plans.csv": String(decoding: PackageResources.plans_csv, as: UTF8.self),
        "targets.csv": String(decoding: PackageResources.targets_csv, as: UTF8.self),
    ]
}
