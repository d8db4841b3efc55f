//
// Job options from CUPS: argv[5], the queue's PPD and the output type,
// resolved once into a notice_options_t.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Every job option is untrusted: a malformed value falls back to the default
// with a warning, and no option ever names a file.
//

#include "options.h"
#include "catalog.h"
#include "log.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

// The PPD API is deprecated in libcups, but a PPD is how a classic CUPS
// queue describes its defaults; only this file uses it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <cups/ppd.h>


//
// Local globals...
//

static const char * const supported_media[] =
{					// Paper the notice is laid out for
  "iso_a4_210x297mm",
  "iso_a5_148x210mm"
};


//
// Local functions...
//

static bool	find_media(const char *name, pwg_media_t **media);
static const char *get_notice_option(const char *name, const notice_cupsjob_t *job, ppd_file_t *ppd);
static bool	parse_time(const char *value, time_t *t);
static void	set_media(notice_options_t *options, const pwg_media_t *media);
static void	set_notice_options(notice_options_t *options, const notice_cupsjob_t *job, ppd_file_t *ppd, const notice_callbacks_t *cb);


//
// 'noticeOptionsFromCUPS()' - Resolve a CUPS job's options.
//
// Paper comes from the job's "media" or "PageSize", else the PPD's default,
// else A4.  Copies are emitted here only when the PPD says the printer
// cannot make them ("*cupsManualCopies: True").  Fails only when CUPS asks
// for an output type this filter cannot write.
//

bool					// O - `true` on success
noticeOptionsFromCUPS(
    notice_options_t         *options,	// IO - Options, initialised
    const notice_cupsjob_t   *job,	// I  - What CUPS said about the job
    const notice_callbacks_t *cb)	// I  - Callbacks
{
  ppd_file_t	*ppd = NULL;		// Queue's PPD
  ppd_size_t	*size;			// Marked page size
  pwg_media_t	*media = NULL;		// Paper
  const char	*value;			// Option value


  if (!options || !job)
    return (false);

  // Output format...
  if (job->final_type && strcmp(job->final_type, "application/pdf"))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "This queue asks for %s, which onshi-notice cannot write - set the queue up with an onshi-notice PPD.", job->final_type);
    return (false);
  }

  options->format = NOTICE_FORMAT_PDF;

  // The queue's defaults, overridden by the job's options...
  if (job->ppdfile && (ppd = ppdOpenFile(job->ppdfile)) == NULL)
    noticeLog(cb, NOTICE_LEVEL_WARNING, "Unable to read the queue's PPD file; using defaults.");

  if (ppd)
  {
    ppdMarkDefaults(ppd);
    cupsMarkOptions(ppd, job->num_options, job->options);

    if ((size = ppdPageSize(ppd, NULL)) != NULL && (media = pwgMediaForPPD(size->name)) != NULL && !find_media(media->pwg, &media))
    {
      noticeLog(cb, NOTICE_LEVEL_WARNING, "Paper \"%s\" is not supported; printing on A4.", size->name);
      media = NULL;
    }

    options->copies = ppd->manual_copies ? job->copies : 1;
  }
  else
  {
    if ((value = cupsGetOption("media", job->num_options, job->options)) == NULL)
      value = cupsGetOption("PageSize", job->num_options, job->options);

    if (value && !find_media(value, &media))
      noticeLog(cb, NOTICE_LEVEL_WARNING, "Paper \"%s\" is not supported; printing on A4.", value);

    options->copies = 1;
  }

  if (media)
    set_media(options, media);

  if (options->copies < 1 || options->copies > 100)
  {
    noticeLog(cb, NOTICE_LEVEL_WARNING, "Copies %d out of range; printing one.", options->copies);
    options->copies = 1;
  }

  // The job's creation time dates the document...
  if ((value = cupsGetOption("time-at-creation", job->num_options, job->options)) != NULL && !parse_time(value, &options->job_time))
    noticeLog(cb, NOTICE_LEVEL_WARNING, "Ignoring malformed time-at-creation \"%s\".", value);

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Paper %s, %d copies made here, job time %ld.", options->media, options->copies, (long)options->job_time);

  // What the notice says: language, edition, date, the clinic's details...
  set_notice_options(options, job, ppd, cb);

  ppdClose(ppd);

  return (true);
}


//
// 'find_media()' - Look up a paper name among the supported sizes.
//
// Accepts PWG names ("iso_a4_210x297mm"), PPD names ("A4") and legacy names
// ("iso-a4").
//

static bool				// O - `true` if supported
find_media(const char  *name,		// I - Paper name
           pwg_media_t **media)		// O - Paper
{
  pwg_media_t	*found;			// Paper found
  size_t	i;			// Looping var


  if ((found = pwgMediaForPWG(name)) == NULL && (found = pwgMediaForPPD(name)) == NULL && (found = pwgMediaForLegacy(name)) == NULL)
    return (false);

  for (i = 0; i < sizeof(supported_media) / sizeof(supported_media[0]); i ++)
  {
    if (!strcmp(found->pwg, supported_media[i]))
    {
      *media = found;
      return (true);
    }
  }

  return (false);
}


//
// 'parse_time()' - Parse a time in seconds since the epoch.
//

static bool				// O - `true` if valid
parse_time(const char *value,		// I - Text
           time_t     *t)		// O - Time
{
  char		*end;			// End of number
  long long	seconds;		// Parsed value


  errno   = 0;
  seconds = strtoll(value, &end, 10);

  if (errno || end == value || *end || seconds <= 0 || seconds > 253402300799LL)
    return (false);

  *t = (time_t)seconds;

  return (true);
}


//
// 'set_media()' - Set the page size from a paper.
//

static void
set_media(notice_options_t  *options,	// I - Options
          const pwg_media_t *media)	// I - Paper
{
  strncpy(options->media, media->pwg, sizeof(options->media) - 1);
  options->media[sizeof(options->media) - 1] = '\0';
  options->page_width_pt  = media->width * 72.0 / 2540.0;
  options->page_height_pt = media->length * 72.0 / 2540.0;
}


//
// 'get_notice_option()' - Find the value of one of the notice's options.
//
// The job's own value wins; cupsd adds the queue's defaults ("lpadmin -o
// notice-language-default=en") to every job that does not set them.  Else
// the PPD's default counts, including a custom text default ("lpadmin -o
// notice-clinic-name=Custom.TEXT").  A "Custom." prefix is removed.
//

static const char *			// O - Value or NULL
get_notice_option(
    const char             *name,	// I - Option name
    const notice_cupsjob_t *job,	// I - What CUPS said about the job
    ppd_file_t             *ppd)	// I - Queue's PPD or NULL
{
  const char	*value;			// Value of the option
  ppd_choice_t	*choice;		// Marked choice in the PPD
  ppd_coption_t	*coption;		// Custom option in the PPD
  ppd_cparam_t	*cparam;		// Its text parameter


  if ((value = cupsGetOption(name, job->num_options, job->options)) == NULL && ppd && (choice = ppdFindMarkedChoice(ppd, name)) != NULL)
  {
    if (strcmp(choice->choice, "Custom"))
      value = choice->choice;
    else if ((coption = ppdFindCustomOption(ppd, name)) != NULL && (cparam = ppdFirstCustomParam(coption)) != NULL && cparam->type == PPD_CUSTOM_STRING)
      value = cparam->current.custom_string;
  }

  if (value && !strncmp(value, "Custom.", 7))
    value += 7;

  return (value);
}


//
// 'set_notice_options()' - Resolve the language, edition, date and clinic options.
//
// Malformed values keep the default with a warning.  Whether a language is
// installed is the core's question (it prints Japanese when it is not).
// "None" or an empty value leaves a clinic detail off.
//

static void
set_notice_options(
    notice_options_t         *options,	// I - Options
    const notice_cupsjob_t   *job,	// I - What CUPS said about the job
    ppd_file_t               *ppd,	// I - Queue's PPD or NULL
    const notice_callbacks_t *cb)	// I - Callbacks
{
  const char	*value,			// Option value
		*name,			// Clinic's name
		*contact;		// Clinic's contact
  char		tag[sizeof(options->language)];
					// Language tag in canonical form


  if ((value = get_notice_option("notice-language", job, ppd)) != NULL)
  {
    if (noticeCatalogCanonicalTag(value, tag, sizeof(tag)))
      memcpy(options->language, tag, sizeof(options->language));
    else
      noticeLog(cb, NOTICE_LEVEL_WARNING, "Ignoring malformed notice-language \"%s\".", value);
  }

  if ((value = get_notice_option("notice-edition", job, ppd)) != NULL && !noticeEditionFromName(value, &options->edition))
    noticeLog(cb, NOTICE_LEVEL_WARNING, "Ignoring unknown notice-edition \"%s\"; use 2023 or current.", value);

  if ((value = get_notice_option("notice-date", job, ppd)) != NULL)
  {
    if (!strcasecmp(value, "on") || !strcasecmp(value, "true") || !strcasecmp(value, "yes"))
      options->show_date = true;
    else if (!strcasecmp(value, "off") || !strcasecmp(value, "false") || !strcasecmp(value, "no"))
      options->show_date = false;
    else
      noticeLog(cb, NOTICE_LEVEL_WARNING, "Ignoring malformed notice-date \"%s\"; use on or off.", value);
  }

  if ((name = get_notice_option("notice-clinic-name", job, ppd)) != NULL && !strcmp(name, "None"))
    name = NULL;
  if ((contact = get_notice_option("notice-clinic-contact", job, ppd)) != NULL && !strcmp(contact, "None"))
    contact = NULL;

  noticeOptionsSetClinic(options, name, contact, cb);

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Notice language %s, edition %s, date %s.", options->language, noticeEditionName(options->edition), options->show_date ? "on" : "off");
}

#pragma GCC diagnostic pop
