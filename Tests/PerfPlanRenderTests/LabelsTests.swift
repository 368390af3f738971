import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// The words and figures the documents print, worked out by hand: values with units and
/// plurals, ratings, signed differences, trends and the evidence sentence. The view writes
/// them as bytes; the String forms wrap the same code, so both are checked.
@Suite struct LabelsTests {
    static let eur = Indicator(id: "rev", name: "Revenue", unit: "EUR", direction: .higher, weight: 1)
    static let days = Indicator(id: "late", name: "Days late", unit: "days", direction: .lower, weight: 1)
    static let rating = Indicator(
        id: "q", name: "Quality", direction: .higher, kind: .qualitative, scaleMin: 1, scaleMax: 5, weight: 1)
    static let share = Indicator(id: "s", name: "Share", unit: "%", direction: .higher, weight: 1)

    private func bytes(_ write: (inout [UInt8]) -> Void) -> String {
        var out = Array("prefix:".utf8)  // appending, not replacing
        write(&out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func monthLabels() {
        #expect(Labels.shortMonth(Month(year: 2026, month: 1)!) == "Jan 2026")
        #expect(Labels.shortMonth(Month(year: 987, month: 12)!) == "Dec 987")
        #expect(bytes { Labels.shortMonth(Month(year: 2027, month: 9)!, to: &$0) } == "prefix:Sep 2027")
        #expect(Labels.month(Month(year: 2026, month: 5)!) == "May 2026")
    }

    @Test func valuesWithUnits() {
        let cases: [(Double?, Indicator, String)] = [
            (219_000, Self.eur, "219,000 EUR"), (-131_000.5, Self.eur, "-131,000.5 EUR"), (1, Self.days, "1 day"),
            (-1, Self.days, "-1 day"), (1.004, Self.days, "1 day"), (2, Self.days, "2 days"), (0, Self.days, "0 days"),
            (4, Self.rating, "4 of 5"), (3.456, Self.rating, "3.46 of 5"), (12.5, Self.share, "12.5 %"),
            (nil, Self.eur, "—"),
        ]
        for (x, ind, expected) in cases {
            #expect(Labels.value(x, ind) == expected)
            #expect(bytes { Labels.value(x, ind, to: &$0) } == "prefix:" + expected)
        }
        #expect(HumanNumber.format(1, unit: "pts") == "1 pt")
        #expect(HumanNumber.format(1, unit: "class") == "1 class")
        #expect(HumanNumber.format(1, unit: "ss") == "1 ss")
        #expect(HumanNumber.format(5, unit: "") == "5")
        #expect(bytes { Labels.plain(1234.567, to: &$0) } == "prefix:1,234.57")
        #expect(bytes { Labels.plain(nil, to: &$0) } == "prefix:—")
    }

    @Test func percentsAndSignedDifferences() {
        #expect(HumanNumber.percent(1.095) == "109.5 %")
        #expect(bytes { HumanNumber.appendPercent(0.8, to: &$0) } == "prefix:80 %")
        #expect(HumanNumber.signed(1200) == "+1,200")
        #expect(HumanNumber.signed(-131_000) == "-131,000")
        #expect(HumanNumber.signed(0.001) == "0")  // rounds to 0: no sign
        #expect(bytes { HumanNumber.appendSigned(0.004, decimals: 3, to: &$0) } == "prefix:+0.004")
    }

    /// Figures at the indicator's decimals with its unit (contract §6.36).
    @Test func figuresAtTheIndicatorsDecimals() {
        var accounts = Indicator(
            id: "acc", name: "New accounts", unit: "accounts", direction: .higher, weight: 1, decimals: 0)
        #expect(accounts.decimals == 0)
        // 2.22 → 2; 2.5 → 3 (display rounds half away from zero); 1 → singular.
        #expect(Labels.value(2.22, accounts) == "2 accounts")
        #expect(Labels.value(2.5, accounts) == "3 accounts")
        #expect(Labels.value(1.2, accounts) == "1 account")
        accounts.decimals = 1
        #expect(Labels.value(2.25, accounts) == "2.3 accounts")  // 22.5 → 23 tenths
        var eur0 = Self.eur
        eur0.decimals = 0
        #expect(Labels.value(199_999.6, eur0) == "200,000 EUR")
        var rating1 = Self.rating
        rating1.decimals = 1
        #expect(Labels.value(3.456, rating1) == "3.5 of 5")
        var share1 = Self.share
        share1.decimals = 1
        // Differences: percentage points for a percent unit, points for a rating.
        #expect(bytes { Labels.difference(2.5, share1, to: &$0) } == "prefix:2.5 percentage points")
        #expect(bytes { Labels.difference(1, share1, to: &$0) } == "prefix:1 percentage point")
        #expect(bytes { Labels.difference(0.46, rating1, to: &$0) } == "prefix:0.5 points")
        #expect(bytes { Labels.difference(82_000.4, eur0, to: &$0) } == "prefix:82,000 EUR")
        #expect(bytes { Labels.signedDifference(1200, eur0, to: &$0) } == "prefix:+1,200 EUR")
        #expect(bytes { Labels.signedDifference(-2.5, share1, to: &$0) } == "prefix:-2.5 percentage points")
        #expect(bytes { Labels.signedDifference(0.4, eur0, to: &$0) } == "prefix:0 EUR")  // rounds to 0: no sign
        #expect(bytes { Labels.signedDifference(nil, eur0, to: &$0) } == "prefix:—")
        // Attainment in whole percents: 109.5 % → 110 %, 87.4 % → 87 %.
        #expect(HumanNumber.percent(1.095, decimals: 0) == "110 %")
        #expect(HumanNumber.percent(0.874, decimals: 0) == "87 %")
    }

    @Test func evidenceAtWholeDecimals() {
        // An indicator with whole-number data (decimals 0): actual 5, target 8 → attainment
        // 5/8 = 62.5 % → 63 %. Peer mean 7.4 would read 7 (5.4 % off) and best-3 20/3 = 6.67
        // would read 7 (5 % off): averages a reader would take for other counts, so the
        // sentence shows its row's one decimal (`RowDecimals`): 2.4 below 7.4, best-3 6.7;
        // the recorded 5 and 8 stay whole (trailing zeros dropped in prose).
        let accounts = Indicator(
            id: "acc", name: "New accounts", unit: "accounts", direction: .higher, weight: 1, decimals: 0)
        let r = IndicatorResult(
            indicatorId: "acc", actual: 5, target: 8, threshold: 0, weight: 1, attainment: 0.625,
            best3Avg: 20.0 / 3, missStreak: 0, peerMean: 7.4, peerN: 5)
        #expect(
            EmployeeView.evidence(
                EmployeeDocument.Row(indicator: accounts, result: r, nextTarget: 8, dataSource: nil, peersShown: true))
                == "5 accounts against a target of 8 accounts (63 % of target); 2.4 accounts below the role average of 7.4 accounts; best-3-month average 6.7 accounts."
        )
        // 5 against a role average of 5.3 would both read 5 at whole decimals, hiding a
        // difference: the sentence takes one more decimal (`SharedDecimals`) and says 0.3.
        let level = IndicatorResult(
            indicatorId: "acc", actual: 5, target: 8, threshold: 0, weight: 1, attainment: 0.625,
            missStreak: 0, peerMean: 5.3, peerN: 5)
        #expect(
            EmployeeView.evidence(
                EmployeeDocument.Row(
                    indicator: accounts, result: level, nextTarget: 8, dataSource: nil, peersShown: true))
                == "5 accounts against a target of 8 accounts (63 % of target); 0.3 accounts below the role average of 5.3 accounts."
        )
        // Exactly level with the role: no clause.
        var same = level
        same.peerMean = 5
        #expect(
            EmployeeView.evidence(
                EmployeeDocument.Row(
                    indicator: accounts, result: same, nextTarget: 8, dataSource: nil, peersShown: true))
                == "5 accounts against a target of 8 accounts (63 % of target).")
    }

    /// Trends in words, to two significant digits, with the unit: "fewer" for things counted,
    /// "less" for amounts, percentage points for a percent unit; "steady" when the change
    /// over the trend's months would not show at the indicator's decimals.
    @Test func trendsInWords() {
        func trend(_ slope: Double?, _ i: Indicator, months: Int = 6) -> String {
            HumanNumber.text { Labels.trend(slope, i, months: months, to: &$0) }
        }
        let accounts = Indicator(
            id: "acc", name: "New accounts", unit: "accounts", direction: .higher, weight: 1, decimals: 0)
        #expect(trend(nil, Self.eur) == "—")
        // −1.234 accounts a month: 1.2 (two digits), fewer accounts is worse.
        #expect(trend(-1.234, accounts) == "about 1.2 accounts fewer each month (worsening)")
        // 1 234 EUR a month → 1,200 EUR; EUR is an amount: "more"/"less".
        #expect(trend(1_234, Self.eur) == "about 1,200 EUR more each month (improving)")
        // 12.5 hundreds → 13, half away from zero
        #expect(trend(-1_250, Self.eur) == "about 1,300 EUR less each month (worsening)")
        // 0.08 accounts a month × 6 months = 0.48: under half an account, so steady at whole
        // accounts; 0.09 × 6 = 0.54 shows as 1 account: a trend.
        #expect(trend(0.08, accounts) == "steady")
        #expect(trend(0.09, accounts) == "about 0.09 accounts more each month (improving)")
        // 1 account (singular) at exactly 1.
        #expect(trend(1, accounts, months: 3) == "about 1 account more each month (improving)")
        // Days late, lower is better: fewer days is improving.
        #expect(trend(-12.34, Self.days) == "about 12 days fewer each month (improving)")
        #expect(trend(0.0123, Self.days) == "about 0.012 days more each month (worsening)")
        // Ratings in points, percent units in percentage points (a slope of a percentage is not a percentage).
        #expect(trend(-0.25, Self.rating) == "about 0.25 points lower each month (worsening)")
        #expect(
            bytes { Labels.trend(0.75, Self.share, months: 3, to: &$0) }
                == "prefix:about 0.75 percentage points higher each month (improving)")
    }

    /// Where the percentage does not count from zero (a lower-is-better indicator, or a
    /// threshold other than 0), "% of target" would mislead: 4 days late against a target of
    /// 0 with a limit of 5 is (4 − 5) / (0 − 5) = 20 %. The sentence and the table's note say
    /// where it counts from; a higher-is-better indicator from 0 keeps "% of target".
    @Test func percentNotFromZeroSaysWhereItCountsFrom() {
        var late = IndicatorResult(
            indicatorId: "late", actual: 4, target: 0, threshold: 5, weight: 1, attainment: 0.2, missStreak: 0)
        late.status = .missed
        let row = EmployeeDocument.Row(
            indicator: Self.days, result: late, nextTarget: 0, dataSource: nil, peersShown: false)
        #expect(
            EmployeeView.evidence(row).hasPrefix(
                "4 days against a target of 0 days (20 % of the way from 5 days to the target), 4 days above target"))
        #expect(!EmployeeView.plainPercent(late, Self.days))
        #expect(
            bytes { EmployeeView.scaleNote(late, Self.days, to: &$0) }
                == "prefix:\(Self.days.name): counted from 5 days (0 %) to the target of 0 days (100 %), less is better."
        )
        // Higher is better from a threshold of 50: (75 − 50) / (100 − 50) = 50 %.
        let from50 = IndicatorResult(
            indicatorId: "rev", actual: 75, target: 100, threshold: 50, weight: 1, attainment: 0.5)
        #expect(
            EmployeeView.evidence(
                EmployeeDocument.Row(indicator: Self.eur, result: from50, nextTarget: 100, dataSource: nil)
            )
            .hasPrefix("75 EUR against a target of 100 EUR (50 % of the way from 50 EUR to the target)"))
        #expect(
            bytes { EmployeeView.scaleNote(from50, Self.eur, to: &$0) }
                == "prefix:\(Self.eur.name): counted from 50 EUR (0 %) to the target of 100 EUR (100 %).")
        let fromZero = IndicatorResult(
            indicatorId: "rev", actual: 75, target: 100, threshold: 0, weight: 1, attainment: 0.75)
        #expect(EmployeeView.plainPercent(fromZero, Self.eur))
    }

    @Test func evidenceSentence() {
        func row(_ r: IndicatorResult, _ i: Indicator = Self.eur, peers: Bool = true) -> EmployeeDocument.Row {
            EmployeeDocument.Row(indicator: i, result: r, nextTarget: r.target, dataSource: nil, peersShown: peers)
        }
        let full = IndicatorResult(
            indicatorId: "rev", actual: 219_000, target: 200_000, threshold: 0, weight: 1, attainment: 1.095,
            best3Avg: 230_000, missStreak: 0, peerMean: 350_000, peerN: 4)
        #expect(
            EmployeeView.evidence(row(full))
                == "219,000 EUR against a target of 200,000 EUR (110 % of target); 131,000 EUR below the role average of 350,000 EUR; best-3-month average 230,000 EUR."
        )
        let streak = IndicatorResult(
            indicatorId: "late", actual: 3, target: 1, threshold: 5, weight: 1, attainment: 0.5,
            missStreak: 3, peerMean: 3, peerN: 2)
        // Level with the peers: no peer clause; no best-3 average: none either.
        #expect(
            EmployeeView.evidence(row(streak, Self.days))
                == "3 days against a target of 1 day (50 % of the way from 5 days to the target), missed 3 months in a row."
        )
        let alone = IndicatorResult(
            indicatorId: "rev", actual: 10, target: 20, threshold: 0, weight: 1, peerMean: 5, peerN: 1)
        #expect(EmployeeView.evidence(row(alone)) == "10 EUR against a target of 20 EUR (0 % of target).")
        // §6.37: a group too small to show (peersShown false, as EmployeeDocument decides from
        // min_peer_group): no role average, the sentence says why instead.
        #expect(
            EmployeeView.evidence(row(full, peers: false))
                == "219,000 EUR against a target of 200,000 EUR (110 % of target); too few colleagues in this role for a comparison; best-3-month average 230,000 EUR."
        )
        // A row built without saying keeps the peers out (the safe default).
        #expect(!EmployeeDocument.Row(indicator: Self.eur, result: full, nextTarget: 1, dataSource: nil).peersShown)
        // Not met: how far below (or, lower being better, above) the target, with the unit;
        // a percent unit in percentage points.
        var missed = full
        missed.actual = 118_000
        missed.attainment = 0.59
        missed.status = .missed
        missed.best3Avg = nil
        missed.peerN = 1
        #expect(
            EmployeeView.evidence(row(missed))
                == "118,000 EUR against a target of 200,000 EUR (59 % of target), 82,000 EUR below target.")
        var late = streak
        late.status = .missed
        #expect(
            EmployeeView.evidence(row(late, Self.days))
                == "3 days against a target of 1 day (50 % of the way from 5 days to the target), 2 days above target, missed 3 months in a row."
        )
        var share = IndicatorResult(
            indicatorId: "s", actual: 87, target: 90, threshold: 0, weight: 1, attainment: 87.0 / 90)
        share.status = .atRisk
        #expect(
            EmployeeView.evidence(row(share, Self.share))
                == "87 % against a target of 90 % (97 % of target), 3 percentage points below target.")
        let none = IndicatorResult(indicatorId: "rev", target: 20, threshold: 0, weight: 1)
        #expect(EmployeeView.evidence(row(none)) == "No result recorded for this month.")
    }
}
