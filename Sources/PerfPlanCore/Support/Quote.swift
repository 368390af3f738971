/// How a message shows the one offending cell: quoted, control characters made visible,
/// long text cut (a diagnostic may quote that cell and nothing else of the row).
package enum Quote {
    /// Shows one offending cell in a message: quoted, control and format characters visible,
    /// long text cut.
    package static func cell(_ text: String) -> String {
        var out = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == 60 {
                out += "…"
                break
            }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // Invisible format characters too (zero-width, bidirectional controls): shown
                // raw they hide in the message or reorder it on screen.
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || IdCharacters.isInvisible(scalar)
                {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return out + "\""
    }
}
