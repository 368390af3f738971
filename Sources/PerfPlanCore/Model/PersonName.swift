/// The form a person's name is shown in (docs/data-format.md, "Names"). HR systems export
/// names either as written ("Ana Núñez") or in the sorting form "Family, Given"
/// ("Núñez, Ana"), often both in one file. A document that says "between Aisha Rahman and
/// Núñez, Ana" reads as if the two were different kinds of people, so every document shows
/// one order: the sorting form is turned round once, when the employees are read, and every
/// document, list and file that names a person uses the result.
///
/// Only a name with exactly one comma, text on both sides and no generational or academic
/// suffix after it is turned round ("Smith, Jr." stays as written); anything else is kept
/// as written, since a guess would be worse than the data's own spelling.
package enum PersonName {
    package static func display(_ written: String) -> String {
        let parts = written.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return written }
        let family = parts[0].trimmingSpaces
        let given = parts[1].trimmingSpaces
        guard !family.isEmpty, !given.isEmpty, !suffixes.contains(given.lowercased()) else { return written }
        return given + " " + family
    }

    /// Words that follow a name after a comma without being a given name.
    static let suffixes: Set<String> = [
        "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "phd", "ph.d.", "md", "m.d.", "esq", "esq.",
    ]
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        var s = self[...]
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
