import PropertyBased
import Testing

@testable import PerfPlanCore

/// Invariants that must hold for any input, not just the hand-worked ones.
@Suite struct EnginePropertyTests {
    @Test func attainmentStaysWithinZeroAndCap() async {
        await propertyCheck(
            input: Gen.double(in: -1e6...1e6), Gen.double(in: -1e6...1e6), Gen.double(in: 0...1e3),
            Gen.double(in: 1...3)
        ) { actual, target, gap, cap in
            let h = target - gap - 1  // a threshold below the target (higher)
            let a = Attainment.attainment(actual: actual, target: target, threshold: h, cap: cap)
            #expect(a >= 0 && a <= cap)
        }
    }

    @Test func aBetterActualNeverLowersAttainment() async {
        await propertyCheck(
            input: Gen.double(in: -1e4...1e4), Gen.double(in: 0...1e4), Gen.double(in: 0.001...1e3),
            Gen.bool
        ) { actual, better, distance, higher in
            let target = 100.0
            let h = higher ? target - distance : target + distance
            let improved = higher ? actual + better : actual - better
            let a0 = Attainment.attainment(actual: actual, target: target, threshold: h, cap: 1.5)
            let a1 = Attainment.attainment(actual: improved, target: target, threshold: h, cap: 1.5)
            #expect(a1 >= a0)
        }
    }

    @Test func percentileWithinBounds() async {
        await propertyCheck(input: Gen.int(in: 0...20).array(of: 1...30), Gen.int(in: 0...20), Gen.bool) {
            values, probe, higher in
            let group = PeerGroup(values: values.map(Double.init))
            let p = group.percentile(of: Double(probe), direction: higher ? .higher : .lower)!
            #expect(p >= 0 && p <= 100)
        }
    }

    @Test func shardsPartitionTheEmployeesExactlyOnce() async {
        await propertyCheck(input: Gen.int(in: 0...1_000_000).array(of: 0...60), Gen.int(in: 1...7)) { numbers, n in
            let employees = Set(numbers).map { F.emp("E\($0)") }
            var seen: [String] = []
            for k in 1...n {
                seen += try! Scope(shard: (k, n)).select(from: employees)
            }
            #expect(seen.sorted() == employees.map(\.id).sorted())
        }
    }
}

@Suite struct ScopeTests {
    static let org = [
        F.emp("CEO", role: "Chief", dept: "Board"), F.emp("M1", role: "Manager", manager: "CEO"),
        F.emp("E1", manager: "M1"), F.emp("E2", dept: "Support", manager: "M1"), F.emp("X", manager: "E1"),
        F.emp("Z", dept: "Support"),
    ]

    @Test func managerIsTransitiveAndExcludesTheManager() throws {
        #expect(try Scope(manager: "M1").select(from: Self.org) == ["E1", "E2", "X"])
        #expect(try Scope(manager: "CEO").select(from: Self.org) == ["E1", "E2", "M1", "X"])
    }

    @Test func optionsNarrowEachOtherAndEmployeesAddUp() throws {
        #expect(try Scope(employeeIds: ["Z", "E1", "E1"]).select(from: Self.org) == ["E1", "Z"])
        #expect(try Scope(manager: "M1", department: "Support").select(from: Self.org) == ["E2"])
        #expect(try Scope(employeeIds: ["Z", "E1"], manager: "M1").select(from: Self.org) == ["E1"])
    }

    @Test func unknownIdsAreErrors() {
        #expect(throws: Scope.UnknownId.self) { try Scope(employeeIds: ["nobody"]).select(from: Self.org) }
        #expect(throws: Scope.UnknownId.self) { try Scope(manager: "nobody").select(from: Self.org) }
    }

    @Test func fnv1aMatchesPublishedVectors() {
        // Test vectors of the FNV reference (draft-eastlake-fnv): "" and "a" and "foobar".
        #expect(Scope.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Scope.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Scope.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
        #expect(Scope.parseShard("2/3")! == (2, 3))
        #expect(Scope.parseShard("0/3") == nil)
        #expect(Scope.parseShard("4/3") == nil)
    }

    @Test func managerCycleDoesNotLoop() throws {
        let cyclic = [F.emp("A", manager: "B"), F.emp("B", manager: "A")]
        #expect(try Scope(manager: "A").select(from: cyclic) == ["B"])
    }
}
