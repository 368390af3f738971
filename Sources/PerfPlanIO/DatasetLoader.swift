import Foundation
import PerfPlanCore
import PerfPlanSystem

/// What loading a `--data` directory produced.
///
/// Every problem is collected, never just the first; `dataset` is nil when any error was
/// found, while `partial` keeps what could be read so `validate` can still summarise it.
public struct LoadResult: Sendable {
    package var dataset: Dataset?
    package var partial: Dataset
    package var diagnostics: [Diagnostic]
    package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    package var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads a `--data` directory (contract §1) into a validated `Dataset`: finds each
/// dataset's file (`NAME.csv`, `NAME.json` or a key of `dataset.json`), reads it into raw
/// rows, decodes records, merges the policy, then runs the cross-row checks.
public enum DatasetLoader {
    /// The file names perfplan looks for in a data directory.
    package static var fileNames: [String] { knownFiles }

    static var knownFiles: [String] {
        ["dataset.json", "perfplan.json"] + DatasetSchema.all.flatMap { [$0.name + ".csv", $0.name + ".json"] }
    }

    package static func load(directory: String) -> LoadResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let d = Diagnostic(
                .error, file: directory, "not a directory (--data must name the folder holding the data files)")
            return LoadResult(dataset: nil, partial: Dataset(), diagnostics: [d])
        }
        let entries = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        // Files are read one at a time, when their dataset is parsed, so a 1 GB actuals file
        // is not held in memory beside everything parsed from it.
        return load(entries: Set(knownFiles.filter(entries.contains))) { name in
            let path = (directory as NSString).appendingPathComponent(name)
            return Result { () throws(FileBytes.ReadError) in try FileBytes.open(path, maxBytes: maxBytes(name)) }
        }
    }

    /// The largest file read whole; actuals.csv, streamed in pieces, has none (its records
    /// are limited instead, `InputLimits.actualsRecordBytes`).
    static func maxBytes(_ name: String) -> Int? {
        name == DatasetSchema.actuals.name + ".csv" ? nil : InputLimits.wholeFileBytes
    }

    /// Loads from file contents already in memory (name → bytes or the reason they could
    /// not be read); the directory reader and the fuzzers both come through here.
    public static func load(files: [String: Result<[UInt8], FileBytes.ReadError>]) -> LoadResult {
        load(entries: Set(files.keys)) { files[$0]!.map { ByteStream(bytes: $0) } }
    }

    static func load(entries: Set<String>, open: (String) -> Result<ByteStream, FileBytes.ReadError>) -> LoadResult {
        var diags = DiagnosticList()
        var tables: [String: RawTable] = [:]
        var policy = Policy.default
        var decoders = RecordDecoders()
        var actuals = ActualsTable()
        func openStream(_ name: String) -> ByteStream? {
            guard entries.contains(name) else { return nil }
            switch open(name) {
            case .success(let stream): return stream
            case .failure(let error):
                diags.append(Diagnostic(.error, file: name, "cannot be read: \(error.reason)"))
                return nil
            }
        }
        func readBytes(_ name: String) -> [UInt8]? {
            guard let stream = openStream(name) else { return nil }
            do { return try stream.readAll() } catch {
                diags.append(Diagnostic(.error, file: name, "cannot be read: \(error.reason)"))
                return nil
            }
        }
        func parseJSON(_ name: String) -> JSONNode? {
            guard let bytes = readBytes(name) else { return nil }
            do { return try JSONParser.parse(bytes) } catch {
                diags.error(SourceLocation(file: name, line: error.line), error.message)
                return nil
            }
        }

        // The policy first: its `decimal_separator` says how the CSV files' numbers are read.
        var numbers = NumberReading()
        if entries.contains("perfplan.json"), let root = parseJSON("perfplan.json") {
            var decoder = PolicyDecoder(file: "perfplan.json")
            policy = decoder.decode(root)
            diags.append(contentsOf: decoder.diags.items)
            numbers = NumberReading(policy: policy, setByPolicy: decoder.setsDecimalSeparator)
        }

        // dataset.json: every dataset as a top-level key.
        var combinedKeys: Set<String> = []
        if entries.contains("dataset.json"), let root = parseJSON("dataset.json") {
            if case .object(let members) = root.value {
                for m in members {
                    if let schema = DatasetSchema.all.first(where: { $0.name == m.key }) {
                        combinedKeys.insert(m.key)
                        tables[m.key] = TableReaders.json(
                            m.node, file: "dataset.json", datasetKey: m.key, schema: schema, into: &diags)
                    } else {
                        diags.warning(
                            SourceLocation(file: "dataset.json", line: m.node.line),
                            "unknown key \(Quote.cell(m.key)) ignored")
                    }
                }
            } else {
                diags.error(
                    SourceLocation(file: "dataset.json", line: root.line),
                    "dataset.json must be an object with one key per dataset, found \(root.value.typeName)")
            }
        }

        var actualsCSV: String?
        for schema in DatasetSchema.all {
            let csvName = schema.name + ".csv"
            let jsonName = schema.name + ".json"
            let hasCSV = entries.contains(csvName)
            let hasJSON = entries.contains(jsonName)
            if hasCSV && hasJSON {
                diags.append(Diagnostic(.error, file: csvName, "both \(csvName) and \(jsonName) exist; keep one"))
                continue
            }
            if combinedKeys.contains(schema.name) {
                guard hasCSV || hasJSON else { continue }
                // Report the clash, then read the separate file so references to it stay quiet.
                diags.append(
                    Diagnostic(
                        .error, file: "dataset.json",
                        "\"\(schema.name)\" is also given by \(hasCSV ? csvName : jsonName); keep one"))
            }
            if hasCSV, schema.name == DatasetSchema.actuals.name {
                actualsCSV = csvName  // streamed below, while the other datasets decode
            } else if hasCSV, let bytes = readBytes(csvName) {
                tables[schema.name] = TableReaders.csv(
                    bytes, file: csvName, schema: schema, numbers: numbers, into: &diags)
            } else if hasJSON, let node = parseJSON(jsonName) {
                tables[schema.name] = TableReaders.json(
                    node, file: jsonName, datasetKey: nil, schema: schema, into: &diags)
            } else if !hasCSV && !hasJSON && DatasetSchema.requiredDatasets.contains(schema.name) {
                diags.append(
                    Diagnostic(
                        .error, file: csvName,
                        "required file is missing (give \(csvName), \(jsonName) or a \"\(schema.name)\" key in dataset.json)"
                    ))
            }
        }

        // A required dataset with a header and nothing else gives nothing to work on.
        for name in DatasetSchema.requiredDatasets.sorted() {
            guard let table = tables[name], table.count == 0,
                !diags.items.contains(where: { $0.file == table.fileName && $0.severity == .error })
            else { continue }
            let what = table.csv != nil ? "only a header" : "an empty list"
            diags.append(Diagnostic(.error, file: table.fileName, "\(name): no rows (\(what)); at least one is needed"))
        }

        // The other datasets decode on their own thread while actuals.csv streams in pieces
        // straight into the column store (parsed and decoded on two more).
        let actualsTable = tables.removeValue(forKey: DatasetSchema.actuals.name)
        let others = BackgroundDecoding.start(tables)
        tables = [:]
        if let csvName = actualsCSV, let stream = openStream(csvName) {
            let read = ActualsCSVReader.read(
                stream, file: csvName, numbers: numbers, into: &actuals, decoders: &decoders,
                diags: &diags)
            if read.sawHeader, read.rowCount == 0,
                !diags.items.contains(where: { $0.file == csvName && $0.severity == .error })
            {
                diags.append(
                    Diagnostic(.error, file: csvName, "actuals: no rows (only a header); at least one is needed"))
            }
        }
        if let table = actualsTable {
            var fast = ActualsFastPath(file: table.fileName)
            decoders.actuals(table, into: &actuals, fast: &fast)
        }
        actuals.prepareSeries()
        let decoded = others.wait()
        var dataset = Dataset(
            employees: decoded.employees, indicators: decoded.indicators, targets: decoded.targets, actuals: actuals,
            benchmarks: decoded.benchmarks, plans: decoded.plans, notes: decoded.notes, policy: policy)
        dataset.decisions = decoded.decisions
        dataset.acknowledgements = decoded.acknowledgements
        dataset.employeeExtraColumns = decoded.decoders.employeeExtraColumns
        decoders.diags.append(contentsOf: decoded.decoders.diags.items)
        decoders.seenEmployeeIds.formUnion(decoded.decoders.seenEmployeeIds)
        decoders.seenIndicatorIds.formUnion(decoded.decoders.seenIndicatorIds)
        diags.append(contentsOf: decoders.diags.items)

        var validator = DatasetValidator(
            dataset: dataset, seenEmployeeIds: decoders.seenEmployeeIds,
            seenIndicatorIds: decoders.seenIndicatorIds)
        diags.append(contentsOf: validator.validate(parallel: OrderedBatchExecutor()))

        let sorted = diags.sorted
        return LoadResult(dataset: diags.hasErrors ? nil : dataset, partial: dataset, diagnostics: sorted)
    }
}
