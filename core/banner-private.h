//
// Recognising a print system's banner files in a job: CUPS's test page and
// its banner pages (job sheets).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_BANNER_PRIVATE_H
#  define NOTICE_BANNER_PRIVATE_H
#  include "core-private.h"

typedef struct notice_banner_s		// What a banner file says about itself
{
  notice_jobkind_t	kind;		// Test page, banner, or NOTICE_JOBKIND_CODE if no banner file
  const char		*format;	// First line ("#PDF-BANNER", "#CUPS-BANNER") or NULL
  char			name[64];	// Template or header that decided, printable and cut, for the log
} notice_banner_t;

extern notice_jobkind_t	noticeBannerRead(const char *bytes, size_t length, notice_banner_t *banner);

#endif // !NOTICE_BANNER_PRIVATE_H
