/// A language perfplan writes documents in: the BCP 47 primary language subtag alone.
///
/// Only a bare primary tag is accepted (`de`, `DE`), never a regional tag such as `de-CH`
/// or `fr-CA`: those regions write numbers differently (`1’250.5` in Switzerland, `1 250,5`
/// with another space in Canada), so formatting them as `de` or `fr` would print figures
/// their readers do not write. An unknown tag is an error, never a silent fallback to English.
package enum Language: String, CaseIterable, Hashable, Sendable {
    case en, de, es, fr

    /// Case-insensitive (BCP 47 tags are); surrounding whitespace is the caller's to trim.
    package init?(tag: some StringProtocol) {
        self.init(rawValue: tag.lowercased())
    }

    /// `en, de, es or fr`: how messages list the accepted tags.
    package static var acceptedList: String {
        let tags = allCases.map(\.rawValue)
        return tags.dropLast().joined(separator: ", ") + " or " + tags.last!
    }

    /// The message for a tag that is not one of `allCases`, phrased to follow `FIELD "TEXT" `.
    package static func problem(with tag: String) -> String {
        "is not a supported language (give \(acceptedList), a BCP 47 primary language tag without a region)"
    }

    /// The locale's formats for this language.
    package var format: LocaleFormat {
        switch self {
        case .en: return .english
        case .de: return .german
        case .es: return .spanish
        case .fr: return .french
        }
    }
}

/// How decimal numbers are written in CSV input (`perfplan.json` `decimal_separator`):
/// `1250.5` or `1250,5`. JSON input always has JSON numbers and is not affected.
package enum DecimalSeparator: String, Hashable, Sendable {
    case point = "."
    case comma = ","

    /// The separator's byte.
    package var byte: UInt8 { self == .point ? UInt8(ascii: ".") : UInt8(ascii: ",") }

    /// The other one: the separator a value written the wrong way holds.
    package var other: DecimalSeparator { self == .point ? .comma : .point }
}
