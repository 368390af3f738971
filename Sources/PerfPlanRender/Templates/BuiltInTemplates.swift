/// The templates and the schema that ship in the binary, by file name.
///
/// SwiftPM compiles every file of Templates/ into the target (`.embedInCode` in Package.swift,
/// through the `BuiltInTemplates` link) as a byte array of `PackageResources`, named after the
/// file with `_` for `.`. It lists no folder, so the files are named here; a test checks this
/// table against Templates/ on disk, so a template added there and not here fails it.
enum BuiltInTemplates {
    static let files: [String: [UInt8]] = [
        "calibration.html.mustache": PackageResources.calibration_html_mustache,
        "calibration.md.mustache": PackageResources.calibration_md_mustache,
        "cards.css.mustache": PackageResources.cards_css_mustache,
        // A language's templates: `Templates/de/plan.de.html.mustache` (SwiftPM names a
        // resource by its file name alone, so each carries its language) is `de/plan.html`.
        "de/plan.html.mustache": PackageResources.plan_de_html_mustache,
        "de/plan.md.mustache": PackageResources.plan_de_md_mustache,
        "de/interview.html.mustache": PackageResources.interview_de_html_mustache,
        "de/interview.md.mustache": PackageResources.interview_de_md_mustache,
        "de/progress.html.mustache": PackageResources.progress_de_html_mustache,
        "de/progress.md.mustache": PackageResources.progress_de_md_mustache,
        // HR's views in the policy's `hr_language` (`HRLanguage`).
        "de/worksheet.html.mustache": PackageResources.worksheet_de_html_mustache,
        "de/worksheet.md.mustache": PackageResources.worksheet_de_md_mustache,
        "de/index.html.mustache": PackageResources.index_de_html_mustache,
        "de/index.md.mustache": PackageResources.index_de_md_mustache,
        "de/summary.html.mustache": PackageResources.summary_de_html_mustache,
        "de/summary.md.mustache": PackageResources.summary_de_md_mustache,
        "de/calibration.html.mustache": PackageResources.calibration_de_html_mustache,
        "de/calibration.md.mustache": PackageResources.calibration_de_md_mustache,
        "es/plan.html.mustache": PackageResources.plan_es_html_mustache,
        "es/plan.md.mustache": PackageResources.plan_es_md_mustache,
        "es/interview.html.mustache": PackageResources.interview_es_html_mustache,
        "es/interview.md.mustache": PackageResources.interview_es_md_mustache,
        "es/progress.html.mustache": PackageResources.progress_es_html_mustache,
        "es/progress.md.mustache": PackageResources.progress_es_md_mustache,
        "es/worksheet.html.mustache": PackageResources.worksheet_es_html_mustache,
        "es/worksheet.md.mustache": PackageResources.worksheet_es_md_mustache,
        "es/index.html.mustache": PackageResources.index_es_html_mustache,
        "es/index.md.mustache": PackageResources.index_es_md_mustache,
        "es/summary.html.mustache": PackageResources.summary_es_html_mustache,
        "es/summary.md.mustache": PackageResources.summary_es_md_mustache,
        "es/calibration.html.mustache": PackageResources.calibration_es_html_mustache,
        "es/calibration.md.mustache": PackageResources.calibration_es_md_mustache,
        "fr/plan.html.mustache": PackageResources.plan_fr_html_mustache,
        "fr/plan.md.mustache": PackageResources.plan_fr_md_mustache,
        "fr/interview.html.mustache": PackageResources.interview_fr_html_mustache,
        "fr/interview.md.mustache": PackageResources.interview_fr_md_mustache,
        "fr/progress.html.mustache": PackageResources.progress_fr_html_mustache,
        "fr/progress.md.mustache": PackageResources.progress_fr_md_mustache,
        "fr/worksheet.html.mustache": PackageResources.worksheet_fr_html_mustache,
        "fr/worksheet.md.mustache": PackageResources.worksheet_fr_md_mustache,
        "fr/index.html.mustache": PackageResources.index_fr_html_mustache,
        "fr/index.md.mustache": PackageResources.index_fr_md_mustache,
        "fr/summary.html.mustache": PackageResources.summary_fr_html_mustache,
        "fr/summary.md.mustache": PackageResources.summary_fr_md_mustache,
        "fr/calibration.html.mustache": PackageResources.calibration_fr_html_mustache,
        "fr/calibration.md.mustache": PackageResources.calibration_fr_md_mustache,
        "index.html.mustache": PackageResources.index_html_mustache,
        "index.md.mustache": PackageResources.index_md_mustache,
        "interview.html.mustache": PackageResources.interview_html_mustache,
        "interview.md.mustache": PackageResources.interview_md_mustache,
        "perfplan.xsd": PackageResources.perfplan_xsd,
        "plan.html.mustache": PackageResources.plan_html_mustache,
        "plan.md.mustache": PackageResources.plan_md_mustache,
        "progress.html.mustache": PackageResources.progress_html_mustache,
        "progress.md.mustache": PackageResources.progress_md_mustache,
        "style.css.mustache": PackageResources.style_css_mustache,
        "summary.html.mustache": PackageResources.summary_html_mustache,
        "summary.md.mustache": PackageResources.summary_md_mustache,
        "worksheet.html.mustache": PackageResources.worksheet_html_mustache,
        "worksheet.md.mustache": PackageResources.worksheet_md_mustache,
    ]

    /// The text of a built-in file (all are UTF-8).
    static func text(_ name: String) -> String? {
        files[name].map { String(decoding: $0, as: UTF8.self) }
    }
}
