/// The packet's `calibration.csv`: every row of the calibration report, for a spreadsheet or
/// a script. One row per unit: `level` is `organisation`, `department`, `manager` or `group`;
/// rating band columns follow the policy's labels; empty cells where a figure does not apply
/// (a group has no bands; a withheld group shows no figure at all). Numbers unrounded, CRLF.
package enum CalibrationCSV {
    package static func render(_ c: Calibration) -> String {
        var out: [UInt8] = []
        let header =
            ["level", "name", "headcount"] + c.bandLabels
            + [
                "flagged", "flag_rate", "rest_headcount", "rest_flagged", "rest_flag_rate", "fisher_p", "marked",
                "not_flagged_rate", "impact_ratio", "below_four_fifths", "withheld",
            ]
        for (k, h) in header.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            GapsCSV.appendText(h, to: &out)
        }
        ByteFormat.append("\r\n", to: &out)
        let emptyBands = [UInt8](repeating: UInt8(ascii: ","), count: c.bandLabels.count)
        func unit(_ level: StaticString, _ u: Calibration.Unit) {
            ByteFormat.append(level, to: &out)
            out.append(UInt8(ascii: ","))
            GapsCSV.appendText(u.name, to: &out)
            out.append(UInt8(ascii: ","))
            ByteFormat.append(integer: Int64(u.headcount), to: &out)
            for b in u.bands {
                out.append(UInt8(ascii: ","))
                ByteFormat.append(integer: Int64(b), to: &out)
            }
            out.append(UInt8(ascii: ","))
            ByteFormat.append(integer: Int64(u.flagged), to: &out)
            out.append(UInt8(ascii: ","))
            ByteFormat.append(number: u.rate, to: &out)
            if let t = u.test {
                out.append(UInt8(ascii: ","))
                ByteFormat.append(integer: Int64(t.restHeadcount), to: &out)
                out.append(UInt8(ascii: ","))
                ByteFormat.append(integer: Int64(t.restFlagged), to: &out)
                out.append(UInt8(ascii: ","))
                ByteFormat.append(number: t.restRate, to: &out)
                out.append(UInt8(ascii: ","))
                ByteFormat.append(number: t.p, to: &out)
                ByteFormat.append(t.marked ? ",true" : ",false", to: &out)
            } else {
                ByteFormat.append(",,,,,", to: &out)
            }
            ByteFormat.append(",,,,false\r\n", to: &out)
        }
        unit("organisation", c.organisation)
        for d in c.departments { unit("department", d) }
        for m in c.managers { unit("manager", m) }
        for g in c.groups {
            ByteFormat.append("group,", to: &out)
            GapsCSV.appendText(g.name, to: &out)
            out.append(UInt8(ascii: ","))
            if !g.withheld { ByteFormat.append(integer: Int64(g.headcount), to: &out) }
            out += emptyBands
            ByteFormat.append(",,,,,,,", to: &out)
            if let r = g.notFlaggedRate {
                out.append(UInt8(ascii: ","))
                ByteFormat.append(number: r, to: &out)
            } else {
                out.append(UInt8(ascii: ","))
            }
            if let r = g.impactRatio {
                out.append(UInt8(ascii: ","))
                ByteFormat.append(number: r, to: &out)
            } else {
                out.append(UInt8(ascii: ","))
            }
            ByteFormat.append(
                g.withheld ? ",,true\r\n" : g.belowFourFifths ? ",true,false\r\n" : ",false,false\r\n", to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
