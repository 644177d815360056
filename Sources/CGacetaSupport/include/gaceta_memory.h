#ifndef GACETA_MEMORY_H
#define GACETA_MEMORY_H

#include <stddef.h>

// The C library's allocator, which Swift cannot reach directly (mallopt and
// malloc_trim live in <malloc.h>, outside the Glibc module). On a C library
// other than glibc both calls do nothing.

/// Makes every allocation of at least `bytes` its own mapping, returned to the
/// system when freed, and keeps that threshold fixed: glibc otherwise raises
/// it after each large free, after which large buffers come from the heaps
/// and stay resident once freed.
void gaceta_memory_fix_mmap_threshold(size_t bytes);

/// Returns the free pages of every heap to the system.
void gaceta_memory_release_free_pages(void);

#endif
