import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// The wording a lawyer and an employee read on paper, figures worked out by hand: shared
/// decimals in one sentence, a result not past its threshold, trends with and without a
/// verdict, weights as a share, and Markdown that reads as text.
@Suite struct PaperWordingTests {
    static let days = Indicator(id: "absence", name: "Absence", unit: "days", direction: .lower, weight: 1)
    static let share = Indicator(id: "fcr", name: "First-contact resolution", unit: "%", direction: .higher, weight: 1)
    static let hours = Indicator(id: "ot", name: "Overtime", unit: "hours", direction: .lower, weight: 1, decimals: 1)

    func row(_ r: IndicatorResult, _ i: Indicator) -> EmployeeDocument.Row {
        EmployeeDocument.Row(indicator: i, result: r, nextTarget: r.target, dataSource: nil, peersShown: true)
    }

    @Test func aRoleAverageOfNoughtPointFourIsNotNoughtDays() {
        // 4 days against a target of 2 (threshold 5): (4 − 5) / (2 − 5) = 33 %; the role
        // average 0.4 reads 0 at whole days, so the sentence takes 1 decimal: 4 − 0.4 = 3.6
        // above it; 4 − 2 = 2 above target.
        var r = IndicatorResult(
            indicatorId: "absence", actual: 4, target: 2, threshold: 5, weight: 1, attainment: 1.0 / 3,
            missStreak: 1, peerMean: 0.4, peerN: 10)
        r.status = .missed
        #expect(
            EmployeeView.evidence(row(r, Self.days))
                == "4 days against a target of 2 days (33 % of the way from 5 days to the target), 2 days above target; "
                + "3.6 days above the role average of 0.4 days.")
    }

    @Test func aResultNotPastItsThresholdSaysSo() {
        // 78 % against a target of 95 % counted from 80 %: attainment 0 — no "0 % of the way".
        var r = IndicatorResult(
            indicatorId: "fcr", actual: 78, target: 95, threshold: 80, weight: 1, attainment: 0, missStreak: 1)
        r.status = .missed
        #expect(
            EmployeeView.evidence(row(r, Self.share))
                == "78 % against a target of 95 % (not above 80 %, where progress toward the target starts to count), "
                + "17 percentage points below target.")
    }

    @Test func aTrendWithoutConsequenceHasNoVerdict() {
        // Overtime 6.2 h against a target of 8 h (threshold 12), +0.046 h a month: after a
        // 3-month plan 6.338 h, still met — the size alone, no "worsening".
        let r = IndicatorResult(indicatorId: "ot", actual: 6.2, target: 8, threshold: 12, weight: 1, trendSlope: 0.046)
        #expect(
            HumanNumber.text { Labels.trend(r, Self.hours, months: 6, horizon: 3, to: &$0) }
                == "about 0.046 hours more each month")
        // +0.7 h a month reaches 8.3 h within the plan: worsening.
        var worse = r
        worse.trendSlope = 0.7
        #expect(
            HumanNumber.text { Labels.trend(worse, Self.hours, months: 6, horizon: 3, to: &$0) }
                == "about 0.7 hours more each month (worsening)")
    }

    @Test func markdownUsesBackslashesNotEntities() {
        #expect(MarkdownContentType.escape("Müller & Söhne") == "Müller & Söhne")
        #expect(MarkdownContentType.escape("AT&T <b>") == "AT\\&T \\<b\\>")
        #expect(MarkdownContentType.escape("&amp; &#38;") == "\\&amp; \\&#38;")
    }
}

/// Names in the order a reader looks them up (`NameOrder`: the UCA's default order through
/// Foundation's ICU collator), not by code point, where "É" (U+00C9) follows "T".
@Suite struct NameOrderTests {
    @Test func accentedNamesSortWithTheirLetter() {
        #expect(
            ["Tomasz", "Élodie", "Emil", "Anna", "eva", "Zoë", "Åsa"].sorted { NameOrder.less($0, $1) }
                == ["Anna", "Åsa", "Élodie", "Emil", "eva", "Tomasz", "Zoë"])
        // A total order: canonically equal spellings fall back to code points (precomposed
        // U+00C9 before "E" + U+0301, whose first byte is smaller — so the decomposed one first).
        let composed = "\u{C9}lodie"
        let decomposed = "E\u{301}lodie"
        #expect(NameOrder.less(decomposed, composed) != NameOrder.less(composed, decomposed))
    }
}
