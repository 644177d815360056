import Foundation

/// Reads the fields of an article from a parsed JSON object, forgiving about
/// types where the intent is clear (a numeric id becomes a string).
enum JSONArticleRecord {
    /// Why a JSON value cannot be an article at all.
    struct Rejection: Error {
        var reason: String
    }

    /// The fields of `value`, which must be a JSON object; fields of the wrong type
    /// are dropped with a warning.
    static func fields(of value: Any, warn: (String) -> Void) throws(Rejection) -> ArticleFields {
        guard let object = value as? [String: Any] else {
            throw Rejection(reason: "expected an article object, found \(typeName(of: value))")
        }
        return fields { key in
            guard let value = object[key], !(value is NSNull) else { return nil }
            if let string = value as? String { return string }
            if !(value is Bool), let number = value as? NSNumber { return Self.idText(of: number) }
            warn("field `\(key)` should be a string, found \(typeName(of: value)); ignored")
            return nil
        }
    }

    /// The fields of an object whose values are all strings or null, as
    /// `FlatJSONObject` reads it.
    static func fields(of members: [String: String?]) -> ArticleFields {
        fields { members[$0] ?? nil }
    }

    private static func fields(_ text: (String) -> String?) -> ArticleFields {
        var fields = ArticleFields()
        fields.id = text("id")
        fields.title = text("title")
        fields.body = text("body")
        if fields.body?.contains(where: { !$0.isWhitespace }) != true {
            fields.body = text("text")
        }
        fields.date = text("date")
        fields.source = text("source")
        fields.url = text("url")
        fields.lang = text("lang")
        return fields
    }

    /// `42` rather than `42.0` for integral numbers, which is how ids are written.
    private static func idText(of number: NSNumber) -> String {
        let double = number.doubleValue
        if double.rounded() == double, abs(double) < 9e15 {
            return String(Int64(double))
        }
        if String(cString: number.objCType) == "Q" {
            return String(number.uint64Value)
        }
        if String(cString: number.objCType) == "q" {
            return String(number.int64Value)
        }
        return String(double)
    }

    static func typeName(of value: Any) -> String {
        switch value {
        case is NSNull: "null"
        case is Bool: "a boolean"
        case is String: "a string"
        case is NSNumber: "a number"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        default: "a \(type(of: value))"
        }
    }

    /// The parser's own explanation, without Foundation's generic preamble.
    static func reason(for error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String {
            let sentence = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
            return "invalid JSON: \(sentence.prefix(1).lowercased() + sentence.dropFirst())"
        }
        return "invalid JSON"
    }
}
