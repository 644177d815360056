/// Gaceta's own stopword lists: the function words of English and Spanish
/// news prose (articles, pronouns, prepositions, conjunctions, auxiliaries).
///
/// Stopwords are still indexed (so phrases like "el mayo" or "the who" keep
/// their positions); the flag only lets a query leave them out of
/// bag-of-words scoring. Entries are written naturally; the analyzer folds
/// them exactly like text (accents off, apostrophes out), so "él" and "el",
/// "don't" and "dont" are the same entry.
public enum Stopwords {
    /// The default list for `language`.
    public static func defaults(for language: Language) -> Set<String> {
        switch language {
        case .english: return english
        case .spanish: return spanish
        }
    }

    /// English function words. Contractions whose apostrophe-less form is a
    /// content word ("he'll" → "hell", "we'll" → "well", "I'd" → "id") are
    /// left out on purpose, and so are "may" (the month) and "us" is kept
    /// only as the pronoun: "U.S." is an acronym and never a stopword.
    public static let english: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along",
        "already", "also", "although", "always", "am", "among", "an", "and", "another", "any",
        "anyone", "anything", "are", "aren't", "around", "as", "at", "be", "became", "because",
        "become", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing",
        "don't", "down", "during", "each", "either", "else", "enough", "even", "ever", "every",
        "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't",
        "having", "he", "her", "here", "here's", "hers", "herself", "him", "himself", "his",
        "how", "however", "i", "i'm", "i've", "if", "in", "into", "is", "isn't",
        "it", "its", "itself", "just", "less", "many", "me", "might", "more", "most",
        "much", "must", "mustn't", "my", "myself", "neither", "no", "nor", "not", "now",
        "of", "off", "often", "on", "once", "only", "onto", "or", "other",
        "others", "otherwise", "ought", "our", "ours", "ourselves", "out", "over", "own", "per",
        "quite", "rather", "same", "shall", "she", "should", "shouldn't", "since", "so", "some",
        "somebody", "someone", "something", "such", "than", "that", "that's", "the", "their", "theirs",
        "them", "themselves", "then", "there", "there's", "therefore", "these", "they", "they'd", "they're",
        "they've", "they'll", "this", "those", "though", "through", "throughout", "thus", "to", "too",
        "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very", "via",
        "was", "wasn't", "we", "we're", "we've", "were", "weren't", "what", "what's", "whatever",
        "when", "whenever", "where", "where's", "whereas", "whether", "which", "while", "who", "who's",
        "whoever", "whom", "whose", "why", "will", "with", "within", "without", "won't", "would",
        "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
        "yourselves",
    ]

    /// Spanish function words (accents optional: folding merges "él"/"el",
    /// "más"/"mas", "sí"/"si", which are all stopwords anyway). Content words
    /// that look like function words are not on it: "mayo", "once" (eleven),
    /// "estado" (state, as in "Estados Unidos"), "bajo" (low).
    public static let spanish: Set<String> = [
        "a", "acá", "ahí", "al", "algo", "alguien", "algún", "alguna", "algunas", "alguno",
        "algunos", "allí", "ante", "antes", "aquel", "aquella", "aquellas", "aquello", "aquellos", "aquí",
        "así", "aun", "aún", "aunque", "cada", "como", "con", "contra", "cual",
        "cuales", "cualquier", "cuando", "cuanto", "cuya", "cuyas", "cuyo", "cuyos", "de", "del",
        "desde", "donde", "dónde", "durante", "e", "el", "él", "ella", "ellas", "ello",
        "ellos", "en", "entre", "era", "eran", "eres", "es", "esa", "esas", "ese",
        "eso", "esos", "esta", "está", "estaba", "estaban", "estamos", "están", "estar",
        "estará", "estas", "estás", "este", "esté", "estén", "esto", "estos", "estoy", "estuvo",
        "fue", "fueron", "ha", "había", "habían", "habrá", "haber", "han", "has", "hasta",
        "hay", "haya", "hayan", "he", "hemos", "hubo", "la", "las", "le", "les",
        "lo", "los", "me", "mi", "mí", "mientras", "mis", "mucho", "muchos", "muy",
        "nada", "ni", "no", "nos", "nosotras", "nosotros", "nuestra", "nuestras", "nuestro", "nuestros",
        "o", "os", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por",
        "porque", "pues", "que", "qué", "quien", "quién", "quienes", "se", "sea", "sean",
        "según", "ser", "será", "serán", "si", "sí", "sido", "siendo", "sin", "sino",
        "sobre", "sólo", "solo", "somos", "son", "soy", "su", "sus", "suya", "suyas",
        "suyo", "suyos", "también", "tan", "tanto", "te", "tendrá", "tenía", "tener", "tengo",
        "ti", "tiene", "tienen", "toda", "todas", "todo", "todos", "tras", "tu", "tú",
        "tus", "tuvo", "u", "un", "una", "unas", "uno", "unos", "usted", "ustedes",
        "vosotras", "vosotros", "vuestra", "vuestro", "y", "ya", "yo",
    ]
}
