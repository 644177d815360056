#include "gaceta_stemmer.h"

#include <libstemmer.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct stemmers {
    struct sb_stemmer *english;
    struct sb_stemmer *spanish;
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

int64_t gaceta_stem(int32_t language, const uint8_t *word, size_t length,
                    uint8_t *out, size_t capacity) {
    struct stemmers *s = current_stemmers();
    if (s == NULL || length > (size_t)INT_MAX) {
        return -1;
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
    // The stemmer reuses its buffer on the next call: copy now.
    size_t copy = (size_t)stem_length < capacity ? (size_t)stem_length : capacity;
    if (copy > 0) {
        memcpy(out, stem, copy);
    }
    return stem_length;
}
