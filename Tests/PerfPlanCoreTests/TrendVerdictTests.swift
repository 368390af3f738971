import Testing

@testable import PerfPlanCore

/// When a trend earns "improving" or "worsening" (docs/data-format.md, "Trends"), with the
/// figures worked out by hand over a 3-month plan.
@Suite struct TrendVerdictTests {
    func judge(_ slope: Double?, actual: Double?, target: Double, threshold: Double, _ d: Direction = .higher)
        -> TrendVerdict?
    {
        TrendVerdict.judge(slope: slope, actual: actual, target: target, threshold: threshold, direction: d, horizon: 3)
    }

    @Test func aMetTargetIsOnlyWorseningWhenItWouldBeLost() {
        // Hours of overtime, lower is better: 6.2 h against a target of 8 h, −0.046 h a month is
        // better, +0.046 h a month: 6.2 + 3 × 0.046 = 6.338 h still meets 8 h — no word.
        #expect(judge(0.046, actual: 6.2, target: 8, threshold: 12, .lower) == nil)
        // +0.7 h a month: 6.2 + 2.1 = 8.3 h misses 8 h within the plan: worsening.
        #expect(judge(0.7, actual: 6.2, target: 8, threshold: 12, .lower) == .worsening)
        // Revenue 219,000 against 200,000, −5,000 a month: 204,000 after 3 months, still met.
        #expect(judge(-5_000, actual: 219_000, target: 200_000, threshold: 0) == nil)
        // −7,000 a month: 198,000 after 3 months: worsening.
        #expect(judge(-7_000, actual: 219_000, target: 200_000, threshold: 0) == .worsening)
    }

    @Test func aProjectionIsReadAtTheIndicatorsDecimals() {
        // E012's peer feedback: 4 of 5 against a target of 4, −0.14 a month: 4 − 0.42 = 3.58
        // after 3 months, recorded in whole points as 4: still on target, no verdict.
        #expect(
            TrendVerdict.judge(
                slope: -0.14, actual: 4, target: 4, threshold: 1, direction: .higher, horizon: 3, decimals: 0) == nil)
        // At 2 decimals 3.58 misses 4: worsening.
        #expect(
            TrendVerdict.judge(
                slope: -0.14, actual: 4, target: 4, threshold: 1, direction: .higher, horizon: 3, decimals: 2)
                == .worsening)
        // −0.17 a month: 4 − 0.51 = 3.49 → 3 in whole points: worsening.
        #expect(
            TrendVerdict.judge(
                slope: -0.17, actual: 4, target: 4, threshold: 1, direction: .higher, horizon: 3, decimals: 0)
                == .worsening)
    }

    @Test func belowTargetATenthOfTheDistanceToTheTarget() {
        // Revenue 150,000 against 200,000: the plan must close 50,000; a tenth is 5,000, so
        // over 3 months a slope must reach 1,666.67 a month. 1,600 × 3 = 4,800: no word;
        // 1,700 × 3 = 5,100: improving, or worsening the other way.
        #expect(judge(1_600, actual: 150_000, target: 200_000, threshold: 0) == nil)
        #expect(judge(1_700, actual: 150_000, target: 200_000, threshold: 0) == .improving)
        #expect(judge(-1_700, actual: 150_000, target: 200_000, threshold: 0) == .worsening)
        // Days late, lower is better: 3 against 0, a tenth of the distance is 0.3 day: 0.1 × 3 = 0.3.
        #expect(judge(-0.1, actual: 3, target: 0, threshold: 5, .lower) == .improving)
        #expect(judge(-0.09, actual: 3, target: 0, threshold: 5, .lower) == nil)
        // No result this month, no slope or a flat one: nothing to judge.
        #expect(judge(-0.1, actual: nil, target: 0, threshold: 5, .lower) == nil)
        #expect(judge(nil, actual: 3, target: 0, threshold: 5, .lower) == nil)
        #expect(judge(0, actual: 3, target: 0, threshold: 5, .lower) == nil)
    }

    @Test func metAndImprovingATenthOfTheScale() {
        // Days late 0 against 0 (threshold 5): a tenth of the scale is 0.5 day; 0.17 × 3 = 0.51.
        #expect(judge(-0.17, actual: 0, target: 0, threshold: 5, .lower) == .improving)
        #expect(judge(-0.16, actual: 0, target: 0, threshold: 5, .lower) == nil)
        // Target 100, threshold 100: the scale is the target, a tenth is 10; 3.4 × 3 = 10.2.
        #expect(judge(3.4, actual: 100, target: 100, threshold: 100) == .improving)
        #expect(judge(3.3, actual: 100, target: 100, threshold: 100) == nil)
    }
}
