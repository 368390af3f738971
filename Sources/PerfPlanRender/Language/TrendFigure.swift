import PerfPlanCore

/// A trend as every language states it: no slope at all, steady, or a change of about
/// `shown` a month, rounded to two significant digits ("about": a slope is an estimate).
/// English (`Labels.trend`) and each `Wording` take the rounding from here and put it in
/// their own words.
enum TrendFigure {
    /// 1.234 → (1.2, 1 decimal), 1234 → (1200, 0), 0.0034 → (0.0034, 4): two significant
    /// digits, at most 6 decimals.
    static func rounded(_ size: Double) -> (shown: Double, decimals: Int) {
        var magnitude = 0
        var x = size
        while x >= 10 {
            x /= 10
            magnitude += 1
        }
        while x < 1 {
            x *= 10
            magnitude -= 1
        }
        let decimals = min(max(1 - magnitude, 0), 6)
        var shown = size
        if magnitude > 1 {
            let step = EmployeeView.pow10(magnitude - 1)
            shown = HumanNumber.roundHalfAway(size / step) * step
        }
        return (shown, decimals)
    }

    /// Whether the change over the `months` the slope spans would not show at the
    /// indicator's decimals: "steady".
    static func isSteady(_ slope: Double, months: Int, decimals: Int) -> Bool {
        HumanNumber.roundHalfAway(abs(slope) * Double(max(months, 1)) * EmployeeView.pow10(decimals)) == 0
    }
}

/// A trend clause's parts in one language: what is left to each catalogue is its words.
enum TrendClause {
    /// No slope (fewer than three months): the documents print "—".
    case none
    case steady
    /// `amount`: the size with its unit or points, as the language prints it; `rising`: up
    /// or down; `inUnits`: an amount of the data's unit (German "mehr", not "höher");
    /// `improving`: nil when the trend does not earn a verdict (`TrendVerdict`).
    case change(amount: String, rising: Bool, inUnits: Bool, improving: Bool?)
}

extension Wording {
    /// The trend of `ir` in this language's figures, as `Labels.trend` decides it in English.
    func trendClause(_ ir: IndicatorResult, _ indicator: Indicator, months: Int, horizon: Int) -> TrendClause {
        guard let slope = ir.trendSlope else { return .none }
        if TrendFigure.isSteady(slope, months: months, decimals: indicator.decimals) { return .steady }
        let judged =
            TrendVerdict.judge(
                slope: slope, actual: ir.actual, target: ir.target, threshold: ir.threshold,
                direction: indicator.direction, horizon: horizon, decimals: indicator.decimals) != nil
        let (shown, decimals) = TrendFigure.rounded(abs(slope))
        return .change(
            amount: figures.difference(shown, indicator, decimals: decimals), rising: slope > 0,
            inUnits: indicator.kind != .qualitative && indicator.unit != "%" && indicator.unit?.isEmpty == false,
            improving: judged ? indicator.direction.isBetter(slope, than: 0) : nil)
    }
}
