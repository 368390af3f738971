import PerfPlanCore

/// One plan cycle of an employee as the register knows it: the `plans` row it stands for,
/// and the detail behind it (which packet issued it, what progress reported).
package struct RegisterPlan: Sendable, Hashable {
    /// In the `plans` dataset's terms: employee, cycle, period, outcome.
    package var record: PlanRecord
    /// The issued plan progress followed (nil for a row only imported).
    package var issued: IssuedPlan?
    /// Every packet month that issued this cycle (a monthly run re-issues an active plan).
    package var packets: [Month]
    /// What progress reported for the followed plan, by month.
    package var reports: [ProgressEntry]
    package var closure: PlanClosure?
    /// True when the row came from `perfplan plans import`.
    package var imported: Bool
}

/// The pure rules that turn register records into plan history and combine it with the
/// `plans` data. No I/O: `PlanRegister` reads and writes, this decides.
package enum RegisterHistory {
    struct Key: Hashable {
        var employeeId: String
        var cycle: Int
    }

    /// The register's plans by employee and cycle, in code-point order of the employee.
    ///
    /// A cycle may be issued by several packets (a monthly run re-issues a plan still
    /// running); the one progress followed stands for it — the one with a decision, else the
    /// one reported last, else the first issued. Its outcome is the decision at its last
    /// month (`extend` → `extended`), else `closed` when HR closed it, else `active`. A row
    /// imported for the same employee and cycle replaces what the register derived.
    package static func plans(_ contents: RegisterContents) -> [RegisterPlan] {
        var reports: [Key: [ProgressEntry]] = [:]
        for r in contents.reports { reports[Key(employeeId: r.employeeId, cycle: r.cycle), default: []].append(r) }
        let closures = Dictionary(
            contents.closures.map { (Key(employeeId: $0.employeeId, cycle: $0.cycle), $0) },
            uniquingKeysWith: { a, _ in a })
        var out: [Key: RegisterPlan] = [:]
        for (key, issued) in Dictionary(
            grouping: contents.issued, by: { Key(employeeId: $0.employeeId, cycle: $0.cycle) })
        {
            let byPacket = issued.sorted { $0.packet < $1.packet }
            let all = (reports[key] ?? []).sorted { ($0.month, $0.packet) < ($1.month, $1.packet) }
            func followed(_ p: IssuedPlan) -> [ProgressEntry] { all.filter { $0.packet == p.packet } }
            let tracked =
                byPacket.last { followed($0).contains { $0.decision != nil } }
                ?? byPacket.filter { !followed($0).isEmpty }.max { followed($0).last!.month < followed($1).last!.month }
                ?? byPacket[0]
            let mine = followed(tracked)
            let outcome: PlanOutcome
            switch mine.last(where: { $0.decision != nil })?.decision {
            case .succeeded: outcome = .succeeded
            case .extend: outcome = .extended
            case .escalate: outcome = .escalated
            case nil: outcome = closures[key] != nil ? .closed : .active
            }
            out[key] = RegisterPlan(
                record: PlanRecord(
                    employeeId: key.employeeId, cycle: key.cycle, start: tracked.start, end: tracked.end,
                    outcome: outcome),
                issued: tracked, packets: byPacket.map(\.packet), reports: mine, closure: closures[key], imported: false
            )
        }
        for row in contents.imported {
            let key = Key(employeeId: row.employeeId, cycle: row.cycle)
            var plan =
                out[key]
                ?? RegisterPlan(record: row, issued: nil, packets: [], reports: [], closure: nil, imported: true)
            plan.record = row
            plan.imported = true
            out[key] = plan
        }
        return out.values.sorted { a, b in
            a.record.employeeId == b.record.employeeId
                ? a.record.cycle < b.record.cycle : codePointLess(a.record.employeeId, b.record.employeeId)
        }
    }

    /// What the register knew before the run of `month`: packets issued before it and
    /// progress up to it. A rerun of a month (or a run for an earlier one) must not count
    /// its own plans as history. An imported plan that starts after `month` was issued by
    /// that month's run or a later one (a register restored from an export), so it is not
    /// history either.
    package static func before(_ month: Month, _ contents: RegisterContents) -> RegisterContents {
        let ids = Set(contents.batches.filter { $0.kind == .generate ? $0.month < month : $0.month <= month }.map(\.id))
        var kept = contents.keeping(batches: ids)
        kept.imported = kept.imported.filter { $0.start <= month }
        return kept
    }

    /// The `plans` rows to compute with: every data row, and the register's rows for an
    /// employee and cycle the data does not mention. Where both speak of the same plan and
    /// disagree (period or outcome), the data row is used and the disagreement reported.
    package static func combine(data: [PlanRecord], register: [PlanRecord]) -> (
        records: [PlanRecord], contradictions: [String]
    ) {
        var fromData: [Key: PlanRecord] = [:]
        for row in data { fromData[Key(employeeId: row.employeeId, cycle: row.cycle)] = row }
        var records = data
        var contradictions: [String] = []
        for row in register {
            guard let given = fromData[Key(employeeId: row.employeeId, cycle: row.cycle)] else {
                records.append(row)
                continue
            }
            if given.start != row.start || given.end != row.end || given.outcome != row.outcome {
                contradictions.append(
                    "\(given.source): the plans row for \(Quote.cell(row.employeeId)) cycle \(row.cycle) says "
                        + "\(describe(given)), the plan register says \(describe(row)); the plans row is used")
            }
        }
        return (records, contradictions)
    }

    static func describe(_ r: PlanRecord) -> String { "\(r.start)–\(r.end) \(r.outcome.rawValue)" }
}
