import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The load step of `generate` and `progress`, with the input fingerprint their manifests
/// record (`Provenance`, checked by `merge`) hashed on a second thread while the data loads:
/// hashing after loading added a re-read of every input file to the run's critical path.
package enum InputFingerprint {
    /// Loads and validates `directory` (exit 3 on bad data, as `DatasetLoading.load`) and
    /// fingerprints the data files and policy, with `plans`' manifest for `progress`. A file
    /// that cannot be read again for the fingerprint ends the run with exit 1.
    /// The plans' manifest is read here first: one that cannot be read (a FIFO, a link to a
    /// device, over its size limit) is bad input, exit 3 naming the file, as the plans
    /// reader would report it.
    package static func load(_ directory: String, plans: String? = nil, console: any Terminal) throws -> (
        dataset: Dataset, fingerprint: String
    ) {
        let (loaded, hashed) = OrderedBatchExecutor.both(
            { Result { try DatasetLoading.load(directory, console: console) } },
            {
                Result { () throws -> String in
                    var extra: [[UInt8]] = []
                    if let plans {
                        do throws(FileBytes.ReadError) {
                            extra = [try FileBytes.read(plans + "/manifest.json", maxBytes: PlanManifest.maxBytes)]
                        } catch {
                            throw UnreadableManifest(error: error)
                        }
                    }
                    return try Provenance.inputFingerprint(
                        dataDirectory: directory, fileNames: DatasetLoader.fileNames, extra: extra)
                }
            })
        let dataset = try loaded.get()
        do { return (dataset, try hashed.get()) } catch let e as UnreadableManifest {
            console.error(
                "\(e.error.path ?? "manifest.json"): cannot be read: \(e.error.reason); progress cannot check the plans against it"
            )
            throw CommandExit(ExitStatus.invalidData)
        } catch let e as FileBytes.ReadError {
            console.error("\(e.path ?? directory): cannot be read again for the input fingerprint: \(e.reason)")
            throw CommandExit(ExitStatus.failed)
        } catch {
            console.error("perfplan: cannot fingerprint the input: \(error)")
            throw CommandExit(ExitStatus.failed)
        }
    }

    struct UnreadableManifest: Error { var error: FileBytes.ReadError }
}
