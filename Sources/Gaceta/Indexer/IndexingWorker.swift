import Dispatch
import Foundation

/// One of the writer's indexing threads. It owns a `SegmentBuffer`: it analyses
/// the batches handed to it, inverts them into its buffer and flushes the
/// buffer as a segment when it passes its share of the RAM budget. Workers
/// share nothing but `FlushedSegments`, so both cores index at once.
final class IndexingWorker: @unchecked Sendable {
    private let queue: DispatchQueue
    private let analyzer: Analyzer
    private let unstemmed = Analyzer(configuration: .init(stopwords: [:], stemming: false))
    private let splitter: PassageSplitter
    private let ramBudgetBytes: Int
    private let segments: FlushedSegments
    /// Only touched on `queue`.
    private var buffer = SegmentBuffer()
    /// Terms of frequent words, kept between articles. Only touched on `queue`.
    private var caches = AnalyzedArticle.Caches()
    private var sequences: [Int] = []

    init(index: Int, analyzer: Analyzer, splitter: PassageSplitter, ramBudgetBytes: Int, segments: FlushedSegments) {
        queue = DispatchQueue(label: "gaceta.indexing.\(index)")
        self.analyzer = analyzer
        self.splitter = splitter
        self.ramBudgetBytes = ramBudgetBytes
        self.segments = segments
    }

    /// Analyses and buffers `batch` in the background; `sequences[i]` numbers `batch[i]`.
    func submit(_ batch: [Article], sequences batchSequences: [Int], whenDone: @escaping @Sendable () -> Void) {
        queue.async {
            defer { whenDone() }
            guard !self.segments.hasFailed else { return }
            for (article, sequence) in zip(batch, batchSequences) {
                let analyzed = AnalyzedArticle(article, analyzer: self.analyzer, unstemmed: self.unstemmed,
                                               splitter: self.splitter, caches: &self.caches)
                guard !analyzed.passages.isEmpty else { continue }
                self.buffer.add(analyzed)
                self.sequences.append(sequence)
                if self.buffer.estimatedBytes >= self.ramBudgetBytes { self.flush() }
            }
        }
    }

    /// Waits for the submitted batches, then writes what is buffered.
    func finish() {
        queue.sync { flush() }
    }

    /// Waits for the submitted batches, then drops what is buffered.
    func discard() {
        queue.sync {
            buffer = SegmentBuffer()
            sequences = []
        }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        segments.write(buffer, sequences: sequences)
        buffer = SegmentBuffer()
        sequences = []
        // What the buffer held stays resident in this thread's heap otherwise.
        HeapMemory.releaseFreePages()
    }
}

/// The segments the workers flushed since the last commit, each with the
/// addition sequence number of its articles, and the first write error.
final class FlushedSegments: @unchecked Sendable {
    struct Flushed {
        var info: SegmentInfo
        /// By article ordinal: the order in which the writer received it.
        var sequences: [Int]
    }

    private let lock = NSLock()
    private let directory: String
    private var nextNumber: Int
    private var flushed: [Flushed] = []
    private var failure: Error?

    init(directory: String, nextSegmentNumber: Int) {
        self.directory = directory
        nextNumber = nextSegmentNumber
    }

    var hasFailed: Bool { lock.withLock { failure != nil } }

    /// A segment name no other segment has had; other files numbered from
    /// the same sequence (corpus state files) take their own prefix and suffix.
    func reserveName(prefix: String = "seg-", suffix: String = "") -> String {
        lock.withLock {
            defer { nextNumber += 1 }
            return prefix + String(format: "%06d", nextNumber) + suffix
        }
    }

    /// The number the next reserved name will carry.
    var nextSegmentNumber: Int { lock.withLock { nextNumber } }

    func write(_ buffer: SegmentBuffer, sequences: [Int]) {
        let name = reserveName()
        do {
            let info = try SegmentWriter.write(buffer, name: name, directory: directory)
            lock.withLock { flushed.append(Flushed(info: info, sequences: sequences)) }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    /// The flushed segments in name order; throws the first error any worker met.
    func take() throws -> [Flushed] {
        try lock.withLock {
            if let failure { throw failure }
            let result = flushed.sorted { $0.info.name < $1.info.name }
            flushed = []
            return result
        }
    }
}
