#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body(0..<count)` on that many threads and waits for all. The core library stays
/// free of Foundation and Dispatch; POSIX threads are all a parallel loop needs.
public enum Parallel {
    public static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else { if count == 1 { body(0) }; return }
        final class Box: @unchecked Sendable {
            let body: @Sendable (Int) -> Void
            let n: Int
            init(_ body: @escaping @Sendable (Int) -> Void, _ n: Int) { self.body = body; self.n = n }
        }
        var threads: [pthread_t] = []
        for n in 1..<count {
            let box = Unmanaged.passRetained(Box(body, n)).toOpaque()
            var thread = pthread_t()
            let rc = pthread_create(&thread, nil, { raw in
                let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
                box.body(box.n)
                return nil
            }, box)
            if rc == 0 { threads.append(thread) } else {
                Unmanaged<Box>.fromOpaque(box).release()
                body(n)
            }
        }
        body(0)
        for t in threads { pthread_join(t, nil) }
    }
}
