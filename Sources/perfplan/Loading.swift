import ArgumentParser
import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender

extension DataOptions {
    /// Loads and validates `--data`; on any error prints the report to stderr and exits 3
    /// before anything is written. Warnings go to stderr too.
    func loadOrExit() throws -> Dataset {
        let result = DatasetLoader.load(directory: data)
        let lines = DiagnosticReport.lines(result.diagnostics)
        if !lines.isEmpty { Console.error(lines.joined(separator: "\n")) }
        guard let dataset = result.dataset else {
            Console.error("\(data): \(result.errors.count) error\(result.errors.count == 1 ? "" : "s") in the input data; nothing was written (run `perfplan validate --data \(data)` for the full report)")
            throw ExitCode(ExitStatus.invalidData)
        }
        return dataset
    }
}

extension DataOptions {
    /// The input fingerprint for the manifest (`Provenance`), hashed on another thread while
    /// the data loads; with `plans`, the plans packet's manifest is part of the input.
    /// Calling the result waits for it; a file that cannot be read again fails the run (exit 1).
    func fingerprintInBackground(plans: String? = nil) -> () throws -> String {
        let box = FingerprintBox()
        let directory = data
        let thread = Thread {
            let result = Result { () throws -> String in
                let extra = try plans.map { [try FileBytes.read($0 + "/manifest.json", maxBytes: PlanManifest.maxBytes)] } ?? []
                return try Provenance.inputFingerprint(dataDirectory: directory, extra: extra)
            }
            box.set(result)
        }
        thread.start()
        return {
            do { return try box.wait().get() } catch {
                Console.error("perfplan: cannot fingerprint the input: \(error)")
                throw ExitCode(ExitStatus.failed)
            }
        }
    }
}

/// The fingerprint thread's result, handed over once.
final class FingerprintBox: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<String, Error>?
    func set(_ r: Result<String, Error>) { result = r; done.signal() }
    func wait() -> Result<String, Error> {
        done.wait(); done.signal()
        return result!
    }
}
