import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan progress`: one report per active plan and the roll-up, published like a packet.
package struct ProgressGenerator: Sendable {
    package let progresses: [PlanProgress]
    package let month: Month
    package let formats: [DocumentFormat]
    package let templates: TemplateSet
    package let generated: Day
    /// Policy `organization`, named in the headers ("" when unset).
    package let organization: String

    package init(
        progresses: [PlanProgress], month: Month, formats: [DocumentFormat], templates: TemplateSet, generated: Day,
        organization: String = ""
    ) {
        self.progresses = progresses.sorted { codePointLess($0.plan.employeeId, $1.plan.employeeId) }
        self.month = month
        self.formats = DocumentFormat.allCases.filter(formats.contains)
        self.templates = templates
        self.generated = generated
        self.organization = organization
    }

    /// What made the reports, for the manifest (`merge` checks it).
    package var provenance: Provenance?
    /// `--shard K/N`: only these employees' reports are written; the summary still rolls up
    /// every plan, so `merge` takes it from any part and it is the whole run's.
    package var shard: Shard?
    /// The plans' calendars and the outbox; nil: none are written.
    package var calendar: CalendarOutput?
    /// The meetings of every plan reported and of every plan closed with meetings still
    /// ahead (cancelled), for the calendars and the outbox.
    package var meetings: [PlanMeetings] = []
    /// The signatures awaited, for the outbox's messages.
    package var pending = PendingReminders()
    /// Each employee's document language (`DocumentLanguage.of`); absent: English.
    package var languages: [String: Language] = [:]
    /// The indicators' translated names (`name_de`, …), by indicator id.
    package var indicatorNames: [String: [Language: String]] = [:]
    /// The language of the summary (`HRLanguage.of`).
    package var hrLanguage: Language = .en
    /// The indicators' translated units (`unit_de`, …), by indicator id; the reports' XML
    /// keeps the plan's unit.
    package var indicatorUnits: [String: [Language: TranslatedUnit]] = [:]

    package var summary: ProgressSummary { ProgressSummary(month: month, progresses: progresses) }

    /// The plans whose reports this run writes: the shard's share, otherwise all.
    package var reported: [PlanProgress] {
        guard let shard else { return progresses }
        return progresses.filter { shard.contains($0.plan.employeeId) }
    }

    /// `progress` is called once per report written, for a progress bar.
    /// `hook`: kept in step with the month folder's swap (the plan register).
    package func write(outRoot: String, hook: PublishHook? = nil, progress: (() -> Void)? = nil) throws
        -> PacketWriter.Result
    {
        let summary = self.summary
        return try PacketWriter.publish(
            outRoot: outRoot, month: month, generated: generated, provenance: provenance, hook: hook
        ) { out in
            try out.makeFolder("employees")
            for p in reported {
                let folder = "employees/\(p.plan.employeeId)"
                try out.makeFolder(folder)
                // In the employee's language where it is not English: its own view and templates.
                let language = languages[p.plan.employeeId] ?? .en
                let view =
                    language.progressWording.map {
                        LocalizedProgressView.make(
                            p, generated: generated, organization: organization, wording: $0,
                            indicatorNames: indicatorNames, indicatorUnits: indicatorUnits)
                    }
                    ?? ProgressView.make(p, generated: generated, organization: organization)
                for f in formats {
                    switch f {
                    case .md, .html:
                        let name = DocumentLanguage.template(
                            "progress.\(f.rawValue)", language.progressWording == nil ? .en : language)
                        try out.put(try templates.render(view, name), "\(folder)/progress.\(f.rawValue)")
                    case .xml: try out.put(ProgressXML.progress(p, generated: generated), "\(folder)/progress.xml")
                    }
                }
                progress?()
            }
            if let calendar {
                var byEmployee: [String: [PlanMeetings]] = [:]
                for m in meetings where shard?.contains(m.employeeId) ?? true {
                    byEmployee[m.employeeId, default: []].append(m)
                }
                for (id, plans) in byEmployee.sorted(by: { codePointLess($0.key, $1.key) }) {
                    try out.makeFolder("employees/" + id)
                    try out.put(PlanCalendar.ics(plans, settings: calendar.settings), "employees/\(id)/checkins.ics")
                }
            }
            let view =
                hrLanguage.hrWording.map {
                    LocalizedSummaryView.make(
                        summary, progresses: progresses, formats: formats, generated: generated,
                        organization: organization, wording: $0)
                }
                ?? ProgressView.summary(
                    summary, progresses: progresses, formats: formats, generated: generated,
                    organization: organization)
            for f in formats {
                switch f {
                case .md, .html:
                    let name = "summary.\(f.rawValue)"
                    try out.put(try templates.render(view, DocumentLanguage.template(name, hrLanguage)), name)
                case .xml:
                    try out.put(
                        ProgressXML.summary(
                            summary, progresses: progresses, formats: formats, generated: generated,
                            organization: organization), "summary.xml")
                }
            }
            try calendar?.writeShared(meetings, pending: pending, to: out)
        }
    }
}
