// Heap tuning for the server on glibc; see include/CMemoryTuning.h.
#include "CMemoryTuning.h"
#include <stdio.h>
#include <unistd.h>
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

long backstrong_resident_bytes(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return -1;
    long size = 0, resident = 0;
    int read = fscanf(f, "%ld %ld", &size, &resident);
    fclose(f);
    if (read != 2) return -1;
    return resident * sysconf(_SC_PAGESIZE);
}

long backstrong_release_free_heap_if_grown(long growth_bytes) {
#if defined(__GLIBC__)
    // Only the trimmer thread calls this, so the last size needs no lock.
    static long after_last_release = 0;
    long now = backstrong_resident_bytes();
    if (now < 0) return 0;
    if (after_last_release == 0 || now - after_last_release > growth_bytes) {
        malloc_trim(0);
        long after = backstrong_resident_bytes();
        after_last_release = after < 0 ? now : after;
        return now - after_last_release;
    }
    // Memory given back by other means (or freed mappings) lowers the mark, so growth is counted from there.
    if (now < after_last_release) after_last_release = now;
#else
    (void)growth_bytes;
#endif
    return 0;
}
