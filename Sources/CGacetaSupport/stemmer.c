#include "gaceta_stemmer.h"

#include <libstemmer.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// Word frequencies are Zipfian: a small direct-mapped cache of recent stems
// per thread saves most Snowball calls. Short words only; the newest wins.
enum { CACHE_SLOTS = 8192, CACHE_WORD_MAX = 30 };

struct cache_entry {
    uint8_t word_length;  // 0: empty slot
    uint8_t stem_length;
    uint8_t word[CACHE_WORD_MAX];
    uint8_t stem[CACHE_WORD_MAX];
    uint8_t language;
    uint8_t padding;
};

struct stemmers {
    struct sb_stemmer *english;
    struct sb_stemmer *spanish;
    struct cache_entry cache[CACHE_SLOTS];
};

static pthread_key_t stemmers_key;
static pthread_once_t stemmers_once = PTHREAD_ONCE_INIT;
static __thread struct stemmers *thread_stemmers;

static void free_stemmers(void *value) {
    struct stemmers *s = (struct stemmers *)value;
    if (s == NULL) {
        return;
    }
    if (s->english != NULL) {
        sb_stemmer_delete(s->english);
    }
    if (s->spanish != NULL) {
        sb_stemmer_delete(s->spanish);
    }
    free(s);
}

static void make_key(void) {
    pthread_key_create(&stemmers_key, free_stemmers);
}

static struct stemmers *current_stemmers(void) {
    struct stemmers *s = thread_stemmers;
    if (s != NULL) {
        return s;
    }
    pthread_once(&stemmers_once, make_key);
    s = (struct stemmers *)calloc(1, sizeof *s);
    if (s == NULL) {
        return NULL;
    }
    s->english = sb_stemmer_new("english", "UTF_8");
    s->spanish = sb_stemmer_new("spanish", "UTF_8");
    // The key's destructor frees the pair when the thread exits.
    pthread_setspecific(stemmers_key, s);
    thread_stemmers = s;
    return s;
}

static uint32_t slot_of(int32_t language, const uint8_t *word, size_t length) {
    uint32_t hash = 2166136261u ^ (uint32_t)language;  // FNV-1a
    for (size_t i = 0; i < length; i++) {
        hash = (hash ^ word[i]) * 16777619u;
    }
    return (hash ^ (hash >> 15)) & (CACHE_SLOTS - 1);
}

static int64_t copy_out(const uint8_t *stem, size_t stem_length, uint8_t *out, size_t capacity) {
    size_t copy = stem_length < capacity ? stem_length : capacity;
    if (copy > 0) {
        memcpy(out, stem, copy);
    }
    return (int64_t)stem_length;
}

int64_t gaceta_stem(int32_t language, const uint8_t *word, size_t length,
                    uint8_t *out, size_t capacity) {
    struct stemmers *s = current_stemmers();
    if (s == NULL || length > (size_t)INT_MAX) {
        return -1;
    }
    struct cache_entry *entry = NULL;
    if (length > 0 && length <= CACHE_WORD_MAX) {
        entry = &s->cache[slot_of(language, word, length)];
        if (entry->word_length == length && entry->language == (uint8_t)language &&
            memcmp(entry->word, word, length) == 0) {
            return copy_out(entry->stem, entry->stem_length, out, capacity);
        }
    }
    struct sb_stemmer *stemmer = language == GACETA_STEMMER_SPANISH ? s->spanish : s->english;
    if (stemmer == NULL) {
        return -1;
    }
    const sb_symbol *stem = sb_stemmer_stem(stemmer, (const sb_symbol *)word, (int)length);
    if (stem == NULL) {
        return -1;  // out of memory inside Snowball
    }
    int stem_length = sb_stemmer_length(stemmer);
    if (stem_length < 0) {
        return -1;
    }
    if (entry != NULL && stem_length <= CACHE_WORD_MAX) {
        entry->word_length = (uint8_t)length;
        entry->language = (uint8_t)language;
        memcpy(entry->word, word, length);
        entry->stem_length = (uint8_t)stem_length;
        memcpy(entry->stem, stem, (size_t)stem_length);
    }
    // The stemmer reuses its buffer on the next call: copy now.
    return copy_out(stem, (size_t)stem_length, out, capacity);
}
