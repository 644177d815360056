/// The passages added since the last flush, in memory, ready to be written as
/// a segment. A `TermTable` numbers the terms; an `OccurrenceLog` records each
/// occurrence, which `inverted()` groups by term at flush.
struct SegmentBuffer {
    /// Where a term of the buffer goes in the dictionary.
    struct TermSlot: Hashable {
        var field: Field
        var languageByte: UInt8

        var number: UInt16 { UInt16(field.rawValue) << 8 | UInt16(languageByte) }
    }

    private var terms = TermTable()
    private var occurrences = OccurrenceLog()
    private(set) var passages: [PassageTableEntry] = []
    private(set) var passageTexts: [String] = []
    private(set) var articles: [StoredArticleRecord] = []
    /// Bytes of stored text and records, which the tables above do not count.
    private var storedBytes = 0

    var isEmpty: Bool { articles.isEmpty }

    /// A rough count of the bytes held, compared against the RAM budget. It
    /// includes what `inverted()` will allocate, since flushing needs that too.
    var estimatedBytes: Int {
        storedBytes + terms.memoryBytes + occurrences.memoryBytes
            + occurrences.count * InvertedPostings.bytesPerOccurrence
            + terms.count * InvertedPostings.bytesPerTerm
    }

    mutating func add(_ analyzed: AnalyzedArticle) {
        guard !analyzed.passages.isEmpty else { return }
        let articleOrdinal = UInt32(articles.count)
        let language = analyzed.article.language.keyByte
        articles.append(StoredArticleRecord(
            firstPassage: passages.count, passageCount: analyzed.passages.count, article: analyzed.article
        ))
        // The article's own terms are the same on each of its passages: look
        // them up once. Only body and title terms keep positions.
        let titleSlot = TermSlot(field: .title, languageByte: language).number
        var articleTerms = analyzed.titleTerms.map { terms.id(slot: titleSlot, term: $0).id }
        let titleCount = articleTerms.count
        var articleWords = [(analyzed.article.id, TermSlot(field: .articleID, languageByte: 0))]
        for term in analyzed.sourceTerms {
            articleWords.append((term, TermSlot(field: .source, languageByte: 0)))
        }
        if let day = analyzed.day {
            articleWords.append((day.key, TermSlot(field: .date, languageByte: 0)))
        }
        articleWords.append((analyzed.article.language.rawValue, TermSlot(field: .language, languageByte: 0)))
        for (word, slot) in articleWords {
            articleTerms.append(terms.id(slot: slot.number, term: word).id)
        }
        let bodySlot = TermSlot(field: .body, languageByte: language).number
        for passage in analyzed.passages {
            passages.append(PassageTableEntry(
                article: articleOrdinal,
                bodyLength: UInt16(clamping: passage.terms.count),
                titleLength: UInt16(clamping: analyzed.titleTerms.count),
                day: analyzed.day?.number ?? 0
            ))
            passageTexts.append(passage.text)
            storedBytes += passage.text.utf8.count + 64
            for (position, term) in passage.terms.enumerated() {
                occurrences.append(term: terms.id(slot: bodySlot, term: term).id, position: position)
            }
            for (index, id) in articleTerms.enumerated() {
                occurrences.append(term: id, position: index < titleCount ? index : 0)
            }
            occurrences.endPassage()
        }
        storedBytes += analyzed.article.title.utf8.count + analyzed.article.id.utf8.count + 128
    }

    var termCount: Int { terms.count }

    /// The key of term `id` as the dictionary sorts it.
    func key(of id: Int) -> [UInt8] {
        let slot = terms.slot(id)
        return [UInt8(slot >> 8), UInt8(truncatingIfNeeded: slot)] + terms.term(id)
    }

    /// Each term's postings, by term id.
    func inverted() -> InvertedPostings {
        InvertedPostings(occurrences, termCount: terms.count)
    }
}
