import Dispatch

/// Merges segments into one, dropping deleted passages, without analysing
/// anything again: postings are read back, their passages renumbered, and
/// written anew; stored texts and records are copied. Everything streams
/// through `SegmentWriter`; what stays in memory is the passage table and
/// one term's postings at a time. The inputs are read once, front to back,
/// and their pages dropped as reading moves on, so the mapped inputs do not
/// all stay resident however large they are.
enum SegmentMerger {
    /// Input read between two drops of its resident pages.
    static let residentInputBytes = 32 << 20
    /// A passage map's entry for a passage the merge leaves out.
    private static let deletedPassage = UInt32.max

    /// `dropEvery` is how much input is read between two drops of its pages.
    static func merge(_ segments: [SegmentReader], name: String, directory: String, dropEvery: Int = residentInputBytes) throws -> SegmentInfo {
        // New passage numbers: live passages of each segment in turn
        // (`deletedPassage` for the others; an optional would take 8 bytes).
        var passageMaps: [[UInt32]] = []
        var passages: [PassageTableEntry] = []
        var articles: [(segment: Int, ordinal: Int, firstPassage: Int, passageCount: Int)] = []
        for (segmentIndex, segment) in segments.enumerated() {
            var map = [UInt32](repeating: deletedPassage, count: segment.info.passages)
            var previousOrdinal = -1
            for passage in 0..<UInt32(segment.info.passages) where !segment.isDeleted(passage) {
                let ordinal = try segment.articleOrdinal(of: passage)
                if ordinal != previousOrdinal {
                    articles.append((segmentIndex, ordinal, passages.count, 0))
                    previousOrdinal = ordinal
                }
                articles[articles.count - 1].passageCount += 1
                map[Int(passage)] = UInt32(passages.count)
                var entry = segment.passages.entry(passage)
                entry.article = UInt32(articles.count - 1)
                passages.append(entry)
            }
            passageMaps.append(map)
            segment.dropResidentPages()
        }

        var writer = try SegmentWriter(name: name, directory: directory, passages: passages)
        // The store and the terms are files of their own, and copying the
        // store (each passage decompressed and compressed again) takes about
        // as long as merging the terms: another thread copies it meanwhile.
        let copy = StoreCopy(writer.detachStore())
        let copying = DispatchGroup()
        DispatchQueue.global().async(group: copying) { [passageMaps, articles] in
            do {
                try copyStore(of: segments, passageMaps: passageMaps, articles: articles, dropEvery: dropEvery, into: &copy.store)
            } catch {
                copy.failure = error
            }
        }
        do {
            var termsFailure: Error?
            do {
                try mergeTerms(of: segments, passageMaps: passageMaps, dropEvery: dropEvery, into: &writer)
            } catch {
                termsFailure = error
            }
            copying.wait()
            writer.attachStore(copy.store)
            if let failure = termsFailure ?? copy.failure { throw failure }
            return try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// The store while another thread fills it. `@unchecked Sendable`: one
    /// thread at a time uses it, the merging one only once the copying one is done.
    private final class StoreCopy: @unchecked Sendable {
        var store: SegmentStoreWriter
        var failure: Error?

        init(_ store: SegmentStoreWriter) {
            self.store = store
        }
    }

    /// Copies the live passages' texts and the articles' records, renumbered.
    private static func copyStore(
        of segments: [SegmentReader], passageMaps: [[UInt32]],
        articles: [(segment: Int, ordinal: Int, firstPassage: Int, passageCount: Int)],
        dropEvery: Int, into store: inout SegmentStoreWriter
    ) throws {
        for (segment, map) in zip(segments, passageMaps) {
            var readSinceDrop = 0
            for (passage, renumbered) in map.enumerated() where renumbered != deletedPassage {
                let text = try segment.store.passage(passage)
                try store.addPassageText(text)
                // Texts are larger than their frames: this drops a little early.
                readSinceDrop += text.utf8.count
                if readSinceDrop >= dropEvery {
                    segment.store.file.dropResidentPages()
                    readSinceDrop = 0
                }
            }
            segment.store.file.dropResidentPages()
        }
        for article in articles {
            var record = try segments[article.segment].store.article(article.ordinal)
            record.firstPassage = article.firstPassage
            record.passageCount = article.passageCount
            try store.addArticle(record)
        }
        for segment in segments { segment.store.file.dropResidentPages() }
    }

    /// One key's postings, renumbered and concatenated in segment order.
    private struct MergedTerm {
        var key: TermKey
        var documents: [UInt32]
        var frequencies: [UInt32]
        var positions: [UInt32]
    }

    /// Terms handed to the writing thread at once: enough postings that
    /// handing them over costs nothing next to encoding them.
    private static let batchPostings = 64 * 1024

    /// Decoding the inputs and encoding the output take about as long as each
    /// other, so they run on two threads: this one writes what a reading
    /// thread decodes, a few batches of terms behind it.
    private static func mergeTerms(of segments: [SegmentReader], passageMaps: [[UInt32]], dropEvery: Int, into writer: inout SegmentWriter) throws {
        let channel = BoundedChannel<[MergedTerm]>(capacity: 4)
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            do {
                try readTerms(of: segments, passageMaps: passageMaps, dropEvery: dropEvery) { channel.send($0) }
                channel.finish()
            } catch {
                channel.finish(throwing: error)
            }
        }
        // The reading thread uses the inputs until it has stopped.
        defer { reading.wait() }
        do {
            while let batch = try channel.receive() {
                for term in batch {
                    try writer.addTerm(key: term.key, documents: term.documents, frequencies: term.frequencies, positions: term.positions)
                }
            }
        } catch {
            channel.cancel()
            throw error
        }
    }

    /// Walks every dictionary in key order at once, a block at a time, and
    /// hands `deliver` the keys' renumbered postings in batches, until it
    /// returns false.
    private static func readTerms(
        of segments: [SegmentReader], passageMaps: [[UInt32]], dropEvery: Int, deliver: ([MergedTerm]) -> Bool
    ) throws {
        var iterators = try segments.map { try $0.terms.makeIterator() }
        var current = try iterators.indices.map { try iterators[$0].next() }
        var batch: [MergedTerm] = []
        var batchedPostings = 0
        // Postings and positions are written in key order: the gap to the
        // next term's offsets is what a term's postings took.
        var readSinceDrop = 0
        while true {
            var smallest: (key: [UInt8], segment: Int)?
            for (index, entry) in current.enumerated() {
                guard let key = entry?.key else { continue }
                if smallest.map({ compareBytes(key, $0.key) < 0 }) ?? true { smallest = (key, index) }
            }
            guard let smallest else { break }
            let key = try segments[smallest.segment].terms.key(decoding: smallest.key)
            var term = MergedTerm(key: key, documents: [], frequencies: [], positions: [])
            // Only scored fields keep positions in the file.
            let positional = Field.scored.contains(key.field)
            for index in segments.indices {
                guard let entry = current[index], entry.key == key.bytes else { continue }
                let cursor = try segments[index].cursor(for: entry.info)
                while cursor.document != PostingsCursor.exhausted {
                    let renumbered = passageMaps[index][Int(cursor.document)]
                    if renumbered != deletedPassage {
                        term.documents.append(renumbered)
                        term.frequencies.append(UInt32(cursor.termFrequency))
                        if positional { try cursor.appendPositions(to: &term.positions) }
                    }
                    try cursor.next()
                }
                let next = try iterators[index].next()
                if let next {
                    readSinceDrop += next.info.postingsOffset - entry.info.postingsOffset + next.info.positionsOffset - entry.info.positionsOffset
                }
                current[index] = next
            }
            if readSinceDrop >= dropEvery {
                for segment in segments { segment.dropResidentTermPages() }
                readSinceDrop = 0
            }
            // A term whose passages were all deleted disappears.
            guard !term.documents.isEmpty else { continue }
            batchedPostings += term.documents.count
            batch.append(term)
            if batchedPostings >= batchPostings {
                guard deliver(batch) else { return }
                batch = []
                batchedPostings = 0
            }
        }
        if !batch.isEmpty { _ = deliver(batch) }
    }
}
