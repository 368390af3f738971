import PerfPlanCore

/// Words and dates as a reader sees them in the documents.
package enum Labels {
    static let monthNames = Prose.monthNames
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    static func month(_ m: Month) -> String { Prose.month(m) }
    static func shortMonth(_ m: Month) -> String { HumanNumber.text { shortMonth(m, to: &$0) } }
    /// `Jan 2026`, as bytes: the chart tables of a plan hold a dozen per indicator.
    static func shortMonth(_ m: Month, to out: inout [UInt8]) {
        out.append(contentsOf: shortMonthNames[m.month - 1])
        out.append(0x20)
        ByteFormat.append(integer: Int64(m.year), to: &out)
    }
    private static let shortMonthNames = monthNames.map { Array($0.utf8.prefix(3)) }
    /// `Aug`, as bytes: months within one review period need no year.
    static func shortMonthName(_ m: Month, to out: inout [UInt8]) {
        out.append(contentsOf: shortMonthNames[m.month - 1])
    }
    static func day(_ d: Day) -> String { "\(d.day) \(monthNames[d.month - 1]) \(d.year)" }
    package static func dayWithWeekday(_ d: Day) -> String {
        "\(weekdays[d.weekday]) \(d.day) \(monthNames[d.month - 1].prefix(3)) \(d.year)"
    }

    static func status(_ s: Status?) -> String {
        switch s {
        case .met: return "Met"
        case .atRisk: return "At risk"
        case .missed: return "Missed"
        case nil: return "No data"
        }
    }

    static func statusClass(_ s: Status?) -> String {
        switch s {
        case .met: return "met"
        case .atRisk: return "risk"
        case .missed: return "missed"
        case nil: return "nodata"
        }
    }

    /// A value of an indicator as a reader expects it, at the indicator's decimals (contract
    /// §6.36): `219,000 EUR`, `2 days`, or for a rating `4 of 5`; `—` when there is none.
    static func value(_ x: Double?, _ indicator: Indicator) -> String {
        x.map { HumanNumber.format($0, for: indicator, decimals: indicator.decimals) } ?? "—"
    }
    static func value(_ x: Double?, _ indicator: borrowing Indicator, to out: inout [UInt8]) {
        if let x {
            HumanNumber.append(x, for: indicator, decimals: indicator.decimals, to: &out)
        } else {
            out.append(contentsOf: dash)
        }
    }
    /// At `decimals` rather than the indicator's: a row's shared decimals (`SharedDecimals`).
    static func value(_ x: Double?, _ indicator: borrowing Indicator, decimals: Int, to out: inout [UInt8]) {
        if let x {
            HumanNumber.append(x, for: indicator, decimals: decimals, to: &out)
        } else {
            out.append(contentsOf: dash)
        }
    }

    /// The size of a difference between two values of an indicator, at its decimals, with
    /// its unit: `82,000 EUR`, `1 day`; for a percent unit `2.5 percentage points` (a
    /// difference of percentages is not a percentage); for a rating `0.5 points`.
    static func difference(_ x: Double, _ indicator: borrowing Indicator, decimals: Int? = nil, to out: inout [UInt8]) {
        let decimals = decimals ?? indicator.decimals
        if indicator.kind == .qualitative {
            HumanNumber.append(x, unit: "points", decimals: decimals, to: &out)
        } else if indicator.unit == "%" {
            HumanNumber.append(x, unit: "percentage points", decimals: decimals, to: &out)
        } else {
            HumanNumber.append(x, unit: indicator.unit, decimals: decimals, to: &out)
        }
    }

    /// A signed difference (`+1,200 EUR`, `-2.5 percentage points`), `—` when there is none.
    static func signedDifference(_ x: Double?, _ indicator: borrowing Indicator, to out: inout [UInt8]) {
        guard let x else {
            out.append(contentsOf: dash)
            return
        }
        let start = out.count
        difference(x, indicator, to: &out)
        // No sign on a difference that rounds to 0 at the indicator's decimals.
        if x > 0, out.count > start,
            !(out[start] == UInt8(ascii: "0") && (out.count == start + 1 || out[start + 1] == 0x20))
        {
            out.insert(UInt8(ascii: "+"), at: start)
        }
    }
    static func plain(_ x: Double?, to out: inout [UInt8]) {
        if let x { HumanNumber.append(x, to: &out) } else { out.append(contentsOf: dash) }
    }
    static let dash = Array("—".utf8)
    /// Where a peer figure would stand in a group too small to show it (§6.37).
    static let fewPeersCell: StaticString = "Too few colleagues to compare"
    /// The evidence sentence's clause in that case.
    static let fewPeersClause: StaticString = "too few colleagues in this role for a comparison"

    /// A trend in words that says better or worse, not just up or down: "about 1.2 accounts
    /// fewer each month (worsening)", "about 1,200 EUR more each month (improving)", "about
    /// 0.4 percentage points lower each month". Two significant digits ("about"): a slope
    /// is an estimate. "steady" when the change over the `months` the slope spans would
    /// not show at the indicator's decimals. `judged`: whether the trend earns its verdict
    /// (`TrendVerdict`); without one the size stands alone.
    static func trend(
        _ slope: Double?, _ indicator: borrowing Indicator, months: Int, judged: Bool = true, to out: inout [UInt8]
    ) {
        guard let slope else {
            out.append(contentsOf: dash)
            return
        }
        if TrendFigure.isSteady(slope, months: months, decimals: indicator.decimals) {
            ByteFormat.append("steady", to: &out)
            return
        }
        // Two significant digits: 1.234 → 1.2 (1 decimal), 1234 → 1,200, 0.0034 → 0.0034.
        let (shown, decimals) = TrendFigure.rounded(abs(slope))
        ByteFormat.append("about ", to: &out)
        let up = slope > 0
        let words: (more: String, fewer: String)
        if indicator.kind == .qualitative {
            HumanNumber.append(shown, unit: "points", decimals: decimals, to: &out)
            words = ("higher", "lower")
        } else if indicator.unit == "%" {
            HumanNumber.append(shown, unit: "percentage points", decimals: decimals, to: &out)
            words = ("higher", "lower")
        } else if let unit = indicator.unit, !unit.isEmpty {
            HumanNumber.append(shown, unit: unit, decimals: decimals, to: &out)
            words = countable(unit) ? ("more", "fewer") : ("more", "less")
        } else {
            HumanNumber.append(shown, decimals: decimals, to: &out)
            words = ("higher", "lower")
        }
        out.append(0x20)
        out.append(utf8: up ? words.more : words.fewer)
        ByteFormat.append(" each month", to: &out)
        if judged {
            out.append(
                contentsOf: (indicator.direction.isBetter(slope, than: 0) ? " (improving)" : " (worsening)").utf8)
        }
    }

    /// An indicator result's trend, with a verdict only when it matters against the target
    /// over `horizon` months (the plan's length).
    static func trend(
        _ ir: IndicatorResult, _ indicator: borrowing Indicator, months: Int, horizon: Int, to out: inout [UInt8]
    ) {
        let verdict = TrendVerdict.judge(
            slope: ir.trendSlope, actual: ir.actual, target: ir.target, threshold: ir.threshold,
            direction: indicator.direction, horizon: horizon, decimals: indicator.decimals)
        trend(ir.trendSlope, indicator, months: months, judged: verdict != nil, to: &out)
    }

    /// Whether a unit counts things ("accounts", "days": fewer) rather than measures an
    /// amount ("EUR", "kg": less): a lowercase plural word.
    static func countable(_ unit: String) -> Bool {
        unit.count > 2 && unit.hasSuffix("s") && !unit.hasSuffix("ss")
            && unit.allSatisfy { $0.isLowercase || $0 == " " || $0 == "-" }
    }
}
