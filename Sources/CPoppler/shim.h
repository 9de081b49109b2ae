#ifndef ARAKIT_CPOPPLER_SHIM_H
#define ARAKIT_CPOPPLER_SHIM_H
// poppler-glib pulls in GLib, GObject and cairo. GLib's object macros and
// variadic helpers do not import into Swift, so the few AraPDF needs are
// wrapped here as static inline functions.
#include <poppler.h>
#include <cairo.h>
#include <cairo-pdf.h>

static inline void arakit_object_unref(gpointer object) {
    if (object != NULL) g_object_unref(object);
}

static inline void arakit_error_free(GError *error) {
    if (error != NULL) g_error_free(error);
}
#endif
