import PerfPlanCore
import PerfPlanRender

/// The texts of HR's views that depend on an employee's full result, made in the language
/// of the HR views by the worker that computed the employee (`writeEmployee`): the review
/// list's reasons, naming the indicators in that language, and the cautions.
extension PacketGenerator {
    /// The manager column's value for someone without a manager, in the index entries and
    /// the data files (gaps.csv, calibration.csv, the workbook); HR's views in another
    /// language name it in theirs.
    static let noManagerLabel = "No manager"

    func hrReview(_ r: EmployeeResult, row: ReviewList.Row, wording hr: any HRWording) -> HRReviewTexts {
        let index = engine.index
        let language = hrLanguage
        func name(_ id: String) -> String {
            index.indicatorIndex[id].map { index.indicators[$0].name(in: language) } ?? id
        }
        return HRReviewTexts(
            reasons: HRCautions.reasons(r.reasons, wording: hr, name: name),
            cautions: HRCautions.sentences(
                row.cautions, result: r, indicators: index.indicators, policy: engine.policy, wording: hr))
    }
}
