//
// Internals of the raster output module of onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_OUTPUT_PRIVATE_H
#  define NOTICE_OUTPUT_PRIVATE_H
#  include "output-raster.h"

#  define NOTICE_BAND_BYTES	(1024 * 1024)
					// Memory for one band of raster output
#  define NOTICE_BAND_SLOTS	3	// Bands drawn ahead of writing

#endif // !NOTICE_OUTPUT_PRIVATE_H
