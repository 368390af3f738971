import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// Writes a `SampleGenerator` dataset as CSV or per-dataset JSON files. Actuals stream
/// employee by employee through a buffered writer, so 100 000 employees × 24 months is a
/// few seconds of work and a few megabytes of memory.
package enum SampleWriter {
    package enum Format: String, Sendable, CaseIterable { case csv, json }

    enum Cell {
        case text(String?)
        case number(Double?)
        case flag(Bool)
    }

    package struct Failure: Error, CustomStringConvertible, Sendable { package var description: String }

    /// A file written through a 1 MiB buffer.
    final class Sink {
        let file: ReplacedFile
        let path: String
        var buffer: [UInt8] = []

        init(_ path: String) throws {
            self.path = path
            do { file = try ReplacedFile(path) } catch {
                throw Failure(description: "\(path): cannot create: \(error.reason)")
            }
            buffer.reserveCapacity(1 << 20)
        }

        func append(_ s: String) { buffer.append(contentsOf: s.utf8) }
        func append(byte: UInt8) { buffer.append(byte) }

        /// Whole numbers without a fraction, others in their shortest round-trip form.
        func append(number x: Double) { ByteFormat.append(number: x, to: &buffer) }

        /// Writes `bytes[from...]` after what is buffered, without copying large blocks.
        func write(_ bytes: [UInt8], from start: Int = 0) throws {
            if buffer.count + bytes.count - start < 1 << 20 {
                buffer.append(contentsOf: bytes[start...])
                return
            }
            try flush()
            try writeAll(bytes[start...])
        }

        private func writeAll(_ bytes: ArraySlice<UInt8>) throws {
            do { try file.write(bytes) } catch {
                throw Failure(description: "\(path): cannot write: \(error.reason)")
            }
        }

        func flushIfFull() throws { if buffer.count >= 1 << 20 { try flush() } }

        func flush() throws {
            if !buffer.isEmpty { try writeAll(buffer[...]) }
            buffer.removeAll(keepingCapacity: true)
        }

        func close() throws {
            try flush()
            file.close()
        }
    }

    package static func write(_ g: SampleGenerator, to directory: String, format: Format, policy: Policy = .synthetic)
        throws
    {
        let ext = format.rawValue
        func table(_ name: String, _ header: [String], _ rows: [[Cell]]) throws {
            let sink = try Sink(directory + "/" + name + "." + ext)
            if format == .csv {
                sink.append(header.joined(separator: ",") + "\n")
            } else {
                sink.append("[")
            }
            for (n, row) in rows.enumerated() {
                if format == .csv {
                    for (c, cell) in row.enumerated() {
                        if c > 0 { sink.append(byte: UInt8(ascii: ",")) }
                        csv(cell, sink)
                    }
                    sink.append(byte: 10)
                } else {
                    sink.append(n == 0 ? "\n{" : ",\n{")
                    var first = true
                    for (key, cell) in zip(header, row) {
                        guard let text = json(cell) else { continue }
                        sink.append((first ? "" : ", ") + "\"\(key)\": " + text)
                        first = false
                    }
                    sink.append("}")
                }
                try sink.flushIfFull()
            }
            if format == .json { sink.append("\n]\n") }
            try sink.close()
        }

        try table(
            "employees",
            ["employee_id", "name", "title", "role", "department", "manager_id", "email", "hire_date", "location"],
            g.employees.map {
                [
                    .text($0.id), .text($0.name), .text($0.title), .text($0.role), .text($0.department),
                    .text($0.managerId),
                    .text($0.email), .text($0.hireDate?.description), .text($0.location),
                ]
            })
        try table(
            "indicators",
            [
                "indicator_id", "name", "unit", "direction", "kind", "scale_min", "scale_max", "weight", "threshold",
                "critical", "category", "description",
            ],
            g.indicators.map {
                [
                    .text($0.id), .text($0.name), .text($0.unit), .text($0.direction.rawValue), .text($0.kind.rawValue),
                    .number($0.scaleMin), .number($0.scaleMax), .number($0.weight), .number($0.threshold),
                    .flag($0.critical), .text($0.category), .text($0.description),
                ]
            })
        try table(
            "targets", ["indicator_id", "scope", "period", "target", "threshold", "weight"],
            g.targets.map {
                [
                    .text($0.indicatorId), .text($0.scope.description), .text($0.period.description),
                    .number($0.target),
                    .number($0.threshold), .number($0.weight),
                ]
            })
        try table(
            "benchmarks", ["indicator_id", "value", "scope", "source"],
            g.benchmarks.map { [.text($0.indicatorId), .number($0.value), .text($0.scope), .text($0.dataSource)] })
        try table(
            "plans", ["employee_id", "cycle", "start", "end", "outcome"],
            g.plans.map {
                [
                    .text($0.employeeId), .number(Double($0.cycle)), .text($0.start.description),
                    .text($0.end.description),
                    .text($0.outcome.rawValue),
                ]
            })
        try table(
            "notes", ["employee_id", "period", "kind", "text", "category"],
            g.notes.map {
                [
                    .text($0.employeeId), .text($0.period.description), .text($0.kind.rawValue), .text($0.text),
                    .text($0.category?.rawValue),
                ]
            })

        // Actuals: streamed, the bulk of the bytes.
        let sink = try Sink(directory + "/actuals." + ext)
        sink.append(format == .csv ? "employee_id,indicator_id,period,value,source\n" : "[")
        try SampleActualsWriter.write(g, to: sink, format: format)
        if format == .json { sink.append("\n]\n") }
        try sink.close()

        let p = policy
        let t = p.triggers
        let policyJSON = """
            {
              "organization": \(JSONText.string(p.organization)), "approval": \(JSONText.string(p.approval.rawValue)),
              "attainment_cap": \(NumberFormat.machine(p.attainmentCap)), "at_risk_tolerance": \(NumberFormat.machine(p.atRiskTolerance)),
              "baseline_months": \(p.baselineMonths), "trend_months": \(p.trendMonths), "review_months": \(p.reviewMonths),
              "triggers": { "composite_below": \(JSONText.number(t.compositeBelow)), "composite_months": \(t.compositeMonths),
                            "miss_streak": \(t.missStreak.map(String.init) ?? "null"), "critical_missed": \(t.criticalMissed) },
              "max_focus": \(p.maxFocus), "plan_months": \(p.planMonths), "max_cycles": \(p.maxCycles),
              "checkin_every_weeks": \(p.checkinEveryWeeks)
            }

            """
        let policySink = try Sink(directory + "/perfplan.json")
        policySink.append(policyJSON)
        try policySink.close()
    }

    static func csv(_ cell: Cell, _ sink: Sink) {
        switch cell {
        case .text(let s):
            guard let s else { return }
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                sink.append("\"" + String(s.flatMap { $0 == "\"" ? "\"\"" : String($0) }) + "\"")
            } else {
                sink.append(s)
            }
        case .number(let x): if let x { sink.append(number: x) }
        case .flag(let b): sink.append(b ? "true" : "false")
        }
    }

    static func json(_ cell: Cell) -> String? {
        switch cell {
        case .text(let s): return s.map { JSONText.string($0) }
        case .number(let x): return x.map(NumberFormat.machine)
        case .flag(let b): return b ? "true" : "false"
        }
    }
}
