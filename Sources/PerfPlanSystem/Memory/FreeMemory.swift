import Glibc

/// glibc's `malloc_trim`, which the Swift Glibc module does not declare: hands the
/// allocator's free memory back to the system. Used between the large, short-lived
/// buffers of a big run's last phase, which the allocator would otherwise keep (and the
/// run's peak memory with them).
///
/// Unsafe (C interop): `dlsym` gives a raw address, cast to `malloc_trim`'s C signature
/// (`int malloc_trim(size_t)`, glibc's since 2.0); absent, nothing is called.
package enum FreeMemory {
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        // RTLD_DEFAULT (a null handle in glibc): the symbol wherever it is loaded.
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()

    package static func giveBack() { _ = trim?(0) }
}
