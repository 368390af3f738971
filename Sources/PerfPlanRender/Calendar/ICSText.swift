/// The text rules of RFC 5545 (iCalendar): TEXT escaping, parameter values and line folding.
/// Pure byte work, so the rules can be tested against hand-made lines.
package enum ICSText {
    /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped with a
    /// backslash, a line break (LF, CR or CRLF) as `\n`; other control characters, which
    /// TEXT may not hold, become spaces.
    package static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        var lastWasCR = false
        for u in s.unicodeScalars {
            defer { lastWasCR = u == "\r" }
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    /// A parameter value (§3.2), always quoted: a quoted value may hold `:`, `;` and `,`
    /// but no double quote and no control character, which become `'` and a space.
    package static func parameter(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            if u == "\"" {
                out += "'"
            } else if u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) {
                out += " "
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// Longest line in octets, line break excluded (§3.1).
    package static let lineOctets = 75

    /// Appends one content line, folded (§3.1): at most 75 octets per line, each
    /// continuation line starting with a space (which counts towards its 75), every line
    /// ending in CRLF, and never a break inside a UTF-8 sequence.
    package static func appendLine(_ line: String, to out: inout [UInt8]) {
        // Most lines need no folding: their bytes go straight in.
        if line.utf8.count <= lineOctets {
            out.append(contentsOf: line.utf8)
            out.append(0x0D)
            out.append(0x0A)
            return
        }
        let bytes = Array(line.utf8)
        var start = 0
        var first = true
        while true {
            let room = first ? lineOctets : lineOctets - 1
            if !first { out.append(0x20) }
            var end = min(start + room, bytes.count)
            // Back off to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            if end < bytes.count { while end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 } }
            out.append(contentsOf: bytes[start..<end])
            out.append(0x0D)
            out.append(0x0A)
            guard end < bytes.count else { return }
            start = end
            first = false
        }
    }
}
