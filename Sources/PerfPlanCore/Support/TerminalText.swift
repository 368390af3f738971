/// Text from the data (names, departments, file names in messages) made safe to print on a
/// terminal. A name holding ESC or BEL could otherwise retitle the window, clear the screen
/// or move the cursor when `explain`, `gaps --format table`, `validate` or an error message
/// shows it; a bidirectional override would reorder what follows it. Every C0 and C1
/// control except line feed and tab, DEL, and the bidirectional embedding, override and
/// isolate controls are shown as `\u{1b}` instead — with colour or without (`NO_COLOR`).
package enum TerminalText {
    /// `text` with every character a terminal would act on written as `\u{HEX}`.
    package static func escaped(_ text: String) -> String {
        // Nearly every line is printable ASCII: one pass over the bytes, no copy.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if actsOnTerminal(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A line of JSON (a log record) made as safe: the same characters as `\uXXXX`, which
    /// JSON reads back as the character (they can only stand inside its strings).
    /// `escaped` would write `\u{…}`, which is not JSON.
    package static func jsonEscaped(_ json: String) -> String {
        if json.utf8.allSatisfy({ $0 < 0x80 }) && !json.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            return json
        }
        var out = ""
        for scalar in json.unicodeScalars {
            if actsOnTerminal(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A control a terminal acts on, or a bidirectional control that reorders the line.
    package static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
