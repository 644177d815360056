/// The calendar arithmetic that dates in the corpus, the index and queries
/// share. Standard library only: the query fuzzer builds it with the query
/// parser alone (Fuzz/run-query-fuzzer.sh).
enum GregorianCalendar {
    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1–12) in `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
