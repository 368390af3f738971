/// glibc allocator settings for large runs, made once at start-up.
package enum AllocatorTuning {
    /// Large runs allocate and free many multi-MiB buffers (input pieces, documents): keep
    /// them in the heap for reuse instead of mapping fresh zeroed pages each time
    /// (glibc's M_MMAP_THRESHOLD = 64 MiB and M_TRIM_THRESHOLD = 256 MiB).
    package static func keepLargeBuffers() {
        _ = glibcMallopt(-3, 64 << 20)
        _ = glibcMallopt(-1, 256 << 20)
    }
}

/// glibc's `mallopt` (its header is not part of the Glibc module, so Swift does not import it).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
