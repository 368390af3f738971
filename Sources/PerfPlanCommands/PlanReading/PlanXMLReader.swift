import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// Reads a `plan.xml` written by `generate` back into the frozen plan that progress is
/// measured against. The bytes are parsed by `SafeXMLReader` (no DTD, no network, no
/// entities) and must validate against the shipped schema before any value is trusted.
package struct PlanXMLReader: Sendable {
    let validator: XMLSchemaValidator

    package init(validator: XMLSchemaValidator) { self.validator = validator }

    package func read(_ bytes: [UInt8], path: String) throws -> PlanSnapshot {
        let tree = try SafeXMLReader.parse(bytes, path: path)
        guard tree.name == "plan", tree.namespace == XMLDocumentWriter.namespace else {
            throw SafeXMLReader.Failure(
                path: path,
                message:
                    "not a perfplan plan (root element <\(tree.name)>, expected <plan> in \(XMLDocumentWriter.namespace))"
            )
        }
        let problems = validator.problems(in: bytes)
        if let first = problems.first {
            throw SafeXMLReader.Failure(
                path: path, message: "does not match the perfplan schema (\(first)); was it edited by hand?")
        }
        func fail(_ what: String) -> SafeXMLReader.Failure { SafeXMLReader.Failure(path: path, message: what) }
        guard let asOf = tree.attributes["as-of"].flatMap(Month.init(parsing:)),
            let employee = tree.child("employee"), let period = tree.child("period"),
            let start = period.attributes["start"].flatMap(Month.init(parsing:)),
            let end = period.attributes["end"].flatMap(Month.init(parsing:)),
            let cycle = period.attributes["cycle"].flatMap({ Int($0) }),
            let maxCycles = period.attributes["max-cycles"].flatMap({ Int($0) })
        else { throw fail("missing plan period or employee") }
        let id = employee.attributes["id"] ?? ""
        if let problem = IdRule.problem(with: id) { throw fail("employee id \(Quote.cell(id)) \(problem)") }
        if let problem = PlanFileLimits.periodProblem(start: start, end: end) { throw fail(problem) }
        func finite(_ value: Double, _ field: String) throws -> Double {
            if let problem = PlanFileLimits.figureProblem(value, field: field) { throw fail(problem) }
            return value
        }
        var goals: [PlanSnapshot.PlanGoal] = []
        for g in tree.child("goals")?.children("goal") ?? [] {
            guard let indicator = g.attributes["indicator"],
                let direction = g.attributes["direction"].flatMap(Direction.init(rawValue:)),
                let current = g.attributes["current"].flatMap(Double.init),
                let expected = g.attributes["expected"].flatMap(Double.init),
                let deadline = g.attributes["deadline"].flatMap(Day.init(parsing:))
            else { throw fail("a goal lacks its indicator, direction, levels or deadline") }
            _ = try finite(current, "goal \(Quote.cell(indicator)): current")
            _ = try finite(expected, "goal \(Quote.cell(indicator)): expected")
            let milestones = try g.children("milestone").map { m -> Goal.Milestone in
                guard let month = m.attributes["month"].flatMap(Month.init(parsing:)),
                    let value = m.attributes["value"].flatMap(Double.init)
                else {
                    throw fail("a milestone of goal \(Quote.cell(indicator)) lacks its month or value")
                }
                return Goal.Milestone(
                    month: month, value: try finite(value, "goal \(Quote.cell(indicator)): milestone \(month)"))
            }
            goals.append(
                PlanSnapshot.PlanGoal(
                    indicatorId: indicator, indicatorName: g.attributes["name"] ?? indicator,
                    unit: g.attributes["unit"],
                    direction: direction, current: current, expected: expected, deadline: deadline,
                    milestones: milestones,
                    stretch: g.attributes["stretch"].map { $0 == "true" || $0 == "1" },
                    scaleMax: try g.attributes["scale-max"].flatMap(Double.init).map {
                        try finite($0, "goal \(Quote.cell(indicator)): scale-max")
                    },
                    decimals: g.attributes["decimals"].flatMap { Int($0) }.flatMap {
                        (0...Indicator.maxDecimals).contains($0) ? $0 : nil
                    }))
        }
        let checkins = (tree.child("checkins")?.children("checkin") ?? []).compactMap {
            $0.attributes["date"].flatMap(Day.init(parsing:))
        }
        let reviews = (tree.child("checkins")?.children("checkin") ?? []).filter { $0.attributes["formal"] == "true" }
            .compactMap { $0.attributes["date"].flatMap(Day.init(parsing:)) }
        let manager = employee.child("manager")
        var snapshot = PlanSnapshot(
            employeeId: id, employeeName: employee.attributes["name"].map(PersonName.display) ?? id,
            role: employee.attributes["role"] ?? "", department: employee.attributes["department"] ?? "",
            managerId: manager?.attributes["id"], managerName: manager?.attributes["name"].map(PersonName.display),
            asOf: asOf,
            cycle: cycle, maxCycles: maxCycles, start: start, end: end, goals: goals, checkins: checkins,
            sourcePath: path)
        snapshot.reviewDates = Set(reviews)
        snapshot.title = employee.attributes["title"].flatMap { $0.isEmpty ? nil : $0 }
        return snapshot
    }
}
