import Crypto
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// Reads the plans `progress` measures against from a `generate` month folder, and only what
/// was signed (contract rule 43): each `employees/ID/plan.xml` must have the size and SHA-256
/// its packet's `manifest.json` lists, or it is a problem naming the file. Goals never move
/// silently; an agreed change is a new plan from `generate`, not an edit of `plan.xml`.
///
/// A folder that is not a month folder (the packets root, an empty folder) is refused as a
/// usage error rather than read as "no plans", which would replace last month's good report
/// with an empty one. Plan files are opened without following symbolic links and read only
/// when they are regular files of the listed size: a packet on a shared drive cannot make
/// `progress` read a device, a FIFO or a file elsewhere.
package struct PlanPacketReader: Sendable {
    package enum Failure: Error, CustomStringConvertible, Sendable {
        /// The folder is not a `generate` month folder: a usage error (exit 2).
        case notAPacket(String)
        /// `manifest.json` cannot be read or trusted, so no plan can be checked (exit 3).
        case badManifest(String)

        package var description: String {
            switch self {
            case .notAPacket(let m), .badManifest(let m): return m
            }
        }
    }

    package struct Result: Sendable {
        /// The plans that match the manifest, parse, validate and belong to a known employee.
        package var snapshots: [PlanSnapshot]
        /// One `FILE: message` per plan that cannot be used, in folder order.
        package var problems: [String]
    }

    let reader: PlanXMLReader

    package init(reader: PlanXMLReader) { self.reader = reader }

    /// Reads every plan of the month folder `folder`; `known` holds the employee ids of the
    /// current data (a plan of anyone else is a problem).
    package func read(_ folder: String, known: Set<String>) throws(Failure) -> Result {
        let base = Self.base(of: folder)
        try Self.checkMonthFolder(folder, base: base)
        let manifestPath = base + "/manifest.json"
        let manifest: PlanManifest
        do {
            let bytes = try Self.readRegularFile(manifestPath, limit: PlanManifest.maxBytes)
            manifest = try PlanManifest(parsing: bytes, path: manifestPath)
        } catch let e as PlanManifest.Failure {
            throw .badManifest("\(e.description); progress cannot check the plans against it")
        } catch {
            throw .badManifest("\(manifestPath): cannot be read: \(error)")
        }

        let employeesPath = base + "/employees"
        let employees: OpenFolder
        do { employees = try OpenFolder.open(employeesPath) } catch {
            throw .notAPacket("--plans \(folder): cannot open employees/: \(error.reason)")
        }
        // Every listed plan, and every plan.xml that lies in the packet without being listed.
        var names = Set(manifest.plans.keys)
        for name in employees.entries() where manifest.plans[name] == nil {
            if employees.contains(name + "/plan.xml") { names.insert(name) }
        }
        var snapshots: [PlanSnapshot] = []
        var problems: [String] = []
        for name in names.sorted(by: codePointLess) {
            let path = employeesPath + "/" + name + "/plan.xml"
            guard let entry = manifest.plans[name] else {
                problems.append("\(path): not listed in \(manifestPath); only plans generate wrote are used")
                continue
            }
            do {
                let bytes = try Self.readSigned(name, in: employees, entry: entry, path: path, manifest: manifestPath)
                let snapshot = try reader.read(bytes, path: path)
                if snapshot.employeeId != name {
                    problems.append(
                        "\(path): names employee \(Quote.cell(snapshot.employeeId)) but lies in folder \(Quote.cell(name))"
                    )
                } else if !known.contains(snapshot.employeeId) {
                    problems.append("\(path): employee \(Quote.cell(snapshot.employeeId)) is not in --data")
                } else {
                    snapshots.append(snapshot)
                }
            } catch let e as PlanFileProblem {
                problems.append("\(path): \(e.message)")
            } catch {
                problems.append("\(error)")
            }
        }
        return Result(snapshots: snapshots, problems: problems)
    }

    /// Refuses a folder without the month folder's `manifest.json` and `employees/`, naming
    /// what is missing (and the month folders, when given the packets root). `read` checks
    /// this too; a command calls it first to refuse a wrong `--plans` before loading data.
    package static func checkMonthFolder(_ folder: String) throws(Failure) {
        try checkMonthFolder(folder, base: base(of: folder))
    }

    /// `folder` without a trailing slash, so paths in messages have none doubled.
    static func base(of folder: String) -> String {
        var base = folder
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        return base
    }

    static func checkMonthFolder(_ folder: String, base: String) throws(Failure) {
        switch PathKind.of(folder, followLinks: true) {
        case .failure(let error): throw .notAPacket("--plans \(folder): \(error.reason)")
        case .success(.folder): break
        case .success:
            throw .notAPacket("--plans \(folder): not a folder (give a generate month folder, e.g. packets/2026-10)")
        }
        var missing: [String] = []
        if !PathKind.exists(base + "/manifest.json") { missing.append("manifest.json") }
        if !PathKind.isFolder(base + "/employees") { missing.append("employees/") }
        guard !missing.isEmpty else { return }
        var message =
            "--plans \(folder) is not a generate month folder: it has no \(missing.joined(separator: " and no "))"
        let months = FileSystem.entries(base).filter { Month(parsing: $0) != nil }.sorted(by: codePointLess)
        if let last = months.last {
            message +=
                "; it holds the month folders \(months.suffix(3).joined(separator: ", ")): give one, e.g. --plans \(base)/\(last)"
        } else {
            message += " (give the month folder generate wrote, e.g. packets/2026-10)"
        }
        throw .notAPacket(message)
    }

    /// Why one plan file cannot be used (the reader prefixes its path).
    struct PlanFileProblem: Error { var message: String }

    /// The bytes of `name/plan.xml` under the open `employees` folder, when they are exactly
    /// what the manifest lists. Neither the folder nor the file may be a symbolic link; a
    /// file of another size than listed is reported without being read.
    static func readSigned(
        _ name: String, in employees: OpenFolder, entry: PlanManifest.Entry,
        path: String, manifest: String
    ) throws -> [UInt8] {
        let edited =
            "it was changed after generate wrote it (goals are changed by generating a new plan, never by editing plan.xml)"
        let dir: OpenFolder
        do { dir = try employees.folder(name) } catch {
            if error.isMissing { throw PlanFileProblem(message: "listed in \(manifest) but missing") }
            if error.isLinkRefused || error.isNotAFolder {
                throw PlanFileProblem(message: "its folder is not one generate wrote (symbolic links are not followed)")
            }
            throw PlanFileProblem(message: "cannot be read: \(error.reason)")
        }
        // The size is checked against the manifest before a byte is read.
        let bytes: [UInt8]
        do {
            let stream = try dir.openFile("plan.xml", followLinks: false, maxBytes: SafeXMLReader.maxBytes)
            guard stream.size == entry.bytes else {
                throw PlanFileProblem(
                    message: "has \(stream.size) bytes where \(manifest) lists \(entry.bytes): \(edited)")
            }
            bytes = try stream.readAll()
        } catch let e as FileBytes.ReadError {
            throw PlanFileProblem(message: e.isMissing ? "listed in \(manifest) but missing" : Self.plainReason(e))
        }
        guard bytes.count == entry.bytes, Array(SHA256.hash(data: bytes)) == entry.sha256 else {
            throw PlanFileProblem(message: "its SHA-256 does not match \(manifest): \(edited)")
        }
        return bytes
    }

    /// The manifest's bytes: a regular file (no symbolic link) of at most `limit` bytes.
    static func readRegularFile(_ path: String, limit: Int) throws -> [UInt8] {
        do {
            return try FileBytes.read(path, followLinks: false, maxBytes: limit)
        } catch {
            throw PlanManifest.Failure(description: "\(path): \(error.isMissing ? "missing" : plainReason(error))")
        }
    }

    /// FileBytes' reasons read after "cannot be read: "; the link refusal reads on its own.
    static func plainReason(_ e: FileBytes.ReadError) -> String {
        e.isLinkRefused ? e.reason : "cannot be read: \(e.reason)"
    }
}
