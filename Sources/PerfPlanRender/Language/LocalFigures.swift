import PerfPlanCore

/// An indicator's figures in a language other than English, through its `LocaleFormat`:
/// `1.250,5 EUR`, `96,9 %`, a rating `4 von 5`, a difference of percentages in
/// `Prozentpunkte`. Rounded exactly as the English documents round (`HumanNumber`).
/// English documents keep `Labels`, byte for byte.
package struct LocalFigures: Sendable {
    let format: LocaleFormat
    /// "von" in a rating's "4 von 5".
    let of: String
    /// A difference of ratings, and one of percentages.
    let points: String, percentagePoints: String
    /// The same in the singular, and when a figure takes it: German and Spanish at exactly
    /// `1` ("1 Punkt", "1,5 Punkte"), French below 2 ("0,5 point", "1,5 point", "2 points").
    var point: String = "", percentagePoint: String = ""
    var singularBelowTwo = false

    static let german = LocalFigures(
        format: .german, of: "von", points: "Punkte", percentagePoints: "Prozentpunkte", point: "Punkt",
        percentagePoint: "Prozentpunkt")
    static let spanish = LocalFigures(
        format: .spanish, of: "de", points: "puntos", percentagePoints: "puntos porcentuales", point: "punto",
        percentagePoint: "punto porcentual")
    static let french = LocalFigures(
        format: .french, of: "sur", points: "points", percentagePoints: "points de pourcentage", point: "point",
        percentagePoint: "point de pourcentage", singularBelowTwo: true)

    /// A value at the indicator's decimals (or `decimals`), `—` when there is none.
    func value(_ x: Double?, _ indicator: Indicator, decimals: Int? = nil) -> String {
        guard let x else { return "—" }
        let d = decimals ?? indicator.decimals
        if indicator.kind == .qualitative, let top = indicator.scaleMax {
            return format.number(x, decimals: d) + " " + of + " " + format.number(top, decimals: 2)
        }
        return quantity(x, indicator, decimals: d)
    }

    /// The size of a difference with its unit: a percent unit in percentage points, a rating in points.
    func difference(_ x: Double, _ indicator: Indicator, decimals: Int? = nil) -> String {
        let d = decimals ?? indicator.decimals
        let one = singular(x, decimals: d)
        if indicator.kind == .qualitative {
            return format.quantity(x, unit: one ? point : points, decimals: d)
        }
        if indicator.unit == "%" {
            return format.quantity(x, unit: one ? percentagePoint : percentagePoints, decimals: d)
        }
        return quantity(x, indicator, decimals: d)
    }

    /// Whether `x`, as printed at `decimals`, takes the singular of points.
    func singular(_ x: Double, decimals: Int) -> Bool {
        if singularBelowTwo {
            let shown = HumanNumber.roundHalfAway(abs(x) * EmployeeView.pow10(decimals)) / EmployeeView.pow10(decimals)
            return shown < 2
        }
        return format.number(abs(x), decimals: decimals) == "1"
    }

    /// `+1.200 EUR`, `-2,5 Prozentpunkte`; no sign on a difference that rounds to 0.
    func signedDifference(_ x: Double?, _ indicator: Indicator) -> String {
        guard let x else { return "—" }
        let text = difference(x, indicator)
        let rounded = HumanNumber.roundHalfAway(abs(x) * EmployeeView.pow10(indicator.decimals))
        return x > 0 && rounded != 0 ? "+" + text : text
    }

    /// A ratio as whole percents (or `decimals`): 0.969 → `97 %`.
    func percent(_ ratio: Double, decimals: Int = 0) -> String { format.percent(ratio * 100, decimals: decimals) }

    /// A bare number: `1.250,5`.
    func number(_ x: Double, decimals: Int = 2) -> String { format.number(x, decimals: decimals) }
}
