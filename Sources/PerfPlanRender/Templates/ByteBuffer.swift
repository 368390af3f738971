/// A growable byte buffer the template renderer writes documents into. An append is a
/// capacity check and a `memcpy`: `Array.append(contentsOf:)` spent some 90 instructions a
/// call on uniqueness and capacity bookkeeping, and a document is hundreds of short
/// appends (template text between values, then each value). Noncopyable, so its memory
/// has one owner and is freed with it.
///
/// Unsafe (measured: the appends of every rendered document): one allocation owned by this
/// noncopyable value, freed in `deinit`. `append` grows before copying so `count + n <=
/// capacity` always; `withBytes` lends the bytes as a `RawSpan`, which cannot outlive the
/// call.
package struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    package init(capacity: Int = 4_096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    package mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0, let source = bytes.baseAddress else { return }
        if count + n > capacity { grow(to: count + n) }
        (base + count).update(from: source, count: n)
        count += n
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ other: borrowing ByteBuffer) {
        append(UnsafeBufferPointer(start: other.base, count: other.count))
    }

    /// Whether the text ends with a line feed that is a Character of its own ("\n", not the
    /// end of "\r\n"): swift-mustache's test for indenting the next token of a partial.
    var endsWithLineFeedCharacter: Bool {
        guard count > 0, base[count - 1] == 0x0A else { return false }
        return count < 2 || base[count - 2] != 0x0D
    }

    /// The bytes written, valid during the call.
    package func withBytes<R>(_ body: (RawSpan) throws -> R) rethrows -> R {
        let bytes = UnsafeRawBufferPointer(start: base, count: count)
        return try body(RawSpan(_unsafeBytes: bytes))
    }

    private mutating func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        fresh.initialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = size
    }
}
