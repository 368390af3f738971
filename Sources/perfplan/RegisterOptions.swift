import ArgumentParser
import PerfPlanCore
import PerfPlanIO
import PerfPlanRegister
import PerfPlanRender

/// `--register FILE` / `--no-register` for the commands that read and write the plan register.
struct RegisterOptions: ParsableArguments {
    @Option(name: .customLong("register"),
            help: ArgumentHelp("The plan register (default: perfplan.sqlite in the packets folder).", valueName: "FILE"))
    var register: String?

    @Flag(name: .customLong("no-register"), help: "Neither read nor write the plan register.")
    var noRegister = false

    func validate() throws {
        if register != nil && noRegister { throw ValidationError("--register and --no-register exclude each other") }
    }

    /// The register file to use for packets under `packetsRoot`, nil with --no-register.
    func file(packetsRoot: String) -> String? {
        noRegister ? nil : register ?? RegisterAccess.defaultFile(packetsRoot: packetsRoot)
    }

    /// The register session for packets under `packetsRoot`, nil with --no-register.
    func session(packetsRoot: String) -> RegisterSession? {
        file(packetsRoot: packetsRoot).map(RegisterSession.init(file:))
    }
}
