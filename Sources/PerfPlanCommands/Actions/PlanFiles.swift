import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The plans `progress` measures: `employees/ID/plan.xml` of a generate month folder,
/// checked against its manifest and the XML schema.
package enum PlanFiles {
    /// Before anything is read or written: `out` must not overlap `plans` (the report must
    /// never land on its own input), and `plans` must look like a month folder.
    package static func checkFolders(plans: String, out: String) throws {
        if let conflict = PathOverlap.conflict(plans: plans, out: out) { throw UsageError(conflict) }
        do { try PlanPacketReader.checkMonthFolder(plans) } catch { throw UsageError(error.description) }
    }

    /// The valid plans of `plans` (for employees in `known`) and a message per unusable plan
    /// file. A folder that is no packet is a usage error; an unusable manifest is exit 3.
    package static func read(_ plans: String, known: Set<String>, log: RunLog, console: any Terminal) throws
        -> PlanPacketReader.Result
    {
        do {
            let reader = PlanPacketReader(
                reader: PlanXMLReader(validator: try XMLSchemaValidator(xsd: TemplateSet.schema)))
            return try reader.read(plans, known: known)
        } catch PlanPacketReader.Failure.notAPacket(let message) {
            throw UsageError(message)
        } catch PlanPacketReader.Failure.badManifest(let message) {
            log(level: "error", message, to: console)
            log(level: "error", "no plan could be checked; nothing was written", to: console)
            throw CommandExit(ExitStatus.invalidData)
        }
    }
}
