extension Language {
    /// The byte that stands for the language inside term keys and stored records.
    var keyByte: UInt8 {
        switch self {
        case .english: 1
        case .spanish: 2
        }
    }

    init?(keyByte: UInt8) {
        switch keyByte {
        case 1: self = .english
        case 2: self = .spanish
        default: return nil
        }
    }
}
