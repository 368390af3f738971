import ArgumentParser
import PerfPlanCommands
import PerfPlanCore
import PerfPlanRegister
import PerfPlanSystem

/// `--register FILE` / `--no-register` for the commands that read and write the plan register.
struct RegisterOptions: ParsableArguments {
    @Option(
        name: .customLong("register"),
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

    /// The register session for packets under `packetsRoot`, nil with --no-register. A
    /// shard (`sharded`) keeps no register: its parts run at once and would contend for the
    /// one writer, and a part is not the packet HR hands over (docs/scale-out.md).
    /// `publishingUnder`: the folders whose month folders the run (or a later generate)
    /// replaces; a register inside one of those is refused (`RegisterPlacement`).
    func session(packetsRoot: String, sharded: Bool = false, publishingUnder roots: [String] = []) throws
        -> RegisterSession?
    {
        if sharded {
            if register != nil {
                throw UsageError(
                    "--register: sharded runs keep no plan register (docs/scale-out.md); use --no-register or run without --shard"
                )
            }
            return nil
        }
        guard let file = file(packetsRoot: packetsRoot) else { return nil }
        if let problem = RegisterPlacement.problem(register: RegisterAccess.file(file), roots: [packetsRoot] + roots) {
            throw UsageError(problem)
        }
        return RegisterSession(file: file)
    }
}
