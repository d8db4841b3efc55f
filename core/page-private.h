//
// What one notice page carries: the text in the chosen language and edition,
// the Japanese original under a translation, the date of issue, the
// clinic's details and, on a sample, the sample mark.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_PAGE_PRIVATE_H
#  define NOTICE_PAGE_PRIVATE_H
#  include "catalog-private.h"

typedef struct notice_page_s		// What one notice page carries
{
  notice_content_t	*content;	// Text in the page's language
  notice_content_t	*original;	// Authoritative original under a translation, or NULL
  notice_status_t	status;		// Status the notice is printed for
  char			*date;		// Date of issue in the page's language, or NULL
  char			*clinic;	// Clinic line, or NULL
  size_t		clinic_start,	// Offset of the clinic's own text in the line
			clinic_end;	// Offset just past it
  bool			sample;		// Marked as a sample (the original's mark, and the translation's if any)?
} notice_page_t;

extern notice_page_t	*noticePageCreate(const notice_options_t *options, notice_status_t status, const notice_callbacks_t *cb);
extern void		noticePageDelete(notice_page_t *page);

#endif // !NOTICE_PAGE_PRIVATE_H
