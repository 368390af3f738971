import Testing

@testable import PerfPlanIO

/// Contract §6.34: every accepted number computes to finite figures. Values beyond ±1e15
/// and policy numbers outside their documented ranges are errors at FILE:LINE (JSON:
/// `FILE: [index]`, perfplan.json: the key's line and name).
@Suite struct FiniteInputTests {
    static let beyond = "is beyond ±1e15, the largest magnitude accepted (figures computed from it would overflow)"

    @Test func hugeActualIsAnErrorAtItsLine() throws {
        let actuals =
            Fixture.actuals + "\nE1,sales_revenue,2026-08,1e308,,\nE1,sales_revenue,2026-07,-2000000000000000,,\n"
        #expect(
            try Fixture.messages(replacing: "actuals.csv", with: actuals) == [
                "actuals.csv:6: value 1e+308 \(Self.beyond)",
                "actuals.csv:7: value -2000000000000000 \(Self.beyond)",
            ])
    }

    @Test func theBoundItselfAndTinyNumbersAreAccepted() throws {
        let actuals =
            Fixture.actuals + "\nE1,sales_revenue,2026-08,1000000000000000,,\nE1,sales_revenue,2026-07,1e-300,,\n"
        #expect(try Fixture.messages(replacing: "actuals.csv", with: actuals) == [])
    }

    @Test func hugeTargetThresholdWeightAndScale() throws {
        var files = Fixture.csvFiles
        files["targets.csv"] =
            Fixture.targets
            + "\nsales_revenue,employee:E2,2026-10,1e16,,\nsales_revenue,employee:E2,2026-09,100,,1e300\n"
        files["indicators.csv"] =
            Fixture.indicators + "\nbig,Big,,higher,,,,1,1e300,,,\nscaled,Scaled,,higher,qualitative,-1e20,5,1,,,,\n"
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "indicators.csv:5: threshold 1e+300 \(Self.beyond)",
                "indicators.csv:6: scale_min -1e+20 \(Self.beyond)",
                "targets.csv:7: target 1e+16 \(Self.beyond)",
                "targets.csv:8: weight 1e+300 \(Self.beyond)",
            ])
    }

    @Test func hugeNumbersInJSONUseIndexes() throws {
        var files = Fixture.csvFiles
        files["benchmarks.csv"] = nil
        files["benchmarks.json"] =
            #"[{"indicator_id": "sales_revenue", "value": 300000}, {"indicator_id": "csat", "value": 1e308}]"#
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "benchmarks.json: [1] value 1e+308 \(Self.beyond)"
            ])
    }

    @Test func policyNumbersOutOfRangeNameTheKey() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] = """
            {
              "attainment_cap": 1e308,
              "review_day": 29,
              "min_peer_group": 0,
              "plan_months": 0,
              "baseline_months": 1e9,
              "max_cycles": 1e300,
              "checkin_every_weeks": 53,
              "at_risk_tolerance": 1,
              "triggers": {"composite_below": 1e308, "composite_months": 121, "miss_streak": -1},
              "rating_bands": [{"min": 1e308, "label": "Unreachable"}, {"min": 0, "label": "Below"}]
            }
            """
        #expect(
            try Fixture.load(files).diagnostics.map(\.description) == [
                "perfplan.json:2: \"attainment_cap\" must be a number from 1 to 100 (found 1e308)",
                "perfplan.json:3: \"review_day\" must be a whole number from 1 to 28 (found 29)",
                "perfplan.json:4: \"min_peer_group\" must be a whole number from 1 to 10000 (found 0)",
                "perfplan.json:5: \"plan_months\" must be a whole number from 1 to 24 (found 0)",
                "perfplan.json:6: \"baseline_months\" must be a whole number from 1 to 120 (found 1e9)",
                "perfplan.json:7: \"max_cycles\" must be a whole number from 1 to 100 (found 1e300)",
                "perfplan.json:8: \"checkin_every_weeks\" must be a whole number from 1 to 52 (found 53)",
                "perfplan.json:9: \"at_risk_tolerance\" must be a number from 0 up to (not including) 1 (found 1)",
                "perfplan.json:10: \"triggers.composite_below\" must be a number from 0 to 100 (found 1e308)",
                "perfplan.json:10: \"triggers.composite_months\" must be a whole number from 1 to 120 (found 121)",
                "perfplan.json:10: \"triggers.miss_streak\" must be a whole number from 0 to 120 (found -1)",
                "perfplan.json:11: each rating band must be {\"min\": number from 0 to 100, \"label\": non-empty text}",
            ])
    }

    @Test func newPolicyKeysAreReadWithinTheirRanges() throws {
        var files = Fixture.csvFiles
        files["perfplan.json"] = #"{"min_peer_group": 3, "review_day": 28, "attainment_cap": 100, "plan_months": 24}"#
        let result = try Fixture.load(files)
        #expect(result.diagnostics.map(\.description) == [])
        let policy = try #require(result.dataset?.policy)
        #expect(
            policy.minPeerGroup == 3 && policy.reviewDay == 28 && policy.attainmentCap == 100 && policy.planMonths == 24
        )
        let defaults = try #require(try Fixture.load(Fixture.csvFiles).dataset?.policy)
        #expect(defaults.minPeerGroup == 5 && defaults.reviewDay == 10)
    }
}
