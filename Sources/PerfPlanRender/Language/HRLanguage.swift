import PerfPlanCore

/// The language HR reads perfplan in: the HR views (worksheet, index, review list, summary,
/// calibration) and HR's reminder message. The policy's `hr_language` (else its
/// `language`), but only where a complete catalogue of the HR views exists; any other
/// falls back to English as a whole, with a warning (`fallbackWarning`), so no HR view mixes
/// English sentences into another language.
package enum HRLanguage {
    /// The languages whose HR views have a complete catalogue and templates.
    package static let translated: Set<Language> = [.en, .de, .es, .fr]

    /// The HR views with a template per language (`de/worksheet.html`, …), beside HR's message.
    package static let kinds = ["worksheet", "index", "summary", "calibration"]

    /// The language of the HR views and HR's message.
    package static func of(_ policy: Policy) -> Language {
        let wanted = policy.effectiveHRLanguage
        return translated.contains(wanted) ? wanted : .en
    }

    /// The warning for a policy whose HR language has no catalogue yet; nil when it has one.
    package static func fallbackWarning(_ policy: Policy) -> String? {
        let wanted = policy.effectiveHRLanguage
        guard !translated.contains(wanted) else { return nil }
        let key = policy.hrLanguage == nil ? "language" : "hr_language"
        return "perfplan.json \(key) \"\(wanted.rawValue)\": the HR views (worksheet, index, review list, summary, "
            + "calibration) are not written in this language yet; they are in English"
    }
}

extension DocumentLanguage {
    /// The language of someone who may be missing from today's data (a manager named only
    /// by id, a plan's employee who has left): theirs when known, else the policy's.
    package static func of(_ employee: Employee?, policy: Policy) -> Language {
        guard let employee else { return translated.contains(policy.language) ? policy.language : .en }
        return of(employee, policy: policy)
    }
}
