import Foundation
import Testing

@testable import PerfPlanCore

@Suite struct GapsWriterTests {
    static let report: GapReport = {
        let sales = IndicatorResult(
            indicatorId: "sales_revenue", actual: 219000, target: 200000, threshold: 0, weight: 3, gap: 19000,
            shortfall: 0, attainment: 1.095, status: .met, prev: 205000, annualAvg: 212000.5, missStreak: 0,
            peerMean: 350000, peerMedian: 340000, peerN: 4, percentile: 12.5, gapToPeer: -131000)
        let delay = IndicatorResult(indicatorId: "report_delay_days", target: 0, threshold: 5, weight: 1)
        let e1 = EmployeeResult(
            employeeId: "E1", composite: 1.095, rating: "Meets", flagged: true,
            reasons: [.missStreak(limit: 3, streaks: []), .criticalMissed(indicatorIds: ["x"])],
            cycle: 2, focus: ["report_delay_days", "sales_revenue"], indicators: [delay, sales])
        let e2 = EmployeeResult(employeeId: "=HYPERLINK(\"x\")")
        return GapReport(asOf: Month(parsing: "2026-10")!, policy: .default, employees: [e1, e2])
    }()

    @Test func jsonHasTheContractShapeAndOrder() {
        let json = GapsJSON.render(Self.report)
        #expect(
            json.hasPrefix(
                "{\"as_of\": \"2026-10\", \"employees\": [\n  {\"employee_id\": \"E1\", \"composite\": 1.095, \"rating\": \"Meets\", \"flagged\": true, \"reasons\": [\"miss_streak\", \"critical_missed\"], \"cycle\": 2, \"focus\": [\"report_delay_days\", \"sales_revenue\"], \"indicators\": [{\"indicator_id\": \"report_delay_days\", \"actual\": null, \"target\": 0, \"threshold\": 5, \"gap\": null,"
            ))
        #expect(
            json.contains(
                "\"actual\": 219000, \"target\": 200000, \"threshold\": 0, \"gap\": 19000, \"shortfall\": 0, \"attainment\": 1.095, \"status\": \"met\", \"prev\": 205000, \"yoy\": null, \"annual_avg\": 212000.5"
            ))
        #expect(
            json.contains(
                "\"peer_n\": 4, \"percentile\": 12.5, \"gap_to_peer\": -131000, \"benchmark\": null, \"gap_to_benchmark\": null}]}"
            ))
        #expect(
            json.contains(
                "{\"employee_id\": \"=HYPERLINK(\\\"x\\\")\", \"composite\": null, \"rating\": null, \"flagged\": false, \"reasons\": [], \"cycle\": 1, \"focus\": [], \"indicators\": []}"
            ))
    }

    @Test func csvRowsNullsListsInjectionAndCRLF() {
        let lines = GapsCSV.render(Self.report).components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "employee_id,composite,rating,flagged,reasons,cycle,focus,indicator_id,actual,target,threshold,gap,shortfall,attainment,status,prev,yoy,annual_avg,best3_avg,worst3_avg,trend_slope,miss_streak,peer_mean,peer_median,peer_n,percentile,gap_to_peer,benchmark,gap_to_benchmark"
        )
        #expect(
            lines[1]
                == "E1,1.095,Meets,true,miss_streak|critical_missed,2,report_delay_days|sales_revenue,report_delay_days,,0,5,,,,,,,,,,,0,,,0,,,,"
        )
        #expect(
            lines[2]
                == "E1,1.095,Meets,true,miss_streak|critical_missed,2,report_delay_days|sales_revenue,sales_revenue,219000,200000,0,19000,0,1.095,met,205000,,212000.5,,,,0,350000,340000,4,12.5,-131000,,"
        )
        // A formula-looking id is neutralised and quoted; the employee still gets one row.
        #expect(lines[3] == "\"'=HYPERLINK(\"\"x\"\")\",,,false,,1," + String(repeating: ",", count: 22))
        #expect(lines[4] == "" && lines.count == 5)
    }

    /// Rows written from an employee's pre-formatted figures are the rows written from the
    /// numbers; each figure prints as its value does, and null as nothing.
    @Test func csvFromMachineFiguresIsTheSame() {
        var withFigures: [UInt8] = []
        var plain: [UInt8] = []
        var employees = Self.report.employees
        var state: UInt64 = 3
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return Double(state >> 11) / Double(1 << 53)
        }
        // An employee whose every field holds a different kind of number.
        var odd = IndicatorResult(indicatorId: "x", target: 1 / 3, threshold: -0.0, weight: 2.5)
        for f in MachineFigures.Field.allCases where f != .target && f != .threshold && f != .weight {
            let x = (next() - 0.5) * [1, 1e6, 1e-3, 100][f.rawValue % 4]
            switch f {
            case .actual: odd.actual = x
            case .gap: odd.gap = x
            case .shortfall: odd.shortfall = (x * 100).rounded() / 100
            case .attainment: odd.attainment = x
            case .prev: odd.prev = x.rounded()
            case .yoy: odd.yoy = x
            case .annualAvg: odd.annualAvg = x
            case .best3Avg: odd.best3Avg = x
            case .worst3Avg: odd.worst3Avg = x
            case .trendSlope: odd.trendSlope = x
            case .peerMean: odd.peerMean = x
            case .peerMedian: odd.peerMedian = x
            case .percentile: odd.percentile = x
            case .gapToPeer: odd.gapToPeer = x
            case .benchmark: odd.benchmark = x
            case .gapToBenchmark: odd.gapToBenchmark = x
            default: break
            }
        }
        employees.append(EmployeeResult(employeeId: "E3", indicators: [odd, Self.report.employees[0].indicators[1]]))
        for e in employees {
            let figures = MachineFigures(e.indicators)
            GapsCSV.append(rowsOf: e, figures: figures, to: &withFigures)
            GapsCSV.append(rowsOf: e, to: &plain)
            for (k, r) in e.indicators.enumerated() {
                for f in MachineFigures.Field.allCases {
                    var bytes: [UInt8] = []
                    figures.append(k, f, to: &bytes)
                    let printed = String(decoding: bytes, as: UTF8.self)
                    // The span lent is the same figure, byte for byte.
                    #expect(figures.withFigure(k, f) { span in span.indices.map { span[$0] } } == bytes)
                    #expect(
                        printed == (MachineFigures.value(r, f).map { NumberFormat.machine($0) } ?? ""),
                        "\(e.employeeId) \(k) \(f)")
                }
            }
        }
        #expect(withFigures == plain)
        #expect(String(decoding: plain, as: UTF8.self).contains("E3,,,false,,1,,x,"))
    }

    @Test func humanNumbers() {
        #expect(HumanNumber.format(219000) == "219,000")
        #expect(HumanNumber.format(-131000) == "-131,000")
        #expect(HumanNumber.format(1234567.891) == "1,234,567.89")
        #expect(HumanNumber.format(0.005, decimals: 2) == "0.01")
        #expect(HumanNumber.format(-0.001) == "0")
        #expect(HumanNumber.format(4.5, unit: "days") == "4.5 days")
        #expect(HumanNumber.format(1, unit: "days") == "1 day")
        #expect(HumanNumber.format(1, unit: "EUR") == "1 EUR")
        #expect(HumanNumber.percent(1.095) == "109.5 %")
        #expect(HumanNumber.signed(1200) == "+1,200")
    }
}
