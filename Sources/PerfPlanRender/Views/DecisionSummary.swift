/// The index's sentence above HR's review list: how many proposals wait for HR and how many
/// plans were issued, in words a person reads aloud ("1 proposal awaits", "3 plans issued")
/// rather than "proposal(s)", which reads as a form and not as a sentence.
enum DecisionSummary {
    static func sentence(proposals: Int, issued: Int) -> String {
        let waiting: String
        switch proposals {
        case 0: waiting = "No proposal awaits a decision"
        case 1:
            waiting =
                "1 proposal awaits a decision (review.csv lists it, ready to fill in and save as decisions.csv)"
        default:
            waiting =
                "\(proposals) proposals await a decision (review.csv lists them, ready to fill in and save as decisions.csv)"
        }
        let plans: String
        switch issued {
        case 0: plans = "no plan issued"
        case 1: plans = "1 plan issued"
        default: plans = "\(issued) plans issued"
        }
        return "\(waiting); \(plans)."
    }
}
