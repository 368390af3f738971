/// Number formatting straight into a byte buffer, for writers that emit millions of rows
/// (`perfplan sample`, `gaps --format json`): going through `String` costs an allocation and a `Float64ToASCII`
/// call per value, which dominated the profile. The bytes are exactly those of
/// `NumberFormat.machine` (contract §5.14), so the fast path never changes output.
///
/// Unsafe (measured: millions of numbers): `append(integer:)` writes digits into 20 bytes of
/// stack (`withUnsafeTemporaryAllocation`) and copies the used tail once; 20 digits hold any
/// `UInt64`, so the index stays in 0..<20. `ASCIISink` takes the standard library's ASCII
/// buffer, valid during the call only.
package enum ByteFormat {
    /// Appends the decimal digits of `n`.
    @inline(__always)
    package static func append(integer n: Int64, to out: inout [UInt8]) {
        var v = n.magnitude
        if n < 0 { out.append(UInt8(ascii: "-")) }
        if v < 10 {
            out.append(UInt8(truncatingIfNeeded: 48 &+ v))
            return
        }
        // Digits from the last, into stack space, then one append (a chart's coordinates
        // and the XML's counts are most of the calls: a few digits each).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { b in
            var i = 20
            repeat {
                i -= 1
                b[i] = UInt8(truncatingIfNeeded: 48 &+ v % 10)
                v /= 10
            } while v > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<20]))
        }
    }

    /// Appends `x` as `NumberFormat.machine` would: whole numbers without a fraction,
    /// others in their shortest round-trip form. Values that are an exact number of cents
    /// (what the sample generator produces) are formatted by hand; the shortest form of such
    /// a value is its cents with trailing zeros dropped, as long as neighbouring doubles are
    /// much closer together than a cent (|x| < 1e12). Anything else falls back to `machine`.
    @inline(__always)
    package static func append(number x: Double, to out: inout [UInt8]) {
        if x == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        // Whole numbers below 2^53, as `x == x.rounded()` would find them, without a libm
        // call (`round` was a twentieth of formatting gaps JSON).
        let magnitude = abs(x)
        if magnitude < 9.007_199_254_740_992e15, Double(Int64(x)) == x {
            append(integer: Int64(x), to: &out)
            return
        }
        // Any whole number of cents c with c / 100 == x is x's shortest form (see above);
        // a candidate that fails the check falls through to the exact formatter.
        if magnitude >= 0.01, magnitude < 1e12 {
            let c = Int64(x * 100 + (x < 0 ? -0.5 : 0.5))
            guard Double(c) / 100 == x else {
                appendMachine(x, to: &out)
                return
            }
            let whole = c / 100
            let fraction = (c % 100).magnitude
            if c < 0 && whole == 0 { out.append(UInt8(ascii: "-")) }
            append(integer: whole, to: &out)
            out.append(UInt8(ascii: "."))
            out.append(UInt8(truncatingIfNeeded: 48 + fraction / 10))
            if fraction % 10 != 0 { out.append(UInt8(truncatingIfNeeded: 48 + fraction % 10)) }
            return
        }
        appendMachine(x, to: &out)
    }

    /// `NumberFormat.machine(x)`'s bytes. A finite value that is not whole prints as its
    /// `description`; `write(to:)` hands the same digits to the stream as ASCII bytes,
    /// without making a `String` (most shortest forms are too long to be stored inline,
    /// so each was an allocation: a third of the cost of a number).
    private static func appendMachine(_ x: Double, to out: inout [UInt8]) {
        guard x.isFinite, x != 0, !(abs(x) < 9.007_199_254_740_992e15 && Double(Int64(x)) == x) else {
            var text = NumberFormat.machine(x)
            text.withUTF8 { out.append(contentsOf: $0) }
            return
        }
        var sink = ASCIISink(bytes: out)
        out = []
        x.write(to: &sink)
        out = sink.bytes
    }

    /// A text stream onto bytes that takes the standard library's ASCII fast path.
    private struct ASCIISink: TextOutputStream {
        var bytes: [UInt8]
        mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }
        mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
    }

    /// `JSONText.number`: the number, or `null`.
    @inline(__always)
    package static func append(jsonNumber x: Double?, to out: inout [UInt8]) {
        if let x { append(number: x, to: &out) } else { append("null", to: &out) }
    }

    /// `JSONText.string`, byte for byte: quotes, backslash and the C0 controls and DEL
    /// escaped. Bytes of multi-byte UTF-8 sequences are all ≥ 0x80, so working on bytes
    /// escapes exactly what working on scalars does.
    package static func append(jsonString s: String?, to out: inout [UInt8]) {
        guard var s else {
            append("null", to: &out)
            return
        }
        out.append(UInt8(ascii: "\""))
        s.withUTF8 { bytes in
            var start = 0
            for (k, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F {
                out.append(contentsOf: bytes[start..<k])
                start = k + 1
                switch b {
                case 0x22: append("\\\"", to: &out)
                case 0x5C: append("\\\\", to: &out)
                case 0x0A: append("\\n", to: &out)
                case 0x0D: append("\\r", to: &out)
                case 0x09: append("\\t", to: &out)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    append("\\u00", to: &out)
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 15)])
                }
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends literal text (field names, punctuation) without going through `String`.
    @inline(__always)
    package static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}

extension [UInt8] {
    /// Appends a string's UTF-8 from the string's own storage. The generic
    /// `append(contentsOf: s.utf8)` retained the string and went through the sequence
    /// protocol for every value a document shows.
    @inline(__always)
    package mutating func append(utf8 s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ self.append(contentsOf: $0) }) == nil {
            self.append(contentsOf: s.utf8)
        }
    }
}
