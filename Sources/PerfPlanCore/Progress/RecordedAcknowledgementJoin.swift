/// How the signatures in the `acknowledgements` data join the signatures the plan register
/// recorded, so that a `progress` run never forgets a signature because the file was not at
/// hand (a rerun of a month without it, a cron job pointed at another data folder).
///
/// A recorded signature stands: it applies when the data has no row for that employee, cycle
/// and party. A data row for the same key wins, because a signature's date or witness may
/// have been typed wrong and corrected since; when it says something else than the register,
/// a warning names both, so a correction is never silent. A signature is a fact on paper,
/// which is why absence never removes one: a plan signed in November stays signed.
package enum RecordedAcknowledgementJoin {
    private struct Key: Hashable {
        var employee: String
        var cycle: Int
        var party: SigningParty
    }

    /// `data`: the checked `acknowledgements` rows. `recorded`: the register's signatures
    /// (`PlanRegister.acknowledgements`). The result keeps the data's rows in their order,
    /// then the recorded rows the data lacks in the register's order.
    package static func join(data: [Acknowledgement], recorded: [Acknowledgement])
        -> (rows: [Acknowledgement], warnings: [String])
    {
        var byKey: [Key: Acknowledgement] = [:]
        for r in recorded { byKey[Key(employee: r.employeeId, cycle: r.cycle, party: r.party)] = r }
        var given = Set<Key>()
        var warnings: [String] = []
        for a in data {
            let key = Key(employee: a.employeeId, cycle: a.cycle, party: a.party)
            given.insert(key)
            if let r = byKey[key], !same(a, r) {
                warnings.append(
                    "warning: \(a.source): this row changes \(whose(a.party)) signature on "
                        + "\(Quote.cell(a.employeeId))'s plan (cycle \(a.cycle)) from what the plan register recorded "
                        + "(\(describe(r))) to \(describe(a)); the row is used")
            }
        }
        let kept = recorded.filter { !given.contains(Key(employee: $0.employeeId, cycle: $0.cycle, party: $0.party)) }
        return (data + kept, warnings)
    }

    /// The same signature: the same day, the same refusal and witness (an absent witness and
    /// an empty one are the same).
    static func same(_ a: Acknowledgement, _ b: Acknowledgement) -> Bool {
        a.signedOn == b.signedOn && a.declined == b.declined && (a.witness ?? "") == (b.witness ?? "")
    }

    static func whose(_ party: SigningParty) -> String {
        switch party {
        case .employee: return "the employee's"
        case .manager: return "the manager's"
        case .hr: return "HR's"
        }
    }

    /// "signed on 2026-11-10", "declined on 2026-11-12 before \"Hana Berg, HR\"".
    static func describe(_ a: Acknowledgement) -> String {
        guard a.declined else { return "signed on \(a.signedOn)" }
        return "declined on \(a.signedOn)" + ((a.witness ?? "").isEmpty ? "" : " before \(Quote.cell(a.witness ?? ""))")
    }
}
