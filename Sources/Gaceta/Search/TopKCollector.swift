/// Keeps the `capacity` best (score, passage) pairs seen so far in a min-heap.
/// Ties go to the earlier passage, so results do not depend on evaluation order.
struct TopKCollector {
    struct Entry: Sendable {
        var score: Double
        var passage: GlobalPassage

        /// True when `self` ranks below `other`.
        func ranksBelow(_ other: Entry) -> Bool {
            score < other.score || (score == other.score && passage > other.passage)
        }
    }

    let capacity: Int
    private(set) var heap: [Entry] = []

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        heap.reserveCapacity(self.capacity)
    }

    var isFull: Bool { heap.count == capacity }

    /// Scores at or below this cannot enter any more (passages come in
    /// increasing global order, so a tie with the worst kept loses).
    var threshold: Double { isFull ? heap[0].score : -.infinity }

    mutating func insert(_ entry: Entry) {
        if heap.count < capacity {
            heap.append(entry)
            siftUp(heap.count - 1)
        } else if heap[0].ranksBelow(entry) {
            heap[0] = entry
            siftDown(0)
        }
    }

    /// Best first.
    func sorted() -> [Entry] {
        heap.sorted { $1.ranksBelow($0) }
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].ranksBelow(heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            var lowest = left
            if left + 1 < heap.count, heap[left + 1].ranksBelow(heap[left]) { lowest = left + 1 }
            guard heap[lowest].ranksBelow(heap[parent]) else { return }
            heap.swapAt(lowest, parent)
            parent = lowest
        }
    }
}
