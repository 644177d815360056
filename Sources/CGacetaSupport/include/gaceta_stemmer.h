#ifndef GACETA_STEMMER_H
#define GACETA_STEMMER_H

#include <stddef.h>
#include <stdint.h>

// Plain-C wrapper around libstemmer (Snowball). Snowball stemmers keep state
// and reuse their output buffer, so each thread gets its own pair, created on
// first use and freed when the thread exits; results are copied out at once.
// Each thread also caches the stems of recent short words (512 KB).

#define GACETA_STEMMER_ENGLISH 0
#define GACETA_STEMMER_SPANISH 1

/// Stems lower-case UTF-8 `word` with the calling thread's stemmer for
/// `language` (GACETA_STEMMER_ENGLISH: Porter2; GACETA_STEMMER_SPANISH).
/// Copies up to `capacity` bytes into `out` and returns the stem's length
/// (which may exceed `capacity`), or -1 when the stemmer is unavailable.
int64_t gaceta_stem(int32_t language, const uint8_t *word, size_t length,
                    uint8_t *out, size_t capacity);

#endif
