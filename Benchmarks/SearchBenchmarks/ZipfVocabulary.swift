@_spi(Benchmarking) import Gaceta

/// Words drawn with Zipf's law (rank r has weight 1 / (r + 1)): a few words
/// fill most of the text, as in real news, so the index gets a handful of
/// postings lists covering most passages and a long tail of short ones.
/// The head is real news vocabulary, so that queries read naturally; the
/// tail is made of syllables, giving a dictionary of realistic size.
struct ZipfVocabulary: Sendable {
    let language: Language
    /// Most frequent first.
    let words: [String]
    /// Function words, written between content words but drawn apart from
    /// them so that they do not push the head's frequencies around.
    let functionWords: [String]
    private let cumulative: [Double]

    init(language: Language, head: [String], functionWords: [String], syllables: [String], tailCount: Int) {
        self.language = language
        var tail: [String] = []
        tail.reserveCapacity(tailCount)
        // Three syllables, counted in base `syllables.count`: distinct words
        // whose spelling follows their rank.
        let base = syllables.count
        precondition(tailCount <= base * base * base, "not enough syllables for \(tailCount) tail words")
        for number in 0..<tailCount {
            tail.append(syllables[number / (base * base)] + syllables[number / base % base] + syllables[number % base])
        }
        words = head + tail
        self.functionWords = functionWords
        var total = 0.0
        cumulative = words.indices.map { rank in
            total += 1 / Double(rank + 2)
            return total
        }
    }

    /// A content word, Zipf-distributed.
    func draw(using generator: inout SeededGenerator) -> String {
        let target = generator.nextUnit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }

    func drawFunctionWord(using generator: inout SeededGenerator) -> String {
        // Squared so that "the" and "de" come up more often than "would".
        let unit = generator.nextUnit()
        return functionWords[Int(unit * unit * Double(functionWords.count))]
    }
}

extension ZipfVocabulary {
    static let english = ZipfVocabulary(
        language: .english,
        head: [
            "government", "people", "year", "police", "market", "city", "president", "country",
            "minister", "company", "week", "report", "court", "workers", "election", "price",
            "water", "energy", "school", "bank", "health", "party", "state", "law", "border",
            "union", "budget", "oil", "storm", "team", "season", "players", "film", "museum",
            "hospital", "doctors", "patients", "vaccine", "migrants", "army", "troops", "peace",
            "talks", "summit", "leaders", "council", "mayor", "housing", "rent", "inflation",
            "growth", "jobs", "wages", "strike", "factory", "farmers", "drought", "river",
            "coast", "island", "airport", "railway", "bridge", "traffic", "accident", "victims",
            "families", "children", "students", "university", "research", "scientists",
            "climate", "emissions", "carbon", "solar", "wind", "grid", "internet", "privacy",
            "software", "phone", "tariffs", "exports", "steel", "shipping", "port", "fishing",
            "tourism", "hotel", "festival", "concert", "album", "novel", "library", "theatre",
            "painter", "stadium", "referee", "goal",
        ],
        functionWords: [
            "the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "was", "said",
            "by", "as", "at", "from", "it", "has", "have", "is", "be", "its", "after", "but",
            "not", "this", "were", "which", "will", "would",
        ],
        syllables: [
            "bar", "ven", "tol", "mick", "sen", "dra", "lin", "cor", "pes", "tam", "rud", "fel",
            "gon", "wis", "bry", "kel", "mar", "nop", "quin", "sto", "tev", "ulm", "yar", "zed",
        ],
        tailCount: 12_000
    )

    static let spanish = ZipfVocabulary(
        language: .spanish,
        head: [
            "gobierno", "personas", "año", "policía", "mercado", "ciudad", "presidente", "país",
            "ministro", "empresa", "semana", "informe", "tribunal", "trabajadores", "elecciones",
            "precio", "agua", "energía", "escuela", "banco", "salud", "partido", "estado", "ley",
            "frontera", "sindicato", "presupuesto", "petróleo", "tormenta", "equipo", "temporada",
            "jugadores", "película", "museo", "hospital", "médicos", "pacientes", "vacuna",
            "migrantes", "ejército", "tropas", "paz", "negociaciones", "cumbre", "líderes",
            "consejo", "alcalde", "vivienda", "alquiler", "inflación", "crecimiento", "empleo",
            "salarios", "huelga", "fábrica", "agricultores", "sequía", "río", "costa", "isla",
            "aeropuerto", "ferrocarril", "puente", "tráfico", "accidente", "víctimas", "familias",
            "niños", "estudiantes", "universidad", "investigación", "científicos", "clima",
            "emisiones", "carbono", "solar", "viento", "red", "internet", "privacidad", "programa",
            "teléfono", "aranceles", "exportaciones", "acero", "transporte", "puerto", "muelle",
            "pesca", "turismo", "hotel", "festival", "concierto", "disco", "novela", "biblioteca",
            "teatro", "pintor", "estadio", "árbitro", "gol",
        ],
        functionWords: [
            "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un",
            "para", "con", "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya",
            "o", "fue", "ha", "este", "sobre",
        ],
        syllables: [
            "ca", "ren", "to", "mi", "sal", "de", "ra", "pon", "bu", "les", "gar", "ni", "ves",
            "lo", "char", "te", "fu", "mar", "sin", "qui", "do", "ber", "ya", "zo",
        ],
        tailCount: 12_000
    )
}
