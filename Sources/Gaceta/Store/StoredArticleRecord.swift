/// An article as kept in the store: its metadata and which passages are its.
struct StoredArticleRecord: Sendable, Equatable {
    var firstPassage: Int
    var passageCount: Int
    var article: StoredArticle

    private enum Presence {
        static let date: UInt8 = 1
        static let source: UInt8 = 2
        static let url: UInt8 = 4
    }

    func encode(into writer: inout ByteWriter) {
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
        for value in [article.date, article.source, article.url] {
            if let value { writer.appendString(value) }
        }
    }

    static func decode(from reader: inout ByteReader) throws -> StoredArticleRecord {
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
        let source = presence & Presence.source != 0 ? try reader.readString() : nil
        let url = presence & Presence.url != 0 ? try reader.readString() : nil
        return StoredArticleRecord(
            firstPassage: firstPassage, passageCount: passageCount,
            article: StoredArticle(id: id, title: title, date: date, source: source, url: url, language: language)
        )
    }
}
