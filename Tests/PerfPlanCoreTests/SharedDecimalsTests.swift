import Testing

@testable import PerfPlanCore

/// One row's figures share decimals (docs/data-format.md, "Decimals in one row").
@Suite struct SharedDecimalsTests {
    @Test func oneMoreOnlyWhenRoundingHidesSomething() {
        // 4 days against a role average of 0.4: 0.4 reads "0 days" at 0 decimals → 1.
        #expect(SharedDecimals.of([4, 0.4, 3.6], base: 0) == 1)
        // 4.67 and 5 accounts would both read 5 → 1 decimal (4.7, 5).
        #expect(SharedDecimals.of([4.67, 5], base: 0) == 1)
        // 219,000 against 350,000: nothing hidden → 0.
        #expect(SharedDecimals.of([219_000, 350_000, 131_000], base: 0) == 0)
        // Equal values are no difference to show; 0 is 0.
        #expect(SharedDecimals.of([2, 2, 0], base: 0) == 0)
        // At 2 decimals: 0.004 reads 0.00 → 3.
        #expect(SharedDecimals.of([1.25, 0.004], base: 2) == 3)
    }
}

/// The worksheet's colleagues' average (`ColleaguesAverage`), by hand.
@Suite struct ColleaguesAverageTests {
    @Test func theEmployeeIsLeftOut() {
        // Role average 350,000 over 10 results, the employee's own 118,000 among them: the
        // nine colleagues average (3,500,000 − 118,000) / 9 = 375,777.8.
        let r = IndicatorResult(
            indicatorId: "rev", actual: 118_000, target: 200_000, threshold: 0, weight: 1, peerMean: 350_000, peerN: 10)
        #expect(abs(ColleaguesAverage.of(r)! - 375_777.777_8) < 0.001)
        // Without a result of their own the role average is the colleagues' already.
        let none = IndicatorResult(
            indicatorId: "rev", target: 200_000, threshold: 0, weight: 1, peerMean: 350_000, peerN: 9)
        #expect(ColleaguesAverage.of(none) == 350_000)
        // Alone in the role: no colleagues, no average.
        let alone = IndicatorResult(
            indicatorId: "rev", actual: 118_000, target: 200_000, threshold: 0, weight: 1, peerMean: 118_000, peerN: 1)
        #expect(ColleaguesAverage.of(alone) == nil)
    }
}
