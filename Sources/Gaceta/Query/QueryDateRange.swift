/// The value of `date:` turned into the inclusive ISO 8601 days of
/// `QueryFilter.dates`: `2025-03-04`, `2025-03` (that month), `2025` (that
/// year), and ranges of any of these with `..`, open on either side.
struct QueryDateRange: Sendable, Hashable {
    var from: String?
    var through: String?

    /// Reads `value`, which starts at Character `offset` of `query`.
    static func parse(_ value: String, offset: Int, query: String) throws(QuerySyntaxError) -> QueryDateRange {
        let characters = Array(value)
        guard let dots = characters.indices.first(where: { $0 + 1 < characters.count && characters[$0] == "." && characters[$0 + 1] == "." }) else {
            let period = try period(characters[...], offset: offset, query: query)
            return QueryDateRange(from: period.first, through: period.last)
        }
        let left = characters[..<dots]
        let right = characters[(dots + 2)...]
        if left.isEmpty, right.isEmpty {
            throw QuerySyntaxError(message: "a date range needs a start, an end or both around '..'",
                                   query: query, offset: offset)
        }
        let from = left.isEmpty ? nil : try period(left, offset: offset, query: query).first
        let through = right.isEmpty ? nil : try period(right, offset: offset + dots + 2, query: query).last
        if let from, let through, from > through {
            throw QuerySyntaxError(message: "the date range ends before it starts", query: query, offset: offset)
        }
        return QueryDateRange(from: from, through: through)
    }

    /// The first and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    private static func period(_ text: ArraySlice<Character>, offset: Int, query: String) throws(QuerySyntaxError) -> (first: String, last: String) {
        let shown = QuerySyntaxError.shown(text)
        let malformed = QuerySyntaxError(
            message: "'\(shown)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2025-01-01..2025-03-31",
            query: query, offset: offset)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // The shape first: only then are the parts short enough to be numbers.
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else {
            throw malformed
        }
        let numbers = parts.compactMap(number)
        guard numbers.count == parts.count else { throw malformed }
        let year = numbers[0]
        guard year >= 1 else { throw malformed }
        let yearText = String(text.prefix(4))
        guard numbers.count > 1 else { return ("\(yearText)-01-01", "\(yearText)-12-31") }
        let month = numbers[1]
        guard (1...12).contains(month) else {
            throw QuerySyntaxError(message: "'\(shown)' is not a date: months go from 01 to 12", query: query, offset: offset)
        }
        let monthText = "\(yearText)-\(String(parts[1]))"
        let lastDay = GregorianCalendar.daysIn(month: month, year: year)
        guard numbers.count > 2 else { return ("\(monthText)-01", "\(monthText)-\(lastDay)") }
        guard (1...lastDay).contains(numbers[2]) else {
            throw QuerySyntaxError(message: "'\(shown)' is not a real day: \(monthText) has \(lastDay) days",
                                   query: query, offset: offset)
        }
        return (String(text), String(text))
    }

    /// The value of an all-ASCII-digit part of at most 4 digits, else nil.
    private static func number(_ digits: ArraySlice<Character>) -> Int? {
        guard digits.count <= 4 else { return nil }
        var value = 0
        for digit in digits {
            guard digit.isASCII, let ascii = digit.asciiValue, (48...57).contains(ascii) else { return nil }
            value = value * 10 + Int(ascii - 48)
        }
        return value
    }
}
