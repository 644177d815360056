/// The dictionary, postings and positions of a segment, decoded whole and
/// compared with the passage table and the store.
extension SegmentChecker {
    /// What the postings of every term say about each passage, compared with
    /// the passage table once every term is decoded.
    private struct PassageTally {
        var bodyTokens: [Int]
        var titleTokens: [Int]
        /// Terms of the non-scored fields with one term per passage
        /// (`articleID`, `language`) or at most one (`date`).
        var ids: [Int]
        var languages: [Int]
        var dates: [Int]

        init(passages: Int) {
            bodyTokens = Array(repeating: 0, count: passages)
            titleTokens = bodyTokens
            ids = bodyTokens
            languages = bodyTokens
            dates = bodyTokens
        }
    }

    /// Where the next term's postings and positions must start, when known.
    private struct Offsets {
        var postings: Int? = FileEnvelope.headerSize
        var positions: Int? = FileEnvelope.headerSize
    }

    mutating func checkTerms() {
        guard let termsFile = open(.terms) else { return }
        let dictionary: TermDictionaryReader
        do {
            dictionary = try TermDictionaryReader(file: termsFile)
        } catch {
            report(.terms, IndexChecker.message(of: error))
            return
        }
        let postings = open(.postings)
        let positions = open(.positions)
        var tally = PassageTally(passages: info.passages)
        var complete = postings != nil
        var offsets = Offsets()
        var previousKey: [UInt8]?
        var blockStart: Int? = FileEnvelope.headerSize
        var keyStart: Int? = dictionary.blockArea.blocksEnd
        var articlesWithID = Set<Int>()
        for block in 0..<dictionary.blockCount {
            let decoded: TermDictionaryReader.DecodedBlock
            do {
                decoded = try dictionary.decodeBlock(block)
            } catch {
                report(.terms, "block \(block): " + IndexChecker.message(of: error))
                (complete, offsets, previousKey, blockStart, keyStart) = (false, Offsets(postings: nil, positions: nil), nil, nil, nil)
                continue
            }
            if let blockStart, decoded.start != blockStart {
                report(.terms, "block \(block) starts at byte \(decoded.start), the one before it ends at \(blockStart)")
            }
            if let keyStart, decoded.firstKeyStart != keyStart {
                report(.terms, "the first key of block \(block) is at byte \(decoded.firstKeyStart), expected \(keyStart)")
            }
            (blockStart, keyStart) = (decoded.end, decoded.firstKeyEnd)
            if let first = decoded.entries.first, first.key != decoded.firstKey {
                report(.terms, "block \(block) starts with \(TermKey.describe(first.key)), its first key in the table is \(TermKey.describe(decoded.firstKey))")
            }
            for (key, termInfo) in decoded.entries {
                counts.termsChecked += 1
                if let previousKey, compareBytes(previousKey, key) >= 0 {
                    report(.terms, "\(TermKey.describe(key)) comes after \(TermKey.describe(previousKey)): terms are out of order")
                }
                previousKey = key
                guard let termKey = checkKey(key), let postings else {
                    (complete, offsets) = (false, Offsets(postings: nil, positions: nil))
                    continue
                }
                if let expected = offsets.postings, termInfo.postingsOffset != expected {
                    report(.terms, "\(termKey): postings start at byte \(termInfo.postingsOffset), the previous term's end at \(expected)")
                }
                if positions != nil, let expected = offsets.positions, termInfo.positionsOffset != expected {
                    report(.terms, "\(termKey): positions start at byte \(termInfo.positionsOffset), the previous term's end at \(expected)")
                }
                guard let sizes = checkPostings(key: termKey, info: termInfo, postings: postings, positions: positions, tally: &tally, articlesWithID: &articlesWithID) else {
                    (complete, offsets) = (false, Offsets(postings: nil, positions: nil))
                    continue
                }
                offsets.postings = termInfo.postingsOffset + sizes.postings
                offsets.positions = sizes.positions.map { termInfo.positionsOffset + $0 }
            }
        }
        let area = dictionary.blockArea
        if let blockStart, blockStart != area.blocksEnd {
            report(.terms, "the last block ends at byte \(blockStart), the first keys start at \(area.blocksEnd): the term count is wrong")
        }
        if let keyStart, keyStart != area.keysEnd {
            report(.terms, "the first keys end at byte \(keyStart), the block table starts at \(area.keysEnd)")
        }
        if let postings, let end = offsets.postings, end != postings.bytes.count - FileEnvelope.footerSize {
            report(.postings, "the last term's postings end at byte \(end), the payload at \(postings.bytes.count - FileEnvelope.footerSize)")
        }
        if let positions, let end = offsets.positions, end != positions.bytes.count - FileEnvelope.footerSize {
            report(.positions, "the last term's positions end at byte \(end), the payload at \(positions.bytes.count - FileEnvelope.footerSize)")
        }
        let lengthsDisagree = complete && compare(tally, articlesWithID: articlesWithID)
        if lengthsDisagree, !minimumLengthProblems.isEmpty {
            // Consequences of the lengths reported in the passage table.
            report(.terms, "\(minimumLengthProblems.count) terms' minimum field lengths disagree with the passage table")
        } else {
            for problem in minimumLengthProblems { report(.terms, problem) }
        }
    }

    /// A well-formed key, decoded; nil, reported, otherwise.
    private mutating func checkKey(_ key: [UInt8]) -> TermKey? {
        do {
            return try TermKey(decoding: key)
        } catch {
            report(.terms, "\(TermKey.describe(key)) \(error)")
            return nil
        }
    }

    /// Decodes one term's postings and positions and checks them; returns
    /// the bytes they take (positions nil when that file is unusable), or
    /// nil, reported, when they do not decode.
    private mutating func checkPostings(
        key: TermKey, info termInfo: TermInfo, postings: MappedFile, positions: MappedFile?,
        tally: inout PassageTally, articlesWithID: inout Set<Int>
    ) -> (postings: Int, positions: Int?)? {
        let field = key.field
        var documents: [Int] = []
        var frequencies: [Int] = []
        // Per block, where the cursor found its bytes end and its skip entry.
        var blocks: [(decodedEnd: Int, skipEntry: SkipEntry?)] = []
        do {
            let cursor = try PostingsCursor(postings: postings, positions: nil, info: termInfo, passageCount: info.passages)
            documents.reserveCapacity(termInfo.documentFrequency)
            while cursor.document != PostingsCursor.exhausted {
                if documents.count % PostingsWriter.blockSize == 0 {
                    blocks.append((cursor.decodedBlockEnd, cursor.skipEntry(ofBlock: blocks.count)))
                }
                documents.append(Int(cursor.document))
                frequencies.append(cursor.termFrequency)
                try cursor.next()
            }
        } catch {
            report(.postings, "\(key): " + IndexChecker.message(of: error))
            return nil
        }
        counts.postingsChecked += documents.count
        guard documents.count == termInfo.documentFrequency else {
            report(.postings, "\(key): \(documents.count) passages, the dictionary says \(termInfo.documentFrequency)")
            return nil
        }
        for index in documents.indices.dropFirst() where documents[index] <= documents[index - 1] {
            report(.postings, "\(key): passage \(documents[index]) follows passage \(documents[index - 1])")
            return nil
        }
        if let index = frequencies.firstIndex(where: { $0 < 1 }) {
            report(.postings, "\(key): a term frequency of \(frequencies[index]) in passage \(documents[index])")
            return nil
        }
        let lengths: [Int]? = Field.scored.contains(field)
            ? table.map { table in documents.map { table[$0].length(of: field) } }
            : Array(repeating: 1, count: documents.count)
        let realMaxTf = frequencies.max() ?? 0
        if realMaxTf != termInfo.maxTermFrequency {
            report(.terms, "\(key): maximum term frequency \(termInfo.maxTermFrequency), the postings give \(realMaxTf)")
        }
        if let lengths, let realMin = lengths.min(), realMin != termInfo.minFieldLength {
            minimumLengthProblems.append("\(key): minimum field length \(termInfo.minFieldLength), the passages give \(realMin)")
        }
        var positionsSize: Int?
        var positionStarts: [Int] = []
        if let positions {
            do {
                (positionsSize, positionStarts) = try checkPositions(
                    of: documents, frequencies: frequencies, field: field, start: termInfo.positionsOffset, in: positions)
            } catch {
                report(.positions, "\(key): " + IndexChecker.message(of: error))
            }
        }
        let blockSize = PostingsWriter.blockSize
        for (block, decoded) in blocks.enumerated() {
            guard let skipEntry = decoded.skipEntry else { continue }
            let range = block * blockSize..<min(documents.count, (block + 1) * blockSize)
            checkSkipEntry(block, skipEntry, of: key, blockEnd: decoded.decodedEnd,
                           positionsStart: positionStarts.isEmpty ? nil : positionStarts[block],
                           frequencies: frequencies[range], lengths: lengths?[range])
        }
        tallyAndCrossCheck(key: key, documents: documents, frequencies: frequencies, tally: &tally, articlesWithID: &articlesWithID)
        // The cursor holds a term to at least one passage, so to one block.
        return (SkipEntry.tableSize(blockCount: blocks.count) + blocks[blocks.count - 1].decodedEnd, positionsSize)
    }

    /// Reads the positions of every passage of a term from `start`, checking
    /// each list increases and stays inside the field; returns the bytes they
    /// take and where each block of 128 passages starts (relative to `start`).
    private func checkPositions(
        of documents: [Int], frequencies: [Int], field: Field, start: Int, in positions: MappedFile
    ) throws -> (Int, [Int]) {
        let payloadEnd = positions.bytes.count - FileEnvelope.footerSize
        let name = info.fileName(.positions)
        guard start >= FileEnvelope.headerSize, start <= payloadEnd else {
            throw IndexError(.corrupt, path: name, "positions start at byte \(start), outside the payload")
        }
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: positions.bytes[..<payloadEnd]), offset: start, file: name)
        var blockStarts: [Int] = []
        // Filter fields keep no positions: every block starts where the term does.
        guard Field.scored.contains(field) else {
            return (0, Array(repeating: 0, count: (documents.count + PostingsWriter.blockSize - 1) / PostingsWriter.blockSize))
        }
        for (index, document) in documents.enumerated() {
            if index % PostingsWriter.blockSize == 0 { blockStarts.append(reader.offset - start) }
            let limit = Field.scored.contains(field) ? table.map { UInt64($0[document].length(of: field)) } ?? UInt64(UInt32.max) : UInt64(UInt32.max)
            var position: UInt64 = 0
            for occurrence in 0..<frequencies[index] {
                let value = try reader.readVarInt()
                guard occurrence == 0 || value > 0 else { throw reader.corrupt("positions of passage \(document) repeat") }
                // `position < limit` and `value < limit` keep the sum far from overflowing.
                guard value < limit else { throw reader.corrupt("a position of passage \(document) is past its \(field) length \(limit)") }
                position = occurrence == 0 ? value : position + value
                guard position < limit else { throw reader.corrupt("position \(position) of passage \(document) is past its \(field) length \(limit)") }
            }
        }
        return (reader.offset - start, blockStarts)
    }

    /// A skip entry must agree with its block as the cursor decoded it (which
    /// checks the last passage): byte end, positions start, and bounds at
    /// least as loose as the real ones.
    private mutating func checkSkipEntry(
        _ block: Int, _ entry: SkipEntry, of key: TermKey, blockEnd: Int,
        positionsStart: Int?, frequencies: ArraySlice<Int>, lengths: ArraySlice<Int>?
    ) {
        let end = Int(entry.blockEnd)
        let start = Int(entry.positionsStart)
        let impacts = entry.impacts
        if end != blockEnd {
            report(.postings, "\(key): skip entry \(block) says its block ends at \(end), it ends at \(blockEnd)")
        }
        if let positionsStart, start != positionsStart {
            report(.postings, "\(key): skip entry \(block) says its positions start at \(start), they start at \(positionsStart)")
        }
        guard impacts.isWellFormed else {
            report(.postings, "\(key): skip entry \(block) has malformed frequency and length bounds")
            return
        }
        // Without the lengths (an unusable passage table) only frequencies can be checked.
        let passages = zip(frequencies, lengths.map(Array.init) ?? Array(repeating: Int(UInt16.max), count: frequencies.count))
        if let (frequency, length) = passages.first(where: { !impacts.bounds(frequency: $0, length: $1) }) {
            report(.postings, "\(key): skip entry \(block) does not bound a passage with frequency \(frequency) and length \(length)")
        }
    }

    /// Adds a term's postings to the per-passage tally and checks what one
    /// term alone can show: its language against its articles', the day and
    /// language filter terms, and that an id's passages are its article's.
    private mutating func tallyAndCrossCheck(
        key: TermKey, documents: [Int], frequencies: [Int],
        tally: inout PassageTally, articlesWithID: inout Set<Int>
    ) {
        let field = key.field
        let text = key.term
        // The table's article ordinals are valid once `articleRuns` is set.
        let articleOf: ((Int) -> StoredArticleRecord)? = articleRuns == nil ? nil : table.flatMap { table in
            records.map { records in { records[Int(table[$0].article)] } }
        }
        for (document, frequency) in zip(documents, frequencies) {
            switch field {
            case .body: tally.bodyTokens[document] += frequency
            case .title: tally.titleTokens[document] += frequency
            case .articleID: tally.ids[document] += 1
            case .language: tally.languages[document] += 1
            case .date: tally.dates[document] += 1
            case .source: break
            }
        }
        if let articleOf, let document = documents.first(where: { !Self.belongs(key, text: text, to: articleOf($0), day: table?[$0].day ?? 0) }) {
            report(.terms, "\(key) is indexed for passage \(document), whose article is '\(articleOf(document).article.id)' (\(articleOf(document).article.language.rawValue), day \(table?[document].day ?? 0))")
        }
        guard field == .articleID, let records else { return }
        guard let ordinals = articlesByID[text] else {
            report(.terms, "\(key) names no article of the segment")
            return
        }
        articlesWithID.formUnion(ordinals)
        // Deleted versions keep their postings: segments are never rewritten
        // in place, so the term covers every article with the id.
        let passages = ordinals.flatMap { records[$0].firstPassage..<records[$0].firstPassage + records[$0].passageCount }
        if documents != passages {
            let articles = ordinals.count == 1 ? "the article has" : "its \(ordinals.count) articles have"
            report(.postings, "\(key): indexed for \(documents.count) passages from \(documents.first ?? 0), \(articles) \(passages.count) from \(passages.first ?? 0)")
        }
    }

    /// Whether a term of `field` could come from this article: same language
    /// for the language-tagged fields, its own code and day for the filters.
    private static func belongs(_ key: TermKey, text: String, to record: StoredArticleRecord, day: UInt32) -> Bool {
        switch key.field {
        case .body, .title: key.language == record.article.language
        case .language: text == record.article.language.rawValue
        case .date: day != 0 && text == PublicationDay(number: day).key
        case .articleID, .source: true
        }
    }

    /// Every passage's tally against the passage table and the store;
    /// returns whether some passage's lengths disagree with its postings.
    private mutating func compare(_ tally: PassageTally, articlesWithID: Set<Int>) -> Bool {
        var lengthsDisagree = false
        if let table {
            for (passage, entry) in table.enumerated() {
                let lengthProblem: String? = if tally.bodyTokens[passage] != Int(entry.bodyLength) {
                    "its body terms occur \(tally.bodyTokens[passage]) times in the postings, its body length is \(entry.bodyLength)"
                } else if tally.titleTokens[passage] != Int(entry.titleLength) {
                    "its title terms occur \(tally.titleTokens[passage]) times in the postings, its title length is \(entry.titleLength)"
                } else {
                    nil
                }
                lengthsDisagree = lengthsDisagree || lengthProblem != nil
                let problem: String? = if let lengthProblem {
                    lengthProblem
                } else if tally.ids[passage] != 1 || tally.languages[passage] != 1 {
                    "it has \(tally.ids[passage]) article id terms and \(tally.languages[passage]) language terms, expected one of each"
                } else if tally.dates[passage] != (entry.day == 0 ? 0 : 1) {
                    "it has \(tally.dates[passage]) date terms for day \(entry.day)"
                } else {
                    nil
                }
                if let problem { report(.passages, "passage \(passage): \(problem)") }
            }
        }
        if let records {
            for (ordinal, record) in records.enumerated() where !articlesWithID.contains(ordinal) {
                report(.terms, "article \(ordinal) ('\(record.article.id)') has no article id term")
            }
        }
        return lengthsDisagree
    }
}
