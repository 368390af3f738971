import PerfPlanCore

extension RowReader {
    /// The cells `FIELD_de`, `FIELD_es`, `FIELD_fr` of a field translated for documents in
    /// that language (`name_de`, `unit_fr`), by language. An empty cell is absent: that
    /// language's documents print the field itself. English has no column (the field is
    /// English), and a language perfplan writes no documents in has none either: such a
    /// column is unknown and warned about like any other.
    mutating func translations(of field: String) -> [Language: String] {
        var out: [Language: String] = [:]
        for language in Language.allCases where language != .en {
            if let text = text(field + "_" + language.rawValue) { out[language] = text }
        }
        return out
    }

    /// `unit_de`, `unit_es`, `unit_fr` (`Tage`, or `Tag|Tage` with the singular) for an
    /// indicator whose unit is `unit`. A translation of no unit is an error: the English
    /// documents and the XML would show a bare number where the translated documents show
    /// a unit, and the machine unit (`%` read as percentage points) would be missing.
    mutating func translatedUnits(of unit: String?) -> [Language: TranslatedUnit] {
        var out: [Language: TranslatedUnit] = [:]
        for (language, cell) in translations(of: "unit").sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let field = "unit_" + language.rawValue
            guard unit != nil else {
                fail(
                    "\(field) \(Quote.cell(cell)) translates a unit the indicator does not have (give unit, the unit of the English documents and the XML)"
                )
                continue
            }
            guard let translated = TranslatedUnit(cell: cell) else {
                fail(
                    "\(field) \(Quote.cell(cell)) must be the unit (\"Tage\"), or its singular and plural as \"Tag|Tage\""
                )
                continue
            }
            out[language] = translated
        }
        return out
    }
}
