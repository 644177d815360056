#ifndef GACETA_COMPRESSION_H
#define GACETA_COMPRESSION_H

#include <stddef.h>
#include <stdint.h>

/// CRC-32 (the zlib/PNG polynomial) of `length` bytes, continuing from `crc`
/// (start with 0).
uint32_t gaceta_crc32(uint32_t crc, const uint8_t *bytes, size_t length);

/// Largest output `gaceta_zstd_compress` can produce for `length` input bytes.
size_t gaceta_zstd_compress_bound(size_t length);

/// Compresses `source` into `destination`; returns the compressed size, or -1.
int64_t gaceta_zstd_compress(uint8_t *destination, size_t capacity,
                             const uint8_t *source, size_t length, int level);

/// Decompresses one zstd frame; returns the decompressed size, or -1 when the
/// frame is corrupt or does not fit in `capacity`.
int64_t gaceta_zstd_decompress(uint8_t *destination, size_t capacity,
                               const uint8_t *source, size_t length);

/// The decompressed size a zstd frame declares in its header, or -1 when the
/// header is damaged or does not declare it.
int64_t gaceta_zstd_frame_content_size(const uint8_t *source, size_t length);

/// Trains a zstd dictionary of at most `capacity` bytes on `count` samples
/// laid end to end in `samples`, `sizes[i]` bytes each; returns its size, or
/// -1 when zstd cannot train one (too few or too small samples).
int64_t gaceta_zstd_train_dictionary(uint8_t *dictionary, size_t capacity,
                                     const uint8_t *samples, const size_t *sizes, unsigned count);

/// Compresses frames with one dictionary (or none), frames that record no
/// dictionary id and no checksum: the store knows its dictionary and checks
/// its own bytes.
typedef struct gaceta_zstd_compressor gaceta_zstd_compressor;

/// A compressor at `level` with `dictionary` (`length` 0 for none); NULL when
/// zstd cannot make one.
gaceta_zstd_compressor *gaceta_zstd_compressor_create(const uint8_t *dictionary, size_t length, int level);

/// Compresses `source` into one frame; returns its size, or -1.
int64_t gaceta_zstd_compressor_compress(gaceta_zstd_compressor *compressor, uint8_t *destination, size_t capacity,
                                        const uint8_t *source, size_t length);

void gaceta_zstd_compressor_free(gaceta_zstd_compressor *compressor);

/// A digested dictionary for decompression, shared read-only by every thread.
typedef struct gaceta_zstd_dictionary gaceta_zstd_dictionary;

/// NULL when `bytes` are not a zstd dictionary.
gaceta_zstd_dictionary *gaceta_zstd_dictionary_create(const uint8_t *bytes, size_t length);

void gaceta_zstd_dictionary_free(gaceta_zstd_dictionary *dictionary);

/// Decompresses one frame made with `dictionary` (NULL for a frame made
/// without one); returns the decompressed size, or -1.
int64_t gaceta_zstd_decompress_with(const gaceta_zstd_dictionary *dictionary, uint8_t *destination, size_t capacity,
                                    const uint8_t *source, size_t length);

/// A file read through zlib: gzip members are inflated, plain files pass through.
typedef struct gaceta_gzip_reader gaceta_gzip_reader;

/// Opens `path` for reading; NULL when it cannot be opened (see errno).
gaceta_gzip_reader *gaceta_gzip_open(const char *path);

/// Reads up to `capacity` bytes; returns the count, 0 at the end, -1 on a
/// corrupt or truncated stream.
int64_t gaceta_gzip_read(gaceta_gzip_reader *reader, uint8_t *buffer, size_t capacity);

void gaceta_gzip_close(gaceta_gzip_reader *reader);

#endif
