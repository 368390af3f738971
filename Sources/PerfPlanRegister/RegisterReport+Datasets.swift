import PerfPlanCore

/// `plans export --dataset decisions|acknowledgements`: the register's rows in the layout of
/// the `--data` dataset of that name, so `plans import` (or a data folder) reads them back as
/// they were. CSV: the dataset's columns in its order, an absent value an empty cell; JSON:
/// an array of row objects, an absent value null.
extension RegisterReport {
    package static func decisionsCSV(_ rows: [RecordedDecision]) -> String {
        var out = "employee_id,month,decision,decided_by,decided_on,reason\n"
        for d in rows {
            out +=
                [
                    csvCell(d.employeeId), "\(d.month)", d.decision.rawValue, csvCell(d.decidedBy),
                    csvCell(d.decidedOn), csvCell(d.reason),
                ]
                .joined(separator: ",") + "\n"
        }
        return out
    }

    package static func decisionsJSON(_ rows: [RecordedDecision]) -> String {
        "[" + rows.map { "\n  " + decisionObject($0) }.joined(separator: ",") + (rows.isEmpty ? "" : "\n") + "]\n"
    }

    package static func acknowledgementsCSV(_ rows: [Acknowledgement]) -> String {
        var out = "employee_id,cycle,party,signed_on,declined,witness\n"
        for a in rows {
            out +=
                [
                    csvCell(a.employeeId), "\(a.cycle)", a.party.rawValue, "\(a.signedOn)", "\(a.declined)",
                    csvCell(a.witness ?? ""),
                ]
                .joined(separator: ",") + "\n"
        }
        return out
    }

    package static func acknowledgementsJSON(_ rows: [Acknowledgement]) -> String {
        "["
            + rows.map { a in
                "\n  {\"employee_id\": \(JSONText.string(a.employeeId)), \"cycle\": \(a.cycle), \"party\": \"\(a.party.rawValue)\", "
                    + "\"signed_on\": \"\(a.signedOn)\", \"declined\": \(a.declined), \"witness\": \(JSONText.string(a.witness))}"
            }.joined(separator: ",") + (rows.isEmpty ? "" : "\n") + "]\n"
    }

    /// `plans show --format json`: `{"plans": [...], "decisions": [...], "next_meetings": …}`;
    /// `nextMeetings` is the next meetings' JSON object, nil for `null`.
    package static func showJSON(_ plans: [RegisterPlan], decisions: [RecordedDecision], nextMeetings: String?)
        -> String
    {
        "{\"plans\": [" + plans.map { "\n  " + object($0) }.joined(separator: ",") + (plans.isEmpty ? "" : "\n")
            + "],\n"
            + " \"decisions\": [" + decisions.map { "\n  " + decisionObject($0) }.joined(separator: ",")
            + (decisions.isEmpty ? "" : "\n") + "],\n"
            + " \"next_meetings\": " + (nextMeetings ?? "null") + "}\n"
    }

    /// One decision in the `decisions` dataset's names (an empty reason is null).
    static func decisionObject(_ d: RecordedDecision) -> String {
        "{\"employee_id\": \(JSONText.string(d.employeeId)), \"month\": \"\(d.month)\", \"decision\": \"\(d.decision.rawValue)\", "
            + "\"decided_by\": \(JSONText.string(d.decidedBy)), \"decided_on\": \(JSONText.string(d.decidedOn)), "
            + "\"reason\": \(JSONText.string(d.reason.isEmpty ? nil : d.reason))}"
    }
}
