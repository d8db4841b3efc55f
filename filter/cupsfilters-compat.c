//
// The one place onshi-notice calls libcupsfilters: a raster page header built
// from a job's options the way cups-filters' own raster filters build theirs.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// libcupsfilters reads the IPP job attributes and PPD option names a job may
// carry ("printer-resolution", "Resolution", "print-color-mode", "ColorModel",
// "media-type", "media-source", "print-quality", ...) with the same rules as
// pdftoraster and gstoraster, so a job means the same to onshi-notice as to
// the printer's other filters.  libcupsfilters 1.x also opens the PPD that
// the environment variable PPD names, never frees it, and then ignores PPD
// option names: the filter's main() takes PPD out of the environment, and
// options.c passes the PPD's choices under their IPP names.
//

#include <config.h>
#include "cupsfilters-compat.h"
#include <string.h>
#ifdef HAVE_LIBCUPSFILTERS2
#  include <cupsfilters/filter.h>
#endif // HAVE_LIBCUPSFILTERS2
#include <cupsfilters/raster.h>


//
// 'noticeRasterPrepareHeader()' - Build a PWG or Apple raster page header
//                                 from job options.
//
// Every field the options do not set gets libcupsfilters' default.  The
// caller decides which fields to keep.
//

bool					// O - `true` on success
noticeRasterPrepareHeader(
    cups_page_header2_t *header,	// O - Page header
    int                 num_options,	// I - Number of job options
    cups_option_t       *options,	// I - Job options
    bool                apple)		// I - Apple raster rather than PWG raster?
{
#ifdef HAVE_LIBCUPSFILTERS2
  cf_filter_data_t	data;		// Job data for libcupsfilters
  cf_filter_out_format_t format;	// Raster format
  cups_cspace_t		cspace = (cups_cspace_t)-1;
					// Colour space: the options decide
#endif // HAVE_LIBCUPSFILTERS2


  if (!header)
    return (false);

  memset(header, 0, sizeof(cups_page_header2_t));

#ifdef HAVE_LIBCUPSFILTERS2
  // libcupsfilters 2.x, written from its raster.h and filter.h and untested
  // here: Debian 12 ships only 1.x.  Without printer attributes the header
  // comes from the options alone, as in the 1.x branch...
  memset(&data, 0, sizeof(data));
  data.copies      = 1;
  data.num_options = num_options;
  data.options     = options;
  format           = apple ? CF_FILTER_OUT_FORMAT_APPLE_RASTER : CF_FILTER_OUT_FORMAT_PWG_RASTER;

  return (cfRasterPrepareHeader(header, &data, format, format, 1, &cspace) == 0);

#else
  // libcupsfilters 1.x: one parser for PWG and Apple raster headers...
  (void)apple;

  return (cupsRasterParseIPPOptions(header, num_options, options, 1, 1) == 0);
#endif // HAVE_LIBCUPSFILTERS2
}


//
// 'noticeRasterLibrary()' - Name the libcupsfilters API in use, for logs.
//

const char *				// O - Description
noticeRasterLibrary(void)
{
#ifdef HAVE_LIBCUPSFILTERS2
  return ("libcupsfilters 2.x (cfRasterPrepareHeader)");
#else
  return ("libcupsfilters 1.x (cupsRasterParseIPPOptions)");
#endif // HAVE_LIBCUPSFILTERS2
}
