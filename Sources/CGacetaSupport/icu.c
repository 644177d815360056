#include "gaceta_icu.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

_Static_assert(UBRK_WORD_NONE_LIMIT == GACETA_WORD_NONE_LIMIT, "ICU word status ranges changed");
_Static_assert(UBRK_WORD_NUMBER_LIMIT == GACETA_WORD_NUMBER_LIMIT, "ICU word status ranges changed");
_Static_assert(UBRK_WORD_LETTER_LIMIT == GACETA_WORD_LETTER_LIMIT, "ICU word status ranges changed");
_Static_assert(UBRK_WORD_KANA_LIMIT == GACETA_WORD_KANA_LIMIT, "ICU word status ranges changed");
_Static_assert(UBRK_WORD_IDEO_LIMIT == GACETA_WORD_IDEO_LIMIT, "ICU word status ranges changed");

// MARK: - Per-thread break iterators

// Words are found in two ways that give identical results (tests compare
// them): a chunk of text between ASCII white space made only of ASCII, Latin-1
// letters and common news punctuation is segmented here with the UAX #29
// rules for those characters (plus ICU's "@" as a letter); runs of chunks
// holding anything else go to ICU. White space is always a word boundary, so
// the split never changes a word.
struct gaceta_word_cursor {
    UBreakIterator *iterator;
    int owned;        // opened for this cursor because the thread's own was busy
    int icu_only;     // every byte goes through ICU (tests)
    const uint8_t *text;
    int64_t length;
    int64_t position;      // next byte to look at outside ICU regions
    int64_t ascii_end;     // [position, ascii_end) is a chunk the fast path handles
    int in_region;         // ICU is iterating [region_start, region_end)
    int64_t region_start;
    int64_t region_end;
    int32_t previous;      // last ICU boundary, relative to region_start
    UText utext;
};

struct icu_cache {
    UBreakIterator *words;
    UBreakIterator *sentences;
    int words_busy;
    struct gaceta_word_cursor cursor;
};

static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;
static __thread struct icu_cache *thread_cache;

static void free_cache(void *value) {
    struct icu_cache *cache = (struct icu_cache *)value;
    if (cache == NULL) {
        return;
    }
    utext_close(&cache->cursor.utext);
    if (cache->words != NULL) {
        ubrk_close(cache->words);
    }
    if (cache->sentences != NULL) {
        ubrk_close(cache->sentences);
    }
    free(cache);
}

static void make_key(void) {
    pthread_key_create(&cache_key, free_cache);
}

static struct icu_cache *current_cache(void) {
    struct icu_cache *cache = thread_cache;
    if (cache != NULL) {
        return cache;
    }
    pthread_once(&cache_once, make_key);
    cache = (struct icu_cache *)calloc(1, sizeof *cache);
    if (cache == NULL) {
        return NULL;
    }
    UText initial = UTEXT_INITIALIZER;
    cache->cursor.utext = initial;
    // The key's destructor closes the iterators when the thread exits.
    pthread_setspecific(cache_key, cache);
    thread_cache = cache;
    return cache;
}

static UBreakIterator *open_word_iterator(void) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "en", NULL, 0, &status);
    if (U_FAILURE(status)) {
        return NULL;
    }
    return iterator;
}

// MARK: - Words

static gaceta_word_cursor *words_begin(const uint8_t *text, size_t length, int icu_only) {
    if (length > (size_t)INT32_MAX) {
        return NULL;  // ICU break iterators index with int32_t
    }
    if (text == NULL) {
        text = (const uint8_t *)"";
        length = 0;
    }
    struct icu_cache *cache = current_cache();
    if (cache == NULL) {
        return NULL;
    }
    struct gaceta_word_cursor *cursor;
    if (!cache->words_busy) {
        if (cache->words == NULL) {
            cache->words = open_word_iterator();
            if (cache->words == NULL) {
                return NULL;
            }
        }
        cursor = &cache->cursor;
        cursor->iterator = cache->words;
        cursor->owned = 0;
        cache->words_busy = 1;
    } else {
        // A second cursor on the same thread: give it its own iterator.
        cursor = (struct gaceta_word_cursor *)calloc(1, sizeof *cursor);
        if (cursor == NULL) {
            return NULL;
        }
        cursor->iterator = open_word_iterator();
        cursor->owned = 1;
        if (cursor->iterator == NULL) {
            free(cursor);
            return NULL;
        }
        UText initial = UTEXT_INITIALIZER;
        cursor->utext = initial;
    }
    cursor->icu_only = icu_only;
    cursor->text = text;
    cursor->length = (int64_t)length;
    cursor->position = 0;
    cursor->ascii_end = 0;
    cursor->in_region = 0;
    return cursor;
}

gaceta_word_cursor *gaceta_words_begin(const uint8_t *text, size_t length) {
    return words_begin(text, length, 0);
}

gaceta_word_cursor *gaceta_words_begin_icu(const uint8_t *text, size_t length) {
    return words_begin(text, length, 1);
}

static int is_space(uint8_t b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0D);
}

// Word-break classes (UAX #29, with ICU's "@" as a letter) of the characters
// the fast path handles: ASCII, the Latin-1 letters, and the punctuation of
// news prose (« » ¿ ¡ “ ” ‘ ’ – — and no-break space).
enum { OTHER = 0, LETTER = 1, DIGIT = 2, EXTEND_NUM_LET = 3, MID_NUM_LET = 4, MID_NUM = 5, UNKNOWN = 6 };

static inline __attribute__((always_inline)) uint8_t ascii_class(uint8_t b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '@') return LETTER;
    if (b >= '0' && b <= '9') return DIGIT;
    if (b == '_') return EXTEND_NUM_LET;
    if (b == '.' || b == '\'') return MID_NUM_LET;
    if (b == ',' || b == ';') return MID_NUM;
    return OTHER;
}

// The class of the character at text[i] (i < end) and its length in bytes;
// UNKNOWN for anything the fast path leaves to ICU.
static inline __attribute__((always_inline)) uint8_t char_class(const uint8_t *text, int64_t i, int64_t end, int *length) {
    uint8_t b = text[i];
    if (b < 0x80) {
        *length = 1;
        return ascii_class(b);
    }
    *length = 2;
    if (b == 0xC3 && i + 1 < end) {
        uint8_t c = text[i + 1];
        if (c >= 0x80 && c <= 0xBF) {
            return (c == 0x97 || c == 0xB7) ? OTHER : LETTER;  // × ÷ are symbols
        }
        return UNKNOWN;
    }
    if (b == 0xC2 && i + 1 < end) {
        uint8_t c = text[i + 1];
        // no-break space, ¡ « » ¿
        if (c == 0xA0 || c == 0xA1 || c == 0xAB || c == 0xBB || c == 0xBF) return OTHER;
        return UNKNOWN;
    }
    if (b == 0xE2 && i + 2 < end && text[i + 1] == 0x80) {
        *length = 3;
        uint8_t c = text[i + 2];
        if (c == 0x98 || c == 0x99) return MID_NUM_LET;                           // ‘ ’
        if (c == 0x93 || c == 0x94 || c == 0x9C || c == 0x9D) return OTHER;         // – — “ ”
        return UNKNOWN;
    }
    return UNKNOWN;
}

// Finds the end of the chunk at `start` and whether the fast path handles it.
static int64_t chunk_end(const uint8_t *text, int64_t length, int64_t start, int *fast) {
    int64_t i = start;
    int handled = 1;
    while (i < length && !is_space(text[i])) {
        if (text[i] < 0x80) {
            i++;
            continue;
        }
        int n;
        if (char_class(text, i, length, &n) == UNKNOWN) {
            handled = 0;
            n = 1;
        }
        i += n;
    }
    *fast = handled;
    return i;
}

static int start_region(gaceta_word_cursor *c, int64_t start, int64_t end) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&c->utext, (const char *)c->text + start, end - start, &status);
    if (U_SUCCESS(status)) {
        ubrk_setUText(c->iterator, &c->utext, &status);
    }
    if (U_FAILURE(status)) {
        return 0;
    }
    c->previous = ubrk_first(c->iterator);
    c->region_start = start;
    c->region_end = end;
    c->in_region = 1;
    return 1;
}

size_t gaceta_words_next(gaceta_word_cursor *c, gaceta_word_span *spans, size_t capacity) {
    size_t count = 0;
    if (c == NULL) {
        return 0;
    }
    const uint8_t *text = c->text;
    while (count < capacity) {
        if (c->in_region) {
            int32_t end = ubrk_next(c->iterator);
            if (end == UBRK_DONE) {
                c->in_region = 0;
                c->position = c->region_end;
                continue;
            }
            int32_t status = ubrk_getRuleStatus(c->iterator);
            if (status >= UBRK_WORD_NONE_LIMIT) {
                spans[count].start = c->region_start + c->previous;
                spans[count].end = c->region_start + end;
                spans[count].status = status;
                spans[count].reserved = 0;
                count++;
            }
            c->previous = end;
            continue;
        }
        if (c->position >= c->length) {
            break;
        }
        if (c->icu_only) {
            if (!start_region(c, c->position, c->length)) {
                c->position = c->length;
            }
            continue;
        }
        if (c->position >= c->ascii_end) {
            // At the start of a chunk: skip white space, then classify it.
            if (is_space(text[c->position])) {
                c->position++;
                continue;
            }
            int ascii;
            int64_t end = chunk_end(text, c->length, c->position, &ascii);
            if (ascii) {
                c->ascii_end = end;
            } else {
                // Take the following non-ASCII chunks into the same ICU region.
                int64_t region_end = end;
                for (;;) {
                    int64_t next = region_end;
                    while (next < c->length && is_space(text[next])) next++;
                    if (next >= c->length) break;
                    int next_ascii;
                    int64_t next_end = chunk_end(text, c->length, next, &next_ascii);
                    if (next_ascii) break;
                    region_end = next_end;
                }
                if (!start_region(c, c->position, region_end)) {
                    c->position = region_end;  // ICU failed: skip the region
                }
                continue;
            }
        }
        // Inside a chunk the fast path handles: the next word, if any.
        int64_t i = c->position;
        int64_t end = c->ascii_end;
        int n;
        uint8_t cls = char_class(text, i, end, &n);
        if (cls != LETTER && cls != DIGIT && cls != EXTEND_NUM_LET) {
            c->position = i + n;
            continue;
        }
        int64_t start = i;
        int last_alnum = OTHER;
        int trailing_underscores = 0;
        for (;;) {
            if (cls == LETTER || cls == DIGIT) {
                last_alnum = cls;
                trailing_underscores = 0;
            } else {
                trailing_underscores++;
            }
            i += n;
            if (cls == LETTER) {
                // Most of a word is a run of ASCII letters: step over it at a
                // byte a test (each would leave the state as it is).
                while (i < end && ascii_class(text[i]) == LETTER) i++;
            }
            if (i >= end) break;
            int next_length;
            uint8_t next = char_class(text, i, end, &next_length);
            if (next == LETTER || next == DIGIT || next == EXTEND_NUM_LET) {
                cls = next;
                n = next_length;
                continue;
            }
            // WB6/7: letter (MidNumLet) letter; WB11/12: digit (MidNum|MidNumLet) digit.
            if ((next == MID_NUM_LET || next == MID_NUM) && i + next_length < end) {
                int after_length;
                uint8_t after = char_class(text, i + next_length, end, &after_length);
                if ((cls == LETTER && next == MID_NUM_LET && after == LETTER) ||
                    (cls == DIGIT && after == DIGIT)) {
                    i += next_length;
                    cls = after;
                    n = after_length;
                    continue;
                }
            }
            break;
        }
        c->position = i;
        if (last_alnum == OTHER) {
            continue;  // only underscores: not a word worth keeping
        }
        spans[count].start = start;
        spans[count].end = i;
        // ICU's status is that of the last letter or digit, except that a word
        // ending in two or more underscores counts as letters ("1__").
        spans[count].status = (last_alnum == DIGIT && trailing_underscores < 2) ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
        spans[count].reserved = 0;
        count++;
    }
    return count;
}

void gaceta_words_end(gaceta_word_cursor *cursor) {
    if (cursor == NULL) {
        return;
    }
    if (cursor->owned) {
        utext_close(&cursor->utext);
        ubrk_close(cursor->iterator);
        free(cursor);
    } else if (thread_cache != NULL) {
        thread_cache->words_busy = 0;
    }
}

// MARK: - Sentences

int64_t gaceta_sentence_ends(const uint8_t *text, size_t length, int64_t *ends, size_t capacity) {
    if (length > (size_t)INT32_MAX) {
        return -1;
    }
    if (length == 0) {
        return 0;
    }
    struct icu_cache *cache = current_cache();
    if (cache == NULL) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    if (cache->sentences == NULL) {
        // "ss=standard" suppresses breaks after common English abbreviations (Mr., U.S.).
        cache->sentences = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &status);
        if (U_FAILURE(status)) {
            cache->sentences = NULL;
            return -1;
        }
    }
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, (const char *)text, (int64_t)length, &status);
    if (U_SUCCESS(status)) {
        ubrk_setUText(cache->sentences, &utext, &status);
    }
    if (U_FAILURE(status)) {
        utext_close(&utext);
        return -1;
    }
    int64_t count = 0;
    ubrk_first(cache->sentences);
    for (int32_t end = ubrk_next(cache->sentences); end != UBRK_DONE; end = ubrk_next(cache->sentences)) {
        if ((size_t)count < capacity) {
            ends[count] = end;
        }
        count++;
    }
    utext_close(&utext);
    return count;
}

// MARK: - Folding

// A UTF-16 buffer on the stack that moves to the heap when it must grow.
enum { STACK_UNITS = 128 };
struct units {
    UChar *data;
    int32_t capacity;
    UChar stack[STACK_UNITS];
};

static void units_init(struct units *u) {
    u->data = u->stack;
    u->capacity = STACK_UNITS;
}

static int units_reserve(struct units *u, int32_t needed) {
    if (needed <= u->capacity) {
        return 1;
    }
    UChar *data = (UChar *)malloc((size_t)needed * sizeof(UChar));
    if (data == NULL) {
        return 0;
    }
    if (u->data != u->stack) {
        free(u->data);
    }
    u->data = data;
    u->capacity = needed;
    return 1;
}

static void units_free(struct units *u) {
    if (u->data != u->stack) {
        free(u->data);
    }
}

// Normalises `source` into `target`, growing it as needed; returns the length or -1.
static int32_t normalize_into(const UNormalizer2 *normalizer, const struct units *source,
                              int32_t length, struct units *target) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t result = unorm2_normalize(normalizer, source->data, length, target->data,
                                      target->capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        if (!units_reserve(target, result + 1)) {
            return -1;
        }
        status = U_ZERO_ERROR;
        result = unorm2_normalize(normalizer, source->data, length, target->data,
                                  target->capacity, &status);
    }
    return U_FAILURE(status) ? -1 : result;
}

static int is_apostrophe(UChar32 c) {
    return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x201B || c == 0xFF07;
}

int64_t gaceta_fold_icu(const uint8_t *word, size_t length, uint8_t *out, size_t capacity) {
    if (length > (size_t)(INT32_MAX / 4) || capacity > (size_t)INT32_MAX) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc_cf = unorm2_getNFKCCasefoldInstance(&status);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        return -1;
    }
    struct units a, b;
    units_init(&a);
    units_init(&b);
    int64_t result = -1;

    // UTF-8 to UTF-16, invalid sequences become U+FFFD.
    int32_t n = 0;
    u_strFromUTF8WithSub(a.data, a.capacity, &n, (const char *)word, (int32_t)length, 0xFFFD, NULL, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        if (!units_reserve(&a, n + 1)) {
            goto done;
        }
        u_strFromUTF8WithSub(a.data, a.capacity, &n, (const char *)word, (int32_t)length, 0xFFFD, NULL, &status);
    }
    if (U_FAILURE(status)) {
        goto done;
    }
    // NFKC + full case folding + removal of default ignorables, then decompose.
    if ((n = normalize_into(nfkc_cf, &a, n, &b)) < 0) {
        goto done;
    }
    if ((n = normalize_into(nfd, &b, n, &a)) < 0) {
        goto done;
    }
    // Drop the combining marks of Latin, Greek and Cyrillic letters (accents),
    // except the tilde that makes n into ñ. Marks on other scripts are part
    // of the spelling (kana voicing marks, Indic viramas) and stay.
    int32_t kept = 0;
    UChar32 previous = 0;
    UChar32 base = 0;
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U16_NEXT(a.data, i, n, c);
        int8_t type = u_charType(c);
        if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) {
            int accented_script = base < 0x0530 || (base >= 0x1E00 && base <= 0x1FFF);
            if (accented_script && !(c == 0x0303 && previous == 'n')) {
                continue;
            }
        } else {
            base = c;
        }
        if (is_apostrophe(c)) {
            c = '\'';
        }
        // Kept code points never grow: write back in place.
        U16_APPEND_UNSAFE(a.data, kept, c);
        previous = c;
    }
    if ((n = normalize_into(nfc, &a, kept, &b)) < 0) {
        goto done;
    }
    int32_t written = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8WithSub((char *)out, (int32_t)capacity, &written, b.data, n, 0xFFFD, NULL, &status);
    if (U_SUCCESS(status) || status == U_BUFFER_OVERFLOW_ERROR) {
        result = written;
    }
done:
    units_free(&a);
    units_free(&b);
    return result;
}

// Folding of U+00C0...U+00FF (second byte 0x80...0xBF after 0xC3), matching
// what the ICU path produces.
static const char *const latin1_folds[64] = {
    "a", "a", "a", "a", "a", "a", "\xC3\xA6", "c",           // À Á Â Ã Ä Å Æ Ç
    "e", "e", "e", "e", "i", "i", "i", "i",                  // È É Ê Ë Ì Í Î Ï
    "\xC3\xB0", "\xC3\xB1", "o", "o", "o", "o", "o", "\xC3\x97", // Ð Ñ Ò Ó Ô Õ Ö ×
    "\xC3\xB8", "u", "u", "u", "u", "y", "\xC3\xBE", "ss",   // Ø Ù Ú Û Ü Ý Þ ß
    "a", "a", "a", "a", "a", "a", "\xC3\xA6", "c",           // à á â ã ä å æ ç
    "e", "e", "e", "e", "i", "i", "i", "i",                  // è é ê ë ì í î ï
    "\xC3\xB0", "\xC3\xB1", "o", "o", "o", "o", "o", "\xC3\xB7", // ð ñ ò ó ô õ ö ÷
    "\xC3\xB8", "u", "u", "u", "u", "y", "\xC3\xBE", "y",    // ø ù ú û ü ý þ ÿ
};

int64_t gaceta_fold(const uint8_t *word, size_t length, uint8_t *out, size_t capacity) {
    // Fast path: ASCII, Latin-1 letters, curly apostrophes and soft hyphens.
    size_t o = 0;
#define EMIT(byte) do { if (o < capacity) { out[o] = (uint8_t)(byte); } o++; } while (0)
    for (size_t i = 0; i < length; i++) {
        uint8_t b = word[i];
        if (b < 0x80) {
            EMIT(b >= 'A' && b <= 'Z' ? b + 32 : b);
        } else if (b == 0xC3 && i + 1 < length && word[i + 1] >= 0x80 && word[i + 1] <= 0xBF) {
            // A following combining mark would compose differently: leave that to ICU.
            if (i + 2 < length && word[i + 2] >= 0xCC && word[i + 2] <= 0xCD) {
                return gaceta_fold_icu(word, length, out, capacity);
            }
            for (const char *f = latin1_folds[word[i + 1] - 0x80]; *f; f++) {
                EMIT(*f);
            }
            i += 1;
        } else if (b == 0xC2 && i + 1 < length && word[i + 1] == 0xAD) {
            i += 1;  // soft hyphen: a default ignorable
        } else if (b == 0xE2 && i + 2 < length && word[i + 1] == 0x80 &&
                   (word[i + 2] == 0x98 || word[i + 2] == 0x99)) {
            EMIT('\'');  // ‘ ’
            i += 2;
        } else {
            return gaceta_fold_icu(word, length, out, capacity);
        }
    }
#undef EMIT
    return (int64_t)o;
}
