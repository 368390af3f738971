import Mustache

/// `{{% CONTENT_TYPE: MARKDOWN }}`: values rendered into a Markdown template come out as
/// literal text, whatever they hold — inline syntax is backslash-escaped, `|` cannot split
/// a table cell, line breaks cannot end a table row or start a block, and a value cannot
/// begin a heading, list or rule. HTML-looking text is escaped too, so a `<script>` in a
/// name stays text when the Markdown is turned into HTML — with backslashes (`\<script\>`),
/// never entities: the raw Markdown is read as text too, and "Müller &amp; Söhne" there is
/// wrong. An `&` is escaped only where it could start an entity reference (before a
/// letter, digit or `#`); "Müller & Söhne" is literal text in CommonMark as written.
///
/// Unsafe: `blockStartChanges` reads a borrowed view (valid during the call), each index
/// checked against the count of the view or of its first 12 bytes before it is read.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// No byte that inline escaping could touch: C0 controls, DEL, non-ASCII and
    /// `` \ ` * _ [ ] | ~ < > & `` (as bit masks over the ASCII range, checked on the UTF-8).
    @inline(__always)
    static func isInlinePlain(_ text: String) -> Bool {
        ByteSet.none(in: text, low: inlineLow, high: inlineHigh)
    }
    static let inlineLow: UInt64 = 0x5000_0440_FFFF_FFFF, inlineHigh: UInt64 = 0xD000_0001_B800_0000

    /// True when a value starting a line would start a block: `#`… then a space or the end
    /// (heading), `-`/`+` then a space or the end (list item), a run of `-` or `=` (rule),
    /// up to nine digits then `.`/`)` then a space or the end (ordered list). Tested on the
    /// bytes: `EscapeNeeds` runs it for every text value of a view.
    static func blockStartChanges(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = s.first else { return false }
        let b = UnsafeBufferPointer(rebasing: s.prefix(12))
        switch first {
        case UInt8(ascii: "#"):
            let hashes = b.prefix { $0 == UInt8(ascii: "#") }.count
            return hashes == s.count || (hashes < b.count && b[hashes] == 0x20)
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            if b.count == 1 || b[1] == 0x20 { return true }
            return first == UInt8(ascii: "-") && s.allSatisfy { $0 == first }
        case UInt8(ascii: "="):
            return s.allSatisfy { $0 == first }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digits = b.prefix { $0 >= 48 && $0 <= 57 }.count
            guard digits <= 9, digits < b.count, b[digits] == UInt8(ascii: ".") || b[digits] == UInt8(ascii: ")") else {
                return false
            }
            return digits + 1 == s.count || (digits + 1 < b.count && b[digits + 1] == 0x20)
        default:
            return false
        }
    }

    static func escape(_ text: String) -> String {
        // Most values are plain words and numbers: nothing to do unless a byte could matter.
        if isInlinePlain(text) {
            return escapeBlockStart(text)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        for (k, c) in scalars.enumerated() {
            switch c {
            case "\r", "\n", "\u{2028}", "\u{2029}":
                if !out.isEmpty { out += " " }
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out += "\\"
                out.unicodeScalars.append(c)
            case "<", ">":
                out += "\\"
                out.unicodeScalars.append(c)
            case "&":
                let next = k + 1 < scalars.count ? scalars[k + 1] : " "
                if next == "#" || (next.isASCII && (next.properties.isAlphabetic || ("0"..."9").contains(next))) {
                    out += "\\"
                }
                out += "&"
            default:
                if c.value < 0x20 || c.value == 0x7F { out += " " } else { out.unicodeScalars.append(c) }
            }
        }
        return escapeBlockStart(out)
    }

    /// A value may land at the start of a line (`- {{text}}`): there `# x`, `- x`, `+ x`,
    /// `1. x`, `1) x` or a run of `=`/`-` would turn into a heading, list or rule. Only those
    /// shapes (`blockStartChanges`) are escaped, so `-131,000` and `2026-08` stay as written:
    /// a backslash before the first character, or after the digits of a list number.
    static func escapeBlockStart(_ s: String) -> String {
        var text = s
        guard text.withUTF8(blockStartChanges) else { return s }
        let digits = s.utf8.prefix { $0 >= 48 && $0 <= 57 }.count
        let cut = s.utf8.index(s.utf8.startIndex, offsetBy: digits)
        return String(s[..<cut]) + "\\" + String(s[cut...])
    }

    static func register() { MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN") }
}
