/// Every actual of a dataset, stored by column.
///
/// A large employer's actuals file has tens of millions of rows (100 000 employees × 12
/// indicators × 24 months = 28.8 M). As `Actual` structs with four strings each that was
/// 96 bytes a row and several GiB; here ids are interned once and a row costs 20 bytes:
/// employee and indicator numbers, the month and the value. Lines and provenances (file +
/// `source` cell) are run-length coded, notes and the rare row past 65 534 provenances kept
/// aside. Rows stay in input order; `series` groups them by (employee, indicator) for the
/// validator and the engine without copying a column when the input is already grouped.
package struct ActualsTable: Sendable {
    /// Interned ids, in the order first seen.
    package private(set) var employeeIds: [String] = []
    package private(set) var indicatorIds: [String] = []
    private var employeeNumbers: [String: Int32] = [:]
    private var indicatorNumbers: [String: Int32] = [:]
    /// By indicator number: the most decimal places written in any of its values (`12.50`
    /// → 2; contract §6.30), kept as rows are appended. Saturates at 255.
    package private(set) var writtenDecimalsByNumber: [UInt8] = []

    /// Where a row came from, less its line: the file (and dataset key) and the `source` cell.
    struct Provenance: Hashable, Sendable {
        var base: SourceLocation
        var dataSource: String?
    }
    private var provenances: [Provenance] = []
    private var provenanceNumbers: [Provenance: UInt16] = [:]
    private static let overflow = UInt16.max

    package private(set) var employeeColumn: [Int32] = []
    package private(set) var indicatorColumn: [Int32] = []
    /// Provenance and line are run-length coded: a row's provenance is that of the last
    /// run starting at or before it, and its line that run's line plus the rows since —
    /// a file's rows are consecutive lines with a `source` that changes every few dozen.
    private var provenanceRunRows: [Int32] = []
    private var provenanceRuns: [UInt16] = []
    package private(set) var monthColumn: [Int32] = []
    package private(set) var valueColumn: [Double] = []
    private var lineRunRows: [Int32] = []
    private var lineRuns: [Int32] = []
    /// Notes, and provenances past the interned limit, by row.
    private var notes: [Int32: String] = [:]
    private var rareProvenance: [Int32: Provenance] = [:]

    /// The grouping computed by `prepareSeries()`, dropped by any later append.
    private var cachedSeries: ActualSeries?

    package init() {}

    package init(_ rows: some Sequence<Actual>) {
        for a in rows { append(a) }
    }

    package var count: Int { valueColumn.count }
    package var isEmpty: Bool { valueColumn.isEmpty }

    package mutating func reserveCapacity(_ n: Int) {
        employeeColumn.reserveCapacity(n)
        indicatorColumn.reserveCapacity(n)
        monthColumn.reserveCapacity(n)
        valueColumn.reserveCapacity(n)
    }

    // MARK: Interning (the loader's fast path caches these numbers while rows repeat ids)

    package mutating func employeeNumber(_ id: String) -> Int32 {
        if let n = employeeNumbers[id] { return n }
        let n = Int32(employeeIds.count)
        employeeIds.append(id)
        employeeNumbers[id] = n
        return n
    }

    package mutating func indicatorNumber(_ id: String) -> Int32 {
        if let n = indicatorNumbers[id] { return n }
        let n = Int32(indicatorIds.count)
        indicatorIds.append(id)
        indicatorNumbers[id] = n
        writtenDecimalsByNumber.append(0)
        return n
    }

    /// The number of a (file, source cell) pair; `UInt16.max` when past the limit, in which
    /// case `append` keeps the pair per row.
    package mutating func provenanceNumber(base: SourceLocation, dataSource: String?) -> UInt16 {
        let p = Provenance(base: base.atLine(0), dataSource: dataSource)
        if let n = provenanceNumbers[p] { return n }
        guard provenances.count < Int(Self.overflow) else { return Self.overflow }
        let n = UInt16(provenances.count)
        provenances.append(p)
        provenanceNumbers[p] = n
        return n
    }

    // MARK: Appending

    /// The most decimal places written in the actuals of `indicatorId` (0 when it has none).
    package func writtenDecimals(_ indicatorId: String) -> Int {
        indicatorNumbers[indicatorId].map { Int(writtenDecimalsByNumber[Int($0)]) } ?? 0
    }

    /// Appends a row by interned numbers (the loader's fast path); `writtenDecimals` is the
    /// number of decimal places of the value as written in the file.
    package mutating func append(
        employee: Int32, indicator: Int32, month: Month, value: Double,
        provenance: UInt16, line: Int, note: String? = nil, writtenDecimals: Int = 0
    ) {
        precondition(provenance != Self.overflow, "use append(_:) for rows past the provenance limit")
        appendColumns(employee, indicator, provenance, month, value, line)
        // Whole numbers (most rows of most files) need no look at the maximum.
        if writtenDecimals > 0, writtenDecimals > Int(writtenDecimalsByNumber[Int(indicator)]) {
            writtenDecimalsByNumber[Int(indicator)] = UInt8(clamping: writtenDecimals)
        }
        if let note { notes[Int32(count - 1)] = note }
    }

    /// Appends a row; `writtenDecimals` is the decimal places of the value as written in the
    /// file, else those of its shortest decimal text (`12.5` → 1, `12.0` → 0).
    package mutating func append(_ a: Actual, writtenDecimals: Int? = nil) {
        let e = employeeNumber(a.employeeId)
        let i = indicatorNumber(a.indicatorId)
        let d = UInt8(clamping: writtenDecimals ?? Self.shortestDecimals(a.value))
        if d > writtenDecimalsByNumber[Int(i)] { writtenDecimalsByNumber[Int(i)] = d }
        let p = provenanceNumber(base: a.source, dataSource: a.dataSource)
        appendColumns(e, i, p, a.period, a.value, a.source.line)
        let row = Int32(count - 1)
        if p == Self.overflow { rareProvenance[row] = Provenance(base: a.source.atLine(0), dataSource: a.dataSource) }
        if let note = a.note { notes[row] = note }
    }

    /// The decimal places of the shortest text that reads back as `x`: `12.5` → 1, `12` → 0,
    /// `1e-05` → 5.
    package static func shortestDecimals(_ x: Double) -> Int {
        guard x.isFinite else { return 0 }
        let text = x.description
        var fraction = 0
        var exponent = 0
        let b = Array(text.utf8)
        var k = 0
        while k < b.count, b[k] != UInt8(ascii: ".") && b[k] != UInt8(ascii: "e") { k += 1 }
        if k < b.count, b[k] == UInt8(ascii: ".") {
            k += 1
            let start = k
            while k < b.count, b[k] >= 48, b[k] <= 57 { k += 1 }
            var end = k
            while end > start, b[end - 1] == UInt8(ascii: "0") { end -= 1 }  // `12.0` is whole
            fraction = end - start
        }
        if k < b.count, b[k] == UInt8(ascii: "e"), let e = Int(String(decoding: b[(k + 1)...], as: UTF8.self)) {
            exponent = e
        }
        return Swift.max(0, fraction - exponent)
    }

    private mutating func appendColumns(_ e: Int32, _ i: Int32, _ p: UInt16, _ m: Month, _ v: Double, _ line: Int) {
        cachedSeries = nil
        let row = Int32(count)
        if provenanceRuns.last != p || p == Self.overflow {
            provenanceRunRows.append(row)
            provenanceRuns.append(p)
        }
        let line = Int32(clamping: line)
        if let lastRow = lineRunRows.last, let lastLine = lineRuns.last, lastLine &+ (row - lastRow) == line {
            // Continues the run.
        } else {
            lineRunRows.append(row)
            lineRuns.append(line)
        }
        employeeColumn.append(e)
        indicatorColumn.append(i)
        monthColumn.append(Int32(clamping: m.index))
        valueColumn.append(v)
    }

    // MARK: Reading a row

    package func employeeId(_ row: Int) -> String { employeeIds[Int(employeeColumn[row])] }
    package func indicatorId(_ row: Int) -> String { indicatorIds[Int(indicatorColumn[row])] }
    package func period(_ row: Int) -> Month { Month(index: Int(monthColumn[row])) }
    package func value(_ row: Int) -> Double { valueColumn[row] }
    package func note(_ row: Int) -> String? { notes.isEmpty ? nil : notes[Int32(row)] }

    private func provenance(_ row: Int) -> Provenance {
        let p = provenanceRuns[Self.run(containing: row, in: provenanceRunRows)]
        return p == Self.overflow ? rareProvenance[Int32(row)]! : provenances[Int(p)]
    }
    package func dataSource(_ row: Int) -> String? { provenance(row).dataSource }
    package func source(_ row: Int) -> SourceLocation {
        let r = Self.run(containing: row, in: lineRunRows)
        return provenance(row).base.atLine(Int(lineRuns[r]) + row - Int(lineRunRows[r]))
    }

    /// The index of the last run starting at or before `row`.
    private static func run(containing row: Int, in starts: [Int32]) -> Int {
        var lo = 0
        var hi = starts.count  // first start > row
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) <= row { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    package subscript(row: Int) -> Actual {
        Actual(
            employeeId: employeeId(row), indicatorId: indicatorId(row), period: period(row), value: valueColumn[row],
            note: note(row), dataSource: dataSource(row), source: source(row))
    }

    /// The earliest and latest month of any row.
    package var monthRange: ClosedRange<Month>? {
        guard let lo = monthColumn.min(), let hi = monthColumn.max() else { return nil }
        return Month(index: Int(lo))...Month(index: Int(hi))
    }

    // MARK: Grouping

    /// Computes and keeps the grouping, so the validator and the engine share one.
    package mutating func prepareSeries() {
        if cachedSeries == nil { cachedSeries = ActualSeries(self) }
    }

    /// The rows grouped by (employee, indicator), months ascending within a group.
    package var series: ActualSeries { cachedSeries ?? ActualSeries(self) }
}

extension ActualsTable: RandomAccessCollection {
    package var startIndex: Int { 0 }
    package var endIndex: Int { count }
}

extension ActualsTable: ExpressibleByArrayLiteral {
    package init(arrayLiteral elements: Actual...) { self.init(elements) }
}

/// The rows of an `ActualsTable` grouped into runs of one (employee, indicator) each, sorted
/// by month (rows of the same month keep input order, so the first of a duplicate comes
/// first). Input that already comes grouped — every run contiguous and month-sorted, as an
/// HR export by employee and indicator is — needs no permutation at all.
package struct ActualSeries: Sendable {
    /// Rows in grouped order, or nil when that is the table's own order.
    package let order: [Int32]?
    /// Where each run starts (positions in grouped order), then the end position.
    package let runStarts: [Int32]

    package var runCount: Int { runStarts.count - 1 }
    @inline(__always) package func row(at position: Int) -> Int { order.map { Int($0[position]) } ?? position }
    @inline(__always) package func run(_ r: Int) -> Range<Int> { Int(runStarts[r])..<Int(runStarts[r + 1]) }

    init(_ table: ActualsTable) {
        let e = table.employeeColumn
        let i = table.indicatorColumn
        let m = table.monthColumn
        let n = table.count
        if let starts = Self.runsIfGrouped(e, i, m, indicatorCount: table.indicatorIds.count) {
            order = nil
            runStarts = starts
            return
        }
        // Stable counting sort by employee number, then each employee's rows sorted by
        // (indicator, month, row): a few dozen rows each in any real input.
        var counts = [Int](repeating: 0, count: table.employeeIds.count + 1)
        for k in 0..<n { counts[Int(e[k]) + 1] += 1 }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        var fill = counts
        var perm = [Int32](repeating: 0, count: n)
        for k in 0..<n {
            let slot = fill[Int(e[k])]
            perm[slot] = Int32(k)
            fill[Int(e[k])] += 1
        }
        func less(_ a: Int32, _ b: Int32) -> Bool {
            let x = Int(a)
            let y = Int(b)
            if i[x] != i[y] { return i[x] < i[y] }
            if m[x] != m[y] { return m[x] < m[y] }
            return x < y
        }
        for g in 0..<(counts.count - 1) where counts[g + 1] - counts[g] > 1 {
            perm[counts[g]..<counts[g + 1]].sort(by: less)
        }
        var starts: [Int32] = []
        for p in 0..<n where p == 0 || e[Int(perm[p])] != e[Int(perm[p - 1])] || i[Int(perm[p])] != i[Int(perm[p - 1])]
        {
            starts.append(Int32(p))
        }
        starts.append(Int32(n))
        order = perm
        runStarts = starts
    }

    /// The run starts when the table is already grouped: employees contiguous (with ids
    /// numbered in first-seen order, that is a non-decreasing column), each indicator one
    /// contiguous run within its employee, months non-decreasing within a run.
    private static func runsIfGrouped(_ e: [Int32], _ i: [Int32], _ m: [Int32], indicatorCount: Int) -> [Int32]? {
        var starts: [Int32] = []
        var seen = [Bool](repeating: false, count: indicatorCount)
        var touched: [Int32] = []
        for k in 0..<e.count {
            if k > 0, e[k] == e[k - 1], i[k] == i[k - 1] {
                if m[k] < m[k - 1] { return nil }
                continue
            }
            if k > 0, e[k] != e[k - 1] {
                if e[k] < e[k - 1] { return nil }
                for t in touched { seen[Int(t)] = false }
                touched.removeAll(keepingCapacity: true)
            }
            if seen[Int(i[k])] { return nil }
            seen[Int(i[k])] = true
            touched.append(i[k])
            starts.append(Int32(k))
        }
        starts.append(Int32(e.count))
        return starts
    }
}
