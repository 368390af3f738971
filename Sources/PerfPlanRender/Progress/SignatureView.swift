import PerfPlanCore

/// The plan's signatures in words (progress report and summary) and as XML elements.
enum SignatureView {
    static func party(_ p: SigningParty) -> String {
        switch p {
        case .employee: return "Employee"
        case .manager: return "Manager"
        case .hr: return "HR"
        }
    }

    /// The party inside a sentence: "the employee", "the manager", "HR".
    static func inProse(_ p: SigningParty) -> String {
        switch p {
        case .employee: return "the employee"
        case .manager: return "the manager"
        case .hr: return "HR"
        }
    }

    /// "signed on 12 October 2026", "declined to sign on … — witness: …", "awaited since …
    /// (23 days)".
    static func text(_ s: PlanSignatures.State) -> String {
        switch s {
        case .signed(let on): return "signed on \(Labels.day(on))"
        case .declined(let on, let witness):
            return "declined to sign on \(Labels.day(on))" + (witness.map { " — witness: \($0)" } ?? "")
        case .awaited(let since, let days):
            return "awaited since \(Labels.day(since)) (\(days) day\(days == 1 ? "" : "s"))"
        }
    }

    /// The report's rows; the flag `overdue` marks a signature awaited too long.
    static func rows(_ s: PlanSignatures?) -> [[String: Any]] {
        guard let s else { return [] }
        let late = Set(s.overdue)
        return s.entries.map { e in
            ["party": party(e.party), "text": text(e.state), "overdue": late.contains(e.party)]
        }
    }

    /// The summary's list: plans with a signature awaited more than `overdueAfterDays` days,
    /// by name (then id), each naming the parties awaited and since when.
    static func overdue(_ progresses: [PlanProgress]) -> [[String: Any]] {
        progresses.filter { !($0.signatures?.overdue.isEmpty ?? true) }.sorted {
            $0.plan.employeeName != $1.plan.employeeName
                ? NameOrder.less($0.plan.employeeName, $1.plan.employeeName)
                : codePointLess($0.plan.employeeId, $1.plan.employeeId)
        }.map { p in
            let s = p.signatures!
            let days = max(0, s.countedAt.daysSinceEpoch - s.handedOver.daysSinceEpoch)
            return [
                "id": p.plan.employeeId, "name": p.plan.employeeName,
                "parties": Prose.list(s.overdue.map(inProse)),
                "since": Labels.day(s.handedOver), "days": days,
            ]
        }
    }

    static func xml(_ s: PlanSignatures?, _ w: XMLDocumentWriter) {
        guard let s else { return }
        for e in s.entries {
            w.start("signature")
            w.attribute("party", e.party.rawValue)
            switch e.state {
            case .signed(let on):
                w.attribute("state", "signed")
                w.attribute("on", on.description)
            case .declined(let on, let witness):
                w.attribute("state", "declined")
                w.attribute("on", on.description)
                w.attribute("witness", witness)
            case .awaited(let since, let days):
                w.attribute("state", "awaited")
                w.attribute("since", since.description)
                w.attribute("days", days)
                w.attribute("overdue", days > PlanSignatures.overdueAfterDays)
            }
            w.end()
        }
    }
}
