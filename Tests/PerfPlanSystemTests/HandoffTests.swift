import PerfPlanCore
import Synchronization
import Testing

@testable import PerfPlanSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The two-stage pipeline's queue: items in order across threads, at most `capacity`
/// waiting, `close` drained to nil, `cancel` ending a producer that waits.
@Suite struct HandoffTests {
    @Test(arguments: [1, 2, 7])
    func itemsArriveInOrderAcrossThreads(capacity: Int) {
        let queue = Handoff<Int>(capacity: capacity)
        let producer = BackgroundTask(mustRunConcurrently: true) {
            defer { queue.close() }
            return (0..<10_000).filter { queue.put($0) }.count
        }
        var taken: [Int] = []
        while let n = queue.take() { taken.append(n) }
        #expect(taken == Array(0..<10_000))
        #expect(producer.wait() == 10_000)
    }

    @Test func aPutWaitsWhileCapacityItemsWait() {
        let queue = Handoff<String>(capacity: 2)
        // Two fit without a consumer (this thread would hang here otherwise).
        #expect(queue.put("a") && queue.put("b"))
        let thirdIn = Atomic<Bool>(false)
        let producer = BackgroundTask(mustRunConcurrently: true) {
            let accepted = queue.put("c")
            thirdIn.store(true, ordering: .sequentiallyConsistent)
            return accepted
        }
        usleep(50_000)  // time for the producer to reach its wait
        #expect(thirdIn.load(ordering: .sequentiallyConsistent) == false)  // still waiting for room
        #expect(queue.take() == "a")
        #expect(producer.wait() == true)  // the take made room
        let inAfterTake = thirdIn.load(ordering: .sequentiallyConsistent)
        #expect(inAfterTake)
        queue.close()
        #expect(queue.take() == "b")
        #expect(queue.take() == "c")
        #expect(queue.take() == nil)
    }

    @Test func closeLetsTheConsumerDrainThenGivesNilEveryTime() {
        let queue = Handoff<Int>(capacity: 3)
        queue.put(4)
        queue.put(5)
        queue.close()
        #expect(queue.take() == 4)
        #expect(queue.take() == 5)
        #expect(queue.take() == nil)
        #expect(queue.take() == nil)
    }

    @Test func cancelEndsAWaitingProducerAndDropsWhatWaits() {
        let queue = Handoff<[UInt8]>(capacity: 1)
        #expect(queue.put([1]))
        let producer = BackgroundTask(mustRunConcurrently: true) { queue.put([2]) }  // waits: no room
        usleep(20_000)
        queue.cancel()
        #expect(producer.wait() == false)
        #expect(queue.put([3]) == false)  // refused at once, no waiting
        #expect(queue.take() == nil)  // [1] was dropped
    }
}
