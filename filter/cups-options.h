//
// The CUPS adapter of the core's options: a job's options from argv[5], the
// queue's PPD and the output type, resolved once into a notice_options_t.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// This module is the bridge between classic CUPS and the core; a Printer
// Application front end would pass its own job's values to
// noticeOptionsSet() in the same way.
//

#ifndef NOTICE_CUPS_OPTIONS_H
#  define NOTICE_CUPS_OPTIONS_H
#  include "notice.h"
#  include <cups/cups.h>

typedef struct notice_cupsjob_s		// What CUPS tells a filter about a job
{
  int			num_options;	// Number of job options
  cups_option_t		*options;	// Job options (argv[5])
  int			copies;		// Copies asked for (argv[4])
  const char		*ppdfile;	// Queue's PPD file or NULL
  const char		*final_type;	// FINAL_CONTENT_TYPE or NULL
} notice_cupsjob_t;

extern bool	noticeOptionsFromCUPS(notice_options_t *options, const notice_cupsjob_t *job, const notice_callbacks_t *cb);

#endif // !NOTICE_CUPS_OPTIONS_H
