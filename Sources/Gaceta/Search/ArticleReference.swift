/// Which article a ranked passage belongs to, without the article being read.
///
/// The passages of one article share the same reference, so rankings can be
/// grouped or deduplicated by article at no cost; `Searcher.article(_:)`
/// reads the article's fields when they are wanted. Like `PassageID`, a
/// reference holds for the commit it was ranked in, and for later ones while
/// the article's segment is not merged away. An article added again gets a
/// new reference: the id it carries (`StoredArticle.id`) is what stays.
public struct ArticleReference: Sendable, Hashable {
    /// The name of the segment that stores the article.
    let segment: String
    /// The article's number within its segment.
    let ordinal: UInt32
}
