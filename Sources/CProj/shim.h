#ifndef BORDERLINE_CPROJ_SHIM_H
#define BORDERLINE_CPROJ_SHIM_H
// PROJ's public C API: proj.h for CRS transformations, geodesic.h for
// Karney's ellipsoidal geodesics (both ship with libproj-dev / brew proj).
#include <proj.h>
#include <geodesic.h>
#endif
