#include "gaceta_compression.h"

#include <limits.h>
#include <stdlib.h>
#include <zlib.h>
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
