import Mustache

/// `{{% CONTENT_TYPE: MARKDOWN }}`: values rendered into a Markdown template come out as
/// literal text, whatever they hold — inline syntax is backslash-escaped, `|` cannot split
/// a table cell, line breaks cannot end a table row or start a block, and a value cannot
/// begin a heading, list or quote. HTML-looking text is escaped too, so a `<script>` in a
/// name stays text when the Markdown is turned into HTML.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        for c in text.unicodeScalars {
            switch c {
            case "\r", "\n", "\u{2028}", "\u{2029}":
                if !atStart { out += " " }
                continue
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!":
                out += "\\"; out.unicodeScalars.append(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "-", "+", "=" where atStart:
                out += "\\"; out.unicodeScalars.append(c)
            default:
                if c.value < 0x20 || c.value == 0x7F { out += " " } else { out.unicodeScalars.append(c) }
            }
            atStart = false
        }
        // "1. text" or "1) text" at the start would become an ordered list.
        if let dot = out.firstIndex(where: { $0 == "." || $0 == ")" }), out[..<dot].allSatisfy(\.isASCII),
           !out[..<dot].isEmpty, out[..<dot].allSatisfy(\.isNumber) {
            out.insert("\\", at: dot)
        }
        return out
    }

    static func register() { MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN") }
}
