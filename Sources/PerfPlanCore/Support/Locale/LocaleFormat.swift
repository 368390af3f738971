/// How one language writes numbers, percentages, quantities with a unit and dates: a
/// pure value built from hand-written tables (`LocaleFormat+Tables.swift`), so the output
/// never depends on the machine's locale or ICU version.
///
/// Numbers are rounded exactly as the English documents round them (`HumanNumber.format`:
/// at most `decimals` places, half away from zero, trailing zeros dropped); only the
/// separators and spaces differ by language.
package struct LocaleFormat: Hashable, Sendable {
    package var language: Language
    /// Between the whole part and the fraction: `.` (en) or `,` (de, es, fr).
    package var decimalSeparator: String
    /// Between groups of three digits: `,` (en), `.` (de, es), U+202F (fr).
    package var groupingSeparator: String
    /// CLDR's `minimumGroupingDigits`: the whole part is grouped only when it has at least
    /// 3 + this many digits. 1 everywhere but Spanish, where 2 leaves `1250,5` ungrouped
    /// and groups `12.500`.
    package var minimumGroupingDigits: Int
    /// Written between a number and `%`: a space (en, as perfplan's English documents have
    /// always written it), U+00A0 (de, es), U+202F (fr).
    package var percentSpace: String
    /// Written between a number and a unit from the data (`EUR`, `accounts`): a space (en),
    /// U+00A0 (de, es, fr), so a line never breaks between a figure and its unit.
    package var unitSpace: String
    /// January first.
    package var monthNames: [String]
    /// The abbreviated months of a short date (`Dec`, `Dez.`, `dic`, `déc.`), January first.
    package var shortMonthNames: [String]
    /// Monday first, the order of `Day.weekday`.
    package var weekdayNames: [String]
    /// The abbreviated weekdays of a short date (`Thu`, `Do.`, `jue`, `jeu.`), Monday first.
    package var shortWeekdayNames: [String]

    /// `1,250.5` / `1.250,5` / `1250,5` (es) / `1 250,5` (fr, U+202F): at most `decimals`
    /// places, trailing zeros dropped, grouped by the language's rules.
    package func number(_ x: Double, decimals: Int) -> String {
        localize(HumanNumber.format(x, decimals: decimals))
    }

    /// `96.9 %` / `96,9 %` with the language's space (U+0020, U+00A0 or U+202F); `x` is
    /// the figure in percent (96.9, not 0.969).
    package func percent(_ x: Double, decimals: Int) -> String {
        number(x, decimals: decimals) + percentSpace + "%"
    }

    /// A figure with its unit from the data: `1,250.5 EUR`, `1.250,5 EUR`, `1 250,5 EUR`;
    /// a `%` unit as `percent`; no unit (nil or empty) gives the number alone.
    package func quantity(_ x: Double, unit: String?, decimals: Int) -> String {
        guard let unit, !unit.isEmpty else { return number(x, decimals: decimals) }
        if unit == "%" { return percent(x, decimals: decimals) }
        return number(x, decimals: decimals) + unitSpace + unit
    }

    /// Rewrites `HumanNumber`'s English text (`-1,250.5`, or a machine form such as `1e+16`
    /// for figures beyond 2^53) with this language's separators and grouping.
    func localize(_ english: String) -> String {
        var text = Substring(english)
        var sign = ""
        if text.first == "-" {
            sign = "-"
            text = text.dropFirst()
        }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else {
            // A machine form (exponent): only the decimal point is this language's.
            return sign + text.replacingPoint(with: decimalSeparator)
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].filter { $0 != "," }
        var out = sign
        if whole.count >= 3 + minimumGroupingDigits {
            var first = true
            var start = whole.startIndex
            var headLength = whole.count % 3
            if headLength == 0 { headLength = 3 }
            while start < whole.endIndex {
                let end = whole.index(start, offsetBy: first ? headLength : 3)
                if !first { out += groupingSeparator }
                out += whole[start..<end]
                start = end
                first = false
            }
        } else {
            out += whole
        }
        if parts.count == 2 { out += decimalSeparator + parts[1] }
        return out
    }
}

extension Substring {
    fileprivate func replacingPoint(with separator: String) -> String {
        var out = ""
        for c in self { if c == "." { out += separator } else { out.append(c) } }
        return out
    }
}
