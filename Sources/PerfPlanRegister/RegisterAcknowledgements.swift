import PerfPlanCore

/// The signatures the register keeps (contract §7.50): those a `progress` run read from the
/// `acknowledgements` data for the plans it reported, stored with its batch (a rerun of the
/// month replaces them, a run that never published leaves none), and those `perfplan plans
/// import` added. `progress` itself reads signatures from the data; the register keeps them so
/// that `plans export` hands the whole history on.
extension PlanRegister {
    /// Adds a progress batch's signatures (inside the run's staging, before the folder swap).
    func stageAcknowledgements(_ rows: [Acknowledgement], batch: Int64) throws {
        try db.transaction {
            for a in rows {
                try db.query(
                    """
                    INSERT OR REPLACE INTO acknowledgement (batch_id, employee_id, cycle, party, signed_on, declined, witness)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    """,
                    [
                        .integer(batch), .text(a.employeeId), .integer(Int64(a.cycle)), .text(a.party.rawValue),
                        .text("\(a.signedOn)"), .integer(a.declined ? 1 : 0), .text(a.witness ?? ""),
                    ])
            }
        }
    }

    /// The register's signature for each employee, cycle and party: an imported one, else
    /// the one of the latest progress batch in force that read it (the data may have been
    /// corrected since an earlier month). By employee (code-point order), cycle, party
    /// (employee, manager, HR).
    package func acknowledgements() throws -> [Acknowledgement] {
        struct Key: Hashable {
            var employee: String
            var cycle: Int
            var party: SigningParty
        }
        var latest: [Key: (batch: Int64, row: Acknowledgement)] = [:]
        let inForce = Set(try current().batches.map(\.id))
        if !inForce.isEmpty, try hasTable("acknowledgement") {
            for r in try db.query(
                "SELECT batch_id, employee_id, cycle, party, signed_on, declined, witness FROM acknowledgement")
            {
                guard let batch = r[0].integer, inForce.contains(batch), let a = Self.acknowledgement(r, from: 1) else {
                    continue
                }
                let key = Key(employee: a.employeeId, cycle: a.cycle, party: a.party)
                if let seen = latest[key], seen.batch > batch { continue }
                latest[key] = (batch, a)
            }
        }
        var out = latest.mapValues(\.row)
        if try hasTable("imported_acknowledgement") {
            for r in try db.query(
                "SELECT employee_id, cycle, party, signed_on, declined, witness FROM imported_acknowledgement")
            {
                guard let a = Self.acknowledgement(r, from: 0) else { continue }
                out[Key(employee: a.employeeId, cycle: a.cycle, party: a.party)] = a
            }
        }
        let order = Dictionary(uniqueKeysWithValues: SigningParty.allCases.enumerated().map { ($1, $0) })
        return out.values.sorted { a, b in
            if a.employeeId != b.employeeId { return codePointLess(a.employeeId, b.employeeId) }
            return a.cycle != b.cycle ? a.cycle < b.cycle : order[a.party]! < order[b.party]!
        }
    }

    /// The signature in the six columns from `k` on: employee_id, cycle, party, signed_on,
    /// declined, witness (nil for a row changed outside perfplan into something unreadable).
    static func acknowledgement(_ r: [SQLite.Value], from k: Int) -> Acknowledgement? {
        guard let id = r[k].text, let cycle = r[k + 1].integer,
            let party = r[k + 2].text.flatMap(SigningParty.init(rawValue:)),
            let on = r[k + 3].text.flatMap(Day.init(parsing:)), let declined = r[k + 4].integer
        else { return nil }
        let witness = r[k + 5].text ?? ""
        return Acknowledgement(
            employeeId: id, cycle: Int(cycle), party: party, signedOn: on, declined: declined != 0,
            witness: witness.isEmpty ? nil : witness)
    }
}

extension Acknowledgement {
    /// The signatures and refusals a progress report shows for a plan, as `acknowledgements`
    /// rows (awaited signatures have none).
    package static func rows(of p: PlanProgress) -> [Acknowledgement] {
        (p.signatures?.entries ?? []).compactMap { e in
            switch e.state {
            case .signed(let on):
                return Acknowledgement(employeeId: p.plan.employeeId, cycle: p.plan.cycle, party: e.party, signedOn: on)
            case .declined(let on, let witness):
                return Acknowledgement(
                    employeeId: p.plan.employeeId, cycle: p.plan.cycle, party: e.party, signedOn: on,
                    declined: true, witness: witness)
            case .awaited:
                return nil
            }
        }
    }
}
