import PerfPlanCore

/// `plans export --dataset decisions|acknowledgements`: the register's rows in the layout of
/// the `--data` dataset of that name, so `plans import` (or a data folder) reads them back as
/// they were. CSV: the dataset's columns in its order, an absent value an empty cell; JSON:
/// an array of row objects, an absent value null.
extension RegisterReport {
    public static func decisionsCSV(_ rows: [RecordedDecision]) -> String {
        var out = "employee_id,month,decision,decided_by,decided_on,reason\n"
        for d in rows {
            out += [csvCell(d.employeeId), "\(d.month)", d.decision.rawValue, csvCell(d.decidedBy), csvCell(d.decidedOn), csvCell(d.reason)]
                .joined(separator: ",") + "\n"
        }
        return out
    }

    public static func decisionsJSON(_ rows: [RecordedDecision]) -> String {
        "[" + rows.map { "\n  " + decisionObject($0) }.joined(separator: ",") + (rows.isEmpty ? "" : "\n") + "]\n"
    }

    public static func acknowledgementsCSV(_ rows: [Acknowledgement]) -> String {
        var out = "employee_id,cycle,party,signed_on,declined,witness\n"
        for a in rows {
            out += [csvCell(a.employeeId), "\(a.cycle)", a.party.rawValue, "\(a.signedOn)", "\(a.declined)", csvCell(a.witness ?? "")]
                .joined(separator: ",") + "\n"
        }
        return out
    }

    public static func acknowledgementsJSON(_ rows: [Acknowledgement]) -> String {
        "[" + rows.map { a in
            "\n  {\"employee_id\": \(JSONText.string(a.employeeId)), \"cycle\": \(a.cycle), \"party\": \"\(a.party.rawValue)\", "
                + "\"signed_on\": \"\(a.signedOn)\", \"declined\": \(a.declined), \"witness\": \(JSONText.string(a.witness))}"
        }.joined(separator: ",") + (rows.isEmpty ? "" : "\n") + "]\n"
    }
}
