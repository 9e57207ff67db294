// Heap tuning for the server on glibc (Linux); does nothing elsewhere. Swift's Glibc module does not export
// <malloc.h>, so the call is wrapped here.
#ifndef C_MEMORY_TUNING_H
#define C_MEMORY_TUNING_H

/// Returns freed heap memory to the operating system.
void backstrong_release_free_heap(void);

#endif
