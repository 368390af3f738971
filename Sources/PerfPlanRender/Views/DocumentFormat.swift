/// The document formats `--format` selects.
public enum DocumentFormat: String, Sendable, CaseIterable, Hashable {
    case md, html, xml
}
