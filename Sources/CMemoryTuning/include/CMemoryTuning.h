// Heap tuning for the server on glibc (Linux); does nothing elsewhere. Swift's Glibc module does not export
// <malloc.h>, so the calls are wrapped here.
#ifndef C_MEMORY_TUNING_H
#define C_MEMORY_TUNING_H

/// Serves large allocations (journal rows, request bodies) from their own mappings, given back when freed,
/// instead of letting glibc raise that limit as the process runs and keep their memory in the heap.
void backstrong_tune_heap(void);

/// Returns freed heap memory to the operating system.
void backstrong_release_free_heap(void);

#endif
