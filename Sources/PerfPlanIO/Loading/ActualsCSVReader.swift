import PerfPlanCore
import PerfPlanSystem

/// Reads `actuals.csv` in pieces of a MiB straight into an `ActualsTable`, so a 1 GB
/// file never sits in memory, whole or as field buffers: each piece is parsed up to its
/// last complete record, decoded, and dropped. Messages are the ones the whole-file path
/// (`CSVReader` + `TableReaders`) gives, at the same lines.
///
/// The file has no size limit; memory stays bounded on hostile input all the same: a record
/// that runs past `InputLimits.actualsRecordBytes` (a quote never closed, no line breaks,
/// gigabytes of NUL bytes) ends the read at its line, and so do too many errors.
///
/// Unsafe (measured: every actuals row): a piece's cells are read through pointers to its
/// `storage` and bounds, borrowed for the decoding of that piece only, the bounds being the
/// ones its parse wrote; a column past a record's field count gives no cell.
enum ActualsCSVReader {
    /// Small enough that filling and draining the two-thread pipeline is short and the
    /// buffers come from the allocator's free lists (much larger pieces are mapped and
    /// faulted in afresh each time; docs/performance.md has the measurement).
    static let defaultPieceSize = 1 << 20

    struct Outcome {
        /// Records that became rows (valid or not): 0 with a header means "only a header".
        var rowCount = 0
        var sawHeader = false
        /// Bytes of the file read (the tests check that a hostile file is not read to its end).
        var bytesRead = 0
    }

    /// One piece as the parsing thread hands it over.
    struct Piece: Sendable {
        var records: [CSVRecord] = []
        var storage: [UInt8] = []
        var bounds: [Int32] = []
        var problems: [(line: Int, message: String)] = []
        /// The header, in the piece where it was found.
        var header: [String]?
        var delimiter: UInt8 = CSVReader.comma
        var consumed = 0
        /// Set on the last piece handed over.
        var isLast = false
        var badUTF8Line: Int?
        var readError: String?
        /// Each record's period and value as the fast path reads them, by the parsing
        /// thread (which has time to spare: the decoding thread is the slower one), or
        /// empty. See `Preparsed`.
        var preparsed = Preparsed()
    }

    /// The period and value of each record of a piece, read where the records are parsed:
    /// `months[n]`/`values[n]` for `records[n]`, `Preparsed.noMonth`/NaN where the fast
    /// readers decline (the decoder then reads the cell itself and takes the slow path).
    /// `months[n]` also carries the decimal places the value is written with (`12.50` → 2;
    /// contract §6.30) above the month's index (below 2^24 for four-digit years): a third
    /// array stored per row would be a visible share of the parsing thread's work.
    struct Preparsed: Sendable {
        static let noMonth = Int32.min
        static let monthBits: Int32 = 24
        var months: [Int32] = []
        var values: [Double] = []

        /// A `months` entry: the month's index and the value's written decimals (at most 15).
        @inline(__always) static func pack(month: Month, decimals: Int) -> Int32 {
            Int32(truncatingIfNeeded: month.index) | Int32(truncatingIfNeeded: decimals) << monthBits
        }
        @inline(__always) static func month(_ packed: Int32) -> Month {
            Month(index: Int(packed & (1 << monthBits - 1)))
        }
        @inline(__always) static func decimals(_ packed: Int32) -> Int { Int(packed >> monthBits) }

        /// The columns of `period` and `value`, mapped from the header as the decoder maps it.
        static func columns(header: [String], file: String) -> (period: Int, value: Int)? {
            var scratch = DiagnosticList()
            let mapping = TableReaders.mapHeader(header, file: file, schema: .actuals, into: &scratch)
            let s = DatasetSchema.actuals
            guard let period = mapping.columnOfSlot[s.slot("period")], let value = mapping.columnOfSlot[s.slot("value")]
            else { return nil }
            return (period, value)
        }

        init() {}

        init(
            records: [CSVRecord], storage: [UInt8], bounds: [Int32], columns: (period: Int, value: Int),
            point: UInt8 = UInt8(ascii: ".")
        ) {
            months = [Int32](repeating: Self.noMonth, count: records.count)
            values = [Double](repeating: .nan, count: records.count)
            storage.withUnsafeBufferPointer { bytes in
                bounds.withUnsafeBufferPointer { bounds in
                    func cell(_ r: CSVRecord, _ column: Int) -> UnsafeBufferPointer<UInt8>? {
                        guard column < r.fieldCount else { return nil }
                        let i = (r.firstField + column) * 2
                        return UnsafeBufferPointer(rebasing: bytes[Int(bounds[i])..<Int(bounds[i + 1])])
                    }
                    for (n, r) in records.enumerated() {
                        var fraction = 0
                        if let v = cell(r, columns.value), v.count <= 40,
                            let x = NumberText.fastPath(v, fractionDigits: &fraction, point: point)
                        {
                            values[n] = x
                        }
                        if let p = cell(r, columns.period), let m = ActualsFastPath.month(p) {
                            months[n] = Self.pack(month: m, decimals: fraction)
                        }
                    }
                }
            }
        }
    }

    static func read(
        _ stream: ByteStream, file: String, pieceSize: Int = defaultPieceSize,
        maxRecordBytes: Int = InputLimits.actualsRecordBytes, maxErrors: Int = InputLimits.actualsErrors,
        numbers: NumberReading = NumberReading(),
        into table: inout ActualsTable, decoders: inout RecordDecoders,
        diags: inout DiagnosticList
    ) -> Outcome {
        // A thread of its own reads and parses pieces (`parse`) while this one decodes the
        // previous piece (`decode`); only that thread reads the stream. It is waited for
        // before returning, after `cancel` (which ends its read early should decoding stop
        // first), so none of its buffers outlive the read.
        let sizeHint = stream.sizeHint
        let queue = Handoff<Piece>(capacity: 2)
        let parsing = BackgroundTask(mustRunConcurrently: true) {
            parse(
                stream, pieceSize: pieceSize, maxRecordBytes: maxRecordBytes, point: numbers.separator.byte, into: queue
            )
            return stream.bytesRead
        }
        var outcome = decode(
            queue, file: file, sizeHint: sizeHint, pieceSize: pieceSize, maxErrors: maxErrors,
            numbers: numbers, into: &table, decoders: &decoders, diags: &diags)
        queue.cancel()
        outcome.bytesRead = parsing.wait()
        return outcome
    }

    /// The decoding side: takes the parsed pieces in order and decodes their rows into
    /// `table`; stops at the last piece, at a piece that ends the read (a read error, bytes
    /// that are not UTF-8), or past `maxErrors` errors.
    static func decode(
        _ queue: Handoff<Piece>, file: String, sizeHint: Int, pieceSize: Int, maxErrors: Int,
        numbers: NumberReading = NumberReading(), into table: inout ActualsTable, decoders: inout RecordDecoders,
        diags: inout DiagnosticList
    ) -> Outcome {
        var outcome = Outcome()
        let decoderMark = decoders.diags.items.count
        let diagMark = diags.items.count
        var mapping: (columnOfSlot: [Int?], missing: Set<Int>)?
        var header: [String] = []
        var fast = ActualsFastPath(file: file, point: numbers.separator.byte)
        var sawProblem = false
        var reserved = false
        // Errors counted so far, and where the counting reached in each list.
        var errors = 0
        var counted = (decoders: decoderMark, diags: diagMark)
        while true {
            // The parsing side always ends with a last piece, so a nil never comes first.
            guard let piece = queue.take() else { break }
            if let reason = piece.readError {
                diags.append(Diagnostic(.error, file: file, "cannot be read: \(reason)"))
                return outcome
            }
            if let bad = piece.badUTF8Line {
                // As for the whole file: this one message, and nothing read from it.
                decoders.diags.truncate(to: decoderMark)
                diags.truncate(to: diagMark)
                table = ActualsTable()
                diags.error(
                    SourceLocation(file: file, line: bad),
                    "the file is not UTF-8 text (first invalid byte on this line); save it as UTF-8")
                return Outcome()
            }
            for p in piece.problems { diags.error(SourceLocation(file: file, line: p.line), p.message) }
            sawProblem = sawProblem || !piece.problems.isEmpty
            if mapping == nil, let found = piece.header {
                header = found
                mapping = TableReaders.mapHeader(header, file: file, schema: .actuals, into: &diags)
                outcome.sawHeader = true
            }
            if let mapping, !piece.records.isEmpty {
                let pieceRecordCount = piece.records.count
                let csv = CSVTable(
                    delimiter: piece.delimiter, header: header, records: piece.records, problems: [],
                    storage: piece.storage, fieldBounds: piece.bounds)
                let kept = TableReaders.keptRecords(
                    csv, headerCount: header.count, file: file, schema: .actuals, numbers: numbers,
                    into: &diags)
                outcome.rowCount += kept.count
                var raw = RawTable(schema: .actuals, fileName: file)
                raw.numbers = numbers
                raw.missingColumns = mapping.missing
                raw.csv = CSVRows(table: csv, columnOfSlot: mapping.columnOfSlot, records: kept)
                if !reserved, sizeHint > piece.consumed * 4, piece.consumed * 2 >= pieceSize {
                    // Size the columns once from the first piece's rows per byte, so a
                    // large file neither reallocates nor leaves doubling slack. Only from a
                    // full piece: a few rows before an endless record would ask for gigabytes.
                    reserved = true
                    table.reserveCapacity(kept.count * (sizeHint / max(piece.consumed, 1) + 1) * 51 / 50)
                }
                // The parsing thread's periods and values line up with the rows when no record
                // was left out (nearly always); else the decoder reads every cell itself.
                fast.preparsed = kept.count == pieceRecordCount ? piece.preparsed : ActualsCSVReader.Preparsed()
                decoders.actuals(raw, into: &table, fast: &fast)
            }
            if piece.isLast { break }
            // Once per piece: only the messages added since the last piece are looked at.
            errors +=
                countErrors(decoders.diags.items, from: &counted.decoders)
                + countErrors(diags.items, from: &counted.diags)
            if errors > maxErrors {
                let line = piece.records.last?.line ?? 1
                diags.error(
                    SourceLocation(file: file, line: line),
                    "more than \(maxErrors) errors; the rest of the file was not read")
                return outcome
            }
        }
        if mapping == nil, !sawProblem {
            diags.error(
                SourceLocation(file: file, line: 1), "the file is empty; expected a header line naming the columns")
        }
        return outcome
    }

    static func countErrors(_ items: [Diagnostic], from mark: inout Int) -> Int {
        var n = 0
        for d in items[mark...] where d.severity == .error { n += 1 }
        mark = items.count
        return n
    }

    static func recordTooLong(_ maxRecordBytes: Int) -> String {
        "this record runs past \(InputLimits.size(maxRecordBytes)) without ending (a quoted field never closed, or no line breaks); "
            + "the rest of the file was not read"
    }

    /// The parsing thread: reads pieces, parses each up to its last complete record and
    /// hands it over; stops after the last piece, a read error, bytes that are not UTF-8,
    /// a record longer than `maxRecordBytes` (never more than that is buffered for one
    /// record) or when the decoding thread cancels. At most two pieces wait, so memory
    /// stays at a few pieces whatever the file size.
    static func parse(
        _ stream: ByteStream, pieceSize: Int, maxRecordBytes: Int, point: UInt8 = UInt8(ascii: "."),
        into queue: Handoff<Piece>
    ) {
        defer { queue.close() }
        var buffer: [UInt8] = []
        var atEnd = false
        var isFirst = true
        var haveHeader = false
        var wanted = pieceSize
        var line = 1
        var delimiter = CSVReader.comma
        var lastCounts = (records: 0, bounds: 0)
        var columns: (period: Int, value: Int)?
        while true {
            do {
                if !atEnd, buffer.count < wanted {
                    (buffer, atEnd) = try stream.piece(keeping: buffer[...], size: wanted)
                }
            } catch {
                queue.put(Piece(isLast: true, readError: error.reason))
                return
            }
            if isFirst {
                // The BOM and the delimiter are decided on the first line: read on until it is in.
                let sniffed = CSVReader.sniff(buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? buffer[3...] : buffer[...])
                // Past the record limit the parser below reports the line that never ends
                // (or, for lines with no delimiter, reads on with the default).
                if !sniffed.decided, !atEnd, buffer.count <= maxRecordBytes {
                    wanted = min(max(buffer.count * 2, 64), maxRecordBytes + 1)
                    continue
                }
                isFirst = false
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
                delimiter = sniffed.delimiter
                wanted = max(pieceSize, buffer.count)
            }
            let bytes = buffer[...]
            // The parser reads fields in place from `buffer` itself (shared, not copied).
            var parser = CSVReader.Parser(
                bytes: bytes, storage: buffer, delimiter: delimiter, line: line,
                haveHeader: haveHeader, isFinal: atEnd)
            // Sized from the last piece (pieces are alike), so the arrays are not regrown.
            parser.records.reserveCapacity(lastCounts.records + lastCounts.records / 8)
            parser.bounds.reserveCapacity(lastCounts.bounds + lastCounts.bounds / 8)
            parser.run()
            lastCounts = (parser.records.count, parser.bounds.count)
            let consumed = atEnd ? bytes.count : parser.pos
            if consumed == 0, !atEnd {
                if buffer.count > maxRecordBytes {
                    queue.put(Piece(problems: [(parser.line, recordTooLong(maxRecordBytes))], isLast: true))
                    return
                }
                wanted = min(buffer.count * 2, maxRecordBytes + 1)  // one record longer than a piece: read on
                continue
            }
            if let bad = CSVReader.firstInvalidUTF8Line(bytes[0..<consumed]) {
                queue.put(Piece(isLast: true, badUTF8Line: line + bad - 1))
                return
            }
            var piece = Piece(
                records: parser.records, storage: parser.storage, bounds: parser.bounds,
                problems: parser.problems, delimiter: delimiter, consumed: consumed, isLast: atEnd)
            if !haveHeader, parser.haveHeader {
                piece.header = parser.header
                columns = Preparsed.columns(header: parser.header, file: "actuals.csv")
            }
            if let columns {
                piece.preparsed = Preparsed(
                    records: parser.records, storage: parser.storage, bounds: parser.bounds, columns: columns,
                    point: point)
            }
            haveHeader = parser.haveHeader
            line = parser.line
            guard queue.put(piece), !atEnd else { return }
            buffer = Array(buffer[consumed...])  // the unfinished record, for the next piece
            wanted = max(pieceSize, buffer.count + pieceSize / 2)
        }
    }
}
