import PerfPlanCore

/// The language an employee's documents are written in: their own (`employees.language`),
/// else the policy's `language`, but only where a complete catalogue of the documents'
/// sentences and templates exists. A language whose catalogue is not written yet falls
/// back to English as a whole, so no document mixes English sentences into another
/// language's templates (docs/data-format.md, "Languages and number formats").
package enum DocumentLanguage {
    /// The languages with a complete catalogue (`Wording`) and templates (`Templates/LANG/`).
    package static let translated: Set<Language> = [.en, .de, .es, .fr]

    /// The language `employee`'s documents are written in.
    package static func of(_ employee: Employee, policy: Policy) -> Language {
        let wanted = policy.language(for: employee)
        return translated.contains(wanted) ? wanted : .en
    }

    /// Every employee whose documents are not in English, by id (the progress reports).
    package static func byEmployee(_ dataset: Dataset) -> [String: Language] {
        var out: [String: Language] = [:]
        for e in dataset.employees {
            let language = of(e, policy: dataset.policy)
            if language != .en { out[e.id] = language }
        }
        return out
    }

    /// The template a document of `language` renders: `plan.html` for English,
    /// `de/plan.html` (built in from `Templates/de/plan.de.html.mustache`, or
    /// `--templates DIR/de/plan.html.mustache`) for German.
    package static func template(_ name: String, _ language: Language) -> String {
        language == .en ? name : language.rawValue + "/" + name
    }

    /// The document kinds that have a template per language in the employee's language (the
    /// employee's own documents); the HR views have theirs in HR's (`HRLanguage.kinds`).
    package static let perLanguageKinds = ["plan", "interview"]
}
