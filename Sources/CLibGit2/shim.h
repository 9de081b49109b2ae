#ifndef ARAKIT_CLIBGIT2_SHIM_H
#define ARAKIT_CLIBGIT2_SHIM_H
#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call. Strict hash
   verification re-hashes every object read (git itself does not): it was a
   seventh of an incremental capture. */
static inline int arakit_git_verify_object_hashes(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}
#endif
