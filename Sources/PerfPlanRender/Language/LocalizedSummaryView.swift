import PerfPlanCore

/// The progress summary's view in the language of the HR views, from its `HRWording`: the
/// members `ProgressView.summary` gives the summary templates (the same rows in the same
/// order), with statuses, outcomes, dates and link labels in the language.
package enum LocalizedSummaryView {
    package static func make(
        _ s: ProgressSummary, progresses: [PlanProgress], formats: [DocumentFormat], generated: Day,
        organization: String, wording hr: any HRWording
    ) -> [String: Any] {
        let w = hr.documents
        let managerNames = Dictionary(s.byManager.filter { !$0.key.isEmpty }.map { ($0.key, $0.displayName) }) { a, _ in
            a
        }
        let reports: [[String: Any]] = progresses.sorted {
            $0.plan.employeeName != $1.plan.employeeName
                ? NameOrder.less($0.plan.employeeName, $1.plan.employeeName)
                : codePointLess($0.plan.employeeId, $1.plan.employeeId)
        }.map { p in
            let links = formats.map {
                [
                    "label": hr.reportLink($0),
                    "href": "employees/\(URLPath.encode(p.plan.employeeId))/progress.\($0.rawValue)",
                ]
            }
            return [
                "id": p.plan.employeeId, "name": p.plan.employeeName, "department": p.plan.department,
                "manager": p.plan.managerId.flatMap { managerNames[$0] } ?? p.plan.managerName ?? "—",
                "status": p.decision.map(w.outcomeWord) ?? w.goalStatus(p.overall),
                "statusClass": ProgressView.status(p.overall).cls,
                "links": links, "mdLinks": links,
            ]
        }
        let overdue: [[String: Any]] = progresses.filter { !($0.signatures?.overdue.isEmpty ?? true) }.sorted {
            $0.plan.employeeName != $1.plan.employeeName
                ? NameOrder.less($0.plan.employeeName, $1.plan.employeeName)
                : codePointLess($0.plan.employeeId, $1.plan.employeeId)
        }.map { p in
            let signatures = p.signatures!
            return [
                "id": p.plan.employeeId, "name": p.plan.employeeName,
                "parties": w.list(signatures.overdue.map(hr.partyInProse)),
                "since": w.day(signatures.handedOver),
                "days": max(0, signatures.countedAt.daysSinceEpoch - signatures.handedOver.daysSinceEpoch),
            ]
        }
        return [
            "month": w.month(s.month), "generated": w.day(generated),
            "total": ProgressView.counts("", s.total),
            "hasReports": !reports.isEmpty,
            "organization": organization, "hasOrganization": !organization.isEmpty,
            "departments": s.byDepartment.sorted { NameOrder.less($0.label, $1.label) }.map {
                ProgressView.counts($0.label, $0.counts)
            },
            // Plans without a manager: the core labels their group in English.
            "managers": ProgressView.managersByName(s.byManager).map {
                ProgressView.counts(
                    $0.key.isEmpty && $0.displayName == "No manager on record" ? hr.noManager : $0.displayName,
                    $0.counts)
            },
            "reports": reports,
            "signaturesOverdue": overdue, "hasSignaturesOverdue": !overdue.isEmpty,
            "overdueAfterDays": PlanSignatures.overdueAfterDays,
        ]
    }
}
