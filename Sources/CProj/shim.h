#ifndef BORDERLINE_CPROJ_SHIM_H
#define BORDERLINE_CPROJ_SHIM_H
// PROJ's public C API: proj.h for CRS transformations, geodesic.h for
// Karney's ellipsoidal geodesics (both ship with libproj-dev / brew proj).
#include <proj.h>
#include <geodesic.h>

// A hint to bring the cache line at `address` in before it is read (no fault, no effect on
// what is read): the finder's vocabulary lookups fetch their slots ahead of the probes.
static inline void borderline_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
#endif
