import Testing

@testable import PerfPlanCore

/// The column store must give back exactly the rows put in, and group them by (employee,
/// indicator) with months ascending whatever the input order — without a permutation when
/// the input already comes grouped.
@Suite struct ActualsTableTests {
    static func row(_ e: String, _ i: String, _ m: String, _ v: Double, line: Int, source: String? = nil) -> Actual {
        Actual(
            employeeId: e, indicatorId: i, period: Month(parsing: m)!, value: v, dataSource: source,
            source: SourceLocation(file: "actuals.csv", line: line))
    }

    static let grouped: [Actual] = [
        row("E1", "x", "2026-01", 1, line: 2, source: "CRM"), row("E1", "x", "2026-02", 2, line: 3),
        row("E1", "y", "2026-01", 3, line: 4), row("E2", "y", "2026-01", 4, line: 5, source: "LMS"),
        row("E2", "x", "2026-03", 5, line: 6),
    ]

    @Test func rowsComeBackAsTheyWentIn() {
        let table = ActualsTable(Self.grouped)
        #expect(Array(table) == Self.grouped)
        #expect(table.employeeIds == ["E1", "E2"])
        #expect(table.indicatorIds == ["x", "y"])
        #expect(table.monthRange == Month(parsing: "2026-01")!...Month(parsing: "2026-03")!)
    }

    @Test func groupedInputNeedsNoPermutation() {
        let series = ActualsTable(Self.grouped).series
        #expect(series.order == nil)
        #expect(series.runStarts == [0, 2, 3, 4, 5])
    }

    @Test func shuffledInputIsGroupedWithMonthsAscendingAndDuplicatesInInputOrder() {
        let rows = [
            Self.row("E1", "x", "2026-03", 1, line: 2), Self.row("E2", "x", "2026-01", 2, line: 3),
            Self.row("E1", "y", "2026-01", 3, line: 4), Self.row("E1", "x", "2026-01", 4, line: 5),
            Self.row("E1", "x", "2026-03", 5, line: 6), Self.row("E2", "x", "2025-12", 6, line: 7),
        ]
        let table = ActualsTable(rows)
        let series = table.series
        #expect(series.order != nil)
        let runs = (0..<series.runCount).map { r in series.run(r).map { table.valueColumn[series.row(at: $0)] } }
        // E1/x: 2026-01 (4), then the two 2026-03 rows in input order (1 then 5); E1/y; E2/x by month.
        #expect(runs == [[4, 1, 5], [3], [6, 2]])
    }

    @Test func shuffledAndGroupedInputGiveTheSameEngineLookupsAndMessages() {
        let employees = ["E1", "E2"].map { Employee(id: $0, name: $0, role: "r", department: "d") }
        let indicators = ["x", "y"].map { Indicator(id: $0, name: $0, direction: .higher, weight: 1) }
        var rows =
            Self.grouped + [Self.row("E2", "x", "2026-03", 9, line: 7), Self.row("E9", "x", "2026-01", 1, line: 8)]
        var results: [[String]] = []
        var duplicates: [[String]] = []
        for _ in 0..<2 {
            let dataset = Dataset(employees: employees, indicators: indicators, actuals: rows)
            var validator = DatasetValidator(
                dataset: dataset, seenEmployeeIds: ["E1", "E2"], seenIndicatorIds: ["x", "y"])
            let messages = validator.validate().filter { $0.file == "actuals.csv" }.sorted().map(\.description)
            let index = DatasetIndex(dataset)
            let lookups = ["2026-01", "2026-02", "2026-03"].flatMap { m in
                ["E1", "E2"].flatMap { e in
                    ["x", "y"].map { i in
                        "\(e) \(i) \(m) \(index.actual(employeeId: e, indicatorId: i, month: Month(parsing: m)!).map { "\($0)" } ?? "-")"
                    }
                }
            }
            // (The engine only ever sees validated data: the duplicated cell is left out.)
            results.append(
                messages.filter { !$0.contains("duplicate") } + lookups.filter { !$0.hasPrefix("E2 x 2026-03") })
            duplicates.append(messages.filter { $0.contains("duplicate") })
            rows.reverse()
        }
        #expect(results[0] == results[1])
        // In file order the later line is the duplicate; reversed, the other way round.
        #expect(
            duplicates[0] == [
                "actuals.csv:7: duplicate actual for employee \"E2\", indicator \"x\", period 2026-03 (first at line 6)"
            ])
        #expect(
            duplicates[1] == [
                "actuals.csv:6: duplicate actual for employee \"E2\", indicator \"x\", period 2026-03 (first at line 7)"
            ])
        #expect(results[0].contains("actuals.csv:8: employee_id \"E9\" is not an employee_id of the employees dataset"))
        #expect(results[0].contains("E1 x 2026-02 2.0"))
        #expect(results[0].contains("E2 y 2026-01 4.0"))
    }
}
