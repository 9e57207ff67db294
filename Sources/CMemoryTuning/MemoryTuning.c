// Heap tuning for the server on glibc; see include/CMemoryTuning.h.
#include "CMemoryTuning.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void backstrong_tune_heap(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
#endif
}

void backstrong_release_free_heap(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
