/// Which characters an id may not hold because they cannot be seen (contract §6.33):
/// Unicode format characters (general category Cf) — zero-width space, joiner and
/// non-joiner, word joiner, bidirectional controls, a byte-order mark inside the text, soft
/// hyphen. `E1` and `E\u{200B}1` print the same in folders, documents and messages, and a
/// right-to-left override even reorders what follows it on screen.
package enum IdCharacters {
    /// The first format character of `id`, or nil. ASCII holds none, so the common id is
    /// one pass over its bytes, without a Unicode property lookup per character.
    @inline(__always)
    package static func invisible(in id: String) -> Unicode.Scalar? {
        if id.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        return id.unicodeScalars.first(where: isInvisible)
    }

    /// Cf, by the Unicode property (not a hand-kept list, which would miss new ones).
    package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xAD && scalar.properties.generalCategory == .format
    }

    /// `U+200B`: how a message names the character.
    package static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The phrase that follows `FIELD "ID" ` in a message.
    package static func problem(_ scalar: Unicode.Scalar) -> String {
        "contains an invisible format character (\(codePoint(scalar)))"
    }
}
