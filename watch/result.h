//
// Reading one result file of the verification terminal and deciding which
// notices it calls for.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef WATCH_RESULT_H
#  define WATCH_RESULT_H
#  include "notice.h"

#  define WATCH_RESULT_MAX_BYTES (4 * 1024 * 1024)
					// Largest result file read, in bytes
#  define WATCH_TRIGGERS_MAX	16	// Most values in a trigger list
#  define WATCH_VALUE_MAX	8	// Longest trigger value, with nul

typedef enum watch_status_e		// What a file turned out to be
{
  WATCH_STATUS_RESULT,			// A normal-end result (SegmentOfResult 1)
  WATCH_STATUS_NOT_NORMAL,		// A result that did not end normally
  WATCH_STATUS_MALFORMED,		// Not well-formed XML (maybe still being written)
  WATCH_STATUS_DTD,			// Has a document type declaration: refused
  WATCH_STATUS_NOT_RESULT,		// Well-formed XML, but no XmlMsg
  WATCH_STATUS_TOO_LARGE,		// Larger than WATCH_RESULT_MAX_BYTES
  WATCH_STATUS_NO_MEMORY		// Out of memory
} watch_status_t;

typedef struct watch_trigger_s		// A value that prints a notice
{
  char			value[WATCH_VALUE_MAX];
					// QualificationValidity value
  notice_status_t	status;		// Notice it prints
} watch_trigger_t;

typedef struct watch_triggers_s		// The values that print a notice
{
  size_t		count;		// Number of values
  watch_trigger_t	items[WATCH_TRIGGERS_MAX];
					// Values
} watch_triggers_t;

typedef struct watch_result_s		// What one file calls for
{
  watch_status_t	status;		// What the file is
  size_t		units;		// QualificationValidity elements seen
  size_t		silent;		// Values that print nothing (1, 3, 5, 6, unknown)
  size_t		notices[NOTICE_STATUS_COUNT];
					// Notices to print, per notice_status_t
  char			value[WATCH_VALUE_MAX];
					// First value when it is 1-3 digits, else ""
} watch_result_t;

extern watch_status_t	watchResultParse(const char *bytes, size_t length, const watch_triggers_t *triggers, watch_result_t *result);
extern const char	*watchStatusString(watch_status_t status);
extern size_t		watchResultNotices(const watch_result_t *result);
extern bool		watchTriggersParse(const char *list, const notice_codes_t *codes, watch_triggers_t *triggers, const notice_callbacks_t *cb);

#endif // !WATCH_RESULT_H
