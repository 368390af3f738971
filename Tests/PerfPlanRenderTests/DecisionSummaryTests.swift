import Testing

@testable import PerfPlanRender

/// The index's sentence above HR's review list counts in words, singular and plural.
struct DecisionSummaryTests {
    @Test func countsReadAsASentence() {
        #expect(
            DecisionSummary.sentence(proposals: 0, issued: 3) == "No proposal awaits a decision; 3 plans issued.")
        #expect(
            DecisionSummary.sentence(proposals: 1, issued: 1)
                == "1 proposal awaits a decision (review.csv lists it, ready to fill in and save as decisions.csv); 1 plan issued."
        )
        #expect(
            DecisionSummary.sentence(proposals: 4, issued: 0)
                == "4 proposals await a decision (review.csv lists them, ready to fill in and save as decisions.csv); no plan issued."
        )
    }
}
