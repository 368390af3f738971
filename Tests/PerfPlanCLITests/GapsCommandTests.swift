import Foundation
import Testing

@Suite struct GapsCommandTests {
    static let sample = CLI.repoRoot.appendingPathComponent("SampleData").path

    func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLI.run(["gaps", "--data", Self.sample, "--format", "json"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    }

    func indicator(_ doc: [String: Any], _ employee: String, _ id: String) -> [String: Any]? {
        let employees = doc["employees"] as! [[String: Any]]
        let e = employees.first { $0["employee_id"] as? String == employee }
        return (e?["indicators"] as? [[String: Any]])?.first { $0["indicator_id"] as? String == id }
    }

    @Test func sampleDataWorkedExamplesWithTheDefaultAsOf() throws {
        // SOURCE_DATE_EPOCH is 2026-11-01 in the harness → as-of 2026-10.
        let doc = try json([])
        #expect(doc["as_of"] as? String == "2026-10")
        let sales = try #require(indicator(doc, "E012", "sales_revenue"))
        #expect(sales["actual"] as? Double == 219000)
        #expect(sales["attainment"] as? Double == 1.095)
        #expect(sales["status"] as? String == "met")
        #expect(sales["peer_mean"] as? Double == 350000)
        #expect(sales["gap_to_peer"] as? Double == -131000)
        let delay = try #require(indicator(doc, "E031", "report_delay_days"))
        #expect(delay["attainment"] as? Double == 0.6)
        #expect(delay["status"] as? String == "missed")
        let flagged = (doc["employees"] as! [[String: Any]]).filter { $0["flagged"] as? Bool == true }.map {
            $0["employee_id"] as! String
        }
        #expect(flagged == ["E013", "E021", "E023", "E031", "E033", "E037"])
    }

    @Test func scopeOptions() throws {
        let doc = try json(["--manager", "E004", "--as-of", "2026-09"])
        #expect(doc["as_of"] as? String == "2026-09")
        #expect(
            (doc["employees"] as! [[String: Any]]).map { $0["employee_id"] as! String } == [
                "E030", "E031", "E032", "E033", "E034", "E035",
            ])
        var all: [String] = []
        for k in 1...3 {
            all += (try json(["--shard", "\(k)/3"])["employees"] as! [[String: Any]]).map {
                $0["employee_id"] as! String
            }
        }
        #expect(all.sorted() == (try json([])["employees"] as! [[String: Any]]).map { $0["employee_id"] as! String })
        let unknown = try CLI.run(["gaps", "--data", Self.sample, "--employee", "NOPE"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown employee id \"NOPE\""))
        #expect(try CLI.run(["gaps", "--data", Self.sample, "--shard", "4/3"]).status == 2)
    }

    @Test func csvAndTable() throws {
        let csv = try CLI.run(["gaps", "--data", Self.sample, "--format", "csv", "--employee", "E012"])
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("employee_id,composite,rating,flagged,reasons,cycle,focus,indicator_id,actual,"))
        #expect(lines.contains { $0.contains(",sales_revenue,219000,200000,0,19000,0,1.095,met,") })
        let table = try CLI.run(["gaps", "--data", Self.sample, "--employee", "E031"])
        #expect(table.stdout.contains("Monthly report delay"))
        #expect(table.stdout.contains("MISSED"))
        #expect(!table.stdout.contains("\u{1B}["))  // NO_COLOR and not a terminal
    }

    @Test func explainShowsTheWorking() throws {
        let r = try CLI.run(["explain", "E031", "--data", Self.sample])
        #expect(r.status == 0)
        #expect(r.stdout.contains("attainment = (actual − threshold) / (target − threshold) = (2 − 5) / (0 − 5) = 0.6"))
        #expect(r.stdout.contains("target 0 from targets.csv:7 (scope department:Finance, period *)"))
        #expect(r.stdout.contains("miss_streak = 3: 2026-10 missed, 2026-09 missed, 2026-08 missed, 2026-07 met"))
        #expect(r.stdout.contains("Flagged for an improvement plan."))
        #expect(try CLI.run(["explain", "NOPE", "--data", Self.sample]).status == 2)
    }
}
