//
// What one notice page carries: the text in the chosen language and edition,
// the Japanese original under a translation, the date of issue and the
// clinic's details.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The clinic's name and contact come from whoever set up the queue and may
// hold anything: they are cleaned to one line of plain text here (control
// characters become spaces, invisible direction overrides go) and cut to
// NOTICE_CLINIC_NAME_MAX and NOTICE_CLINIC_CONTACT_MAX characters on a
// character boundary.  The layout prints them as text, never as markup.
//

#include "page.h"
#include "date.h"
#include "log.h"
#include "utf8.h"
#include <glib.h>
#include <stdlib.h>
#include <string.h>


//
// Local functions...
//

static bool	clean_text(const char *value, size_t max_chars, char *buffer, size_t bufsize, const char *what, const notice_callbacks_t *cb);
static bool	is_dropped(long ch);
static bool	is_space(long ch);
static bool	make_clinic(notice_page_t *page, const notice_options_t *options, const notice_callbacks_t *cb);
static bool	make_date(notice_page_t *page, const notice_options_t *options, const notice_callbacks_t *cb);


//
// 'noticeOptionsSetClinic()' - Set the clinic's name and contact.
//
// Either may be NULL or empty for none.  Text longer than the limits is cut
// with a warning; text that is not UTF-8 is left off with a warning.
//

void
noticeOptionsSetClinic(
    notice_options_t         *options,	// I - Options
    const char               *name,	// I - Clinic's name or NULL
    const char               *contact,	// I - Clinic's contact or NULL
    const notice_callbacks_t *cb)	// I - Callbacks
{
  if (!options)
    return;

  clean_text(name, NOTICE_CLINIC_NAME_MAX, options->clinic_name, sizeof(options->clinic_name), "name", cb);
  clean_text(contact, NOTICE_CLINIC_CONTACT_MAX, options->clinic_contact, sizeof(options->clinic_contact), "contact", cb);
}


//
// 'noticePageCreate()' - Gather everything one notice page carries.
//
// A language that is not installed falls back to the original with a
// warning; a damaged data file is an error.  The caller frees the page with
// noticePageDelete().
//

notice_page_t *				// O - Page or NULL on error
noticePageCreate(
    const notice_options_t   *options,	// I - Options
    notice_result_t          result,	// I - Result to print
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_page_t	*page;			// Page
  char		language[NOTICE_TAG_MAX];
					// Language to print


  if (!options || (unsigned)result >= NOTICE_RESULT_COUNT || (unsigned)options->edition >= NOTICE_EDITION_COUNT)
    return (NULL);

  // The language, if it is installed...
  if (!options->language[0])
  {
    strncpy(language, NOTICE_LANGUAGE_DEFAULT, sizeof(language));
  }
  else if (!noticeCatalogCanonicalTag(options->language, language, sizeof(language)) || !noticeCatalogHasLanguage(options->data_dir, language))
  {
    if (noticeCatalogHasLanguage(options->data_dir, NOTICE_LANGUAGE_DEFAULT))
      noticeLog(cb, NOTICE_LEVEL_WARNING, "Notice language \"%s\" is not installed; printing the Japanese notice.", options->language);
    strncpy(language, NOTICE_LANGUAGE_DEFAULT, sizeof(language));
  }

  if ((page = calloc(1, sizeof(notice_page_t))) == NULL)
    return (NULL);

  page->result = result;

  // The text, and the original a translation is printed with...
  if ((page->content = noticeContentLoadEdition(options->data_dir, language, options->edition, cb)) == NULL)
  {
    noticePageDelete(page);
    return (NULL);
  }

  if (page->content->original)
  {
    if ((page->original = noticeContentLoadEdition(options->data_dir, page->content->original, options->edition, cb)) == NULL)
    {
      noticePageDelete(page);
      return (NULL);
    }

    if (page->original->original)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s.notice is a translation of a translation - reinstall onshi-notice.", language);
      noticePageDelete(page);
      return (NULL);
    }
  }

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Notice in %s, edition %s%s.", language, noticeEditionName(options->edition), page->original ? ", with the original" : "");

  // The date and the clinic's details...
  if (!make_date(page, options, cb) || !make_clinic(page, options, cb))
  {
    noticePageDelete(page);
    return (NULL);
  }

  return (page);
}


//
// 'noticePageDelete()' - Free a page.
//

void
noticePageDelete(
    notice_page_t *page)		// I - Page or NULL
{
  if (!page)
    return;

  noticeContentDelete(page->content);
  noticeContentDelete(page->original);
  free(page->date);
  free(page->clinic);
  free(page);
}


//
// 'clean_text()' - Make option text one line of plain text, cut to a length.
//
// Runs of spaces and control characters become single spaces, invisible
// direction controls are dropped, and the text is cut after "max_chars"
// characters, never between a letter and the marks that go with it.
//

static bool				// O - `true` if the text is usable
clean_text(
    const char               *value,	// I - Text or NULL
    size_t                   max_chars,	// I - Most characters kept
    char                     *buffer,	// O - Cleaned text, "" for none
    size_t                   bufsize,	// I - Size of buffer, at least 4 * max_chars + 1
    const char               *what,	// I - "name" or "contact", for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  const char	*ptr,			// Pointer into value
		*end,			// End of value
		*start;			// Start of current character
  char		*out = buffer,		// End of cleaned text
		*cluster = buffer;	// Start of the last letter with its marks
  size_t	count = 0;		// Characters kept
  long		ch;			// Current character
  bool		space = false,		// Space pending?
		cut = false;		// Was the text cut?


  if (!buffer || bufsize < 4 * max_chars + 1)
    return (false);

  *buffer = '\0';

  if (!value || !*value)
    return (true);

  end = value + strlen(value);

  if (!noticeUTF8IsValid(value, (size_t)(end - value)))
  {
    noticeLog(cb, NOTICE_LEVEL_WARNING, "The clinic's %s is not UTF-8 text; it is left off the notice.", what);
    return (false);
  }

  for (ptr = value; ptr < end;)
  {
    start = ptr;
    if ((ch = noticeUTF8Decode(&ptr, end)) < 0)
      break;

    if (is_dropped(ch))
      continue;

    if (is_space(ch))
    {
      space = out > buffer;
      continue;
    }

    if (g_unichar_ismark((gunichar)ch) && !space && out > buffer)
    {
      // A mark belongs to the letter before it: when the mark does not fit,
      // the letter goes too...
      if (count + 1 > max_chars)
      {
        out = cluster;
        cut = true;
        break;
      }
    }
    else
    {
      if (count + (space ? 2 : 1) > max_chars)
      {
        cut = true;
        break;
      }

      if (space)
      {
        *out++ = ' ';
        count ++;
        space = false;
      }

      cluster = out;
    }

    memcpy(out, start, (size_t)(ptr - start));
    out += ptr - start;
    count ++;
  }

  *out = '\0';

  // Remove a trailing space left by the cut...
  while (out > buffer && out[-1] == ' ')
    *--out = '\0';

  if (cut)
    noticeLog(cb, NOTICE_LEVEL_WARNING, "The clinic's %s is longer than %u characters; it was cut to \"%s\".", what, (unsigned)max_chars, buffer);

  return (true);
}


//
// 'is_dropped()' - Tell whether a character is an invisible control to drop.
//
// Direction marks, embeddings, overrides and isolates could reorder the
// printed line; byte-order marks and similar format characters show nothing.
// Joiners (U+200C, U+200D) stay: scripts and emoji need them.
//

static bool				// O - `true` to drop the character
is_dropped(long ch)			// I - Character
{
  if (ch == 0x200c || ch == 0x200d)
    return (false);

  return (g_unichar_type((gunichar)ch) == G_UNICODE_FORMAT);
}


//
// 'is_space()' - Tell whether a character prints as white space.
//
// Controls (newlines, tabs) and line separators count as space, so the text
// stays on one line.  Other spaces, such as the ideographic space U+3000,
// are kept as they were typed.
//

static bool				// O - `true` for white space
is_space(long ch)			// I - Character
{
  return (ch <= 0x20 || (ch >= 0x7f && ch < 0xa0) || ch == 0x2028 || ch == 0x2029);
}


//
// 'make_clinic()' - Make the clinic line from the clinic's name and contact.
//

static bool				// O - `true` unless out of memory
make_clinic(
    notice_page_t            *page,	// I - Page
    const notice_options_t   *options,	// I - Options
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char		name[sizeof(options->clinic_name)],
					// Clinic's name
		contact[sizeof(options->clinic_contact)],
					// Clinic's contact
		details[sizeof(name) + sizeof(contact)];
					// Both, separated by a space
  const char	*names[1] = { "clinic" },
					// Placeholder of the clinic line
		*values[1] = { details };
					// Its value
  size_t	size;			// Size of clinic line


  clean_text(options->clinic_name, NOTICE_CLINIC_NAME_MAX, name, sizeof(name), "name", cb);
  clean_text(options->clinic_contact, NOTICE_CLINIC_CONTACT_MAX, contact, sizeof(contact), "contact", cb);

  if (!name[0] && !contact[0])
    return (true);

  snprintf(details, sizeof(details), "%s%s%s", name, name[0] && contact[0] ? " " : "", contact);

  size = strlen(page->content->clinic_format) + strlen(details) + 1;
  if ((page->clinic = malloc(size)) == NULL)
    return (false);

  if (!noticeContentFormat(page->content->clinic_format, names, values, 1, page->clinic, size))
  {
    free(page->clinic);
    page->clinic = NULL;
    return (true);
  }

  // The catalog makes sure the template holds {clinic} exactly once...
  page->clinic_start = (size_t)(strstr(page->content->clinic_format, "{clinic}") - page->content->clinic_format);
  page->clinic_end   = page->clinic_start + strlen(details);

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Clinic line: %s", page->clinic);

  return (true);
}


//
// 'make_date()' - Write the date of issue in the page's language.
//

static bool				// O - `true` unless out of memory
make_date(
    notice_page_t            *page,	// I - Page
    const notice_options_t   *options,	// I - Options
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char		date[256];		// Date of issue
  time_t	t;			// Time of issue
  int		year,			// Year
		month,			// Month
		day;			// Day


  if (!options->show_date)
    return (true);

  t = options->job_time > 0 ? options->job_time : time(NULL);

  if (!noticeDateFromTime(t, &year, &month, &day))
  {
    noticeLog(cb, NOTICE_LEVEL_WARNING, "The job's time cannot be read as a date; the date of issue is left off.");
    return (true);
  }

  if (!noticeDateFormat(page->content, year, month, day, date, sizeof(date)))
  {
    noticeLog(cb, NOTICE_LEVEL_WARNING, "The date %04d-%02d-%02d cannot be written in the notice's calendar; the date of issue is left off - check the print server's clock.", year, month, day);
    return (true);
  }

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Date of issue: %s", date);

  return ((page->date = strdup(date)) != NULL);
}
