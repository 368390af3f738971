import Mustache

/// `{{% CONTENT_TYPE: MARKDOWN }}`: values rendered into a Markdown template come out as
/// literal text, whatever they hold — inline syntax is backslash-escaped, `|` cannot split
/// a table cell, line breaks cannot end a table row or start a block, and a value cannot
/// begin a heading, list or rule. HTML-looking text is escaped too, so a `<script>` in a
/// name stays text when the Markdown is turned into HTML.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// No byte that inline escaping could touch: C0 controls, DEL, non-ASCII and
    /// `` \ ` * _ [ ] | ~ < > & `` (as bit masks over the ASCII range, checked on the UTF-8).
    @inline(__always)
    static func isInlinePlain(_ text: String) -> Bool {
        ByteSet.none(in: text, low: 0x5000_0440_FFFF_FFFF, high: 0xD000_0001_B800_0000)
    }

    /// True when `escape(text)` is `text`: plain inline, and a first byte that cannot start
    /// a block (`escapeBlockStart` looks only at `#`, `-`, `+`, `=` and digits).
    static func leavesUnchanged(_ text: String) -> Bool {
        guard isInlinePlain(text) else { return false }
        guard let first = text.utf8.first else { return true }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return escapeBlockStart(text) == text
        default:
            return true
        }
    }

    static func escape(_ text: String) -> String {
        // Most values are plain words and numbers: nothing to do unless a byte could matter.
        if isInlinePlain(text) {
            return escapeBlockStart(text)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for c in text.unicodeScalars {
            switch c {
            case "\r", "\n", "\u{2028}", "\u{2029}":
                if !out.isEmpty { out += " " }
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out += "\\"; out.unicodeScalars.append(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default:
                if c.value < 0x20 || c.value == 0x7F { out += " " } else { out.unicodeScalars.append(c) }
            }
        }
        return escapeBlockStart(out)
    }

    /// A value may land at the start of a line (`- {{text}}`): there `# x`, `- x`, `+ x`,
    /// `1. x`, `1) x` or a run of `=`/`-` would turn into a heading, list or rule. Only those
    /// shapes are escaped, so `-131,000` and `2026-08` stay as written.
    static func escapeBlockStart(_ s: String) -> String {
        let b = Array(s.utf8.prefix(12))
        guard let first = b.first else { return s }
        let afterFirstIsBreak = b.count == 1 || b[1] == 0x20
        switch first {
        case UInt8(ascii: "#"):
            // `#`, `##`… followed by a space or the end make a heading.
            let hashes = b.prefix { $0 == UInt8(ascii: "#") }.count
            if hashes == s.utf8.count || (hashes < b.count && b[hashes] == 0x20) { return "\\" + s }
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            if afterFirstIsBreak { return "\\" + s }
            if first == UInt8(ascii: "-"), s.utf8.allSatisfy({ $0 == first }) { return "\\" + s }
        case UInt8(ascii: "="):
            if s.utf8.allSatisfy({ $0 == first }) { return "\\" + s }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // `1.` or `1)` followed by a space or the end start an ordered list.
            let digits = b.prefix { $0 >= 48 && $0 <= 57 }.count
            guard digits <= 9, digits < b.count, b[digits] == UInt8(ascii: ".") || b[digits] == UInt8(ascii: ")") else { return s }
            if digits + 1 == s.utf8.count || (digits + 1 < b.count && b[digits + 1] == 0x20) {
                let cut = s.utf8.index(s.utf8.startIndex, offsetBy: digits)
                return String(s[..<cut]) + "\\" + String(s[cut...])
            }
        default:
            break
        }
        return s
    }

    static func register() { MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN") }
}

/// Replaces Mustache's HTML escaping: the same five characters escaped, and code points the
/// HTML standard forbids (C0 controls other than tab/line breaks, DEL, C1 controls,
/// non-characters) replaced by U+FFFD, so hostile names still give a valid document.
struct SafeHTMLContentType: MustacheContentType {
    /// Nothing to escape or replace: `escapeText(text)` is `text`.
    @inline(__always)
    static func leavesUnchanged(_ text: String) -> Bool {
        // C0 controls, `" & ' < >`, DEL and everything non-ASCII.
        ByteSet.none(in: text, low: 0x5000_00C4_FFFF_FFFF, high: 0x8000_0000_0000_0000)
    }

    func escapeText(_ text: String) -> String {
        if Self.leavesUnchanged(text) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                let v = c.value
                let forbidden = (v < 0x20 && v != 0x9 && v != 0xA && v != 0xD) || (0x7F...0x9F).contains(v)
                    || (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE
                if forbidden { out += "\u{FFFD}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    static func register() { MustacheContentTypes.register(SafeHTMLContentType(), named: "SAFE_HTML") }
}

/// A set of byte values below 0x80 as two 64-bit masks (bytes 0x80 and up always belong):
/// the escapers' "anything to do?" scans, one shift and test per byte.
enum ByteSet {
    @inline(__always)
    static func none(in text: String, low: UInt64, high: UInt64) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for b in bytes {
                if b >= 0x80 { return false }
                let bit = b < 64 ? (low >> UInt64(b)) & 1 : (high >> UInt64(b - 64)) & 1
                if bit != 0 { return false }
            }
            return true
        }
    }
}
