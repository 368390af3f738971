/// The document formats `--format` selects.
package enum DocumentFormat: String, Sendable, CaseIterable, Hashable {
    case md, html, xml
}
