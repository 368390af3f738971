import Foundation

/// The word-list check for French documents: the words of the English built-in templates
/// and of the English sentences the engine writes (`EnglishWords`, GermanDocumentsTests),
/// less the words French writes as well. Its own list of shared words, because German's
/// (`EnglishWords.shared`: "die", "an", "was" …) is not French's.
enum FrenchWordCheck {
    /// Words that are French as much as English, each as a French document uses it:
    /// "plan", "cycle", "date", "signature", "notes", "coaching", "communication", "attitude",
    /// "causes", "contact", "verdict", "performance", "points" ("points de pourcentage"),
    /// "service", "urgent", "final" ("bilan final"), "issue" ("Issue du plan": the outcome),
    /// "change" ("ne les change pas").
    static let shared: Set<String> = [
        "plan", "plans", "cycle", "date", "signature", "signatures", "notes", "coaching", "communication",
        "attitude", "causes", "contact", "verdict", "performance", "performances", "points", "service",
        "services", "urgent", "final", "issue", "change",
    ]

    /// The English words a French plan, interview form or progress report must not hold:
    /// `EnglishWords`' templates and sentences (the progress ones too), without the German
    /// subtraction, less `shared`.
    static func english() throws -> Set<String> {
        var all = Set(EnglishWords.words(EnglishWords.engineSentences))
        all.formUnion(EnglishWords.words(EnglishWords.progressSentences))
        for name in ["plan.md", "plan.html", "interview.md", "interview.html", "progress.md", "progress.html"] {
            let text = try String(
                contentsOf: CLI.repoRoot.appendingPathComponent("Templates/\(name).mustache"), encoding: .utf8)
            all.formUnion(EnglishWords.words(EnglishWords.visibleText(text)))
        }
        return all.subtracting(shared)
    }

    /// The English words left in the text nodes of `document` once `data`'s strings are taken out.
    static func left(in document: String, data: [String]) throws -> Set<String> {
        EnglishWords.left(in: EnglishWords.visibleText(document), english: try english(), data: data)
    }
}
