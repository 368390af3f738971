/// Which escapers would change a text value (bits `html`, `safeHTML`, `markdown`), found in
/// one pass over its bytes when the value enters a `ViewArena`: the renderer then copies a
/// value without scanning it again for each document and content type it appears in. A bit
/// is clear exactly when that escaper returns the text unchanged (EscapeScanTests checks),
/// so non-ASCII text such as `—` or `→ steady`, which the quick `leavesUnchanged` scans
/// send to the escapers, is copied too.
///
/// Unsafe (measured: every value a view holds): `of` scans a borrowed view (the caller's,
/// or, for `ViewBuilder`, `of(_:from:)`'s of the view's byte pool) through a pointer to the
/// 256-entry static `table`, indexed by a byte (always in range).
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
            b != 0x09, b != 0x0A, b != 0x0D
        {
            bits |= safeHTML
        }
        if ByteSet.contains(b, low: MarkdownContentType.inlineLow, high: MarkdownContentType.inlineHigh) {
            bits |= markdown
        }
        return bits
    }

    /// The flags of `bytes[start...]`: the value `ViewBuilder` just appended to a view's
    /// byte pool, scanned in place.
    @inline(__always)
    static func of(_ bytes: [UInt8], from start: Int) -> UInt8 {
        bytes.withUnsafeBufferPointer { of(UnsafeBufferPointer(rebasing: $0[start...])) }
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
            guard bytes[k] >= 0x80 else {
                k += 1
                continue
            }
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
