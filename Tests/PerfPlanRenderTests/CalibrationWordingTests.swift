import Testing

@testable import PerfPlanRender

/// The calibration report's count of marked units reads as words, never "0 department(s)".
@Suite struct CalibrationWordingTests {
    @Test func markedUnitsAreCountedInWords() {
        #expect(
            CalibrationView.markedSummary(departments: 0, of: 4, managers: 0, of: 6)
                == "Marked: none of 4 departments, none of 6 managers.")
        #expect(
            CalibrationView.markedSummary(departments: 1, of: 1, managers: 2, of: 6)
                == "Marked: 1 of 1 department, 2 of 6 managers.")
    }
}
