/// What HR decided about a proposal (contract §7.45): one row of the `decisions` dataset.
package enum DecisionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The proposal is issued as drafted: `plan.*` is written.
    case issue
    /// No plan: the interview form becomes a coaching conversation on the flagged indicators.
    case coach
    /// Decide next month: nothing is written but the proposal's worksheet.
    case `defer`
    /// No action.
    case dismiss
}

package struct DecisionRecord: Hashable, Sendable {
    package var employeeId: String
    /// The month whose proposal the decision answers (the generate as-of month).
    package var month: Month
    package var decision: DecisionKind
    package var decidedBy: String
    package var decidedOn: Day
    /// Why; required for every decision but `issue`.
    package var reason: String?
    package var source: SourceLocation

    package init(
        employeeId: String, month: Month, decision: DecisionKind, decidedBy: String, decidedOn: Day,
        reason: String? = nil, source: SourceLocation = .synthetic
    ) {
        self.employeeId = employeeId
        self.month = month
        self.decision = decision
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
        self.reason = reason
        self.source = source
    }
}

/// Who signs a plan (contract §7.50).
package enum SigningParty: String, Sendable, Hashable, Codable, CaseIterable {
    case employee, manager, hr
}

/// One signature of an issued plan, or a recorded refusal to sign (`declined`, with a witness).
package struct Acknowledgement: Hashable, Sendable {
    package var employeeId: String
    package var cycle: Int
    package var party: SigningParty
    /// The day signed, or the day the party declined to sign.
    package var signedOn: Day
    package var declined: Bool
    package var witness: String?
    package var source: SourceLocation

    package init(
        employeeId: String, cycle: Int, party: SigningParty, signedOn: Day, declined: Bool = false,
        witness: String? = nil, source: SourceLocation = .synthetic
    ) {
        self.employeeId = employeeId
        self.cycle = cycle
        self.party = party
        self.signedOn = signedOn
        self.declined = declined
        self.witness = witness
        self.source = source
    }
}
