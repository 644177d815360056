/// An article as kept in the store: its metadata and which passages are its.
/// Records stay uncompressed, so showing a hit's article costs no zstd; the
/// source, shared by many articles, is the number of a string in the store's
/// source table.
struct StoredArticleRecord: Sendable, Equatable {
    var firstPassage: Int
    var passageCount: Int
    var article: StoredArticle

    private enum Presence {
        static let date: UInt8 = 1
        static let source: UInt8 = 2
        static let url: UInt8 = 4
    }

    func encode(into writer: inout ByteWriter, sources: inout SourceTable) {
        writer.appendVarInt(firstPassage)
        writer.appendVarInt(passageCount)
        writer.appendString(article.id)
        writer.appendString(article.title)
        writer.append(article.language.keyByte)
        var presence: UInt8 = 0
        if article.date != nil { presence |= Presence.date }
        if article.source != nil { presence |= Presence.source }
        if article.url != nil { presence |= Presence.url }
        writer.append(presence)
        if let date = article.date { writer.appendString(date) }
        if let source = article.source { writer.appendVarInt(sources.number(of: source)) }
        if let url = article.url { writer.appendString(url) }
    }

    static func decode(from reader: inout ByteReader, sources: [String]) throws -> StoredArticleRecord {
        let firstPassage = try reader.readVarInt(atMost: Int(UInt32.max), "a first passage")
        let passageCount = try reader.readVarInt(atMost: Int(UInt32.max), "a passage count")
        let id = try reader.readString()
        let title = try reader.readString()
        let languageByte = try reader.readByte()
        guard let language = Language(keyByte: languageByte) else {
            throw reader.corrupt("unknown language code \(languageByte)")
        }
        let presence = try reader.readByte()
        let date = presence & Presence.date != 0 ? try reader.readString() : nil
        var source: String?
        if presence & Presence.source != 0 {
            let number = try reader.readVarInt()
            guard number < UInt64(sources.count) else {
                throw reader.corrupt("source number \(number) is not in the table of \(sources.count)")
            }
            source = sources[Int(number)]
        }
        let url = presence & Presence.url != 0 ? try reader.readString() : nil
        return StoredArticleRecord(
            firstPassage: firstPassage, passageCount: passageCount,
            article: StoredArticle(id: id, title: title, date: date, source: source, url: url, language: language)
        )
    }
}

/// The distinct sources of a segment's articles, numbered in order of first use.
struct SourceTable {
    private(set) var sources: [String] = []
    private var numbers: [String: Int] = [:]

    mutating func number(of source: String) -> Int {
        if let number = numbers[source] { return number }
        numbers[source] = sources.count
        sources.append(source)
        return sources.count - 1
    }
}
