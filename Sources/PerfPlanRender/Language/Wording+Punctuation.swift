/// "Revenue: in August 2026 …; in September 2026 …": the English and German punctuation,
/// which a language with its own spacing before `:` and `;` (French) replaces.
extension Wording {
    func namedClauses(_ name: String, _ clauses: [String]) -> String {
        "\(name): \(clauses.joined(separator: "; "))"
    }
}
