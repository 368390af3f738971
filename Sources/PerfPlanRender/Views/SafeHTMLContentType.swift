import Mustache

/// Replaces Mustache's HTML escaping: the same five characters escaped, and code points the
/// HTML standard forbids (C0 controls other than tab/line breaks, DEL, C1 controls,
/// non-characters) replaced by U+FFFD, so hostile names still give a valid document.
///
/// Unsafe (measured: every HTML value): `escape` copies runs of a borrowed view between
/// indices it has checked, and entities from their static strings' storage.
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
                    out.append(
                        contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                    run = k + 1
                } else if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
                    flush(k)
                    out += replacement
                    run = k + 1
                }
                k += 1
                continue
            }
            let (v, length) = UTF8Bytes.scalar(text, at: k)
            if forbidsAbove7F(v) {
                flush(k)
                out += replacement
                run = k + length
            }
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
