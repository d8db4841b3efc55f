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
// The clinic's name and contact come from whoever set up the queue and may
// hold anything: they are cleaned to one line of plain text here (control
// characters become spaces, invisible direction overrides go) and cut to
// NOTICE_CLINIC_NAME_MAX and NOTICE_CLINIC_CONTACT_MAX characters on a
// character boundary.  The layout prints them as text, never as markup.
//

#include "page-private.h"
#include "date-private.h"
#include "utf8-private.h"
#include <stdlib.h>
#include <string.h>


//
// Local functions...
//

static bool	make_clinic(notice_page_t *page, const notice_options_t *options, const notice_callbacks_t *cb);
static bool	make_date(notice_page_t *page, const notice_options_t *options, const notice_callbacks_t *cb);


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
    notice_status_t          status,	// I - Status to print
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_page_t	*page;			// Page
  char		language[NOTICE_TAG_MAX];
					// Language to print


  if (!options || (unsigned)status >= NOTICE_STATUS_COUNT || (unsigned)options->edition >= NOTICE_EDITION_COUNT)
    return (NULL);

  // The language, if it is installed.  noticeOptionsSet() checked it, but
  // the options struct is public and a front end may fill it directly: the
  // language names a data file, so it is checked again where it is used (as
  // the clinic's details are in make_clinic())...
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

  page->status = status;

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

  // A sample carries the mark of the original, which the staff read, and
  // the translation's beside it: never a sample without its mark...
  if (options->sample)
  {
    if (!(page->original ? page->original : page->content)->sample)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s.notice has no sample mark - reinstall onshi-notice.", (page->original ? page->original : page->content)->language);
      noticePageDelete(page);
      return (NULL);
    }

    page->sample = true;
    noticeLog(cb, NOTICE_LEVEL_DEBUG, "Marked as a sample.");
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
  bool		name_cut,		// Was the name cut?
		contact_cut;		// Was the contact cut?


  // noticeOptionsSet() has cleaned the details already; a front end that
  // fills the options itself gets the same one line of text...
  if (!noticeUTF8CleanLine(options->clinic_name, NOTICE_CLINIC_NAME_MAX, name, sizeof(name), &name_cut))
    name[0] = '\0';
  if (!noticeUTF8CleanLine(options->clinic_contact, NOTICE_CLINIC_CONTACT_MAX, contact, sizeof(contact), &contact_cut))
    contact[0] = '\0';

  if (name_cut || contact_cut)
    noticeLog(cb, NOTICE_LEVEL_WARNING, "The clinic's details are longer than %d and %d characters; they were cut.", NOTICE_CLINIC_NAME_MAX, NOTICE_CLINIC_CONTACT_MAX);

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
