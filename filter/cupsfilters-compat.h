//
// The one place onshi-notice calls libcupsfilters: a job's raster options
// read the way cups-filters' own raster filters read them, and a printer's
// IPP attributes asked for with libcupsfilters' fallbacks.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// libcupsfilters 1.x (Debian 12, Ubuntu 22.04) and 2.x (Ubuntu 24.04, Fedora)
// share no function names; configure tells which one is installed and this
// header hides the difference.  Include it, never <cupsfilters/...>
// directly.  It belongs to the CUPS adapter (libnotice-cups.a), not to the
// core: the core writes every raster header itself (raster-header.c), and
// libcupsfilters only interprets job options - resolution, colour, media
// type and source, quality - that filter/cups-options.c puts into
// notice_options_t.
//

#ifndef NOTICE_CUPSFILTERS_COMPAT_H
#  define NOTICE_CUPSFILTERS_COMPAT_H
#  include <stdbool.h>
#  include <cups/cups.h>
#  include <cups/raster.h>

#  define NOTICE_CF_LOG		(noticeCFGetPrinterAttributesLog())
					// libcupsfilters' messages from the last
					// noticeCFGetPrinterAttributes(), modifiable

extern ipp_t		*noticeCFGetPrinterAttributes(http_t *http, const char *uri, const char * const *attrs, int num_attrs);
extern char		*noticeCFGetPrinterAttributesLog(void);
extern const char	*noticeCFLibrary(void);
extern bool		noticeCFRasterPrepareHeader(cups_page_header2_t *header, int num_options, cups_option_t *options, bool apple);

#endif // !NOTICE_CUPSFILTERS_COMPAT_H
