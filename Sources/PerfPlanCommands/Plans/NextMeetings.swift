import Crypto
import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The next meetings of an issued plan, for `perfplan plans show`: read from the plan.xml
/// the register recorded (its SHA-256 must still be the recorded one, so what is listed
/// is what was signed), never recomputed under today's policy.
package enum NextMeetings {
    /// The meetings after `day`, at most `limit`, e.g. "Thu 10 Dec 2026: review".
    package static func lines(_ plan: PlanSnapshot, after day: Day, limit: Int = 6) -> [String] {
        upcoming(plan, after: day, limit: limit).map(line)
    }

    /// One meeting as the terminal shows it: "Thu 10 Dec 2026: review".
    package static func line(_ meeting: (day: Day, kind: String)) -> String {
        "\(Labels.dayWithWeekday(meeting.day)): \(meeting.kind)"
    }

    /// The meetings after `day`, at most `limit`, each a `review` (formal) or a `check-in`.
    package static func upcoming(_ plan: PlanSnapshot, after day: Day, limit: Int = 6) -> [(day: Day, kind: String)] {
        plan.checkins.filter { $0 > day }.prefix(limit).map {
            ($0, plan.reviewDates.contains($0) ? "review" : "check-in")
        }
    }

    /// The plan at `path`, when its SHA-256 is `sha256` (hex); nil with the reason otherwise.
    package static func read(planXML path: String, sha256: String) -> (plan: PlanSnapshot?, problem: String?) {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path, followLinks: false, maxBytes: 16 << 20) } catch {
            return (nil, "\(path) cannot be read (\(error.reason))")
        }
        guard SHA256.hash(data: bytes).hex == sha256 else {
            return (nil, "\(path) is no longer the plan the register recorded")
        }
        do {
            let reader = PlanXMLReader(validator: try XMLSchemaValidator(xsd: TemplateSet.schema))
            return (try reader.read(bytes, path: path), nil)
        } catch {
            return (nil, "\(error)")
        }
    }
}
