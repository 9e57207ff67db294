// Heap tuning for the server on glibc (Linux); does nothing elsewhere. Swift's Glibc module does not export
// <malloc.h>, so the calls are wrapped here.
#ifndef C_MEMORY_TUNING_H
#define C_MEMORY_TUNING_H

/// Serves large allocations (journal rows, request bodies) from their own mappings, given back when freed,
/// instead of letting glibc raise that limit as the process runs and keep their memory in the heap.
void backstrong_tune_heap(void);

/// Returns freed heap memory to the operating system.
void backstrong_release_free_heap(void);

/// The process's resident memory in bytes (from /proc/self/statm), or -1 where that is not available.
long backstrong_resident_bytes(void);

/// Returns freed heap memory to the operating system when resident memory has grown by more than
/// `growth_bytes` since the last time this gave memory back; the bytes given back (0 when it did nothing).
/// glibc keeps memory freed in its per-thread arenas, and one small live block can pin megabytes of it.
/// Not thread-safe: call it from one thread only.
long backstrong_release_free_heap_if_grown(long growth_bytes);

#endif
