import Foundation
import PerfPlanCore

/// What `perfplan plans` prints: a table for people, JSON for machines, and the export in
/// the `plans` dataset's own format. Pure text from `RegisterPlan` values.
package enum RegisterReport {
    // MARK: list

    /// One line per plan, columns aligned; cells shown with control characters made visible.
    package static func table(_ plans: [RegisterPlan]) -> String {
        var rows = [["employee_id", "cycle", "period", "outcome", "packet", "last report", "escalate"]]
        for p in plans {
            let last =
                p.reports.last.map { "\($0.month) \($0.overall)" + ($0.decision.map { " → \($0.rawValue)" } ?? "") }
                ?? "—"
            rows.append([
                visible(p.record.employeeId), "\(p.record.cycle)", "\(p.record.start)–\(p.record.end)",
                p.record.outcome.rawValue + (p.imported ? " (imported)" : ""),
                p.issued.map { "\($0.packet)" } ?? "—", last, p.issued.map { $0.escalate ? "yes" : "no" } ?? "—",
            ])
        }
        return align(rows) + "\(plans.count) plan\(plans.count == 1 ? "" : "s")\n"
    }

    /// `{"plans": [...]}`, one object per plan with the detail of `show`.
    package static func json(_ plans: [RegisterPlan]) -> String {
        "{\"plans\": [" + plans.map { "\n  " + object($0) }.joined(separator: ",") + (plans.isEmpty ? "" : "\n")
            + "]}\n"
    }

    static func object(_ p: RegisterPlan) -> String {
        var members = [
            "\"employee_id\": \(JSONText.string(p.record.employeeId))", "\"cycle\": \(p.record.cycle)",
            "\"start\": \"\(p.record.start)\"", "\"end\": \"\(p.record.end)\"",
            "\"outcome\": \"\(p.record.outcome.rawValue)\"",
            "\"imported\": \(p.imported)",
            "\"packets\": [" + p.packets.map { "\"\($0)\"" }.joined(separator: ", ") + "]",
        ]
        if let i = p.issued {
            members.append("\"packet\": \"\(i.packet)\"")
            members.append("\"escalate\": \(i.escalate)")
            members.append("\"max_cycles\": \(i.maxCycles)")
            members.append("\"plan_sha256\": \(JSONText.string(i.planSHA256))")
            members.append(
                "\"goals\": ["
                    + i.goals.map {
                        "{\"indicator_id\": \(JSONText.string($0.indicatorId)), \"current\": \(JSONText.number($0.current)), "
                            + "\"expected\": \(JSONText.number($0.expected)), \"deadline\": \(JSONText.string($0.deadline))}"
                    }.joined(separator: ", ") + "]")
        }
        members.append(
            "\"reports\": ["
                + p.reports.map { r in
                    "{\"month\": \"\(r.month)\", \"overall\": \(JSONText.string(r.overall)), \"goals\": {"
                        + r.goals.map { g -> String in
                            let parts = g.split(separator: "=", maxSplits: 1).map(String.init)
                            return "\(JSONText.string(parts[0])): \(JSONText.string(parts.count > 1 ? parts[1] : ""))"
                        }.joined(separator: ", ")
                        + "}, \"decision\": \(JSONText.string(r.decision?.rawValue))}"
                }.joined(separator: ", ") + "]")
        if let c = p.closure {
            members.append(
                "\"closed\": {\"reason\": \(JSONText.string(c.reason)), \"on\": \(JSONText.string(c.closedOn))}")
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    // MARK: show

    /// Every plan of one employee, each with its goals and monthly reports.
    package static func detail(_ plans: [RegisterPlan]) -> String {
        var out = ""
        for p in plans {
            out += "cycle \(p.record.cycle): \(p.record.start)–\(p.record.end), \(p.record.outcome.rawValue)"
            out += p.imported ? " (imported)\n" : "\n"
            if let i = p.issued {
                out +=
                    "  issued in packet \(i.packet)"
                    + (p.packets.count > 1
                        ? " (also in \(p.packets.filter { $0 != i.packet }.map(\.description).joined(separator: ", ")))"
                        : "")
                out += i.escalate ? ", escalated (cycle \(i.cycle) of at most \(i.maxCycles))\n" : "\n"
                if let sha = i.planSHA256 { out += "  plan.xml SHA-256 \(sha)\n" }
                for g in i.goals {
                    out +=
                        "  goal \(visible(g.indicatorId)): from \(NumberFormat.machine(g.current)) to \(NumberFormat.machine(g.expected)) by \(g.deadline)\n"
                }
            }
            for r in p.reports {
                out +=
                    "  \(r.month): \(r.overall)"
                    + (r.goals.isEmpty ? "" : " (" + r.goals.map(visible).joined(separator: ", ") + ")")
                out += r.decision.map { ", outcome \($0.rawValue)\n" } ?? "\n"
            }
            if let c = p.closure { out += "  closed on \(c.closedOn): \(visible(c.reason))\n" }
        }
        return out
    }

    // MARK: export

    /// The `plans` dataset as CSV: `employee_id,cycle,start,end,outcome`.
    package static func csv(_ plans: [RegisterPlan]) -> String {
        var out = "employee_id,cycle,start,end,outcome\n"
        for p in plans {
            out +=
                "\(csvCell(p.record.employeeId)),\(p.record.cycle),\(p.record.start),\(p.record.end),\(p.record.outcome.rawValue)\n"
        }
        return out
    }

    /// The `plans` dataset as JSON: an array of row objects, as `plans.json` holds it.
    package static func exportJSON(_ plans: [RegisterPlan]) -> String {
        "["
            + plans.map {
                "\n  {\"employee_id\": \(JSONText.string($0.record.employeeId)), \"cycle\": \($0.record.cycle), "
                    + "\"start\": \"\($0.record.start)\", \"end\": \"\($0.record.end)\", \"outcome\": \"\($0.record.outcome.rawValue)\"}"
            }.joined(separator: ",") + (plans.isEmpty ? "" : "\n") + "]\n"
    }

    /// RFC 4180: quoted when the cell holds a comma, quote or line break.
    static func csvCell(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell for the terminal: control and invisible characters shown as escapes.
    static func visible(_ s: String) -> String {
        let quoted = Quote.cell(s)
        let inner = quoted.dropFirst().dropLast()
        return quoted.hasSuffix("…\"") || inner.contains("\\") ? quoted : String(inner)
    }

    static func align(_ rows: [[String]]) -> String {
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (k, c) in r.enumerated() { widths[k] = max(widths[k], c.count) } }
        return rows.map { r in
            r.enumerated().map { k, c in k == r.count - 1 ? c : c + String(repeating: " ", count: widths[k] - c.count) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
