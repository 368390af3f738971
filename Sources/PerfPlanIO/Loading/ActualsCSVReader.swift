import PerfPlanCore

/// Reads `actuals.csv` in pieces of a few MiB straight into an `ActualsTable`, so a 1 GB
/// file never sits in memory, whole or as field buffers: each piece is parsed up to its
/// last complete record, decoded, and dropped. Messages are the ones the whole-file path
/// (`CSVReader` + `TableReaders`) gives, at the same lines.
enum ActualsCSVReader {
    static let defaultPieceSize = 8 << 20

    struct Outcome {
        /// Records that became rows (valid or not): 0 with a header means "only a header".
        var rowCount = 0
        var sawHeader = false
    }

    static func read(_ stream: ByteStream, file: String, pieceSize: Int = defaultPieceSize,
                     into table: inout ActualsTable, decoders: inout RecordDecoders,
                     diags: inout DiagnosticList) -> Outcome {
        var outcome = Outcome()
        let decoderMark = decoders.diags.items.count, diagMark = diags.items.count
        var buffer: [UInt8] = []
        var atEnd = false, isFirst = true
        var wanted = pieceSize
        var line = 1
        var delimiter: UInt8?
        var mapping: (columnOfSlot: [Int?], missing: Set<Int>)?
        var header: [String] = []
        var fast = ActualsFastPath(file: file)
        var sawProblem = false, reserved = false

        while true {
            do {
                while !atEnd, buffer.count < wanted {
                    if try stream.read(appendingTo: &buffer, limit: wanted - buffer.count) == 0 { atEnd = true }
                }
            } catch {
                diags.append(Diagnostic(.error, file: file, "cannot be read: \(error.reason)"))
                return outcome
            }
            if isFirst {
                // The BOM and the delimiter are decided on the first line: read on until it is in.
                let sniffed = CSVReader.sniff(buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? buffer[3...] : buffer[...])
                if !sniffed.decided, !atEnd {
                    wanted = max(buffer.count * 2, 64)
                    continue
                }
                isFirst = false
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
                delimiter = sniffed.delimiter
                wanted = max(pieceSize, buffer.count)
            }
            let bytes = buffer[...]
            var parser = CSVReader.Parser(bytes: bytes, delimiter: delimiter!, line: line,
                                          haveHeader: mapping != nil, isFinal: atEnd)
            parser.run()
            let consumed = atEnd ? bytes.count : parser.pos
            if consumed == 0, !atEnd {
                wanted = buffer.count * 2  // one record longer than a piece: read on
                continue
            }
            if let bad = CSVReader.firstInvalidUTF8Line(bytes[0..<consumed]) {
                // As for the whole file: this one message, and nothing read from it.
                decoders.diags.truncate(to: decoderMark); diags.truncate(to: diagMark)
                table = ActualsTable()
                diags.error(SourceLocation(file: file, line: line + bad - 1),
                            "the file is not UTF-8 text (first invalid byte on this line); save it as UTF-8")
                return Outcome()
            }
            for p in parser.problems { diags.error(SourceLocation(file: file, line: p.line), p.message) }
            sawProblem = sawProblem || !parser.problems.isEmpty
            if mapping == nil, parser.haveHeader {
                header = parser.header
                mapping = TableReaders.mapHeader(header, file: file, schema: .actuals, into: &diags)
                outcome.sawHeader = true
            }
            if let mapping, !parser.records.isEmpty {
                let piece = CSVTable(delimiter: delimiter!, header: header, records: parser.records, problems: [],
                                     storage: parser.storage, fieldBounds: parser.bounds)
                let kept = TableReaders.keptRecords(piece, headerCount: header.count, file: file, into: &diags)
                outcome.rowCount += kept.count
                var raw = RawTable(schema: .actuals, fileName: file)
                raw.missingColumns = mapping.missing
                raw.csv = CSVRows(table: piece, columnOfSlot: mapping.columnOfSlot, records: kept)
                if !reserved, stream.sizeHint > consumed * 4 {
                    // Size the columns once from the first piece's rows per byte, so a
                    // large file neither reallocates nor leaves doubling slack.
                    reserved = true
                    table.reserveCapacity(kept.count * (stream.sizeHint / max(consumed, 1) + 1) * 51 / 50)
                }
                decoders.actuals(raw, into: &table, fast: &fast)
            }
            line = parser.line
            if atEnd { break }
            buffer.removeFirst(consumed)
            wanted = max(pieceSize, buffer.count + pieceSize / 2)
        }
        if mapping == nil, !sawProblem {
            diags.error(SourceLocation(file: file, line: 1), "the file is empty; expected a header line naming the columns")
        }
        return outcome
    }
}
