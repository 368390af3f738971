/// What HR decided about a proposal (contract §7.45): one row of the `decisions` dataset.
public enum DecisionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The proposal is issued as drafted: `plan.*` is written.
    case issue
    /// No plan: the interview form becomes a coaching conversation on the flagged indicators.
    case coach
    /// Decide next month: nothing is written but the proposal's worksheet.
    case `defer`
    /// No action.
    case dismiss
}

public struct DecisionRecord: Hashable, Sendable {
    public var employeeId: String
    /// The month whose proposal the decision answers (the generate as-of month).
    public var month: Month
    public var decision: DecisionKind
    public var decidedBy: String
    public var decidedOn: Day
    /// Why; required for every decision but `issue`.
    public var reason: String?
    public var source: SourceLocation

    public init(
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
public enum SigningParty: String, Sendable, Hashable, Codable, CaseIterable {
    case employee, manager, hr
}

/// One signature of an issued plan, or a recorded refusal to sign (`declined`, with a witness).
public struct Acknowledgement: Hashable, Sendable {
    public var employeeId: String
    public var cycle: Int
    public var party: SigningParty
    /// The day signed, or the day the party declined to sign.
    public var signedOn: Day
    public var declined: Bool
    public var witness: String?
    public var source: SourceLocation

    public init(
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
