#ifndef ARAKIT_CLIBGIT2_SHIM_H
#define ARAKIT_CLIBGIT2_SHIM_H
#include <git2.h>
#endif
