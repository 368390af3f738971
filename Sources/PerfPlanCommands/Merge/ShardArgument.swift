import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The value of `--shard`: `K/N`, or where a scheduler puts K and N in the environment, so
/// a job script needs no arithmetic.
///
/// - `slurm`: a job-array task, `sbatch --array=A-B[:S]`. K counts the tasks from 1
///   (`(SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN) / step + 1`, step from
///   `SLURM_ARRAY_TASK_STEP`, 1 when unset), N is `SLURM_ARRAY_TASK_COUNT`: `--array=1-4`
///   and `--array=0-3` both give shards 1/4 … 4/4.
/// - `kubernetes`: a pod of an Indexed Job; K is `JOB_COMPLETION_INDEX` + 1. Kubernetes does
///   not tell a pod its Job's `completions`, so N is `PERFPLAN_SHARD_COUNT`, set in the pod
///   template to the same number.
package enum ShardArgument {
    package struct Failure: Error, CustomStringConvertible, Sendable {
        package var description: String
    }

    /// The largest task id, index, step or count read from the environment (Slurm allows
    /// at most 4 million array tasks, Kubernetes' Indexed Jobs 100 000 completions).
    package static let maximumEnvironmentNumber = 1_000_000_000

    package static func resolve(_ text: String, environment: [String: String]) throws(Failure) -> Shard {
        func number(_ name: String, minimum: Int) throws(Failure) -> Int {
            guard let value = environment[name] else {
                throw Failure(
                    description:
                        "--shard \(text): \(name) is not set (is this running as a \(text == "slurm" ? "Slurm array task" : "Kubernetes Indexed Job pod")?)"
                )
            }
            // Bounded, so the arithmetic below (id − min, / step, + 1) can never overflow,
            // whatever the scheduler's environment holds.
            guard let n = Int(value), n >= minimum, n <= maximumEnvironmentNumber else {
                throw Failure(
                    description:
                        "--shard \(text): \(name)=\"\(Quote.cell(value).dropFirst().dropLast())\" is not a whole number from \(minimum) to \(maximumEnvironmentNumber)"
                )
            }
            return n
        }
        let k: Int
        let n: Int
        switch text {
        case "slurm":
            let id = try number("SLURM_ARRAY_TASK_ID", minimum: 0)
            let low = environment["SLURM_ARRAY_TASK_MIN"] == nil ? 1 : try number("SLURM_ARRAY_TASK_MIN", minimum: 0)
            let step = environment["SLURM_ARRAY_TASK_STEP"] == nil ? 1 : try number("SLURM_ARRAY_TASK_STEP", minimum: 1)
            n = try number("SLURM_ARRAY_TASK_COUNT", minimum: 1)
            guard id >= low, (id - low) % step == 0 else {
                throw Failure(
                    description: "--shard slurm: task \(id) is not in the array that starts at \(low) with step \(step)"
                )
            }
            k = (id - low) / step + 1
        case "kubernetes":
            k = try number("JOB_COMPLETION_INDEX", minimum: 0) + 1
            n = try number("PERFPLAN_SHARD_COUNT", minimum: 1)
        default:
            guard let s = Scope.parseShard(text) else {
                throw Failure(description: "--shard \"\(text)\" must be K/N with 1 ≤ K ≤ N, slurm or kubernetes")
            }
            return Shard(k: s.k, n: s.n)
        }
        guard k <= n else {
            throw Failure(description: "--shard \(text): shard \(k) of \(n) does not exist (K must be ≤ N)")
        }
        return Shard(k: k, n: n)
    }
}
