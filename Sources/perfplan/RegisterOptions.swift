import ArgumentParser
import PerfPlanCore
import PerfPlanRegister

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

    /// The plans rows to compute with: the data's and the register's; contradictions are
    /// reported on stderr (through `log`), the data row winning. A register that cannot be
    /// read fails the run (exit 1) before anything is written.
    func plans(_ data: [PlanRecord], register file: String?, before month: Month?, command: String,
               log: (String) -> Void = { Console.error($0) }) throws -> [PlanRecord] {
        guard let file else { return data }
        do {
            let (records, contradictions) = try RegisterAccess.plans(data: data, register: file, before: month)
            for c in contradictions { log("warning: \(c)") }
            return records
        } catch {
            log("perfplan \(command): \(error)")
            throw ExitCode(ExitStatus.failed)
        }
    }
}
