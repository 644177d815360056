import ArgumentParser
import Gaceta

// `--lang en|es` and `--sort relevance|date` parse straight into the library's types.
extension Language: ExpressibleByArgument {}
extension SearchSort: ExpressibleByArgument {}
