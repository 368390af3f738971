import PerfPlanCore

extension IndexView {
    /// What the run did for a person, in the words of the index's "Everyone" table: a
    /// flagged person is not necessarily on a plan (HR may coach, defer or dismiss, the
    /// proposal may await HR's decision or be blocked by an earlier plan without an outcome).
    static func dispositionWords(_ d: Disposition) -> String {
        switch d {
        case .none: return "—"
        case .inForce(let p): return "on plan until \(Labels.month(p.end))"
        case .proposal(let conflicts): return conflicts.isEmpty ? "proposal awaiting HR" : "blocked: history conflict"
        case .issued: return "plan issued"
        case .coach: return "coaching"
        case .deferred: return "deferred"
        case .dismissed: return "dismissed"
        }
    }
}
