#include "gaceta_compression.h"

#include <limits.h>
#include <stdlib.h>
#include <zlib.h>
#include <zdict.h>
#include <zstd.h>

uint32_t gaceta_crc32(uint32_t crc, const uint8_t *bytes, size_t length) {
    uLong value = crc;
    // zlib takes a uInt length: feed large buffers in chunks.
    while (length > 0) {
        uInt chunk = length > (size_t)UINT_MAX ? UINT_MAX : (uInt)length;
        value = crc32(value, bytes, chunk);
        bytes += chunk;
        length -= chunk;
    }
    return (uint32_t)value;
}

size_t gaceta_zstd_compress_bound(size_t length) {
    return ZSTD_compressBound(length);
}

// One context per thread, made on first use and kept: ZSTD_compress and
// ZSTD_decompress build a fresh context (hundreds of KB) on every call, which
// cost more than the work itself on the 4 KiB chunks of the store.
static __thread ZSTD_CCtx *compression_context;
static __thread ZSTD_DCtx *decompression_context;

int64_t gaceta_zstd_compress(uint8_t *destination, size_t capacity,
                             const uint8_t *source, size_t length, int level) {
    if (compression_context == NULL) {
        compression_context = ZSTD_createCCtx();
        if (compression_context == NULL) {
            return -1;
        }
    }
    size_t written = ZSTD_compressCCtx(compression_context, destination, capacity, source, length, level);
    return ZSTD_isError(written) ? -1 : (int64_t)written;
}

int64_t gaceta_zstd_decompress(uint8_t *destination, size_t capacity,
                               const uint8_t *source, size_t length) {
    if (decompression_context == NULL) {
        decompression_context = ZSTD_createDCtx();
        if (decompression_context == NULL) {
            return -1;
        }
    }
    size_t written = ZSTD_decompressDCtx(decompression_context, destination, capacity, source, length);
    return ZSTD_isError(written) ? -1 : (int64_t)written;
}

int64_t gaceta_zstd_train_dictionary(uint8_t *dictionary, size_t capacity,
                                     const uint8_t *samples, const size_t *sizes, unsigned count) {
    size_t written = ZDICT_trainFromBuffer(dictionary, capacity, samples, sizes, count);
    return ZDICT_isError(written) ? -1 : (int64_t)written;
}

struct gaceta_zstd_compressor {
    ZSTD_CCtx *context;
    ZSTD_CDict *dictionary;
};

gaceta_zstd_compressor *gaceta_zstd_compressor_create(const uint8_t *dictionary, size_t length, int level) {
    struct gaceta_zstd_compressor *compressor = (struct gaceta_zstd_compressor *)calloc(1, sizeof *compressor);
    if (compressor == NULL) {
        return NULL;
    }
    compressor->context = ZSTD_createCCtx();
    if (compressor->context == NULL) {
        gaceta_zstd_compressor_free(compressor);
        return NULL;
    }
    size_t status = ZSTD_CCtx_setParameter(compressor->context, ZSTD_c_compressionLevel, level);
    // Four bytes a frame saved: the reader knows which dictionary it needs.
    if (!ZSTD_isError(status)) {
        status = ZSTD_CCtx_setParameter(compressor->context, ZSTD_c_dictIDFlag, 0);
    }
    if (!ZSTD_isError(status) && length > 0) {
        compressor->dictionary = ZSTD_createCDict(dictionary, length, level);
        status = compressor->dictionary == NULL ? (size_t)-1 : ZSTD_CCtx_refCDict(compressor->context, compressor->dictionary);
    }
    if (ZSTD_isError(status)) {
        gaceta_zstd_compressor_free(compressor);
        return NULL;
    }
    return compressor;
}

int64_t gaceta_zstd_compressor_compress(gaceta_zstd_compressor *compressor, uint8_t *destination, size_t capacity,
                                        const uint8_t *source, size_t length) {
    size_t written = ZSTD_compress2(compressor->context, destination, capacity, source, length);
    return ZSTD_isError(written) ? -1 : (int64_t)written;
}

void gaceta_zstd_compressor_free(gaceta_zstd_compressor *compressor) {
    if (compressor != NULL) {
        ZSTD_freeCCtx(compressor->context);
        ZSTD_freeCDict(compressor->dictionary);
        free(compressor);
    }
}

struct gaceta_zstd_dictionary {
    ZSTD_DDict *digested;
};

gaceta_zstd_dictionary *gaceta_zstd_dictionary_create(const uint8_t *bytes, size_t length) {
    // zstd would take any other bytes as a raw-content dictionary; only a
    // trained one (magic number and entropy tables) can be the store's.
    if (ZSTD_getDictID_fromDict(bytes, length) == 0) {
        return NULL;
    }
    struct gaceta_zstd_dictionary *dictionary = (struct gaceta_zstd_dictionary *)malloc(sizeof *dictionary);
    if (dictionary == NULL) {
        return NULL;
    }
    dictionary->digested = ZSTD_createDDict(bytes, length);
    if (dictionary->digested == NULL) {
        free(dictionary);
        return NULL;
    }
    return dictionary;
}

void gaceta_zstd_dictionary_free(gaceta_zstd_dictionary *dictionary) {
    if (dictionary != NULL) {
        ZSTD_freeDDict(dictionary->digested);
        free(dictionary);
    }
}

int64_t gaceta_zstd_decompress_with(const gaceta_zstd_dictionary *dictionary, uint8_t *destination, size_t capacity,
                                    const uint8_t *source, size_t length) {
    if (dictionary == NULL) {
        return gaceta_zstd_decompress(destination, capacity, source, length);
    }
    if (decompression_context == NULL) {
        decompression_context = ZSTD_createDCtx();
        if (decompression_context == NULL) {
            return -1;
        }
    }
    size_t written = ZSTD_decompress_usingDDict(decompression_context, destination, capacity, source, length, dictionary->digested);
    return ZSTD_isError(written) ? -1 : (int64_t)written;
}

int64_t gaceta_zstd_frame_content_size(const uint8_t *source, size_t length) {
    unsigned long long size = ZSTD_getFrameContentSize(source, length);
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (unsigned long long)INT64_MAX) {
        return -1;
    }
    return (int64_t)size;
}

struct gaceta_gzip_reader {
    gzFile file;
};

gaceta_gzip_reader *gaceta_gzip_open(const char *path) {
    gzFile file = gzopen(path, "rb");
    if (file == NULL) {
        return NULL;
    }
    gzbuffer(file, 1 << 17);
    struct gaceta_gzip_reader *reader = (struct gaceta_gzip_reader *)malloc(sizeof *reader);
    if (reader == NULL) {
        gzclose(file);
        return NULL;
    }
    reader->file = file;
    return reader;
}

int64_t gaceta_gzip_read(gaceta_gzip_reader *reader, uint8_t *buffer, size_t capacity) {
    unsigned request = capacity > (size_t)INT_MAX ? (unsigned)INT_MAX : (unsigned)capacity;
    int count = gzread(reader->file, buffer, request);
    if (count < 0) {
        return -1;
    }
    if (count == 0) {
        int error = Z_OK;
        gzerror(reader->file, &error);
        // A stream cut short reads as a clean end in zlib unless we ask.
        if (error != Z_OK && error != Z_STREAM_END) {
            return -1;
        }
    }
    return count;
}

void gaceta_gzip_close(gaceta_gzip_reader *reader) {
    if (reader != NULL) {
        gzclose(reader->file);
        free(reader);
    }
}
