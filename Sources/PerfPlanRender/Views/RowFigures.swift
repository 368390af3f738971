import PerfPlanCore

/// The figures of one table row at the row's shared decimals (`RowDecimals`), trailing zeros
/// kept so that the figures of a row and of a column line up: "4.7 accounts" beside
/// "2.0 accounts", "40.00 EUR" beside "44.08 EUR". At 0 decimals they read as `Labels` has
/// them ("1 day", "+4 days").
enum RowFigures {
    static func value(_ x: Double?, _ indicator: borrowing Indicator, decimals: Int, to out: inout [UInt8]) {
        guard let x else {
            out.append(contentsOf: Labels.dash)
            return
        }
        guard decimals > 0 else {
            HumanNumber.append(x, for: indicator, decimals: 0, to: &out)
            return
        }
        number(x, decimals: decimals, to: &out)
        if indicator.kind == .qualitative, let top = indicator.scaleMax {
            ByteFormat.append(" of ", to: &out)
            HumanNumber.append(top, to: &out)
        } else {
            unit(indicator.unit, to: &out)
        }
    }

    /// A signed difference at the row's decimals: "+3.6 days", "-0.30 hours"; no sign on one
    /// that reads 0.
    static func signedDifference(_ x: Double?, _ indicator: borrowing Indicator, decimals: Int, to out: inout [UInt8]) {
        guard let x else {
            out.append(contentsOf: Labels.dash)
            return
        }
        // 0 decimals: the indicator's own (a row never has fewer), as `Labels` writes them.
        guard decimals > 0 else {
            Labels.signedDifference(x, indicator, to: &out)
            return
        }
        let start = out.count
        number(x, decimals: decimals, to: &out)
        if x > 0, out[start...].contains(where: { $0 >= 0x31 && $0 <= 0x39 }) {
            out.insert(UInt8(ascii: "+"), at: start)
        }
        if indicator.kind == .qualitative {
            ByteFormat.append(" points", to: &out)
        } else if indicator.unit == "%" {
            ByteFormat.append(" percentage points", to: &out)
        } else {
            unit(indicator.unit, to: &out)
        }
    }

    /// `x` at exactly `decimals` fraction digits, thousands grouped.
    static func number(_ x: Double, decimals: Int, to out: inout [UInt8]) {
        let start = out.count
        HumanNumber.append(x, decimals: decimals, to: &out)
        let point = out[start...].firstIndex(of: UInt8(ascii: "."))
        let have = point.map { out.count - $0 - 1 } ?? 0
        if point == nil { out.append(UInt8(ascii: ".")) }
        for _ in have..<decimals { out.append(UInt8(ascii: "0")) }
    }

    private static func unit(_ unit: String?, to out: inout [UInt8]) {
        guard let unit, !unit.isEmpty else { return }
        if unit == "%" {
            ByteFormat.append(" %", to: &out)
            return
        }
        out.append(0x20)
        out.append(utf8: unit)
    }
}
