import ArgumentParser
import Gaceta

// `--lang en|es` parses straight into the library's language.
extension Language: ExpressibleByArgument {}
