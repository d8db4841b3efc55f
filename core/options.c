//
// The notice's options: their defaults, and the one place that says which
// option names and values the core accepts.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Every front end sets options through noticeOptionsSet(), so the CUPS
// filter, the preview and the setup command accept and refuse the same
// values with the same words.  What a front end does with a refused value is
// its own policy: the filter prints with the default and a warning, a
// command run by a person stops.
//

#include "notice.h"
#include "catalog-private.h"
#include "utf8-private.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


//
// Local types...
//

typedef notice_verdict_t (*set_func_t)(notice_options_t *options, const char *value, char *message, size_t msgsize);
					// Sets one option from its text

static notice_verdict_t	set_clinic_contact(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_clinic_name(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_color_mode(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_date(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_edition(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_format(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_language(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_media(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_resolution(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_sample(notice_options_t *options, const char *value, char *message, size_t msgsize);
static notice_verdict_t	set_time(notice_options_t *options, const char *value, char *message, size_t msgsize);


//
// Local globals...
//

static const struct
{
  notice_optioninfo_t info;		// Name and kind
  set_func_t	set;			// Its setter
} setters[] =
{					// Option names: the notice's own, job options, aliases
  { { "notice-language",	NOTICE_OPTION_NOTICE },	set_language },
  { { "notice-edition",		NOTICE_OPTION_NOTICE },	set_edition },
  { { "notice-date",		NOTICE_OPTION_NOTICE },	set_date },
  { { "notice-clinic-name",	NOTICE_OPTION_NOTICE },	set_clinic_name },
  { { "notice-clinic-contact",	NOTICE_OPTION_NOTICE },	set_clinic_contact },
  { { "notice-sample",		NOTICE_OPTION_NOTICE },	set_sample },
  { { "document-format",	NOTICE_OPTION_JOB },	set_format },
  { { "media",			NOTICE_OPTION_JOB },	set_media },
  { { "print-color-mode",	NOTICE_OPTION_JOB },	set_color_mode },
  { { "printer-resolution",	NOTICE_OPTION_JOB },	set_resolution },
  { { "time-at-creation",	NOTICE_OPTION_JOB },	set_time },
  { { "PageSize",		NOTICE_OPTION_ALIAS },	set_media },
  { { "Resolution",		NOTICE_OPTION_ALIAS },	set_resolution }
};


//
// Local functions...
//

static notice_verdict_t	set_text(const char *value, size_t max_chars, char *buffer, size_t bufsize, const char *what, char *message, size_t msgsize);


//
// 'noticeOptionsInit()' - Set options to their defaults.
//
// The defaults print one copy of an A4 PDF page: the Japanese handout as
// published, dated, without clinic details; raster output defaults to 600 dpi
// grey.
//

void
noticeOptionsInit(
    notice_options_t *options,		// O - Options
    const char       *data_dir)		// I - Data directory
{
  size_t		count;		// Number of papers
  const notice_paper_t	*a4 = noticePapers(&count);
					// The first paper, A4


  if (!options)
    return;

  memset(options, 0, sizeof(notice_options_t));

  if (data_dir)
    strncpy(options->data_dir, data_dir, sizeof(options->data_dir) - 1);

  options->format         = NOTICE_FORMAT_PDF;
  options->page_width_pt  = a4->width * 72.0 / 2540.0;
  options->page_height_pt = a4->length * 72.0 / 2540.0;
  options->copies         = 1;
  options->resolution     = 600;
  options->color          = NOTICE_COLOR_SGRAY_8;
  strncpy(options->media, a4->pwg, sizeof(options->media) - 1);

  strncpy(options->language, NOTICE_LANGUAGE_DEFAULT, sizeof(options->language) - 1);
  options->edition   = NOTICE_EDITION_2023;
  options->show_date = true;
}


//
// 'noticeOptionsSet()' - Set one option from its name and text value.
//
// Names are those of job options: "media" (or "PageSize"), "document-format",
// "printer-resolution" (or "Resolution"), "print-color-mode",
// "time-at-creation" and the notice's own "notice-language",
// "notice-edition", "notice-date", "notice-clinic-name",
// "notice-clinic-contact" and "notice-sample".  Names and keywords ignore
// letter case.  A
// refused value leaves the option as it was; "message" then says why and
// what to use instead, and after a change it says what was changed.
//

notice_verdict_t			// O - What became of the value
noticeOptionsSet(
    notice_options_t *options,		// IO - Options
    const char       *name,		// I  - Option name
    const char       *value,		// I  - Value
    char             *message,		// O  - Why it was refused or changed, "" if not
    size_t           msgsize)		// I  - Size of message buffer
{
  size_t	i;			// Looping var
  char		scratch[256];		// Message when the caller wants none


  if (!message || !msgsize)
  {
    message = scratch;
    msgsize = sizeof(scratch);
  }

  *message = '\0';

  if (!options || !name)
    return (NOTICE_VERDICT_UNKNOWN);

  for (i = 0; i < sizeof(setters) / sizeof(setters[0]); i ++)
  {
    if (!strcasecmp(name, setters[i].info.name))
    {
      if (!value)
        value = "";

      return ((setters[i].set)(options, value, message, msgsize));
    }
  }

  return (NOTICE_VERDICT_UNKNOWN);
}


//
// 'noticeOptionsSetCopies()' - Set the copies this program emits.
//
// For printers that cannot make copies themselves; out of range prints one.
//

notice_verdict_t			// O - What became of the value
noticeOptionsSetCopies(
    notice_options_t *options,		// IO - Options
    int              copies,		// I  - Copies
    char             *message,		// O  - What was changed, "" if nothing
    size_t           msgsize)		// I  - Size of message buffer
{
  if (message && msgsize)
    *message = '\0';

  if (!options)
    return (NOTICE_VERDICT_UNKNOWN);

  if (copies < 1 || copies > NOTICE_COPIES_MAX)
  {
    options->copies = 1;
    if (message && msgsize)
      snprintf(message, msgsize, "Copies %d out of range; printing one.", copies);
    return (NOTICE_VERDICT_CHANGED);
  }

  options->copies = copies;

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'noticeOptionsSetMargin()' - Set the printer's unprintable margin.
//
// A margin wider than NOTICE_MARGIN_MAX_PT (two inches) is refused: no
// printer has one, and the notice would not fit.
//

notice_verdict_t			// O - What became of the value
noticeOptionsSetMargin(
    notice_options_t *options,		// IO - Options
    double           margin_pt,		// I  - Widest unprintable edge in points
    char             *message,		// O  - Why it was refused, "" if not
    size_t           msgsize)		// I  - Size of message buffer
{
  if (message && msgsize)
    *message = '\0';

  if (!options)
    return (NOTICE_VERDICT_UNKNOWN);

  if (!(margin_pt >= 0.0 && margin_pt <= NOTICE_MARGIN_MAX_PT))
  {
    if (message && msgsize)
      snprintf(message, msgsize, "Margins wider than 2 inches are not supported.");
    return (NOTICE_VERDICT_REFUSED);
  }

  options->margin_pt = margin_pt;

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'noticeOptionsSetRaster()' - Set the raster details the printer gets.
//
// Colour, media type, tray and quality come from the print system as the job
// gave them.  Apple raster has no 1-bit mode, so black_1 prints grey there
// (set the format first); a quality other than 3 to 5 means the printer's
// default.  A media type that does not fit is cut.
//

notice_verdict_t			// O - What became of the values
noticeOptionsSetRaster(
    notice_options_t *options,		// IO - Options
    notice_color_t   color,		// I  - Colour space and depth
    const char       *media_type,	// I  - IPP media-type or NULL
    unsigned         media_position,	// I  - MediaPosition, 0 for auto
    int              print_quality,	// I  - PrintQuality: 3 draft, 4 normal, 5 high
    char             *message,		// O  - What was changed, "" if nothing
    size_t           msgsize)		// I  - Size of message buffer
{
  notice_verdict_t	verdict = NOTICE_VERDICT_TAKEN;
					// What became of the values


  if (message && msgsize)
    *message = '\0';

  if (!options)
    return (NOTICE_VERDICT_UNKNOWN);

  options->color = color == NOTICE_COLOR_BLACK_1 && options->format != NOTICE_FORMAT_URF ? NOTICE_COLOR_BLACK_1 : NOTICE_COLOR_SGRAY_8;

  if (strlen(media_type ? media_type : "") >= sizeof(options->media_type))
  {
    if (message && msgsize)
      snprintf(message, msgsize, "Media type \"%.40s...\" is too long; it was cut.", media_type);
    verdict = NOTICE_VERDICT_CHANGED;
  }

  snprintf(options->media_type, sizeof(options->media_type), "%s", media_type ? media_type : "");
  options->media_position = media_position;
  options->print_quality  = print_quality >= 3 && print_quality <= 5 ? print_quality : 0;

  return (verdict);
}


//
// 'noticeOptionInfo()' - Return the n-th option name noticeOptionsSet() accepts.
//
// The notice's own come first, then job options, then aliases: a front end
// takes its lists of option names from here.
//

const notice_optioninfo_t *		// O - Name and kind, NULL after the last
noticeOptionInfo(size_t n)		// I - Index, from 0
{
  return (n < sizeof(setters) / sizeof(setters[0]) ? &setters[n].info : NULL);
}


//
// 'set_clinic_contact()' - Set the clinic's contact line.
//

static notice_verdict_t			// O - What became of the value
set_clinic_contact(
    notice_options_t *options,		// IO - Options
    const char       *value,		// I  - Text, "" or "None" for none
    char             *message,		// O  - Message
    size_t           msgsize)		// I  - Size of message
{
  return (set_text(value, NOTICE_CLINIC_CONTACT_MAX, options->clinic_contact, sizeof(options->clinic_contact), "contact", message, msgsize));
}


//
// 'set_clinic_name()' - Set the clinic's name.
//

static notice_verdict_t			// O - What became of the value
set_clinic_name(
    notice_options_t *options,		// IO - Options
    const char       *value,		// I  - Text, "" or "None" for none
    char             *message,		// O  - Message
    size_t           msgsize)		// I  - Size of message
{
  return (set_text(value, NOTICE_CLINIC_NAME_MAX, options->clinic_name, sizeof(options->clinic_name), "name", message, msgsize));
}


//
// 'set_color_mode()' - Set raster colour from an IPP print-color-mode.
//
// The notice needs no colour: every mode prints grey but "bi-level", which
// prints 1-bit black.  Apple raster has no 1-bit mode, so it stays grey there.
//

static notice_verdict_t			// O - What became of the value
set_color_mode(
    notice_options_t *options,		// IO - Options
    const char       *value,		// I  - print-color-mode keyword
    char             *message,		// O  - Message
    size_t           msgsize)		// I  - Size of message
{
  if (!strcasecmp(value, "bi-level"))
    options->color = options->format == NOTICE_FORMAT_URF ? NOTICE_COLOR_SGRAY_8 : NOTICE_COLOR_BLACK_1;
  else if (!strcasecmp(value, "monochrome") || !strcasecmp(value, "auto") || !strcasecmp(value, "auto-monochrome") || !strcasecmp(value, "color") || !strcasecmp(value, "process-monochrome"))
    options->color = NOTICE_COLOR_SGRAY_8;
  else
  {
    snprintf(message, msgsize, "Colour mode \"%s\" is not known - use monochrome or bi-level.", value);
    return (NOTICE_VERDICT_REFUSED);
  }

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_date()' - Say whether the date of issue is printed.
//

static notice_verdict_t			// O - What became of the value
set_date(notice_options_t *options,	// IO - Options
         const char       *value,	// I  - on or off
         char             *message,	// O  - Message
         size_t           msgsize)	// I  - Size of message
{
  if (!strcasecmp(value, "on") || !strcasecmp(value, "true") || !strcasecmp(value, "yes"))
    options->show_date = true;
  else if (!strcasecmp(value, "off") || !strcasecmp(value, "false") || !strcasecmp(value, "no"))
    options->show_date = false;
  else
  {
    snprintf(message, msgsize, "notice-date \"%s\" is not known - use on or off.", value);
    return (NOTICE_VERDICT_REFUSED);
  }

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_edition()' - Set the edition of the notice text.
//

static notice_verdict_t			// O - What became of the value
set_edition(
    notice_options_t *options,		// IO - Options
    const char       *value,		// I  - Edition name
    char             *message,		// O  - Message
    size_t           msgsize)		// I  - Size of message
{
  if (!noticeEditionFromName(value, &options->edition))
  {
    snprintf(message, msgsize, "notice-edition \"%s\" is not known - use %s or %s.", value, noticeEditionName(NOTICE_EDITION_2023), noticeEditionName(NOTICE_EDITION_CURRENT));
    return (NOTICE_VERDICT_REFUSED);
  }

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_format()' - Set the output format.
//

static notice_verdict_t			// O - What became of the value
set_format(
    notice_options_t *options,		// IO - Options
    const char       *value,		// I  - Keyword or MIME type
    char             *message,		// O  - Message
    size_t           msgsize)		// I  - Size of message
{
  if (!noticeFormatFromName(value, &options->format))
  {
    snprintf(message, msgsize, "Format \"%s\" is not known - use pdf, pwg, urf, ps or png.", value);
    return (NOTICE_VERDICT_REFUSED);
  }

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_language()' - Set the notice's language.
//
// The tag must be well formed and its notice installed.
//

static notice_verdict_t			// O - What became of the value
set_language(
    notice_options_t *options,		// IO - Options
    const char       *value,		// I  - Language tag
    char             *message,		// O  - Message
    size_t           msgsize)		// I  - Size of message
{
  char		tag[NOTICE_TAG_MAX],	// Tag in canonical form
		tags[16][NOTICE_TAG_MAX],
					// Installed languages
		names[256] = "";	// The same, for the message
  size_t	count,			// Number of installed languages
		i;			// Looping var


  if (!noticeCatalogCanonicalTag(value, tag, sizeof(tag)) || !noticeCatalogHasLanguage(options->data_dir, tag))
  {
    count = noticeLanguageList(options->data_dir, tags, sizeof(tags) / sizeof(tags[0]));

    for (i = 0; i < count; i ++)
    {
      strncat(names, i ? ", " : "", sizeof(names) - strlen(names) - 1);
      strncat(names, tags[i], sizeof(names) - strlen(names) - 1);
    }

    snprintf(message, msgsize, "Notice language \"%s\" is not installed - use one of: %s.", value, names);
    return (NOTICE_VERDICT_REFUSED);
  }

  memcpy(options->language, tag, sizeof(options->language));

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_media()' - Set the paper.
//

static notice_verdict_t			// O - What became of the value
set_media(notice_options_t *options,	// IO - Options
          const char       *value,	// I  - Paper name
          char             *message,	// O  - Message
          size_t           msgsize)	// I  - Size of message
{
  const notice_paper_t	*paper;		// Paper


  if ((paper = noticePaperFind(value)) == NULL)
  {
    snprintf(message, msgsize, "The notice cannot be printed on %s paper - use one of: A4, A5, B5, Letter.", value);
    return (NOTICE_VERDICT_REFUSED);
  }

  strncpy(options->media, paper->pwg, sizeof(options->media) - 1);
  options->media[sizeof(options->media) - 1] = '\0';
  options->page_width_pt  = paper->width * 72.0 / 2540.0;
  options->page_height_pt = paper->length * 72.0 / 2540.0;

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_resolution()' - Set the raster resolution.
//
// "600", "600dpi" and "600x600dpi" are the same.  Raster printers get 300 or
// 600 dpi: another resolution in range prints at the nearest of them.
//

static notice_verdict_t			// O - What became of the value
set_resolution(
    notice_options_t *options,		// IO - Options
    const char       *value,		// I  - Resolution
    char             *message,		// O  - Message
    size_t           msgsize)		// I  - Size of message
{
  long		xdpi,			// Horizontal resolution
		ydpi;			// Vertical resolution
  char		*end;			// End of a number
  const char	*down;			// Start of the vertical resolution


  errno = 0;
  xdpi  = strtol(value, &end, 10);
  ydpi  = xdpi;

  if (!errno && end > value && *end == 'x')
  {
    down = end + 1;
    ydpi = strtol(down, &end, 10);

    if (end == down)
      ydpi = -1;
  }

  if (errno || end == value || (*end && strcasecmp(end, "dpi")) || xdpi != ydpi || xdpi < NOTICE_RESOLUTION_MIN || xdpi > NOTICE_RESOLUTION_MAX)
  {
    snprintf(message, msgsize, "Resolution \"%s\" is not supported - use %d to %d dpi, the same across and down.", value, NOTICE_RESOLUTION_MIN, NOTICE_RESOLUTION_MAX);
    return (NOTICE_VERDICT_REFUSED);
  }

  options->resolution = (int)xdpi;

  if ((options->format == NOTICE_FORMAT_PWG || options->format == NOTICE_FORMAT_URF) && xdpi != 300 && xdpi != 600)
  {
    options->resolution = xdpi > 450 ? 600 : 300;
    snprintf(message, msgsize, "Resolution %ld dpi is not supported by raster printers; printing at %d dpi.", xdpi, options->resolution);
    return (NOTICE_VERDICT_CHANGED);
  }

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_sample()' - Say whether the page is marked as a sample.
//
// A sample carries a framed mark that it is a test print, not for a
// patient.  CUPS's test page is always one (see job.c); the option lets a
// person ask for one too, and can never take the mark off a test page.
//

static notice_verdict_t			// O - What became of the value
set_sample(notice_options_t *options,	// IO - Options
           const char       *value,	// I  - on or off
           char             *message,	// O  - Message
           size_t           msgsize)	// I  - Size of message
{
  if (!strcasecmp(value, "on") || !strcasecmp(value, "true") || !strcasecmp(value, "yes"))
    options->sample = true;
  else if (!strcasecmp(value, "off") || !strcasecmp(value, "false") || !strcasecmp(value, "no"))
    options->sample = false;
  else
  {
    snprintf(message, msgsize, "notice-sample \"%s\" is not known - use on or off.", value);
    return (NOTICE_VERDICT_REFUSED);
  }

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_text()' - Set one of the clinic's details.
//
// The text quietly becomes one line (see noticeUTF8CleanLine()); only a cut
// is a change worth a warning.  "" or "None" (a PPD's choice for no text)
// leaves the detail off.
//

static notice_verdict_t			// O - What became of the value
set_text(const char *value,		// I - Text
         size_t     max_chars,		// I - Most characters kept
         char       *buffer,		// O - Cleaned text
         size_t     bufsize,		// I - Size of buffer
         const char *what,		// I - "name" or "contact", for messages
         char       *message,		// O - Message
         size_t     msgsize)		// I - Size of message
{
  bool	cut;				// Was the text cut?


  if (!strcmp(value, "None"))
    value = "";

  if (!noticeUTF8CleanLine(value, max_chars, buffer, bufsize, &cut))
  {
    snprintf(message, msgsize, "The clinic's %s is not UTF-8 text; it is left off the notice.", what);
    return (NOTICE_VERDICT_REFUSED);
  }

  if (cut)
  {
    snprintf(message, msgsize, "The clinic's %s is longer than %u characters; it was cut to \"%s\".", what, (unsigned)max_chars, buffer);
    return (NOTICE_VERDICT_CHANGED);
  }

  return (NOTICE_VERDICT_TAKEN);
}


//
// 'set_time()' - Set the time that dates the notice, in seconds since 1970.
//

static notice_verdict_t			// O - What became of the value
set_time(notice_options_t *options,	// IO - Options
         const char       *value,	// I  - Seconds since the epoch
         char             *message,	// O  - Message
         size_t           msgsize)	// I  - Size of message
{
  char		*end;			// End of number
  long long	seconds;		// Parsed value


  errno   = 0;
  seconds = strtoll(value, &end, 10);

  if (errno || end == value || *end || seconds <= 0 || seconds > 253402300799LL)
  {
    snprintf(message, msgsize, "time-at-creation \"%s\" is not a time.", value);
    return (NOTICE_VERDICT_REFUSED);
  }

  options->job_time = (time_t)seconds;

  return (NOTICE_VERDICT_TAKEN);
}
