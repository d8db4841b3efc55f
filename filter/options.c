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
#include "log.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

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
static bool	parse_time(const char *value, time_t *t);
static void	set_media(notice_options_t *options, const pwg_media_t *media);


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

#pragma GCC diagnostic pop
