import PerfPlanCore

/// The policy keys about languages and number formats: `decimal_separator` (`.` or `,`),
/// `language` and `hr_language` (`en`, `de`, `es` or `fr`).
extension PolicyDecoder {
    mutating func decodeDecimalSeparator(_ n: JSONNode) -> DecimalSeparator? {
        guard case .string(let s) = n.value, let separator = DecimalSeparator(rawValue: s.trimmingWhitespace()) else {
            let found: String
            if case .string(let s) = n.value { found = Quote.cell(s) } else { found = n.value.typeName }
            diags.error(
                SourceLocation(file: file, line: n.line),
                "\"decimal_separator\" must be \".\" or \",\" (found \(found))")
            return nil
        }
        return separator
    }

    mutating func language(_ key: String, _ n: JSONNode) -> Language? {
        guard case .string(let s) = n.value else {
            diags.error(
                SourceLocation(file: file, line: n.line),
                "\"\(key)\" must be a string (\(Language.acceptedList)), found \(n.value.typeName)")
            return nil
        }
        let tag = s.trimmingWhitespace()
        guard let language = Language(tag: tag) else {
            diags.error(
                SourceLocation(file: file, line: n.line), "\"\(key)\" \(Quote.cell(tag)) \(Language.problem(with: tag))"
            )
            return nil
        }
        return language
    }
}
