/// An indicator's unit in one language's documents (`unit_de` and its siblings): the form
/// printed after most figures, and, where the cell gives it, the singular printed where
/// that language takes one (German and Spanish after exactly 1, French below 2).
///
/// A cell holds either the one form (`Tage`, printed after every figure) or the singular
/// and the plural as `Tag|Tage`: the data's units are written in the plural ("days"),
/// and a translation cannot be made singular by rule the way English drops an "s"
/// (Tage → Tag, Stunden → Stunde, valoraciones → valoración, mois → mois).
package struct TranslatedUnit: Hashable, Sendable {
    /// After most figures: `Tage`.
    package var plural: String
    /// After a figure the language reads in the singular: `Tag`; nil: `plural` throughout.
    package var singular: String?

    package init(plural: String, singular: String? = nil) {
        self.plural = plural
        self.singular = singular
    }

    /// `Tage` or `Tag|Tage` (each side trimmed); nil when a side is empty or there are
    /// more than two.
    package init?(cell: String) {
        let parts = cell.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard parts.count <= 2, !parts.contains(where: \.isEmpty) else { return nil }
        self.init(plural: parts[parts.count - 1], singular: parts.count == 2 ? parts[0] : nil)
    }
}
