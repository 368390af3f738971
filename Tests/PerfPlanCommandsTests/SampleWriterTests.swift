import Foundation
import PerfPlanCore
import PerfPlanIO
import Testing

@testable import PerfPlanCommands

/// The fast actuals writer must produce exactly what the plain, one-String-per-row version
/// would: same number text as `NumberFormat.machine`, rows in employee order across the
/// two-thread blocks, including a last batch whose second block is empty.
@Suite struct SampleWriterTests {
    @Test func byteFormatMatchesNumberFormat() {
        var r = SplitMix64(seed: 42)
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, -0.5, 0.01, 0.05, 0.1, 0.3, 0.1 + 0.2, 99.99, 100.5, 1e-5, 123_456.78,
            999_999_999_999.99, 1e12 + 0.5, 9.007_199_254_740_992e15, 1e20, -2.25, 4.0 / 3.0,
        ]
        for _ in 0..<20_000 {
            let x = r.uniform(-1e6, 1e6)
            values += [
                x, (x * 100).rounded() / 100, (x * 10).rounded() / 10, x.rounded(), (x / 1e4 * 100).rounded() / 100,
            ]
        }
        for x in values {
            var out: [UInt8] = []
            ByteFormat.append(number: x, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == NumberFormat.machine(x), "\(x)")
        }
    }

    @Test(arguments: [SampleWriter.Format.csv, .json])
    func actualsEqualTheNaiveRows(format: SampleWriter.Format) throws {
        // 2 500 employees: blocks of 1 024, so the last batch has one partial block only.
        let g = SampleGenerator(
            employees: 2500, months: 3, indicators: 2, seed: 9, lastMonth: Month(parsing: "2026-10")!)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try SampleWriter.write(g, to: dir.path, format: format)
        let written = try String(contentsOf: dir.appendingPathComponent("actuals.\(format.rawValue)"), encoding: .utf8)

        var rows: [String] = []
        for k in g.employees.indices {
            g.actuals(of: k) { i, m, v in
                let (e, ind, n) = (g.employees[k].id, g.indicators[i].id, NumberFormat.machine(v))
                rows.append(
                    format == .csv
                        ? "\(e),\(ind),\(m),\(n),HRIS"
                        : "{\"employee_id\": \"\(e)\", \"indicator_id\": \"\(ind)\", \"period\": \"\(m)\", \"value\": \(n), \"source\": \"HRIS\"}"
                )
            }
        }
        let expected =
            format == .csv
            ? "employee_id,indicator_id,period,value,source\n" + rows.map { $0 + "\n" }.joined()
            : "[\n" + rows.joined(separator: ",\n") + "\n]\n"
        #expect(written == expected)
    }
}
