import PerfPlanCore
import PerfPlanIO

/// The load step of `generate` and `progress`, with the input fingerprint their manifests
/// record (`Provenance`, checked by `merge`) hashed on a second thread while the data loads:
/// hashing after loading added a re-read of every input file to the run's critical path.
public enum InputFingerprint {
    /// Loads and validates `directory` (exit 3 on bad data, as `DatasetLoading.load`) and
    /// fingerprints the data files and policy, with `plans`' manifest for `progress`. A file
    /// that cannot be read again for the fingerprint ends the run with exit 1.
    public static func load(_ directory: String, plans: String? = nil) throws -> (dataset: Dataset, fingerprint: String) {
        let (loaded, hashed) = OrderedBatchExecutor.both(
            { Result { try DatasetLoading.load(directory) } },
            { Result { () throws -> String in
                let extra = try plans.map { [try FileBytes.read($0 + "/manifest.json", maxBytes: PlanManifest.maxBytes)] } ?? []
                return try Provenance.inputFingerprint(dataDirectory: directory, extra: extra)
            } })
        let dataset = try loaded.get()
        do { return (dataset, try hashed.get()) } catch {
            Console.error("perfplan: cannot fingerprint the input: \(error)")
            throw CommandExit(ExitStatus.failed)
        }
    }
}
