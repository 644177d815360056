import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over `threads` threads; the order of the results is kept.
    func parallelMap<Result: Sendable>(threads: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let workers = Swift.max(1, Swift.min(threads, count))
        if workers == 1 { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        // Each worker takes every workers-th element; costs are even enough for that.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: count, by: workers) {
                slots.store(transform(self[index]), at: index)
            }
        }
        return slots.results()
    }
}

/// Slots written by several threads, each slot by exactly one of them, and
/// read only after they have all finished.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ result: Result, at index: Int) {
        storage[index] = result
    }

    func results() -> [Result] {
        storage.map { $0! }
    }
}
