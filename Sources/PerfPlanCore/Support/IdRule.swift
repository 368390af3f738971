/// The one rule every id obeys, by whatever path it enters: the data, `plans import`, a
/// `plan.xml`, a part's manifest in `merge`, the register, the command line. An id must be
/// a safe folder name (contract §5.23: no `/`, `\`, control characters or spaces, not `.`
/// or `..`, at most 128 bytes) and hold no invisible format character (§6.33). The data's
/// loader reports the two halves separately (`IdCharacters`, `FolderName`); every other
/// reader asks here, so no path is more lenient than the data.
package enum IdRule {
    /// Why `id` cannot be an id, as the phrase after `employee id "ID" `, or nil.
    package static func problem(with id: String) -> String? {
        if id.isEmpty { return "is empty" }
        if let scalar = IdCharacters.invisible(in: id) { return IdCharacters.problem(scalar) }
        return FolderName.problem(with: id)
    }
}
