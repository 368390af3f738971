import PerfPlanCore

/// The catalogue of HR's views in one language other than English: every sentence, label,
/// date and figure the engine writes into the worksheet, the index (with HR's review list),
/// the progress summary and the calibration report. English keeps its own code (`EmployeeView`,
/// `IndexView`, `ProgressView.summary`, `CalibrationView`), byte for byte; each other language
/// is one value of this protocol (`GermanHRWording`), written by hand for a reader in HR, in
/// the plain register of the English.
///
/// Machine values stay as they are in every language: the decision codes HR types into
/// decisions.csv (`issue`, `coach`, `defer`, `dismiss`), ids, file names (`review.csv`,
/// `gaps.csv`), policy keys and the columns of the CSV files and the workbook.
package protocol HRWording: Sendable {
    /// The employee documents' catalogue of the same language: its dates, figures, statuses,
    /// trends and rating labels, which HR's views print alike.
    var documents: any ProgressWording { get }

    // MARK: The worksheet

    /// An earlier cycle's outcome in the worksheet's table: `Succeeded`.
    func outcome(_ o: PlanOutcome) -> String
    /// A trigger as the engine states it, with its figures and the policy's limit
    /// (`Reason.sentence` in English).
    func trigger(_ reason: Reason, asOf: Month, name: (String) -> String) -> String
    /// A caution with its evidence; names and figures in it are already in this language
    /// (`HRCautions.localized`).
    func caution(_ c: Caution) -> String
    /// "composite below 0.85 in each of the last 3 months", or that the trigger is off.
    func compositeRule(below: Double?, months: Int) -> String
    func streakRule(_ months: Int?) -> String
    func criticalRule(_ on: Bool) -> String
    /// "Meets from 0.8": one rating band and where it starts.
    func band(_ label: String, from: Double) -> String
    /// The results a goal's current level averages: "125.000 EUR (Aug. 2026), … und …".
    func currentInputs(_ items: [(value: String, month: Month)]) -> String

    // MARK: The index and its review list

    /// "1 proposal awaits a decision (review.csv lists it …); 3 plans issued."
    func decisionSummary(proposals: Int, issued: Int) -> String
    /// "2 of 3", or "4, beyond 3" for a cycle past the policy's last.
    func cycle(_ cycle: Int, of maxCycles: Int) -> String
    /// What happens to a flagged person in the review list (`Disposition.label` in English).
    func dispositionLabel(_ d: Disposition) -> String
    /// The "Decision" column of the index's table of everyone (`IndexView.dispositionWords`).
    func dispositionWords(_ d: Disposition) -> String
    /// The review list's short reasons: "critical: Revenue", "streak: Revenue (4 months)",
    /// "overall: below 0.85 for 3 months".
    func overallReason(below: Double, months: Int) -> String
    func streakReason(_ name: String, months: Int) -> String
    func criticalReason(_ name: String) -> String
    /// Between the review list's reasons: "; ", French " ;" with its narrow no-break space.
    var reasonSeparator: String { get }
    /// The heading of employees without a manager.
    var noManager: String { get }
    /// A document's name in a link: "Plan", "Interview form", "Worksheet" (`kind`: `plan`,
    /// `plan-draft`, `interview`, `worksheet`). `documentLabel` adds the format.
    func documentName(_ kind: String) -> String
    /// "XML data": what follows the name of a link to a document's XML.
    var xmlData: String { get }

    // MARK: The progress summary

    /// "report (md)": a link to an employee's progress report in one format.
    func reportLink(_ format: DocumentFormat) -> String
    /// A signing party inside a sentence: "the employee", "the manager", "HR".
    func partyInProse(_ p: SigningParty) -> String

    // MARK: The calibration report

    /// "higher than the rest of the organisation (30 % against 10 %, p = 0.0123)".
    func finding(higher: Bool, rate: String, restRate: String, p: String) -> String
    var noOneToCompare: String { get }
    /// The head of the column of people without a rating ("no rating").
    var noRatingColumn: String { get }
    /// "Marked: 1 of 4 departments, none of 6 managers."
    func markedSummary(departments: Int, of allDepartments: Int, managers: Int, of allManagers: Int) -> String
    /// The note under a chart that shows only the managers whose rate differs.
    func chartNote(drawn: Int, of all: Int) -> String
    /// The chart's title, its description for screen readers and the label of the
    /// organisation's line.
    var chartTitle: String { get }
    func chartDescription(organisationRate: String) -> String
    var organisationLine: String { get }
}

extension HRWording {
    var figures: LocalFigures { documents.figures }
    var language: Language { documents.language }

    /// A link to a document: the web page by its name ("Gesprächsbogen"), the other formats
    /// with theirs ("Gesprächsbogen (Markdown)", "Arbeitsblatt (XML-Daten)"), as English does.
    func documentLabel(_ kind: String, _ format: DocumentFormat) -> String {
        let name = documentName(kind)
        switch format {
        case .html: return name
        case .md: return name + " (Markdown)"
        case .xml: return name + " (\(xmlData))"
        }
    }

    /// A p-value to four places, trailing zeros kept ("0,0500"), or "< 0,0001".
    func pValue(_ p: Double) -> String {
        p < 0.00005 ? "< " + figures.fixed(0.0001, decimals: 4) : figures.fixed(p, decimals: 4)
    }
}

extension Language {
    /// The HR views' catalogue of a language `HRLanguage.translated` lists; nil for English
    /// (its own code) and for languages without one.
    package var hrWording: (any HRWording)? {
        switch self {
        case .de: return GermanHRWording()
        case .es: return SpanishHRWording()
        case .fr: return FrenchHRWording()
        case .en: return nil
        }
    }
}
