import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The actuals file of `perfplan sample`: almost all of its bytes (28.8 M rows, ~1 GB of CSV
/// for 100 000 employees). Employees are formatted in blocks, two blocks at a time on the
/// two cores, each into its own buffer, and the buffers are written in employee order — so
/// the file is the same as a single-threaded run, memory stays at two blocks, and no
/// `Actual` value or per-row `String` is ever made.
///
/// Unsafe (measured: `sample` writes millions of rows): `rows` borrows the `Pieces` arrays,
/// built once and not changed while a block is formatted, and appends views between offsets
/// (`idStart`, `middleStart`) that were recorded as those arrays were filled.
enum SampleActualsWriter {
    /// Employees per block: ~10 MB of CSV, ~30 MB of JSON per buffer at 12 × 24 values each.
    static let block = 1024

    /// One thread's output buffer; each thread touches only its own.
    /// The bytes that do not change within a file, laid out flat so the row loop copies
    /// slices through raw pointers instead of retaining nested arrays.
    struct Pieces: Sendable {
        /// Per indicator and month, what sits between the employee id and the value:
        /// CSV `,revenue,2026-10,`; JSON `", "indicator_id": "revenue", "period": "2026-10", "value": `.
        var middle: [UInt8] = [], middleStart: [Int] = []
        /// Every employee id's bytes, back to back.
        var ids: [UInt8] = [], idStart: [Int] = []
        var rowStart: [UInt8], rowEnd: [UInt8]

        init(_ g: SampleGenerator, format: SampleWriter.Format) {
            let months = (0...(g.lastMonth - g.firstMonth)).map { (g.firstMonth + $0).description }
            let csv = format == .csv
            rowStart = Array((csv ? "" : "{\"employee_id\": \"").utf8)
            rowEnd = Array((csv ? ",HRIS\n" : ", \"source\": \"HRIS\"}").utf8)
            for ind in g.indicators {
                for m in months {
                    middleStart.append(middle.count)
                    middle += Array(
                        (csv
                            ? ",\(ind.id),\(m),"
                            : "\", \"indicator_id\": \"\(ind.id)\", \"period\": \"\(m)\", \"value\": ").utf8)
                }
            }
            middleStart.append(middle.count)
            for e in g.employees {
                idStart.append(ids.count)
                ids += Array(e.id.utf8)
            }
            idStart.append(ids.count)
        }
    }

    static func write(_ g: SampleGenerator, to sink: SampleWriter.Sink, format: SampleWriter.Format) throws {
        let pieces = Pieces(g, format: format)
        var capacity = 0
        let n = g.employees.count
        var start = 0
        var firstRow = true
        while start < n {
            let ranges = [start..<min(n, start + block), min(n, start + block)..<min(n, start + 2 * block)]
            // Each block's rows in a buffer of the size the last one needed, filled on its own thread.
            let reserve = capacity
            let parts = OrderedBatchExecutor().map(ranges[1].isEmpty ? 1 : 2) { t in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(reserve)
                rows(g, ranges[t], pieces, json: format == .json, into: &bytes)
                return bytes
            }
            capacity = parts.map(\.count).max() ?? 0
            for t in parts.indices where !parts[t].isEmpty {
                // JSON rows start with ",\n"; the very first one only with "\n".
                let skip = format == .json && firstRow ? 1 : 0
                firstRow = false
                try sink.write(parts[t], from: skip)
            }
            start += 2 * block
        }
    }

    /// Formats the actual rows of `range` into `out`. JSON rows are each preceded by ",\n".
    static func rows(_ g: SampleGenerator, _ range: Range<Int>, _ p: Pieces, json: Bool, into out: inout [UInt8]) {
        let months = g.lastMonth - g.firstMonth + 1
        let first = g.firstMonth
        p.middle.withUnsafeBufferPointer { middle in
            p.middleStart.withUnsafeBufferPointer { middleStart in
                p.idStart.withUnsafeBufferPointer { idStart in
                    p.ids.withUnsafeBufferPointer { ids in
                        p.rowStart.withUnsafeBufferPointer { rowStart in
                            p.rowEnd.withUnsafeBufferPointer { rowEnd in
                                for k in range {
                                    let id = UnsafeBufferPointer(rebasing: ids[idStart[k]..<idStart[k + 1]])
                                    g.actuals(of: k) { i, m, v in
                                        let cell = i * months + (m - first)
                                        if json {
                                            out.append(UInt8(ascii: ","))
                                            out.append(10)
                                        }
                                        out.append(contentsOf: rowStart)
                                        out.append(contentsOf: id)
                                        out.append(
                                            contentsOf: UnsafeBufferPointer(
                                                rebasing: middle[middleStart[cell]..<middleStart[cell + 1]]))
                                        ByteFormat.append(number: v, to: &out)
                                        out.append(contentsOf: rowEnd)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
