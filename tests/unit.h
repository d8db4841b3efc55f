//
// Shared helpers for the onshi-notice unit tests.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Each test program includes this once: it collects log messages through the
// core's callbacks and provides a growable output buffer.
//

#ifndef NOTICE_UNIT_H
#  define NOTICE_UNIT_H
#  include <stdarg.h>
#  include <stddef.h>
#  include <setjmp.h>
#  include <stdint.h>
#  include <stdlib.h>
#  include <sys/types.h>
#  include <string.h>
#  include <cmocka.h>
#  include <cairo.h>
#  include <fontconfig/fontconfig.h>
#  include "notice.h"

// The test programs return cmocka_run_group_tests() as it is.  cairo's and
// fontconfig's static data are left alone at exit: pango 1.50 finishes font
// matching in worker threads after a layout is freed, so
// cairo_debug_reset_static_data() and FcFini() would race with them and
// abort on fonts still in use.  Their caches stay reachable, which neither
// LeakSanitizer nor valgrind counts as a leak.

#  define TEST_DATADIR	TEST_TOPDIR "/data"
					// Notice data in the source tree
#  define TEST_SRCDIR	TEST_TOPDIR "/tests"
					// Test files in the source tree
#  define TEST_PPDDIR	TEST_BUILDDIR "/ppd"
					// PPDs, built from parts in the source tree

typedef struct unit_log_s		// Messages the core logged
{
  int		count[4];		// Messages per level
  char		last_error[1024];	// Last error message
  char		last_warning[1024];	// Last warning message
  bool		cancel;			// Answer to the cancel callback
} unit_log_t;

typedef struct unit_buffer_s		// Output collected in memory
{
  unsigned char	*data;			// Bytes
  size_t	length;			// Number of bytes
  size_t	fail_after;		// Fail writes past this many bytes, 0 = never
} unit_buffer_t;


//
// 'unit_log_cb()' - Collect a log message.
//

static inline void
unit_log_cb(void           *cbdata,	// I - Log
            notice_level_t level,	// I - Severity
            const char     *message)	// I - Message
{
  unit_log_t	*log = (unit_log_t *)cbdata;
					// Log


  if ((unsigned)level < 4)
    log->count[level] ++;

  if (level == NOTICE_LEVEL_ERROR)
    snprintf(log->last_error, sizeof(log->last_error), "%s", message);
  else if (level == NOTICE_LEVEL_WARNING)
    snprintf(log->last_warning, sizeof(log->last_warning), "%s", message);

  if (getenv("UNIT_VERBOSE"))
    fprintf(stderr, "    log %d: %s\n", (int)level, message);
}


//
// 'unit_cancel_cb()' - Answer the cancel question.
//

static inline bool
unit_cancel_cb(void *cbdata)		// I - Log
{
  return (((unit_log_t *)cbdata)->cancel);
}


//
// 'unit_callbacks()' - Make callbacks that write into a log.
//

static inline notice_callbacks_t
unit_callbacks(unit_log_t *log)		// I - Log, cleared here
{
  notice_callbacks_t	cb;		// Callbacks


  memset(log, 0, sizeof(unit_log_t));
  cb.log_cb    = unit_log_cb;
  cb.cancel_cb = unit_cancel_cb;
  cb.cbdata    = log;

  return (cb);
}


//
// 'unit_write_cb()' - Append output to a buffer.
//

static inline bool
unit_write_cb(void                *cbdata,
					// I - Buffer
              const unsigned char *bytes,
					// I - Bytes
              size_t              length)
					// I - Number of bytes
{
  unit_buffer_t	*buffer = (unit_buffer_t *)cbdata;
					// Buffer
  unsigned char	*temp;			// Grown data


  if (buffer->fail_after && buffer->length + length > buffer->fail_after)
    return (false);

  if ((temp = realloc(buffer->data, buffer->length + length + 1)) == NULL)
    return (false);

  buffer->data = temp;
  memcpy(buffer->data + buffer->length, bytes, length);
  buffer->length += length;
  buffer->data[buffer->length] = '\0';

  return (true);
}


//
// 'unit_raster_write()' - Append output to a buffer, as libcups's raster
//                         stream callback (cupsRasterOpenIO()) wants it.
//

static inline ssize_t			// O - Bytes written or -1
unit_raster_write(void          *cbdata,// I - Buffer
                  unsigned char *bytes,	// I - Bytes
                  size_t        length)	// I - Number of bytes
{
  return (unit_write_cb(cbdata, bytes, length) ? (ssize_t)length : -1);
}


//
// 'unit_count()' - Count occurrences of a string in a buffer.
//

static inline int
unit_count(const unit_buffer_t *buffer,	// I - Buffer
           const char          *needle)	// I - String to count
{
  size_t	len = strlen(needle),	// Length of string
		i;			// Position
  int		count = 0;		// Occurrences


  for (i = 0; buffer->data && i + len <= buffer->length; i ++)
  {
    if (!memcmp(buffer->data + i, needle, len))
      count ++;
  }

  return (count);
}


//
// 'unit_set_clinic()' - Set the clinic's name and contact as a front end
//                       does, logging what was changed or refused.
//

static inline void
unit_set_clinic(
    notice_options_t         *options,	// I - Options
    const char               *name,	// I - Clinic's name or NULL
    const char               *contact,	// I - Clinic's contact or NULL
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char	message[512];			// What was changed


  if (noticeOptionsSet(options, "notice-clinic-name", name ? name : "", message, sizeof(message)) != NOTICE_VERDICT_TAKEN)
    noticeLog(cb, NOTICE_LEVEL_WARNING, "%s", message);

  if (noticeOptionsSet(options, "notice-clinic-contact", contact ? contact : "", message, sizeof(message)) != NOTICE_VERDICT_TAKEN)
    noticeLog(cb, NOTICE_LEVEL_WARNING, "%s", message);
}


#endif // !NOTICE_UNIT_H
