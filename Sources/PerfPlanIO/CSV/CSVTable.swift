/// A parsed CSV file: the header and every record, with the physical line each record starts on.
///
/// Field contents (unquoted, `""` folded) live in one contiguous byte buffer and records
/// hold offsets into it, so a million-row file costs a few flat arrays rather than millions
/// of small strings; callers turn only the cells they need into `String`s or numbers.
///
/// Unsafe: a cell is read as a view of `storage` between bounds the reader wrote, valid
/// during the call only (no copy per cell); `withBytes` lends it as a `Span`, which cannot
/// outlive `body`.
public struct CSVTable: Sendable {
    /// The delimiter detected from the header line.
    package var delimiter: UInt8
    package var header: [String]
    /// The data records in file order (blank lines skipped, malformed records left out).
    public var records: [CSVRecord]
    /// Problems found while reading, each at the line its record starts on.
    package var problems: [(line: Int, message: String)]

    let storage: [UInt8]
    let fieldBounds: [Int32]  // start/end pairs into `storage`, records' fields back to back

    /// The bytes of a field, without any copy.
    package func withBytes<R>(_ record: CSVRecord, _ column: Int, _ body: (Span<UInt8>) throws -> R) rethrows -> R {
        try withCell(record, column) { try body(Span(_unsafeElements: $0)) }
    }

    private func withCell<R>(_ record: CSVRecord, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R)
        rethrows -> R
    {
        let i = (record.firstField + column) * 2
        let start = Int(fieldBounds[i])
        let end = Int(fieldBounds[i + 1])
        return try storage.withUnsafeBufferPointer { buf in
            try body(UnsafeBufferPointer(rebasing: buf[start..<end]))
        }
    }

    /// The field's text, or nil when the record has fewer cells than `column + 1`.
    public func field(_ record: CSVRecord, _ column: Int) -> String? {
        guard column < record.fieldCount else { return nil }
        return withCell(record, column) { String(decoding: $0, as: UTF8.self) }
    }
}

/// One data record: where it starts and which fields it owns in the table's buffer.
///
/// 32-bit fields keep it at 12 bytes: a large actuals file has tens of millions of these.
public struct CSVRecord: Sendable {
    private let storedLine: Int32
    private let storedCount: Int32
    private let storedFirst: Int32

    init(line: Int, fieldCount: Int, firstField: Int) {
        storedLine = Int32(clamping: line)
        storedCount = Int32(clamping: fieldCount)
        storedFirst = Int32(clamping: firstField)
    }

    package var line: Int { Int(storedLine) }
    public var fieldCount: Int { Int(storedCount) }
    var firstField: Int { Int(storedFirst) }
}
