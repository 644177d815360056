/// One translation a dictionary gives: an English lemma and a Spanish one,
/// whichever way the dictionary reads, as written there (not yet analysed).
struct LemmaPair: Hashable, Sendable {
    var english: String
    var spanish: String
}
