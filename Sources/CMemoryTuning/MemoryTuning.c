// Heap tuning for the server on glibc; see include/CMemoryTuning.h.
#include "CMemoryTuning.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void backstrong_release_free_heap(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
