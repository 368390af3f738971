import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// A table row's figures at its shared decimals, trailing zeros kept (`RowFigures`).
@Suite struct RowFiguresTests {
    static func text(_ write: (inout [UInt8]) -> Void) -> String { HumanNumber.text(write) }

    @Test func zerosKeptUnitsAndSigns() {
        let eur = LabelsTests.eur
        let days = LabelsTests.days
        let rating = LabelsTests.rating
        // "40.00 EUR" beside "44.08 EUR", never "40 EUR"; grouped thousands keep the point.
        #expect(Self.text { RowFigures.value(40, eur, decimals: 2, to: &$0) } == "40.00 EUR")
        #expect(Self.text { RowFigures.value(44.08, eur, decimals: 2, to: &$0) } == "44.08 EUR")
        #expect(Self.text { RowFigures.value(207_633.333, eur, decimals: 1, to: &$0) } == "207,633.3 EUR")
        // One decimal on whole data: "4.7 accounts", and 1 reads "1.0 days" (plural).
        #expect(Self.text { RowFigures.value(56.0 / 12, LabelsTests.days, decimals: 1, to: &$0) } == "4.7 days")
        #expect(Self.text { RowFigures.value(1, days, decimals: 1, to: &$0) } == "1.0 days")
        // At 0 decimals as before: "1 day".
        #expect(Self.text { RowFigures.value(1, days, decimals: 0, to: &$0) } == "1 day")
        #expect(Self.text { RowFigures.value(4.333, rating, decimals: 1, to: &$0) } == "4.3 of 5")
        #expect(Self.text { RowFigures.value(nil, eur, decimals: 2, to: &$0) } == "—")
        // Differences: signed, no sign on one that reads 0.
        #expect(Self.text { RowFigures.signedDifference(3.6, days, decimals: 1, to: &$0) } == "+3.6 days")
        #expect(Self.text { RowFigures.signedDifference(-0.333, LabelsTests.eur, decimals: 2, to: &$0) } == "-0.33 EUR")
        #expect(Self.text { RowFigures.signedDifference(0.004, eur, decimals: 2, to: &$0) } == "0.00 EUR")
        #expect(Self.text { RowFigures.signedDifference(-0.11, rating, decimals: 2, to: &$0) } == "-0.11 points")
        #expect(Self.text { RowFigures.signedDifference(4, days, decimals: 0, to: &$0) } == "+4 days")
    }
}
