/// One employee's indicator figures in their machine form (`NumberFormat.machine`), each
/// formatted once: `generate` prints the same numbers in gaps.csv, the interview's XML and
/// the plan's XML, and finding a number's shortest form was the largest part of writing
/// either.
///
/// Unsafe (measured: every figure gaps.csv and the XML print): `withFigure` and `append`
/// read `bytes` between two of `ends`, built together in `init`, without bounds checks or
/// retains; `withFigure` lends the figure as a `Span`, which cannot outlive `body`.
package struct MachineFigures: Sendable {
    /// The figures of an indicator result that are numbers (the contract's gaps fields in
    /// their order, then the weight, which only the XML shows).
    package enum Field: Int, CaseIterable, Sendable {
        case actual, target, threshold, gap, shortfall, attainment, prev, yoy, annualAvg, best3Avg, worst3Avg
        case trendSlope, peerMean, peerMedian, percentile, gapToPeer, benchmark, gapToBenchmark, weight
    }

    private var bytes: [UInt8] = []
    /// Where each figure ends in `bytes`, indicator by indicator, field by field.
    private var ends: [Int32] = []

    package init(_ indicators: borrowing [IndicatorResult]) {
        bytes.reserveCapacity(indicators.count * Field.allCases.count * 10)
        ends.reserveCapacity(indicators.count * Field.allCases.count)
        for i in indicators.indices {
            for f in Field.allCases {
                if let x = Self.value(indicators[i], f) { ByteFormat.append(number: x, to: &bytes) }
                ends.append(Int32(bytes.count))
            }
        }
    }

    package static func value(_ r: borrowing IndicatorResult, _ field: Field) -> Double? {
        switch field {
        case .actual: r.actual
        case .target: r.target
        case .threshold: r.threshold
        case .gap: r.gap
        case .shortfall: r.shortfall
        case .attainment: r.attainment
        case .prev: r.prev
        case .yoy: r.yoy
        case .annualAvg: r.annualAvg
        case .best3Avg: r.best3Avg
        case .worst3Avg: r.worst3Avg
        case .trendSlope: r.trendSlope
        case .peerMean: r.peerMean
        case .peerMedian: r.peerMedian
        case .percentile: r.percentile
        case .gapToPeer: r.gapToPeer
        case .benchmark: r.benchmark
        case .gapToBenchmark: r.gapToBenchmark
        case .weight: r.weight
        }
    }

    /// The figure `field` of indicator `indicator` (its position in the result) as it
    /// prints; empty when the value is null (a number never prints empty). The body reads
    /// the stored arrays itself, with no helper between: called from the XML writer in
    /// another module, it is inlined there only when all it touches can be.
    @inline(__always)
    package func withFigure<R>(_ indicator: Int, _ field: Field, _ body: (Span<UInt8>) -> R) -> R {
        let k = indicator * Field.allCases.count + field.rawValue
        return bytes.withUnsafeBufferPointer { b in
            ends.withUnsafeBufferPointer { e in
                let start = k == 0 ? 0 : Int(e[k - 1])
                return body(Span(_unsafeElements: UnsafeBufferPointer(rebasing: b[start..<Int(e[k])])))
            }
        }
    }

    /// Appends the figure `field` of indicator `indicator` to `out` (nothing for null).
    @inline(__always)
    package func append(_ indicator: Int, _ field: Field, to out: inout [UInt8]) {
        let k = indicator * Field.allCases.count + field.rawValue
        bytes.withUnsafeBufferPointer { b in
            ends.withUnsafeBufferPointer { e in
                let start = k == 0 ? 0 : Int(e[k - 1])
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<Int(e[k])]))
            }
        }
    }
}
