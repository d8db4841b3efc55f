//
// Raster output for onshi-notice: PWG raster (IPP Everywhere) and Apple
// raster (AirPrint), drawn in bands.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_OUTPUT_RASTER_PRIVATE_H
#  define NOTICE_OUTPUT_RASTER_PRIVATE_H
#  include "layout-private.h"
#  include "sink-private.h"

extern bool	noticeOutputRaster(const notice_layout_t *layout, const notice_options_t *options, notice_sink_t *sink, const notice_callbacks_t *cb, int *pages);

#endif // !NOTICE_OUTPUT_RASTER_PRIVATE_H
