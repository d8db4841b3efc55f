//
// Logging and cancellation through the front end's callbacks, and the
// language of the messages.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "notice.h"
#include <locale.h>
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
    format = dgettext(NOTICE_TEXTDOMAIN, format);

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


//
// 'noticeSetLocale()' - Choose the language of the messages.
//
// The front end's main() passes the environment's LC_ALL, LC_MESSAGES, LANG
// and LANGUAGE (each NULL when unset).  Only the message and character
// categories follow them: numbers are read and written the same way in
// every language (PDF and PostScript output, option values).
//
// The first of LC_ALL, LC_MESSAGES and LANG names the locale, as
// setlocale() would take it.  A locale that is not installed on the machine
// (cupsd hands a filter the job's language as "ja_JP.UTF-8", "ja.UTF-8" or
// "en.UTF-8", whatever locales exist) still chooses the language: the
// categories become C.UTF-8 and gettext gets the language through LANGUAGE,
// unless LANGUAGE already names one.  "C" and "POSIX" mean English.
//

void
noticeSetLocale(
    const char *localedir,		// I - Directory of the message catalogs
    const char *lc_all,			// I - LC_ALL or NULL
    const char *lc_messages,		// I - LC_MESSAGES or NULL
    const char *lang,			// I - LANG or NULL
    const char *language)		// I - LANGUAGE or NULL
{
  const char	*name;			// Locale to use
  char		tag[64],		// Language for gettext
		*ptr;			// Pointer into tag


  if (lc_all && *lc_all)
    name = lc_all;
  else if (lc_messages && *lc_messages)
    name = lc_messages;
  else if (lang && *lang)
    name = lang;
  else
    name = "C";

  if (!setlocale(LC_MESSAGES, name) || !setlocale(LC_CTYPE, name))
  {
    // Not installed: UTF-8 characters, and the language through LANGUAGE,
    // which gettext ignores only in the "C" locale itself...
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
      setlocale(LC_CTYPE, "C");
    if (!setlocale(LC_MESSAGES, "C.UTF-8"))
      setlocale(LC_MESSAGES, "C");

    if (!language || !*language)
    {
      // "ja_JP.UTF-8@mod" -> "ja_JP@mod"...
      strncpy(tag, name, sizeof(tag) - 1);
      tag[sizeof(tag) - 1] = '\0';

      if ((ptr = strchr(tag, '.')) != NULL)
      {
        const char *modifier = strchr(name, '@');
					// Modifier after the codeset, if any

        *ptr = '\0';
        if (modifier && strlen(tag) + strlen(modifier) < sizeof(tag))
          strncat(tag, modifier, sizeof(tag) - strlen(tag) - 1);
      }

      if (strcmp(tag, "C") && strcmp(tag, "POSIX"))
        setenv("LANGUAGE", tag, 1);
    }
  }

  if (localedir && *localedir)
    bindtextdomain(NOTICE_TEXTDOMAIN, localedir);
  textdomain(NOTICE_TEXTDOMAIN);
}
