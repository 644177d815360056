#ifndef GACETA_ICU_H
#define GACETA_ICU_H

#include <stddef.h>
#include <stdint.h>

// Plain-C wrappers around the system ICU. No ICU type appears here: the
// Swift side must never see ICU headers (they clash with Foundation's copy).

/// Word-break rule status ranges, copied from ICU's UWordBreak (checked by
/// _Static_assert in icu.c). A status below GACETA_WORD_NONE_LIMIT marks
/// spaces, punctuation, symbols and emoji.
#define GACETA_WORD_NONE_LIMIT 100
#define GACETA_WORD_NUMBER_LIMIT 200
#define GACETA_WORD_LETTER_LIMIT 300
#define GACETA_WORD_KANA_LIMIT 400
#define GACETA_WORD_IDEO_LIMIT 500

/// A word found by the word-break iterator: UTF-8 byte offsets and the ICU
/// rule status (always >= GACETA_WORD_NONE_LIMIT).
typedef struct gaceta_word_span {
    int64_t start;
    int64_t end;
    int32_t status;
    int32_t reserved;
} gaceta_word_span;

/// Iterates the words of one UTF-8 text. Pure ASCII stretches between white
/// space are segmented by our own code with the same rules (UAX #29 as ICU
/// implements it); the rest goes to a word-break iterator cached for the
/// calling thread, so opening a cursor is cheap. A cursor belongs to
/// the thread that opened it and must be ended on that thread.
typedef struct gaceta_word_cursor gaceta_word_cursor;

/// Starts iterating the words of `text` (which must stay alive and unchanged
/// until `gaceta_words_end`). Returns NULL when ICU fails.
gaceta_word_cursor *gaceta_words_begin(const uint8_t *text, size_t length);

/// The same, with every byte going through ICU (no ASCII fast path): for
/// tests that check both paths agree.
gaceta_word_cursor *gaceta_words_begin_icu(const uint8_t *text, size_t length);

/// Writes up to `capacity` next words into `spans`; returns how many were
/// written, 0 at the end of the text.
size_t gaceta_words_next(gaceta_word_cursor *cursor, gaceta_word_span *spans, size_t capacity);

void gaceta_words_end(gaceta_word_cursor *cursor);

/// Sentence boundaries of `text` (ICU sentence-break iterator, English
/// abbreviation suppressions): writes the end offset of each sentence, in
/// order, into `ends` (up to `capacity`) and returns the number of sentences,
/// which may exceed `capacity` (call again with a larger buffer); -1 on failure.
int64_t gaceta_sentence_ends(const uint8_t *text, size_t length, int64_t *ends, size_t capacity);

/// Folds one word for indexing: NFKC, full case folding, removal of default
/// ignorables (soft hyphen, ZWJ...), removal of the combining marks of Latin,
/// Greek and Cyrillic letters (diacritics) except the tilde of ñ, apostrophe
/// variants mapped to U+0027. Writes up to
/// `capacity` bytes of UTF-8 into `out` and returns the folded length (which
/// may exceed `capacity`: call again with a larger buffer), or -1 on failure.
/// Invalid UTF-8 becomes U+FFFD.
int64_t gaceta_fold(const uint8_t *word, size_t length, uint8_t *out, size_t capacity);

/// The same folding through ICU only, without the ASCII and Latin-1 fast
/// paths (for tests that check the fast paths agree with ICU).
int64_t gaceta_fold_icu(const uint8_t *word, size_t length, uint8_t *out, size_t capacity);

#endif
