//
// The one place onshi-notice calls libcupsfilters: a raster page header built
// from a job's options the way cups-filters' own raster filters build theirs.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// libcupsfilters 1.x (Debian 12, Ubuntu 22.04) and 2.x (Ubuntu 24.04, Fedora)
// share no function names; configure tells which one is installed and this
// header hides the difference.  The library's own headers are included as
// <cupsfilters/...> because its pkg-config flags point inside that folder.
//

#ifndef NOTICE_CUPSFILTERS_COMPAT_H
#  define NOTICE_CUPSFILTERS_COMPAT_H
#  include <stdbool.h>
#  include <cups/cups.h>
#  include <cups/raster.h>

extern bool		noticeRasterPrepareHeader(cups_page_header2_t *header, int num_options, cups_option_t *options, bool apple);
extern const char	*noticeRasterLibrary(void);

#endif // !NOTICE_CUPSFILTERS_COMPAT_H
