import PerfPlanCore

/// The texts of a flagged employee's row of HR's review list in the language of the HR
/// views, made by the worker that computed the employee (it holds their full result): the
/// short reasons naming the indicators in that language and the cautions.
package struct HRReviewTexts: Sendable {
    package var reasons: [String]
    package var cautions: [String]

    package init(reasons: [String], cautions: [String]) {
        self.reasons = reasons
        self.cautions = cautions
    }
}

/// The packet's index in the language of the HR views, from its `HRWording`: the members
/// `IndexView.view` gives the index templates, with every sentence, label, date and figure
/// in the language. The layout (departments, teams, HR's review list first) is
/// `IndexView`'s own.
package enum LocalizedIndexView {
    package static func view(
        entries: [IndexView.Entry], review: ReviewList?, formats: [DocumentFormat], asOf: Month, generated: Day,
        policy: Policy, markdown: Bool, wording hr: any HRWording, wants: ViewKeySet
    ) -> ViewArena {
        var b = ViewBuilder(wants: wants, capacity: 64 + entries.count / 8)
        let w = hr.documents
        let organization = policy.organization
        b.text(.asOf, w.month(asOf))
        b.text(.generated, w.day(generated))
        b.text(.organization, organization)
        b.bool(.hasOrganization, !organization.isEmpty)
        b.int(.employeeCount, entries.count)
        b.int(.planCount, entries.count { $0.result.flagged })
        b.int(.proposalCount, review?.proposals.count ?? 0)
        let issued = entries.count { $0.disposition.issuesPlan }
        b.int(.issuedCount, issued)
        b.text(.decisionSummary, hr.decisionSummary(proposals: review?.proposals.count ?? 0, issued: issued))
        let teams = IndexView.teams(entries)
        var position: [String: Int] = [:]
        if review != nil { for (k, e) in entries.enumerated() where e.result.flagged { position[e.employee.id] = k } }
        let ranked = review?.rows ?? []
        let flagged =
            review.map { $0.rows.compactMap { position[$0.employeeId] } }
            ?? IndexView.needsPlan(entries, teams: teams)
        b.bool(.hasPlans, !flagged.isEmpty)
        b.lazyList(.needsPlan, count: flagged.count) { n, b in
            row(
                entries[flagged[n]], review: n < ranked.count ? ranked[n] : nil, formats: formats, policy: policy,
                hr: hr, into: &b)
        }
        b.list(.departments) { b in
            for dept in teams {
                b.item { b in
                    b.text(.name, dept.department)
                    b.list(.managers) { b in
                        for manager in dept.managers {
                            b.item { b in
                                b.text(.name, manager.name ?? hr.noManager)
                                b.bool(.hasManager, manager.name != nil)
                                b.lazyList(.rows, count: manager.rows.count) { [rows = manager.rows] n, b in
                                    row(entries[rows[n]], formats: formats, policy: policy, hr: hr, into: &b)
                                }
                            }
                        }
                    }
                }
            }
        }
        return b.finish()
    }

    private static func row(
        _ e: IndexView.Entry, review: ReviewList.Row? = nil, formats: [DocumentFormat], policy: Policy,
        hr: any HRWording, into b: inout ViewBuilder
    ) {
        let w = hr.documents
        b.text(.id, e.employee.id)
        b.text(.name, e.employee.name)
        b.text(.role, e.employee.role)
        b.text(.department, e.employee.department)
        b.text(.managerName, e.employee.managerId == nil ? hr.noManager : e.managerName)
        b.text(.rating, e.result.rating.map { w.rating($0, policy: policy) } ?? "—")
        b.text(.composite, e.result.composite.map { w.figures.number($0, decimals: 2) } ?? "—")
        b.bool(.flagged, e.result.flagged)
        b.text(.disposition, hr.dispositionWords(e.disposition))
        if let review {
            b.text(.cycle, hr.cycle(review.cycle, of: review.maxCycles))
            b.text(.status, hr.dispositionLabel(review.disposition))
            b.text(.reasons, (e.hrReview?.reasons ?? review.reasons).joined(separator: hr.reasonSeparator))
            let cautions = e.hrReview?.cautions ?? []
            b.texts(.cautions, cautions)
            b.bool(.hasCautions, !cautions.isEmpty)
        } else {
            b.text(.reasons, (e.hrReview?.reasons ?? []).joined(separator: hr.reasonSeparator))
        }
        let folder = IndexView.folder(e)
        let documents = IndexView.documents(e, formats: formats)
        for key in [ViewKey.links, .mdLinks] {
            b.list(key) { b in
                for d in documents {
                    b.item { b in
                        b.text(.label, hr.documentLabel(d.kind.description, d.format))
                        b.text(.href) { IndexView.appendHref(folder, d.kind, d.format, to: &$0) }
                    }
                }
            }
        }
    }
}
