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
    private let queuedLock = NSLock()
    private var queued = 0

    init(index: Int, analyzer: Analyzer, splitter: PassageSplitter, ramBudgetBytes: Int, segments: FlushedSegments) {
        queue = DispatchQueue(label: "gaceta.indexing.\(index)")
        self.analyzer = analyzer
        self.splitter = splitter
        self.ramBudgetBytes = ramBudgetBytes
        self.segments = segments
    }

    /// Batches submitted and not yet done: the writer hands the next batch to
    /// the worker with the fewest, so that one flushing its buffer does not
    /// hold up the other.
    var queuedBatches: Int { queuedLock.withLock { queued } }

    /// Analyses and buffers `batch` in the background; `sequences[i]` numbers `batch[i]`.
    func submit(_ batch: [Article], sequences batchSequences: [Int], whenDone: @escaping @Sendable () -> Void) {
        queuedLock.withLock { queued += 1 }
        queue.async {
            defer {
                self.queuedLock.withLock { self.queued -= 1 }
                whenDone()
            }
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
