import PerfPlanCore

extension LocalFigures {
    /// The unit this language's documents print for `indicator` where no figure decides
    /// its number (`Verzug Monatsbericht (Tage)`): its translation (`unit_de`), else the
    /// unit as the data gives it (`EUR`, `%`). What the unit means (`%` as percentage
    /// points, whether there is one) is always read from the machine unit,
    /// `indicator.unit`, which the XML carries too.
    func unit(_ indicator: Indicator) -> String? { indicator.unit(in: format.language) }

    /// A figure with the unit printed for it: `12 Tage`, `1 Tag`, `1 250,5 EUR`, `96,9 %`.
    func quantity(_ x: Double, _ indicator: Indicator, decimals: Int) -> String {
        withUnit(format.number(x, decimals: decimals), indicator.unit, indicator.translatedUnits[format.language])
    }

    /// `number` as this language writes it, then the unit: the translation's singular where
    /// the number as printed takes one (`1 Tag`, `1,5 jour`), else its plural, else the
    /// data's `unit`; spaced as the language spaces a unit or `%` (`LocaleFormat.quantity`).
    func withUnit(_ number: String, _ unit: String?, _ translated: TranslatedUnit?) -> String {
        let shown = translated.map { takesSingular(number) ? $0.singular ?? $0.plural : $0.plural } ?? unit
        guard let shown, !shown.isEmpty else { return number }
        return number + (shown == "%" ? format.percentSpace : format.unitSpace) + shown
    }

    /// Whether a unit after `number` (as printed, sign and all) is in the singular: German
    /// and Spanish after exactly `1` ("1 Tag", but "1,0 Tage", "1,5 Tage"), French below 2,
    /// zero included ("0,5 jour", "1,0 jour", "2 jours").
    func takesSingular(_ number: String) -> Bool {
        var digits = Substring(number)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard singularBelowTwo else { return digits == "1" }
        let whole = digits.prefix { String($0) != format.decimalSeparator }
        return whole == "0" || whole == "1"
    }
}
