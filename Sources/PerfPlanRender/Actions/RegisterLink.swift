import PerfPlanCore

/// What `generate` and `progress` need from the plan register. PerfPlanRegister implements
/// it (`RegisterSession`); it builds on this module, so the actions see only this protocol
/// and a run without a register (`--no-register`) passes nil.
public protocol RegisterLink: Sendable {
    /// For `generate`: what to call with each flagged employee's disposition, so the
    /// register records the decision (nil: nothing is recorded). `hook` is the one
    /// `generateHook` returned.
    func decisionRecorder(hook: PublishHook, asOf: Month, generated: Day) -> (@Sendable (String, Disposition) -> Void)?
    /// The plans rows to compute with: the data's and the register's (data rows win),
    /// issued before `month` (nil: all). Contradictions go to `warn`; an unreadable
    /// register throws, and the run ends before anything is written.
    func plans(_ data: [PlanRecord], before month: Month?, warn: (String) -> Void) throws -> [PlanRecord]
    /// For `generate`: the hook kept in step with the folder's swap, and what to call for each
    /// plan issued (from the render workers).
    func generateHook(asOf: Month, policy: Policy, warn: @escaping @Sendable (String) -> Void)
        -> (hook: PublishHook, onPlan: @Sendable (EmployeeResult) -> Void)
    /// For `progress` of the plans issued in packet `source`.
    func progressHook(source: Month, reported: [PlanProgress], warn: @escaping @Sendable (String) -> Void) -> PublishHook
    /// For `generate` of `month`: the decisions the register holds for that month (a rerun
    /// keeps them; `RecordedDecisionJoin`). An unreadable register throws.
    func recordedDecisions(month: Month) throws -> [DecisionRecord]
}

extension RegisterLink {
    public func decisionRecorder(hook: PublishHook, asOf: Month, generated: Day) -> (@Sendable (String, Disposition) -> Void)? { nil }
    public func recordedDecisions(month: Month) throws -> [DecisionRecord] { [] }
}
