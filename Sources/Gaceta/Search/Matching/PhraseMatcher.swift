/// Matches passages where the phrase's terms stand at consecutive positions
/// (offsets as in the phrase), and scores them with BM25 taking the number of
/// occurrences of the whole phrase as its term frequency and the sum of the
/// terms' idf as its idf.
final class PhraseMatcher: PassageMatcher {
    private let cursors: [PostingsCursor]
    /// Position of each term inside the phrase.
    private let offsets: [Int]
    private let scoring: FieldScoring
    let maxScore: Double
    private(set) var document: UInt32 = 0
    private var frequency = 0

    /// `scoring.factor` is the sum of the terms' idf times the clause weight.
    init(cursors: [PostingsCursor], offsets: [Int], infos: [TermInfo], scoring: FieldScoring) throws {
        self.cursors = cursors
        self.offsets = offsets
        self.scoring = scoring
        // The phrase occurs no more often than its rarest term, in passages no
        // shorter than the longest of the terms' shortest passages.
        let maxTf = infos.map(\.maxTermFrequency).min() ?? 0
        let minLength = infos.map(\.minFieldLength).max() ?? 0
        maxScore = scoring.bound(maxTermFrequency: maxTf, minLength: minLength)
        document = try settle(cursors.map(\.document).max() ?? PostingsCursor.exhausted)
    }

    func advance(to target: UInt32) throws -> UInt32 {
        if target > document { document = try settle(target) }
        return document
    }

    func score() throws -> Double {
        scoring.score(termFrequency: frequency, passage: document)
    }

    /// The first passage at or after `target` holding every term, with the
    /// terms in phrase order.
    private func settle(_ target: UInt32) throws -> UInt32 {
        var candidate = target
        while true {
            candidate = try leapfrog(cursors, from: candidate) { try $0.advance(to: $1) }
            if candidate == PostingsCursor.exhausted { return candidate }
            frequency = try occurrences()
            if frequency > 0 { return candidate }
            candidate += 1
        }
    }

    /// How many times the phrase starts in the current passage.
    private func occurrences() throws -> Int {
        let positionLists = try cursors.map { Set(try $0.positions()) }
        guard let first = positionLists.first else { return 0 }
        var count = 0
        for start in first {
            let phraseStart = Int(start) - offsets[0]
            var matches = true
            for index in 1..<positionLists.count {
                let wanted = phraseStart + offsets[index]
                if wanted < 0 || !positionLists[index].contains(UInt32(wanted)) {
                    matches = false
                    break
                }
            }
            if matches { count += 1 }
        }
        return count
    }
}
