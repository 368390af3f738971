import PerfPlanSystem
import Testing

@testable import PerfPlanCore

/// Calibration against a 12-employee organisation worked out by hand.
///
/// Sales (manager Ada, e1-e6): e1-e5 flagged. Ops: Bo's team e7-e9, Cy's team e10-e12, none
/// flagged. Organisation: 12 people, 5 flagged.
///
/// Sales against the rest: the table (5, 1 | 0, 6); margins 6/6 and 5 flagged, C(12,5) = 792
/// tables weighted C(6,x)C(6,5-x) = 6, 90, 300, 300, 90, 6 for x = 0…5. The observed x = 5
/// has weight 6; those at most as likely are x = 0 and x = 5: p = 12/792 = 0.0152 < 0.05.
/// Ops is the mirror (0, 6 | 5, 1): the same p. Bo's team against the rest: (0, 3 | 5, 4),
/// weights C(3,x)C(9,5-x) = 126, 378, 252, 36; observed 126, at most as likely 126 + 36:
/// p = 162/792 = 0.2045, not marked.
///
/// Locations (min_peer_group 5): A = e1, e6-e9 (1 flagged: not flagged 4/5 = 0.8), B = e2-e4,
/// e10, e11 (3 flagged: 2/5 = 0.4, impact ratio 0.4/0.8 = 0.5 < 0.8), C = e5, e12 (2 people:
/// withheld).
@Suite struct CalibrationTests {
    static func people() -> [Calibration.Person] {
        let location = ["A", "B", "B", "B", "C", "A", "A", "A", "A", "B", "B", "C"]
        let ratings: [String?] = [
            "Below", "Below", "Partially meets", "Below", nil, "Meets",
            "Meets", "Exceeds", "Meets", "Meets", "Partially meets", "Exceeds",
        ]
        return (0..<12).map { k in
            let (department, manager): (String, String) =
                k < 6 ? ("Sales", "Ada") : k < 9 ? ("Ops", "Bo") : ("Ops", "Cy")
            return Calibration.Person(
                department: department, managerId: "M-" + manager, managerLabel: manager,
                rating: ratings[k], flagged: k < 5, group: location[k])
        }
    }

    static func calibration(groupBy: String? = "location") -> Calibration {
        var policy = Policy()
        policy.minPeerGroup = 5
        return Calibration(people: people(), policy: policy, groupColumn: groupBy, exactTest: FisherExact.twoSided)
    }

    static func rounded(_ p: Double?) -> Double? { p.map { (($0 * 10_000).rounded()) / 10_000 } }

    @Test func organisationAndBands() {
        let c = Self.calibration()
        #expect(c.bandLabels == ["Exceeds", "Meets", "Partially meets", "Below", "no rating"])
        #expect(c.organisation.headcount == 12 && c.organisation.flagged == 5)
        #expect(c.organisation.bands == [2, 4, 2, 3, 1])
        #expect(abs(c.organisation.rate - 5.0 / 12) < 1e-12)
        #expect(c.organisation.test == nil)
    }

    @Test func departmentsAgainstTheRest() throws {
        let c = Self.calibration()
        #expect(c.departments.map(\.name) == ["Ops", "Sales"])
        let ops = c.departments[0]
        let sales = c.departments[1]
        #expect(sales.headcount == 6 && sales.flagged == 5 && sales.bands == [0, 1, 1, 3, 1])
        #expect(ops.headcount == 6 && ops.flagged == 0 && ops.bands == [2, 3, 1, 0, 0])
        let st = try #require(sales.test)
        let ot = try #require(ops.test)
        #expect(abs(st.p - 12.0 / 792) < 1e-12 && Self.rounded(st.p) == 0.0152 && st.marked)
        #expect(st.restHeadcount == 6 && st.restFlagged == 0 && st.restRate == 0)
        #expect(abs(ot.p - 12.0 / 792) < 1e-12 && ot.marked && abs(ot.restRate - 5.0 / 6) < 1e-12)
    }

    @Test func managersAgainstTheRest() throws {
        let c = Self.calibration()
        #expect(c.managers.map(\.name) == ["Ada", "Bo", "Cy"])
        #expect(c.managers.map(\.headcount) == [6, 3, 3])
        let bo = try #require(c.managers[1].test)
        #expect(abs(bo.p - 162.0 / 792) < 1e-12 && Self.rounded(bo.p) == 0.2045 && !bo.marked)
        #expect(bo.restHeadcount == 9 && bo.restFlagged == 5)
        #expect(try #require(c.managers[0].test).marked)
    }

    @Test func groupsImpactRatioAndWithheld() {
        let c = Self.calibration()
        #expect(c.groups.map(\.name) == ["A", "B", "C"])
        let a = c.groups[0]
        let b = c.groups[1]
        let small = c.groups[2]
        #expect(a.notFlaggedRate == 0.8 && a.impactRatio == 1 && !a.belowFourFifths)
        #expect(b.notFlaggedRate == 0.4 && b.impactRatio == 0.5 && b.belowFourFifths)
        #expect(small.withheld && small.notFlaggedRate == nil && small.impactRatio == nil && !small.belowFourFifths)
    }

    @Test func noGroupColumnNoGroups() {
        #expect(Self.calibration(groupBy: nil).groups.isEmpty)
    }

    /// Against exact rational arithmetic (Python's `fractions` and `math.comb`, summing the
    /// tables at most as likely): large counts stay exact in log space.
    @Test func fisherAgainstExactFractions() {
        let cases: [((Int, Int, Int, Int), Double)] = [
            ((3, 1, 1, 3), 0.4857142857),  // the tea-tasting table
            ((5, 1, 0, 6), 0.01515151515),
            ((0, 3, 5, 4), 0.2045454545),
            ((120, 880, 4000, 45000), 3.477335606e-05),
            ((30, 70, 9000, 90900), 2.284650764e-09),
        ]
        for ((a, b, c, d), expected) in cases {
            let p = FisherExact.twoSided(a: a, b: b, c: c, d: d)
            #expect(abs(p - expected) <= expected * 1e-6, "\(a) \(b) \(c) \(d): \(p)")
        }
        #expect(FisherExact.twoSided(a: 0, b: 0, c: 3, d: 4) == 1)
    }
}
