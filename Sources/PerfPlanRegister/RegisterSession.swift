import PerfPlanCore
import PerfPlanSystem

/// The plan register at `file`, as the generate and progress actions use it: the plans to
/// compute with, and the hooks kept in step with a published month folder. A run without a
/// register (`--no-register`) has none.
package struct RegisterSession: Sendable {
    package let file: String

    package init(file: String) { self.file = file }

    /// The plans rows to compute with: the data's and the register's (data rows win),
    /// issued before `month` (nil: all). Contradictions go to `warn`; an unreadable
    /// register throws, and the run ends before anything is written.
    package func plans(_ data: [PlanRecord], before month: Month?, warn: (String) -> Void) throws -> [PlanRecord] {
        let (records, contradictions) = try RegisterAccess.plans(data: data, register: file, before: month)
        for c in contradictions { warn("warning: \(c)") }
        return records
    }

    /// For `generate`: the hook kept in step with the folder's swap, and what to call for each
    /// plan issued (from the render workers).
    package func generateHook(asOf: Month, policy: Policy, warn: @escaping @Sendable (String) -> Void)
        -> (hook: PublishHook, onPlan: @Sendable (EmployeeResult) -> Void)
    {
        let hook = RegisterHook.generate(register: file, warn: warn)
        return (hook, { hook.issue($0, asOf: asOf, policy: policy) })
    }

    package func decisionRecorder(hook: PublishHook, asOf: Month, generated: Day) -> (
        @Sendable (String, Disposition) -> Void
    )? {
        guard let hook = hook as? RegisterHook else { return nil }
        return { id, disposition in
            if let d = RecordedDecision.of(id, disposition, month: asOf, generated: generated) { hook.decide(d) }
        }
    }

    /// For `generate` of `month`: the decisions the register holds for that month (a rerun
    /// keeps them; `RecordedDecisionJoin`). An unreadable register throws.
    package func recordedDecisions(month: Month) throws -> [DecisionRecord] {
        try RegisterAccess.recordedDecisions(month: month, register: file)
    }

    /// For `progress`: the signatures the register holds (a rerun without the data's file
    /// keeps them; `RecordedAcknowledgementJoin`). An unreadable register throws.
    package func recordedAcknowledgements() throws -> [Acknowledgement] {
        try RegisterAccess.recordedAcknowledgements(register: file)
    }

    /// For `progress` of the plans issued in packet `source`.
    package func progressHook(source: Month, reported: [PlanProgress], warn: @escaping @Sendable (String) -> Void)
        -> PublishHook
    {
        RegisterHook.progress(register: file, source: source, reported: reported, warn: warn)
    }
}
