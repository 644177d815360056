/// One scored clause of a query: a term in one field and one language, with
/// how much it counts (the field's weight). A query word becomes one clause
/// per language it may match in and per scored field.
struct QueryTerm: Hashable, Sendable {
    var key: [UInt8]
    var field: Field
    var language: Language
    var term: String
    var weight: Double
}
