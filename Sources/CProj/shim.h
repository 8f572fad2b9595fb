#ifndef BORDERLINE_CPROJ_SHIM_H
#define BORDERLINE_CPROJ_SHIM_H
// PROJ's public C API: proj.h for CRS transformations, geodesic.h for
// Karney's ellipsoidal geodesics (both ship with libproj-dev / brew proj).
#include <proj.h>
#include <geodesic.h>

// A cache hint (no effect on results): the mention finder asks for each word's vocabulary slot
// while it scans, so the lookups after the scan find it loaded. Swift has no prefetch of its own.
static inline void borderline_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
#endif
