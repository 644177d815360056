import Foundation

/// `SearchOptions.recencyHalfLifeDays`: scores weighted by the age of their
/// article, counted back from the newest article of the index.
extension Searcher {
    /// 1 for the newest day, tending to 1/2 for very old ones; undated
    /// articles get 1/2.
    static func recencyFactor(day: UInt32, newest: PublicationDay, halfLifeDays: Double) -> Double {
        guard day != 0, halfLifeDays > 0 else { return 0.5 }
        let age = Double(max(0, newest.daysSinceEpoch - PublicationDay(number: day).daysSinceEpoch))
        return 0.5 + 0.5 * pow(2, -age / halfLifeDays)
    }

    /// The newest publication day in the index (the last `date` term).
    func newestDay() throws -> PublicationDay? {
        var newest: PublicationDay?
        let start = TermKey(field: .date, language: nil, term: "").bytes
        for segment in reader.segments {
            try segment.terms.forEachTerm(withPrefix: start) { key, _ in
                let day = PublicationDay(try segment.terms.key(decoding: key).term)
                if let day, newest.map({ day > $0 }) ?? true { newest = day }
                return true
            }
        }
        return newest
    }
}
