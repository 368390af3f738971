import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRegister
import PerfPlanSystem

/// `plans export --dataset` and `plans import` of HR's decisions and the plans' signatures:
/// the register's history in the layouts of the `decisions` and `acknowledgements` datasets,
/// so an export can be read back (into another register, or as `--data` files).
extension ManagePlans {
    /// The datasets the register's history is exported as and imported from, each in the
    /// layout of the `--data` dataset of that name (docs/data-format.md).
    package enum HistoryDataset: String, CaseIterable, Sendable {
        case plans, decisions, acknowledgements

        /// The dataset a file's name says (`decisions.csv`, `acknowledgements.json`, any case);
        /// any other name is read as plans, as `plans import` always did.
        package static func named(_ path: String) -> HistoryDataset {
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
            return HistoryDataset(rawValue: stem) ?? .plans
        }
    }

    func export(_ dataset: HistoryDataset, format: ExportFormat) throws {
        switch dataset {
        case .plans:
            let plans = try plans("export")
            console.out(format == .json ? RegisterReport.exportJSON(plans) : RegisterReport.csv(plans))
        case .decisions, .acknowledgements:
            // An export needs a register, as the plans' does (exit 1 without one).
            _ = try plans("export")
            let held = try held("export")
            if dataset == .decisions {
                let rows = held.decisions.sorted {
                    $0.employeeId != $1.employeeId ? codePointLess($0.employeeId, $1.employeeId) : $0.month < $1.month
                }
                console.out(format == .json ? RegisterReport.decisionsJSON(rows) : RegisterReport.decisionsCSV(rows))
            } else {
                let rows = held.acknowledgements
                console.out(
                    format == .json
                        ? RegisterReport.acknowledgementsJSON(rows) : RegisterReport.acknowledgementsCSV(rows))
            }
        }
    }

    /// Read → check every row (and against what the register holds) → store all or none.
    func importDecisions(from path: String) throws {
        let (rows, diagnostics) = HistoryFiles.decisions(try read(path), name: path)
        try stopOnErrors(
            diagnostics + ImportCheck.decisions(rows, recorded: try held("import").decisions, register: file), path)
        do {
            try RegisterAccess.importDecisions(rows, source: (path as NSString).lastPathComponent, register: file)
        } catch {
            throw failed("import", error)
        }
        console.error("\(file): \(rows.count) decision row\(rows.count == 1 ? "" : "s") imported from \(path)")
    }

    func importAcknowledgements(from path: String) throws {
        let (rows, diagnostics) = HistoryFiles.acknowledgements(try read(path), name: path)
        try stopOnErrors(
            diagnostics
                + ImportCheck.acknowledgements(rows, recorded: try held("import").acknowledgements, register: file),
            path)
        do {
            try RegisterAccess.importAcknowledgements(
                rows, source: (path as NSString).lastPathComponent, register: file)
        } catch {
            throw failed("import", error)
        }
        console.error("\(file): \(rows.count) signature row\(rows.count == 1 ? "" : "s") imported from \(path)")
    }

    /// What the register holds (nothing yet without a register); unreadable is exit 1.
    func held(_ command: String) throws -> (decisions: [RecordedDecision], acknowledgements: [Acknowledgement]) {
        do { return try RegisterAccess.decisionsAndSignatures(in: file) } catch { throw failed(command, error) }
    }

    /// Every problem as `FILE:LINE: message`, warnings too; any error is exit 3, nothing stored.
    func stopOnErrors(_ diagnostics: [Diagnostic], _ path: String) throws {
        for d in diagnostics.sorted() { console.error("\(d)") }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            console.error("\(path): nothing was imported")
            throw CommandExit(ExitStatus.invalidData)
        }
    }
}
