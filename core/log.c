//
// Logging and cancellation through the front end's callbacks.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "notice.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>


//
// 'noticeLog()' - Format a message and hand it to the log callback.
//
// The format is translated into the language of the messages
// (noticeSetLocale()), except at the debug level.  Control characters,
// newlines included, become spaces so that every message stays one line
// whatever text it quotes.
//

void
noticeLog(
    const notice_callbacks_t *cb,	// I - Callbacks or NULL
    notice_level_t           level,	// I - Severity
    const char               *format,	// I - printf-style format
    ...)				// I - Arguments
{
  char		message[1024];		// Formatted message
  char		*ptr;			// Pointer into message
  va_list	ap;			// Argument pointer


  if (!cb || !cb->log_cb || !format)
    return;

  if (level != NOTICE_LEVEL_DEBUG)
    format = noticeTranslate(format);

  va_start(ap, format);
  vsnprintf(message, sizeof(message), format, ap);
  va_end(ap);

  for (ptr = message; *ptr; ptr ++)
  {
    if ((*ptr & 255) < ' ' || *ptr == 0x7f)
      *ptr = ' ';
  }

  (cb->log_cb)(cb->cbdata, level, message);
}


//
// 'noticeIsCanceled()' - Ask the front end whether the job was cancelled.
//

bool					// O - `true` to stop now
noticeIsCanceled(
    const notice_callbacks_t *cb)	// I - Callbacks or NULL
{
  return (cb && cb->cancel_cb && (cb->cancel_cb)(cb->cbdata));
}
