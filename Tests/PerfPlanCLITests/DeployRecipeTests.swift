import Foundation
import Testing

/// The scale-out recipes in deploy/: the Kubernetes manifests validate against the
/// Kubernetes API schema (`kubernetes-validate --strict`, installed by .ci/run), and the
/// container recipe keeps the promises docs/scale-out.md makes.
@Suite struct DeployRecipeTests {
    static let kubernetes = CLI.repoRoot.appendingPathComponent("deploy/kubernetes")

    static func validate(_ paths: [String]) throws -> String {
        try CLI.shell(
            "kubernetes-validate --strict --no-warn " + paths.map { "'\($0)'" }.joined(separator: " ")
                + " 2>&1; echo rc=$?")
    }

    @Test func kubernetesManifestsValidate() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.kubernetes.path).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
        #expect(files == ["merge-job.yaml", "progress-cronjob.yaml", "shards-job.yaml", "volume.yaml"])
        let out = try Self.validate(files.map { Self.kubernetes.appendingPathComponent($0).path })
        #expect(out.hasSuffix("rc=0\n"), "\(out)")
        for (file, kind) in [
            ("merge-job.yaml", "job/perfplan-merge"), ("progress-cronjob.yaml", "cronjob/perfplan-progress"),
            ("shards-job.yaml", "job/perfplan-shards"), ("volume.yaml", "persistentvolumeclaim/perfplan-work"),
        ] {
            #expect(out.contains("\(file) passed for resource \(kind)"), "\(out)")
        }
    }

    /// The validator does check: a misspelt field and a wrong type are refused.
    @Test func validatorRefusesBrokenManifests() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanup(dir) }
        let job = try String(contentsOf: Self.kubernetes.appendingPathComponent("shards-job.yaml"), encoding: .utf8)
        for (name, broken) in [
            ("misspelt", job.replacingOccurrences(of: "completionMode: Indexed", with: "completionMod: Indexed")),
            ("type", job.replacingOccurrences(of: "completions: 4", with: "completions: four")),
        ] {
            #expect(broken != job)
            let path = dir.appendingPathComponent("\(name).yaml").path
            try Data(broken.utf8).write(to: URL(fileURLWithPath: path))
            let out = try Self.validate([path])
            #expect(!out.hasSuffix("rc=0\n"), "\(name): \(out)")
        }
    }

    /// The Indexed Job's shard count is one number in three places; the pods get the shard
    /// from the environment; everything runs as the image's non-root user.
    @Test func shardJobAgreesWithItself() throws {
        let job = try String(contentsOf: Self.kubernetes.appendingPathComponent("shards-job.yaml"), encoding: .utf8)
        #expect(job.contains("completionMode: Indexed"))
        #expect(job.contains("completions: 4") && job.contains("parallelism: 4") && job.contains("value: \"4\""))
        #expect(job.contains("--shard kubernetes") && job.contains("--out /work/parts/$JOB_COMPLETION_INDEX "))
        for file in ["shards-job.yaml", "merge-job.yaml", "progress-cronjob.yaml"] {
            let text = try String(contentsOf: Self.kubernetes.appendingPathComponent(file), encoding: .utf8)
            #expect(
                text.contains("runAsNonRoot: true") && text.contains("runAsUser: 10001")
                    && text.contains("readOnlyRootFilesystem: true"), "\(file)")
        }
        let recipe = try String(
            contentsOf: CLI.repoRoot.appendingPathComponent("deploy/container/Containerfile"), encoding: .utf8)
        let stages = recipe.split(separator: "\n").filter { $0.hasPrefix("FROM ") }
        #expect(stages == ["FROM swift:6.3-bookworm AS build", "FROM debian:bookworm-slim"])
        let run = recipe.components(separatedBy: "FROM debian:bookworm-slim")[1]
        #expect(run.contains("apt-get install -y --no-install-recommends libxml2 \\"))
        #expect(run.contains("USER 10001:10001"))
        let entry = try String(
            contentsOf: CLI.repoRoot.appendingPathComponent("deploy/container/entrypoint.sh"), encoding: .utf8)
        #expect(entry.contains("\numask 077\nexec /usr/local/bin/perfplan \"$@\"\n"))
    }
}
