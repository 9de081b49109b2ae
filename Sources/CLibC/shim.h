// C library calls Swift's Glibc module does not show (they need _GNU_SOURCE
// or malloc.h).
#include <malloc.h>

// glibc gives each new thread a malloc arena of its own, each reserving 64 MB
// of address space (up to 8 per core). A server holding many slow clients on
// threads passed a 1 GB address-space cap that way; two arenas serve it as well.
static inline void arakit_limit_malloc_arenas(void) {
#ifdef M_ARENA_MAX
    mallopt(M_ARENA_MAX, 2);
#endif
}
