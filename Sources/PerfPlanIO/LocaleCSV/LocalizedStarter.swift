import PerfPlanCore

/// The starter data of `perfplan init --language LANG`: the sample files as a spreadsheet
/// in that language's locale exports them. English is the sample unchanged; German,
/// Spanish and French write `;` between cells and `,` as the decimal separator (Excel's
/// CSV export in those locales), with `"decimal_separator": ","` and `"language"` in
/// `perfplan.json` so the files read back as written.
package enum LocalizedStarter {
    /// The CSV style a language's spreadsheets export.
    package static func style(for language: Language) -> CSVStyle {
        language == .en ? .pointAndComma : .commaAndSemicolon
    }

    /// `files`: relative path → text, in the sample's style (`,` and `.`).
    package static func files(_ files: [String: String], language: Language) -> [String: String] {
        guard language != .en else { return files }
        let style = style(for: language)
        var out: [String: String] = [:]
        for (name, text) in files {
            if name.hasSuffix(".csv") {
                out[name] = CSVRestyler.restyle(
                    text, dataset: String(name.dropLast(4)), from: .pointAndComma, to: style)
            } else if name == "perfplan.json" {
                out[name] = policy(text, language: language)
            } else if name == "README.md" {
                out[name] = readme(text)
            } else {
                out[name] = text
            }
        }
        return out
    }

    /// The sample policy with the language and the decimal separator as its first keys.
    static func policy(_ text: String, language: Language) -> String {
        guard let brace = text.firstIndex(of: "{") else { return text }
        let keys = "\n  \"language\": \"\(language.rawValue)\",\n  \"decimal_separator\": \",\","
        var out = text
        out.insert(contentsOf: keys, at: out.index(after: brace))
        return out
    }

    static let pointSentence = "Numbers use `.` as the decimal separator;"
    static let commaSentence =
        "Cells are separated by `;` and numbers use `,` as the decimal separator (`\"decimal_separator\": \",\"` in `perfplan.json`; a `.` in a number is an error);"

    /// The README's sentence on numbers, as these files write them.
    static func readme(_ text: String) -> String {
        guard let range = text.firstRange(of: pointSentence) else { return text }
        var out = text
        out.replaceSubrange(range, with: commaSentence)
        return out
    }
}
