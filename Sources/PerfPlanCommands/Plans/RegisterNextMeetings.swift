import Foundation
import PerfPlanCore
import PerfPlanRegister
import PerfPlanRender

/// The next meetings of an employee's plan in force (the highest active cycle), for `perfplan
/// plans show` in both forms: read from the plan.xml of the packet that issued it, beside the
/// register (`PACKETS/YYYY-MM/employees/ID/plan.xml`), and listed only while that file still
/// has the SHA-256 the register recorded, so what is listed is what was handed over.
package struct RegisterNextMeetings: Sendable {
    package var cycle: Int
    /// The day the meetings are listed after ("today").
    package var after: Day
    /// The meetings after `after`, each `review` or `check-in`; nil when they cannot be listed.
    package var meetings: [(day: Day, kind: String)]?
    /// Why they are not listed (the plan.xml is gone, changed or unreadable).
    package var problem: String?

    /// Nil when the employee has no plan in force that a packet issued with an XML plan.
    package static func of(_ plans: [RegisterPlan], employeeId id: String, registerFile file: String, today: Day)
        -> RegisterNextMeetings?
    {
        guard FolderName.problem(with: id) == nil,
            let plan = plans.filter({ $0.record.employeeId == id && $0.record.outcome == .active }).max(by: {
                $0.record.cycle < $1.record.cycle
            }),
            let issued = plan.issued, let sha256 = issued.planSHA256
        else { return nil }
        let path = (file as NSString).deletingLastPathComponent + "/\(issued.packet)/employees/\(id)/plan.xml"
        let (snapshot, problem) = NextMeetings.read(planXML: path, sha256: sha256)
        guard let snapshot else {
            return RegisterNextMeetings(cycle: plan.record.cycle, after: today, meetings: nil, problem: problem ?? path)
        }
        return RegisterNextMeetings(
            cycle: plan.record.cycle, after: today, meetings: NextMeetings.upcoming(snapshot, after: today),
            problem: nil)
    }

    /// "next meetings (cycle 1):" and one line per meeting ("  Tue 24 Nov 2026: check-in").
    package var text: String {
        guard let meetings else { return "next meetings (cycle \(cycle)): not listed: \(problem ?? "")\n" }
        return "next meetings (cycle \(cycle)):"
            + (meetings.isEmpty
                ? " none\n"
                : "\n" + meetings.map { "  \(NextMeetings.line($0))\n" }.joined())
    }

    /// `{"cycle": 1, "after": "2026-11-02", "meetings": [{"date": "2026-11-24", "kind": "check-in"}, …]}`;
    /// `"meetings": null` and `"not_listed"` with the reason when they cannot be listed.
    package var json: String {
        var members = ["\"cycle\": \(cycle)", "\"after\": \"\(after)\""]
        if let meetings {
            members.append(
                "\"meetings\": ["
                    + meetings.map { "{\"date\": \"\($0.day)\", \"kind\": \"\($0.kind)\"}" }.joined(separator: ", ")
                    + "]")
        } else {
            members.append("\"meetings\": null")
            members.append("\"not_listed\": \(JSONText.string(problem ?? ""))")
        }
        return "{" + members.joined(separator: ", ") + "}"
    }
}
