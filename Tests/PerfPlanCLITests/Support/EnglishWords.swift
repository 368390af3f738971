import Foundation

/// The word-list check of every translated document: the words of the English built-in
/// templates and of the English sentences the engine writes, minus the words a language
/// shares with English (each language's tests name its own: German "in", "Status";
/// Spanish "plan", "real"), must not appear in the text a reader of the document sees once
/// the data's own words (names, units, notes) are taken out.
enum EnglishWords {
    /// Sentences from the engine's English code (not in the templates).
    static let engineSentences = """
        against a target of below target above target missed months in a row too few colleagues in this role for a comparison
        best-3-month average the role average of about more fewer less higher lower each month improving worsening steady
        the average of the result the target rises falls from the expected level is the new target it counts for of the overall score
        also below target but not a goal of this plan a plan concentrates on at most area areas where the shortfall weighs most
        formal review of results check-in by the end of end of met at risk missed no data overall with all indicators taken together
        results stayed below of what was expected in each of critical indicator indicators were this is your first second third
        plan ran and was extended closed as a success escalated earlier plans percentage points points value higher is better
        lower is better as recorded monthly counted from to the target less is better no rating results this month
        the plan's first formal review check-in the next feedback interview on the results of month months
        not above not below where progress toward starts to count of the way from
        """

    /// The progress report's sentences from the engine's English code.
    static let progressSentences = """
        achieved on track behind no data expected level reached at the current rate reached in by the deadline after the deadline
        not on course not enough results yet for a projection succeeded extended escalated every goal reached its expected level
        the plan closes as a success acknowledge it it was earned not every goal a new plan will be agreed for cycle
        the matter is escalated hr calls an escalation meeting their manager keep the levels reached followed in the regular reviews
        agree revised milestones and support for the new cycle keep it arranges bring this report no result recorded for against
        the expected reaches this month's milestone of is within at most reaches the expected level of is worse than the plan started
        from talk about what changed hold the level reached keep going next milestone review methods and support at the next check-in
        is next ask the data owner this is the last allowed plan cycle every goal is behind if that holds at the end of involve now
        not at the final review signed on declined to sign witness awaited since day days employee manager progress plan of
        actual against the planned path
        """

    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0 == "'") }.map { $0.lowercased() }.filter { $0.count >= 2 }
    }

    /// The English templates of the plan and the interview form (both formats) and the
    /// engine's sentences, less the words `shared` with the document's language.
    static func catalogue(except shared: Set<String>) throws -> Set<String> {
        var all = Set(words(engineSentences))
        for name in ["plan.md", "plan.html", "interview.md", "interview.html"] {
            all.formUnion(words(visibleText(try template(name))))
        }
        return all.subtracting(shared)
    }

    /// `catalogue`, with the progress report's English template and sentences.
    static func progressCatalogue(except shared: Set<String>) throws -> Set<String> {
        try catalogue(except: shared).union(words(visibleText(try template("progress.md"))))
            .union(words(progressSentences)).subtracting(shared)
    }

    static func template(_ name: String) throws -> String {
        try String(contentsOf: CLI.repoRoot.appendingPathComponent("Templates/\(name).mustache"), encoding: .utf8)
    }

    /// The text a reader sees: no Mustache tags, HTML comments, tags, styles or entities.
    /// For XML, the text nodes (elements and attributes stripped alike).
    static func visibleText(_ text: String) -> String {
        var s = text
        for pattern in [
            "<style>[\\s\\S]*?</style>", "<svg[\\s\\S]*?</svg>", "<!--[\\s\\S]*?-->", "\\{\\{![\\s\\S]*?\\}\\}",
            "\\{\\{[^}]*\\}\\}\\}?", "<[^>]*>", "&[a-z]+;",
        ] {
            s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return s
    }

    /// The English words left in `text` once `data`'s strings are taken out.
    static func left(in text: String, english: Set<String>, data: [String]) -> Set<String> {
        var s = text
        for d in data.sorted(by: { $0.count > $1.count }) { s = s.replacingOccurrences(of: d, with: " ") }
        return Set(words(s)).intersection(english)
    }
}
