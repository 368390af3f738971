import PerfPlanCore
import PerfPlanRender

/// The plan register at `file`, as the generate and progress actions use it (`RegisterLink`).
public struct RegisterSession: RegisterLink {
    public let file: String

    public init(file: String) { self.file = file }

    public func plans(_ data: [PlanRecord], before month: Month?, warn: (String) -> Void) throws -> [PlanRecord] {
        let (records, contradictions) = try RegisterAccess.plans(data: data, register: file, before: month)
        for c in contradictions { warn("warning: \(c)") }
        return records
    }

    public func generateHook(asOf: Month, policy: Policy, warn: @escaping @Sendable (String) -> Void)
        -> (hook: PublishHook, onPlan: @Sendable (EmployeeResult) -> Void) {
        let hook = RegisterHook.generate(register: file, warn: warn)
        return (hook, { hook.issue($0, asOf: asOf, policy: policy) })
    }

    public func decisionRecorder(hook: PublishHook, asOf: Month, generated: Day) -> (@Sendable (String, Disposition) -> Void)? {
        guard let hook = hook as? RegisterHook else { return nil }
        return { id, disposition in
            if let d = RecordedDecision.of(id, disposition, month: asOf, generated: generated) { hook.decide(d) }
        }
    }

    public func recordedDecisions(month: Month) throws -> [DecisionRecord] {
        try RegisterAccess.recordedDecisions(month: month, register: file)
    }

    public func progressHook(source: Month, reported: [PlanProgress], warn: @escaping @Sendable (String) -> Void) -> PublishHook {
        RegisterHook.progress(register: file, source: source, reported: reported, warn: warn)
    }
}
