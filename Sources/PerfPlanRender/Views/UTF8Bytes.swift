/// Reading code points straight from valid UTF-8 (a `String`'s bytes), for the escapers'
/// byte loops.
///
/// Unsafe: `scalar` reads a caller's borrowed view of valid UTF-8 (a `String`'s bytes), a
/// lead byte's length never taking it past the view's end for valid text.
enum UTF8Bytes {
    /// The code point starting at `k` (a lead byte from 0xC0) and its length in bytes.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[k])
        switch b0 {
        case ..<0xE0: return ((b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F), 2)
        case ..<0xF0: return ((b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F), 3)
        default:
            return (
                (b0 & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12 | UInt32(bytes[k + 2] & 0x3F) << 6
                    | UInt32(bytes[k + 3] & 0x3F), 4
            )
        }
    }
}
