import Mustache

/// `{{% CONTENT_TYPE: MARKDOWN }}`: values rendered into a Markdown template come out as
/// literal text, whatever they hold — inline syntax is backslash-escaped, `|` cannot split
/// a table cell, line breaks cannot end a table row or start a block, and a value cannot
/// begin a heading, list or rule. HTML-looking text is escaped too, so a `<script>` in a
/// name stays text when the Markdown is turned into HTML.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        // Most values are plain words and numbers: nothing to do unless a byte could matter.
        if !text.utf8.contains(where: { b in
            b < 0x20 || b == 0x7F || b >= 0x80 || b == UInt8(ascii: "\\") || b == UInt8(ascii: "`") || b == UInt8(ascii: "*")
                || b == UInt8(ascii: "_") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "|")
                || b == UInt8(ascii: "~") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&")
        }) {
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
        guard let byte = s.utf8.first, byte == UInt8(ascii: "#") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "=") || (byte >= 48 && byte <= 57) else { return s }
        guard let first = s.first else { return s }
        let rest = s.dropFirst()
        let followedBySpace = rest.first == " " || rest.isEmpty
        if (first == "#" || first == "-" || first == "+") && followedBySpace { return "\\" + s }
        if first == "#", rest.allSatisfy({ $0 == "#" }) || rest.drop(while: { $0 == "#" }).first == " " { return "\\" + s }
        if (first == "=" || first == "-"), s.allSatisfy({ $0 == first }) { return "\\" + s }
        let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 9 {
            let after = s.dropFirst(digits.count)
            if let marker = after.first, marker == "." || marker == ")", after.dropFirst().first == " " || after.count == 1 {
                return String(digits) + "\\" + String(after)
            }
        }
        return s
    }

    static func register() { MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN") }
}

/// Replaces Mustache's HTML escaping: the same five characters escaped, and code points the
/// HTML standard forbids (C0 controls other than tab/line breaks, DEL, C1 controls,
/// non-characters) replaced by U+FFFD, so hostile names still give a valid document.
struct SafeHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        if !text.utf8.contains(where: { b in
            b < 0x20 || b >= 0x7F || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
                || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
        }) {
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
