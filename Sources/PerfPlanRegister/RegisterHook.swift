import Foundation
import PerfPlanCore
import PerfPlanSystem
import Synchronization

/// Keeps the plan register in step with the month folder a `generate` or `progress` run
/// publishes: its entries are committed as a pending batch just before the folder swap and
/// confirmed just after (see `BatchValidity` for why a kill in between is harmless).
package final class RegisterHook: PublishHook, Sendable {
    package let path: String
    let kind: RegisterBatch.Kind
    let source: Month?
    /// Told when the register could not be confirmed after the swap (the next run settles it).
    let warn: @Sendable (String) -> Void

    private let reports: [ProgressEntry]
    /// `progress`: the signatures of the plans reported, kept with the batch.
    private let acknowledgements: [Acknowledgement]
    /// Added to by the render workers, hence the `Mutex`; the rest is the publishing
    /// thread's, kept beside it so the hook stays `Sendable` without a claim left unchecked.
    private let state = Mutex(State())

    private struct State {
        var issued: [IssuedPlan] = []
        var decisions: [RecordedDecision] = []
        var register: PlanRegister?
        var outputLock: OutputLock?
        var staged: Int64?
        /// This run made the register file: removed again if the folder is not published.
        var created = false
    }

    /// For `generate`: plans are added by `issue` as the documents are rendered.
    package static func generate(register path: String, warn: @escaping @Sendable (String) -> Void) -> RegisterHook {
        RegisterHook(path: path, kind: .generate, source: nil, reports: [], acknowledgements: [], warn: warn)
    }

    /// For `progress` of the plans issued in packet `source`.
    package static func progress(
        register path: String, source: Month, reported: [PlanProgress],
        warn: @escaping @Sendable (String) -> Void
    ) -> RegisterHook {
        RegisterHook(
            path: path, kind: .progress, source: source, reports: reported.map(Self.entry),
            acknowledgements: reported.flatMap(Acknowledgement.rows(of:)), warn: warn)
    }

    private init(
        path: String, kind: RegisterBatch.Kind, source: Month?, reports: [ProgressEntry],
        acknowledgements: [Acknowledgement], warn: @escaping @Sendable (String) -> Void
    ) {
        self.path = path
        self.kind = kind
        self.source = source
        self.reports = reports
        self.acknowledgements = acknowledgements
        self.warn = warn
    }

    /// Records a plan `generate` writes (called from the render workers, flagged only).
    package func issue(_ r: EmployeeResult, asOf: Month, policy: Policy) {
        let plan = IssuedPlan(
            employeeId: r.employeeId, cycle: r.cycle, maxCycles: policy.maxCycles, escalate: r.escalate,
            start: asOf + 1, end: asOf + policy.planMonths, packet: asOf, planSHA256: nil,
            goals: r.goals.map {
                IssuedGoal(
                    indicatorId: $0.indicatorId, current: $0.current, expected: $0.expected,
                    deadline: "\($0.deadline)")
            })
        state.withLock { $0.issued.append(plan) }
    }

    /// Records HR's (or the policy's) decision on a flagged employee (from the render workers).
    package func decide(_ d: RecordedDecision) {
        state.withLock { $0.decisions.append(d) }
    }

    static func entry(_ p: PlanProgress) -> ProgressEntry {
        ProgressEntry(
            employeeId: p.plan.employeeId, cycle: p.plan.cycle, packet: p.plan.asOf, month: p.month,
            overall: p.overall.rawValue, goals: p.goals.map { "\($0.goal.indicatorId)=\($0.status.rawValue)" },
            decision: p.decision)
    }

    package func willPublish(_ packet: StagedPacket) throws {
        let folder = (path as NSString).deletingLastPathComponent
        // One writer at a time: the register's folder has its own output lock unless it is
        // the folder being published to (whose lock `publish` holds already).
        try state.withLock { s in
            if Self.canonical(folder.isEmpty ? "." : folder) != Self.canonical(packet.outRoot) {
                s.outputLock = try OutputLock(directory: folder.isEmpty ? "." : folder)
            }
            let existed = RegisterFiles.exists(path)
            do {
                let register = try PlanRegister.openForWriting(path)
                try register.recover()
                var plans = s.issued.sorted { codePointLess($0.employeeId, $1.employeeId) }
                let digests = packet.digests(plans.map { "employees/\($0.employeeId)/plan.xml" })
                for k in plans.indices { plans[k].planSHA256 = digests["employees/\(plans[k].employeeId)/plan.xml"] }
                let target = (Self.canonical(packet.outRoot) ?? packet.outRoot) + "/\(packet.month)"
                s.staged = try register.stage(
                    kind: kind, month: packet.month, source: source, folder: target,
                    manifestSHA256: packet.manifestSHA256, issued: plans, reports: reports)
                if let staged = s.staged, !s.decisions.isEmpty {
                    try register.stageDecisions(
                        s.decisions.sorted { codePointLess($0.employeeId, $1.employeeId) }, batch: staged)
                }
                if let staged = s.staged, !acknowledgements.isEmpty {
                    try register.stageAcknowledgements(acknowledgements, batch: staged)
                }
                s.register = register
                s.created = !existed
            } catch {
                if !existed { RegisterFiles.remove(path) }
                throw error
            }
        }
    }

    package func didPublish() {
        state.withLock { s in
            defer { s.outputLock = nil }
            guard let register = s.register, let staged = s.staged else { return }
            do { try register.confirm(staged) } catch {
                warn("warning: \(error) (the month folder is in place; the next run settles the register)")
            }
        }
    }

    package func didNotPublish() {
        state.withLock { s in
            defer { s.outputLock = nil }
            guard s.register != nil, let staged = s.staged else { return }
            try? s.register?.discard(staged)
            if s.created {
                s.register = nil  // closed before its files go
                RegisterFiles.remove(path)
            }
        }
    }

    static func canonical(_ path: String) -> String? { PathOverlap.realPath(path) }
}
