/// The inverted index of the passages added since the last flush, in memory.
/// A `TermTable` numbers the terms; each term's postings grow in arrays.
struct SegmentBuffer {
    struct Postings {
        var documents: [UInt32] = []
        var frequencies: [UInt32] = []
        var positions: [UInt32] = []
    }

    /// Where a term of the buffer goes in the dictionary.
    struct TermSlot: Hashable {
        var field: Field
        var languageByte: UInt8

        var number: UInt16 { UInt16(field.rawValue) << 8 | UInt16(languageByte) }
    }

    private var terms = TermTable()
    private(set) var postings: [Postings] = []
    private(set) var passages: [PassageTableEntry] = []
    private(set) var passageTexts: [String] = []
    private(set) var articles: [StoredArticleRecord] = []
    /// A rough count of the bytes held, compared against the RAM budget.
    private(set) var estimatedBytes = 0

    var isEmpty: Bool { articles.isEmpty }

    mutating func add(_ analyzed: AnalyzedArticle) {
        guard !analyzed.passages.isEmpty else { return }
        let articleOrdinal = UInt32(articles.count)
        let language = analyzed.article.language.keyByte
        articles.append(StoredArticleRecord(
            firstPassage: passages.count, passageCount: analyzed.passages.count, article: analyzed.article
        ))
        // The article's own terms are the same on each of its passages: look
        // them up once. Only body and title terms keep positions.
        var articleTerms = termIDs(analyzed.titleTerms, slot: TermSlot(field: .title, languageByte: language))
        let titleCount = articleTerms.count
        var articleWords = [analyzed.article.id]
        var articleSlots = [TermSlot(field: .articleID, languageByte: 0)]
        for term in analyzed.sourceTerms {
            articleWords.append(term)
            articleSlots.append(TermSlot(field: .source, languageByte: 0))
        }
        if let day = analyzed.day {
            articleWords.append(day.key)
            articleSlots.append(TermSlot(field: .date, languageByte: 0))
        }
        articleWords.append(analyzed.article.language.rawValue)
        articleSlots.append(TermSlot(field: .language, languageByte: 0))
        for (word, slot) in zip(articleWords, articleSlots) {
            articleTerms += termIDs([word], slot: slot)
        }
        let bodySlot = TermSlot(field: .body, languageByte: language)
        for passage in analyzed.passages {
            let document = UInt32(passages.count)
            passages.append(PassageTableEntry(
                article: articleOrdinal,
                bodyLength: UInt16(clamping: passage.terms.count),
                titleLength: UInt16(clamping: analyzed.titleTerms.count),
                day: analyzed.day?.number ?? 0
            ))
            passageTexts.append(passage.text)
            estimatedBytes += passage.text.utf8.count + 64
            let bodyTerms = termIDs(passage.terms, slot: bodySlot)
            for (position, id) in bodyTerms.enumerated() { addPosting(id, document: document, position: position) }
            for (index, id) in articleTerms.enumerated() {
                addPosting(id, document: document, position: index < titleCount ? index : 0)
            }
        }
        estimatedBytes += analyzed.article.title.utf8.count + analyzed.article.id.utf8.count + 128
    }

    /// The ids of `termList`'s terms in `slot`, adding the new ones.
    private mutating func termIDs(_ termList: [String], slot: TermSlot) -> [Int] {
        let slotNumber = slot.number
        return termList.map { term in
            let (id, isNew) = terms.id(slot: slotNumber, term: term)
            if isNew {
                postings.append(Postings())
                estimatedBytes += 96 + term.utf8.count
            }
            return id
        }
    }

    private mutating func addPosting(_ id: Int, document: UInt32, position: Int) {
        if postings[id].documents.last == document {
            postings[id].frequencies[postings[id].frequencies.count - 1] += 1
        } else {
            postings[id].documents.append(document)
            postings[id].frequencies.append(1)
            estimatedBytes += 8
        }
        postings[id].positions.append(UInt32(position))
        estimatedBytes += 4
    }

    var termCount: Int { terms.count }

    /// The key of term `id` as the dictionary sorts it.
    func key(of id: Int) -> [UInt8] {
        let slot = terms.slot(id)
        return [UInt8(slot >> 8), UInt8(truncatingIfNeeded: slot)] + terms.term(id)
    }
}
