import CGacetaSupport

/// Keeps the writer's peak resident memory near what it holds. Its buffers
/// are large and short-lived, built on several threads: glibc's allocator
/// would serve them from per-thread heaps once its adaptive mmap threshold
/// has risen past them, and memory freed there stays resident (measured on
/// 1M passages: 140 MB of freed heap still resident when the final merge
/// started, out of 170 MB).
enum HeapMemory {
    /// Allocations from this size on are mappings of their own, unmapped
    /// when freed. An `OccurrenceLog` block (512 KiB) and every large array
    /// of a segment buffer are above it; small objects stay in the heaps.
    static let mappedAllocationBytes = 128 << 10

    private static let thresholdFixed: Void = gaceta_memory_fix_mmap_threshold(mappedAllocationBytes)

    /// Fixes the mmap threshold for the rest of the process (once; later
    /// calls do nothing). Process-wide, which suits a process that indexes:
    /// large allocations cost a system call each, which is small next to
    /// filling them.
    static func fixMappingThreshold() {
        _ = thresholdFixed
    }

    /// Hands the heaps' free pages back to the system: after a buffer is
    /// written, and before a merge, when much was just freed.
    static func releaseFreePages() {
        gaceta_memory_release_free_pages()
    }
}
