#include "gaceta_memory.h"

// Any C library header says which library this is: __GLIBC__ comes from it.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void gaceta_memory_fix_mmap_threshold(size_t bytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, (int)bytes);
#else
    (void)bytes;
#endif
}

void gaceta_memory_release_free_pages(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
