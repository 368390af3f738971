import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// What a command that writes documents was asked for: the folder that receives `YYYY-MM/`,
/// the formats, and a folder of templates overriding the built-in ones.
package struct DocumentSettings: Sendable {
    package var out: String
    package var formats: [DocumentFormat]
    package var templates: String?

    package init(out: String, formats: [DocumentFormat], templates: String?) {
        self.out = out
        self.formats = formats
        self.templates = templates
    }

    /// The built-in templates with the overrides; a bad override is a usage error.
    func templateSet() throws -> TemplateSet {
        do { return try TemplateSet(overrides: templates) } catch { throw UsageError("\(error)") }
    }
}
