/// The calendar day of an article's date, as the index keys and sorts it.
/// Dates come as given (`2025-03-04`, `2025-03-04T10:15Z`, `2025-03`, `2025`);
/// a partial date counts as its first day, and anything else as no date.
struct PublicationDay: Hashable, Comparable, Sendable {
    /// `yyyymmdd`, so that numeric order is date order.
    let number: UInt32

    init?(_ date: String?) {
        guard let date else { return nil }
        let bytes = Array(date.utf8.prefix(10))
        func digits(_ range: Range<Int>) -> UInt32? {
            guard range.upperBound <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + UInt32(byte - 0x30)
            }
            return value
        }
        guard let year = digits(0..<4), year > 0 else { return nil }
        var month: UInt32 = 1
        var day: UInt32 = 1
        if bytes.count > 4 {
            guard bytes[4] == UInt8(ascii: "-"), let parsed = digits(5..<7), (1...12).contains(parsed) else { return nil }
            month = parsed
            if bytes.count > 7 {
                guard bytes[7] == UInt8(ascii: "-"), let parsed = digits(8..<10),
                      (1...GregorianCalendar.daysIn(month: Int(month), year: Int(year))).contains(Int(parsed))
                else { return nil }
                day = parsed
            }
        }
        number = year * 10_000 + month * 100 + day
    }

    init(number: UInt32) {
        self.number = number
    }

    var year: Int { Int(number / 10_000) }
    var month: Int { Int(number / 100 % 100) }
    var day: Int { Int(number % 100) }

    /// `yyyy-mm-dd`: the term under which the day is indexed.
    var key: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for ages and half-lives.
    var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func < (lhs: PublicationDay, rhs: PublicationDay) -> Bool { lhs.number < rhs.number }
}
