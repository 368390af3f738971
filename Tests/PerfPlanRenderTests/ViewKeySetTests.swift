import Testing

@testable import PerfPlanRender

/// The key set is four words of bits now; every key must land on its own bit.
@Suite struct ViewKeySetTests {
    @Test func eachKeyIsItsOwnBit() {
        let keys = ViewKey.allCases
        #expect(keys.count <= ViewKeySet.capacity)
        for k in keys {
            let one = ViewKeySet(ids: [k.rawValue])
            #expect(one.contains(k))
            #expect(keys.filter { one.contains($0) } == [k], "\(k)")
            #expect(ViewKeySet.all.contains(k))
            #expect(!ViewKeySet.none.contains(k))
        }
        // Every third key, and the union with the others is everything; ids past the
        // table (other names) are ignored.
        let thirds = ViewKeySet(ids: keys.map(\.rawValue).filter { $0 % 3 == 0 } + [ViewKeys.overflow])
        let rest = ViewKeySet(ids: keys.map(\.rawValue).filter { $0 % 3 != 0 })
        for k in keys {
            #expect(thirds.contains(k) == (k.rawValue % 3 == 0))
            #expect(thirds.union(rest).contains(k))
        }
    }
}
