import Foundation

/// The word list of HR's views (worksheet, index, summary, calibration): the words of their
/// English built-in templates and of the English sentences the engine writes into them,
/// beside the documents' own (`EnglishWords.catalogue`).
extension EnglishWords {
    /// Sentences from the engine's English code for HR's views (not in the templates).
    static let hrSentences = """
        rated overall the overall result is in the middle band or above the result carries the note the goal is above
        the employee's own best-3-month average of results for only of the months the baselines read the first in
        hired on within the review period plan cycle is over but its outcome was never recorded so no new plan can be
        issued until it is give its outcome succeeded extended escalated or closed in the plans data run the progress
        report for which records it or close the plan with plans close if it was withdrawn the plan's only focus is
        an indicator marked as not triggering plans composite score below in each of was were missed months in a row
        the policy's limit is critical indicator indicators composite trigger off miss-streak trigger off
        a critical indicator missed this month an indicator missed from exceeds meets partially meets below no rating
        proposal awaits await a decision lists it them ready to fill in and save as no plan issued plans issued
        beyond on plan until proposal blocked plan issued by policy deferred dismissed awaiting history conflict
        overall streak critical for no manager on record draft plan interview form worksheet data report
        higher lower than the rest of the organisation against no one else in scope to compare with marked none
        departments department managers manager the chart shows the whose rate differs all are in the table below
        flag rate by manager one bar per manager the share of their team flagged for an improvement plan
        the dashed line is the organisation's rate the table below gives the same figures organisation
        achieved on track behind no data the employee the manager succeeded extended escalated issued automatically
        under the company's policy coaching instead of a plan decided by decision deferred to next month no action
        proposal for hr's decision not a plan until hr decides to issue it it cannot be issued until the outcome of
        is recorded met at risk missed about more fewer higher lower each month improving worsening steady
        percentage points points the target of was met with but that is the role average
        """

    static func hrCatalogue(except shared: Set<String>) throws -> Set<String> {
        var all = Set(words(hrSentences))
        for view in ["worksheet", "index", "summary", "calibration"] {
            for format in ["md", "html"] { all.formUnion(words(visibleText(try template("\(view).\(format)")))) }
        }
        return all.subtracting(shared)
    }
}
