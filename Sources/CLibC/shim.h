// C library calls Swift's Glibc module does not show (they need _GNU_SOURCE
// or malloc.h).
#include <malloc.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <unistd.h>

// glibc gives each new thread a malloc arena of its own, each reserving 64 MB
// of address space (up to 8 per core). A server holding many slow clients on
// threads passed a 1 GB address-space cap that way; two arenas serve it as well.
static inline void arakit_limit_malloc_arenas(void) {
#ifdef M_ARENA_MAX
    mallopt(M_ARENA_MAX, 2);
#endif
}

#ifdef __linux__
// GNU extensions, declared here as glibc declares them: Swift's Glibc module
// is built without _GNU_SOURCE, which also hides the CPU_SET macros.
extern int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set);
extern int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set);
extern int sched_getcpu(void);
extern int pthread_attr_setaffinity_np(pthread_attr_t *attr, size_t size, const cpu_set_t *set);

// The CPUs this process may run on, written to `cpus` (at most `capacity`);
// returns how many, or 0 when the kernel does not say.
static inline int arakit_allowed_cpus(int *cpus, int capacity) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 0;
    int count = 0;
    const unsigned long *words = (const unsigned long *)&set;
    const int bits = (int)(8 * sizeof(unsigned long));
    for (int cpu = 0; cpu < (int)(8 * sizeof set) && count < capacity; cpu++) {
        if (words[cpu / bits] & (1UL << (cpu % bits))) cpus[count++] = cpu;
    }
    return count;
}

// The CPU the calling thread runs on, or -1.
static inline int arakit_current_cpu(void) { return sched_getcpu(); }

// Starts a thread that runs `body(context)` first on `cpu` (any CPU when it
// is negative). The thread may widen its own set afterwards.
static inline int arakit_thread_start(pthread_t *thread, int cpu, void *(*body)(void *), void *context) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) return -1;
    if (cpu >= 0) {
        cpu_set_t set;
        memset(&set, 0, sizeof set);
        const int bits = (int)(8 * sizeof(unsigned long));
        if (cpu < (int)(8 * sizeof set)) {
            ((unsigned long *)&set)[cpu / bits] |= 1UL << (cpu % bits);
            pthread_attr_setaffinity_np(&attr, sizeof set, &set);
        }
    }
    int result = pthread_create(thread, &attr, body, context);
    pthread_attr_destroy(&attr);
    return result;
}

// Lets the calling thread run on every CPU the main thread may use (the
// process's own set, which `taskset` or a cpuset chose).
static inline void arakit_thread_release_cpu(void) {
    cpu_set_t set;
    if (sched_getaffinity(getpid(), sizeof set, &set) == 0) sched_setaffinity(0, sizeof set, &set);
}
#endif
