/// Where an issued plan's three signatures stand on a given day (contract §7.50): each party
/// (employee, manager, HR) has signed, declined to sign before a witness, or is awaited since
/// the plan was handed over. Pure: the acknowledgements and the two days come in.
///
/// The plan is handed over at its plan meeting (`CheckinSchedule.planMeeting`: the day the
/// trigger month's results exist), so a signature is awaited from that day. The day the
/// signatures are counted at is chosen by the caller; `progress` uses the last day of the
/// month it reports on, so the count depends on the as-of month alone, never on the clock.
package struct PlanSignatures: Hashable, Sendable {
    package enum State: Hashable, Sendable {
        case signed(on: Day)
        case declined(on: Day, witness: String?)
        /// Not yet signed: awaited since the hand-over, for `days` days at the counting day.
        case awaited(since: Day, days: Int)
    }

    package struct Entry: Hashable, Sendable {
        package var party: SigningParty
        package var state: State
    }

    /// A signature awaited for more than this many days is listed in the progress summary.
    package static let overdueAfterDays = 7

    /// The plan meeting, when the plan was handed over for signing.
    package var handedOver: Day
    /// The day the awaited days are counted to.
    package var countedAt: Day
    /// Employee, manager, HR, in that order.
    package var entries: [Entry]

    /// The parties whose signature is awaited for more than `overdueAfterDays` days.
    package var overdue: [SigningParty] {
        entries.compactMap { e in
            if case .awaited(_, let days) = e.state, days > Self.overdueAfterDays { return e.party }
            return nil
        }
    }

    /// The parties whose signature is still awaited (however recently).
    package var awaited: [SigningParty] {
        entries.compactMap { e in
            if case .awaited = e.state { return e.party }
            return nil
        }
    }

    /// `acknowledgements`: this plan's rows (employee and cycle already matched); a
    /// signature dated after `countedAt` still counts — the data records it.
    package init(handedOver: Day, countedAt: Day, acknowledgements: [Acknowledgement]) {
        self.handedOver = handedOver
        self.countedAt = countedAt
        let waited = max(0, countedAt.daysSinceEpoch - handedOver.daysSinceEpoch)
        entries = SigningParty.allCases.map { party in
            guard let a = acknowledgements.first(where: { $0.party == party }) else {
                return Entry(party: party, state: .awaited(since: handedOver, days: waited))
            }
            return Entry(
                party: party,
                state: a.declined ? .declined(on: a.signedOn, witness: a.witness) : .signed(on: a.signedOn))
        }
    }
}

/// The acknowledgements of a dataset by employee and cycle, built once for a run.
package struct AcknowledgementIndex: Sendable {
    private struct Key: Hashable {
        var employee: String
        var cycle: Int
    }
    private var rows: [Key: [Acknowledgement]] = [:]

    package init(_ acknowledgements: [Acknowledgement]) {
        for a in acknowledgements { rows[Key(employee: a.employeeId, cycle: a.cycle), default: []].append(a) }
    }

    package func rows(employeeId: String, cycle: Int) -> [Acknowledgement] {
        rows[Key(employee: employeeId, cycle: cycle)] ?? []
    }

    /// The signatures of a plan starting in `start` (handed over at its plan meeting, by
    /// `reviewDay`), counted at the last day of `month`.
    package func signatures(employeeId: String, cycle: Int, start: Month, reviewDay: Int, month: Month)
        -> PlanSignatures
    {
        PlanSignatures(
            handedOver: CheckinSchedule.planMeeting(start: start, reviewDay: reviewDay),
            countedAt: Day(year: month.year, month: month.month, day: month.dayCount)!,
            acknowledgements: rows(employeeId: employeeId, cycle: cycle))
    }
}
