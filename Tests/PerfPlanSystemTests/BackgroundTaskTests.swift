import PerfPlanCore
import Synchronization
import Testing

@testable import PerfPlanSystem

#if canImport(Glibc)
    import Glibc
#endif

/// Work on a thread of its own: its value comes back by `wait`, it runs beside the caller,
/// and a task dropped unwaited is still joined.
@Suite struct BackgroundTaskTests {
    @Test func waitGivesTheValue() {
        #expect(BackgroundTask { (1...100).reduce(0, +) }.wait() == 5050)
    }

    @Test func theWorkRunsOnAnotherThread() {
        let caller = pthread_self()
        let other = BackgroundTask(mustRunConcurrently: true) { pthread_self() }.wait()
        #expect(pthread_equal(caller, other) == 0)
    }

    @Test func aTaskDroppedWithoutWaitIsJoined() {
        let finished = Atomic<Bool>(false)
        do {
            _ = BackgroundTask(mustRunConcurrently: true) {
                usleep(30_000)
                finished.store(true, ordering: .sequentiallyConsistent)
            }
        }
        let done = finished.load(ordering: .sequentiallyConsistent)
        #expect(done)
    }
}
