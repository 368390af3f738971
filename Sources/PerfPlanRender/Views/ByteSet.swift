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
