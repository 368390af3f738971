import PerfPlanCore

/// An RFC 4180 reader over raw bytes (contract §1, §5.19).
///
/// Written by hand rather than taken from a library: the measured libraries were ten times
/// slower, silently accepted an unterminated quote and kept the BOM. Knows nothing about
/// datasets; it turns bytes into records with the line each starts on, and reports what
/// it could not read as `(line, message)` so the loader can prefix the file name.
///
/// Unsafe (measured: the parse of actuals.csv, tens of millions of fields): the bytes and
/// the plain-byte table are read through pointers borrowed for one pass (`bytes` is a `let`),
/// the UTF-8 check loads eight bytes at a time only where `i + 8 <= end`, and a plain record's
/// bounds go through 128 `Int32`s of stack, at most 64 fields (more fall back to
/// `readRecord`). Every index is checked against the buffer's count before it is read.
public enum CSVReader {
    static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";")
    static let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    public static func read(_ input: [UInt8]) -> CSVTable {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let badLine = firstInvalidUTF8Line(bytes) {
            return CSVTable(
                delimiter: comma, header: [], records: [],
                problems: [(badLine, "the file is not UTF-8 text (first invalid byte on this line); save it as UTF-8")],
                storage: [], fieldBounds: [])
        }
        let delimiter = sniffDelimiter(bytes)
        var parser = Parser(bytes: bytes, delimiter: delimiter)
        parser.run()
        return CSVTable(
            delimiter: delimiter, header: parser.header, records: parser.records,
            problems: parser.problems, storage: parser.storage, fieldBounds: parser.bounds)
    }

    /// `;` when it occurs more often than `,` outside quotes on the header line (tie: `,`).
    static func sniffDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 { sniff(bytes).delimiter }

    /// The delimiter, and whether the bytes held the line break that decided it (false: the
    /// answer could change with more bytes — a file read in pieces reads on).
    static func sniff(_ bytes: ArraySlice<UInt8>) -> (delimiter: UInt8, decided: Bool) {
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        var decided = false
        for b in bytes {
            if b == quote {
                inQuotes.toggle()
                continue
            }
            if inQuotes { continue }
            if b == lf || b == cr {
                if commas + semicolons > 0 {
                    decided = true
                    break
                }  // skip leading blank lines
                continue
            }
            if b == comma { commas += 1 } else if b == semicolon { semicolons += 1 }
        }
        return (semicolons > commas ? semicolon : comma, decided)
    }

    /// The 1-based line of the first byte that breaks UTF-8, or nil for valid text. Valid
    /// text (every data file that loads) is only checked: eight ASCII bytes per compare,
    /// multi-byte sequences by the standard library's decoder. Lines are counted only up to
    /// a byte found invalid, which costs a second pass once, on the way to an error.
    static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let bad = bytes.withUnsafeBufferPointer(firstInvalidUTF8Offset) else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            var line = 1
            for k in 0..<bad where b[k] == 0x0A { line += 1 }
            return line
        }
    }

    /// The offset of the first byte of the first sequence that is not UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let end = bytes.count
        var i = 0
        while i < end {
            if i + 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = base[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
            guard length > 0, i + length <= end else { return i }
            var iterator = UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]).makeIterator()
            var decoder = UTF8()
            guard case .scalarValue = decoder.decode(&iterator) else { return i }
            i += length
        }
        return nil
    }

    /// The state of one pass over the bytes.
    struct Parser {
        let bytes: ArraySlice<UInt8>
        let delimiter: UInt8
        var pos: Int
        var line = 1
        var header: [String] = []
        var haveHeader = false
        var records: [CSVRecord] = []
        var problems: [(line: Int, message: String)] = []
        var storage: [UInt8] = []
        /// `storage.count` when the current record began: its quoted fields are after it.
        var recordStorageMark = 0
        var bounds: [Int32] = []
        var fieldCount = 0  // fields in `bounds` so far
        /// False while more bytes may follow (a file read in pieces): a record that reaches
        /// the end of `bytes` is then left for the next piece instead of being finished.
        let isFinal: Bool
        /// False reads every record with `readRecord` (the tests compare the two paths).
        var readsPlainRecords = true

        /// `storage`, when given, must hold exactly `bytes` (the array `bytes` slices): it is
        /// then shared instead of copied, until a quoted field is appended to it.
        init(
            bytes: ArraySlice<UInt8>, storage: [UInt8]? = nil, delimiter: UInt8, line: Int = 1,
            haveHeader: Bool = false,
            isFinal: Bool = true
        ) {
            self.bytes = bytes
            self.delimiter = delimiter
            self.pos = bytes.startIndex
            self.line = line
            self.haveHeader = haveHeader
            self.isFinal = isFinal
            // Unquoted fields (nearly all) are read in place from this copy of the input;
            // quoted fields, with `""` folded, are appended after it.
            if let storage, storage.count == bytes.count, bytes.startIndex == 0 {
                self.storage = storage
            } else {
                self.storage = Array(bytes)
            }
            recordStorageMark = self.storage.count
        }

        /// Reads records up to the end (or, when not final, up to the last complete record);
        /// `pos` and `line` are then where the next piece must start.
        mutating func run() {
            let plain = Self.plainTable(delimiter: delimiter)
            let base = bytes.startIndex
            // `bytes` is a `let`: reading it through a pointer for the whole pass does not
            // conflict with updating the parser's other fields.
            bytes.withUnsafeBufferPointer { buf in
                plain.withUnsafeBufferPointer { plain in
                    while pos < bytes.endIndex {
                        let recordLine = line
                        let recordStart = pos
                        let firstField = fieldCount
                        recordStorageMark = storage.count
                        if readsPlainRecords, readPlainRecord(buf, base: base, plain: plain) {
                            finish(recordLine: recordLine, firstField: firstField)
                            continue
                        }
                        switch readRecord(firstField: firstField) {
                        case .ok:
                            finish(recordLine: recordLine, firstField: firstField)
                        case .malformed(let message):
                            problems.append((recordLine, message))
                            rollBack(to: firstField)
                        case .unterminated:
                            problems.append(
                                (
                                    recordLine,
                                    "a quoted field opened on this line is never closed (missing '\"'); the rest of the file was not read"
                                ))
                            rollBack(to: firstField)
                            return
                        case .incomplete:
                            rollBack(to: firstField)
                            pos = recordStart
                            line = recordLine
                            return
                        }
                    }
                }
            }
        }

        /// For each byte, 1 when it ends a plain field (the delimiter, CR, LF) or makes the
        /// record need `readRecord` (a quote); 0 for field content.
        static func plainTable(delimiter: UInt8) -> [UInt8] {
            var t = [UInt8](repeating: 0, count: 256)
            for b in [delimiter, CSVReader.lf, CSVReader.cr, CSVReader.quote] { t[Int(b)] = 1 }
            return t
        }

        /// Reads a record with no quote that ends with a line break inside the bytes (nearly
        /// every data row) in one scan, fields in place, and returns true; returns false
        /// having consumed nothing for anything else, which `readRecord` then reads. Same
        /// fields, bounds and line count as `readRecord` gives such a record.
        @inline(__always)
        mutating func readPlainRecord(_ buf: UnsafeBufferPointer<UInt8>, base: Int, plain: UnsafeBufferPointer<UInt8>)
            -> Bool
        {
            let maxFields = 64
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: maxFields * 2) { found in
                var k = pos - base
                var fieldStart = k
                var fields = 0
                let n = buf.count
                while true {
                    while k < n, plain[Int(buf[k])] == 0 { k += 1 }
                    guard k < n, fields < maxFields else { return false }
                    let b = buf[k]
                    if b == CSVReader.quote { return false }
                    found[fields * 2] = Int32(fieldStart)
                    found[fields * 2 + 1] = Int32(k)
                    fields += 1
                    if b == delimiter {
                        k += 1
                        fieldStart = k
                        continue
                    }
                    // A line break: CR LF counts once; a CR last in a piece may be half of one.
                    if b == CSVReader.cr {
                        if k + 1 < n {
                            if buf[k + 1] == CSVReader.lf { k += 1 }
                        } else if !isFinal {
                            return false
                        }
                    }
                    k += 1
                    break
                }
                bounds.append(contentsOf: UnsafeBufferPointer(rebasing: found[0..<(fields * 2)]))
                fieldCount += fields
                pos = base + k
                line += 1
                return true
            }
        }

        enum Outcome {
            case ok
            case malformed(String)
            case unterminated
            case incomplete
        }

        /// Reads fields up to and including the record's line break.
        mutating func readRecord(firstField: Int) -> Outcome {
            while true {
                var start = storage.count
                if pos < bytes.endIndex, bytes[pos] == CSVReader.quote {
                    pos += 1
                    var closed = false
                    while pos < bytes.endIndex {
                        let b = bytes[pos]
                        if b == CSVReader.quote {
                            if pos + 1 < bytes.endIndex, bytes[pos + 1] == CSVReader.quote {
                                storage.append(CSVReader.quote)
                                pos += 2
                                continue
                            }
                            pos += 1
                            closed = true
                            break
                        }
                        countLineBreak(b)
                        storage.append(b)
                        pos += 1
                    }
                    if !closed { return isFinal ? .unterminated : .incomplete }
                    if pos < bytes.endIndex, bytes[pos] != delimiter, bytes[pos] != CSVReader.lf,
                        bytes[pos] != CSVReader.cr
                    {
                        let column = fieldCount - firstField + 1
                        if !skipToLineEnd() && !isFinal { return .incomplete }
                        return .malformed(
                            "unexpected text after the closing quote of field \(column) (a quote inside a quoted field is written \"\"); record skipped"
                        )
                    }
                } else {
                    // Scan to the field's end; the bytes stay where they are in `storage`.
                    let begin = pos
                    bytes.withUnsafeBufferPointer { buf in
                        let base = bytes.startIndex
                        var k = pos - base
                        while k < buf.count {
                            let b = buf[k]
                            if b == delimiter || b == CSVReader.lf || b == CSVReader.cr { break }
                            k += 1
                        }
                        pos = base + k
                    }
                    start = begin - bytes.startIndex
                    bounds.append(Int32(start))
                    bounds.append(Int32(pos - bytes.startIndex))
                    fieldCount += 1
                    if let outcome = endField() { return outcome }
                    continue
                }
                bounds.append(Int32(start))
                bounds.append(Int32(storage.count))
                fieldCount += 1
                if let outcome = endField() { return outcome }
            }
        }

        /// After a field: nil to read the next field of the record, or how the record ended.
        mutating func endField() -> Outcome? {
            if pos >= bytes.endIndex { return isFinal ? .ok : .incomplete }
            let b = bytes[pos]
            // A CR last in a piece may be the first half of a CRLF.
            if !isFinal, b == CSVReader.cr, pos + 1 >= bytes.endIndex { return .incomplete }
            pos += 1
            if b == delimiter { return nil }
            endLine(after: b)
            return .ok
        }

        mutating func countLineBreak(_ b: UInt8) {
            if b == CSVReader.lf {
                line += 1
            } else if b == CSVReader.cr, !(pos + 1 < bytes.endIndex && bytes[pos + 1] == CSVReader.lf) {
                line += 1
            }
        }

        /// Consumes the rest of a line break whose first byte `b` was just read.
        mutating func endLine(after b: UInt8) {
            if b == CSVReader.cr, pos < bytes.endIndex, bytes[pos] == CSVReader.lf { pos += 1 }
            line += 1
        }

        /// True when a line break was found (false: the bytes ended first).
        @discardableResult
        mutating func skipToLineEnd() -> Bool {
            while pos < bytes.endIndex {
                let b = bytes[pos]
                if !isFinal, b == CSVReader.cr, pos + 1 >= bytes.endIndex { return false }
                pos += 1
                if b == CSVReader.lf || b == CSVReader.cr {
                    endLine(after: b)
                    return true
                }
            }
            return false
        }

        /// Drops the current record's fields, and the bytes its quoted fields appended after
        /// the input copy (from `recordStorageMark`, where the record began).
        mutating func rollBack(to firstField: Int) {
            if storage.count > recordStorageMark { storage.removeSubrange(recordStorageMark...) }
            if fieldCount > firstField {
                bounds.removeSubrange((firstField * 2)...)
                fieldCount = firstField
            }
        }

        mutating func finish(recordLine: Int, firstField: Int) {
            let count = fieldCount - firstField
            if isBlank(firstField: firstField, count: count) {
                rollBack(to: firstField)
                return
            }
            if !haveHeader {
                header = (0..<count).map { i in
                    let s = Int(bounds[(firstField + i) * 2])
                    let e = Int(bounds[(firstField + i) * 2 + 1])
                    return String(decoding: storage[s..<e], as: UTF8.self).trimmingWhitespace()
                }
                haveHeader = true
                rollBack(to: firstField)
                return
            }
            records.append(CSVRecord(line: recordLine, fieldCount: count, firstField: firstField))
        }

        /// A record whose every cell is empty or spaces (`;;;` from Excel) is a blank line.
        func isBlank(firstField: Int, count: Int) -> Bool {
            for f in firstField..<(firstField + count) {
                let s = Int(bounds[f * 2])
                let e = Int(bounds[f * 2 + 1])
                if !storage[s..<e].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return false }
            }
            return true
        }
    }
}
