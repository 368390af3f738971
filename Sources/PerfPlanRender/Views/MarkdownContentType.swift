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
            guard digits <= 9, digits < b.count, b[digits] == UInt8(ascii: ".") || b[digits] == UInt8(ascii: ")") else { return false }
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

/// Replaces Mustache's HTML escaping: the same five characters escaped, and code points the
/// HTML standard forbids (C0 controls other than tab/line breaks, DEL, C1 controls,
/// non-characters) replaced by U+FFFD, so hostile names still give a valid document.
struct SafeHTMLContentType: MustacheContentType {
    /// Nothing to escape or replace: `escapeText(text)` is `text`.
    @inline(__always)
    static func leavesUnchanged(_ text: String) -> Bool {
        // C0 controls, `" & ' < >`, DEL and everything non-ASCII.
        ByteSet.none(in: text, low: forbiddenLow, high: forbiddenHigh)
    }
    static let forbiddenLow: UInt64 = 0x5000_00C4_FFFF_FFFF, forbiddenHigh: UInt64 = 0x8000_0000_0000_0000

    func escapeText(_ text: String) -> String {
        if Self.leavesUnchanged(text) {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        var text = text
        text.withUTF8 { Self.escape($0, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` (valid UTF-8) escaped: `& < > " '` as entities, forbidden code points
    /// (C0 controls but tab and line breaks, DEL, C1 controls, non-characters) as U+FFFD,
    /// everything else as it is. Byte by byte: the renderers escape the arena's bytes in
    /// place, without a `String` per value or a walk by `Unicode.Scalar`.
    static func escape(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var k = 0
        var run = 0  // start of the bytes not yet copied
        func flush(_ upTo: Int) {
            if upTo > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<upTo])) }
        }
        while k < text.count {
            let b = text[k]
            if b < 0x80 {
                let entity: StaticString?
                switch b {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: entity = nil
                }
                if let entity {
                    flush(k)
                    out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                    run = k + 1
                } else if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
                    flush(k); out += replacement; run = k + 1
                }
                k += 1
                continue
            }
            let (v, length) = UTF8Bytes.scalar(text, at: k)
            if forbidsAbove7F(v) { flush(k); out += replacement; run = k + length }
            k += length
        }
        flush(text.count)
    }

    /// The code points from U+0080 the HTML standard forbids in text: C1 controls and
    /// non-characters (replaced by U+FFFD; `EscapeNeeds` asks the same).
    @inline(__always)
    static func forbidsAbove7F(_ v: UInt32) -> Bool {
        (0x80...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE
    }

    static func register() { MustacheContentTypes.register(SafeHTMLContentType(), named: "SAFE_HTML") }
}

/// A set of byte values below 0x80 as two 64-bit masks (bytes 0x80 and up always belong):
/// the escapers' "anything to do?" scans, one shift and test per byte.
enum ByteSet {
    /// Whether byte `b` is in the set given by the masks.
    @inline(__always)
    static func contains(_ b: UInt8, low: UInt64, high: UInt64) -> Bool {
        b >= 0x80 || (b < 64 ? (low >> UInt64(b)) & 1 : (high >> UInt64(b - 64)) & 1) != 0
    }

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

/// Which escapers would change a text value (bits `html`, `safeHTML`, `markdown`), found in
/// one pass over its bytes when the value enters a `ViewArena`: the renderer then copies a
/// value without scanning it again for each document and content type it appears in. A bit
/// is clear exactly when that escaper returns the text unchanged (EscapeScanTests checks),
/// so non-ASCII text such as `—` or `→ steady`, which the quick `leavesUnchanged` scans
/// send to the escapers, is copied too.
enum EscapeNeeds {
    static let html: UInt8 = 1, safeHTML: UInt8 = 2, markdown: UInt8 = 4
    /// Every escaper may change the text (it is then always escaped, never copied as is).
    static let all: UInt8 = html | safeHTML | markdown
    private static let nonASCII: UInt8 = 8

    /// The bits each ASCII byte sets on its own; bytes from 0x80 set `nonASCII`, and their
    /// code points are looked at apart, as are the Markdown block-start shapes.
    private static let table: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        let b = UInt8(b)
        if b >= 0x80 { return nonASCII }
        var bits: UInt8 = 0
        if b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27 { bits |= html }
        // SAFE_HTML keeps tab and line breaks (its quick scan sends them to the escaper).
        if ByteSet.contains(b, low: SafeHTMLContentType.forbiddenLow, high: SafeHTMLContentType.forbiddenHigh),
           b != 0x09, b != 0x0A, b != 0x0D { bits |= safeHTML }
        if ByteSet.contains(b, low: MarkdownContentType.inlineLow, high: MarkdownContentType.inlineHigh) { bits |= markdown }
        return bits
    }

    /// `bytes` is valid UTF-8 (a `String`'s, or digits).
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var bits: UInt8 = 0
        table.withUnsafeBufferPointer { t in
            for b in bytes { bits |= t[Int(b)] }
        }
        if bits & nonASCII != 0 {
            bits &= ~nonASCII
            bits |= codePointNeeds(bytes)
        }
        if bits & markdown == 0, MarkdownContentType.blockStartChanges(bytes) { bits |= markdown }
        return bits
    }

    /// What the code points from U+0080 ask for: SAFE_HTML replaces C1 controls and
    /// non-characters; MARKDOWN turns U+2028/U+2029 into spaces; HTML leaves them all.
    private static func codePointNeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var bits: UInt8 = 0
        var k = 0
        while k < bytes.count {
            guard bytes[k] >= 0x80 else { k += 1; continue }
            let (v, length) = UTF8Bytes.scalar(bytes, at: k)
            if SafeHTMLContentType.forbidsAbove7F(v) { bits |= safeHTML }
            if v == 0x2028 || v == 0x2029 { bits |= markdown }
            k += length
        }
        return bits
    }

    static func bit(_ e: CompiledTemplate.Escaping) -> UInt8 {
        switch e {
        case .text: return 0
        case .html: return html
        case .safeHTML: return safeHTML
        case .markdown: return markdown
        }
    }
}

/// Reading code points straight from valid UTF-8 (a `String`'s bytes), for the escapers'
/// byte loops.
enum UTF8Bytes {
    /// The code point starting at `k` (a lead byte from 0xC0) and its length in bytes.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[k])
        switch b0 {
        case ..<0xE0: return ((b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F), 2)
        case ..<0xF0: return ((b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F), 3)
        default:
            return ((b0 & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12 | UInt32(bytes[k + 2] & 0x3F) << 6 | UInt32(bytes[k + 3] & 0x3F), 4)
        }
    }
}
