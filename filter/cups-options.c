//
// The CUPS adapter of the core's options: argv[5], the queue's PPD and the
// output type, resolved once into a notice_options_t.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Every job option is untrusted: the core's vocabulary (core/options.c) judges
// each value, a refused one keeps the default with a warning, and no option
// ever names a file.  This file knows what only CUPS knows: where a value
// comes from (job, queue default, PPD), the printer's margins and copies,
// and the raster details that libcupsfilters reads from a job.
//

#include "cups-options.h"
#include "notice.h"
#include "cupsfilters-compat.h"
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

static const char * const raster_options[] =
{					// Job options only libcupsfilters reads here
  "ColorModel",
  "MediaType",
  "PageRegion",
  "media-col",
  "media-source",
  "media-type",
  "print-quality"
};


//
// Local functions...
//

static void	log_unused_options(const notice_cupsjob_t *job, const notice_callbacks_t *cb);
static const char *get_notice_option(const char *name, const notice_cupsjob_t *job, ppd_file_t *ppd);
static const char *ppd_choice(ppd_file_t *ppd, const notice_cupsjob_t *job, const char *keyword);
static bool	is_used_option(const char *name);
static bool	report(notice_verdict_t verdict, const char *message, const notice_callbacks_t *cb);
static bool	set_option(notice_options_t *options, const char *name, const char *value, const notice_callbacks_t *cb);
static void	set_margin(notice_options_t *options, const ppd_size_t *size, const notice_callbacks_t *cb);
static void	set_notice_options(notice_options_t *options, const notice_cupsjob_t *job, ppd_file_t *ppd, const notice_callbacks_t *cb);
static bool	set_raster(notice_options_t *options, const notice_cupsjob_t *job, ppd_file_t *ppd, const notice_callbacks_t *cb);


//
// 'noticeOptionsFromCUPS()' - Resolve a CUPS job's options.
//
// The output format is FINAL_CONTENT_TYPE (PDF when unset).  Paper comes
// from the job's "media" or "PageSize", else the PPD's default, else A4; the
// PPD's imageable area gives the printer's unprintable margin.  Raster
// resolution and colour come from the job's options, else the PPD's
// defaults, else 600 dpi grey.  Copies are emitted here only when the PPD
// says the printer cannot make them ("*cupsManualCopies: True").  Fails only
// when CUPS asks for an output type this filter cannot write.
//

bool					// O - `true` on success
noticeOptionsFromCUPS(
    notice_options_t         *options,	// IO - Options, initialised
    const notice_cupsjob_t   *job,	// I  - What CUPS said about the job
    const notice_callbacks_t *cb)	// I  - Callbacks
{
  ppd_file_t	*ppd = NULL;		// Queue's PPD
  ppd_size_t	*size;			// Marked page size
  const char	*value;			// Option value
  const notice_formatinfo_t *info;	// Output format's names
  notice_verdict_t verdict;		// What became of a value
  char		message[512];		// Why a value was refused or changed


  if (!options || !job)
    return (false);

  log_unused_options(job, cb);

  // Output format...
  if (!job->final_type)
    options->format = NOTICE_FORMAT_PDF;
  else if (!noticeFormatFromName(job->final_type, &options->format) || (info = noticeFormatInfo(options->format)) == NULL || !info->printable)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "This queue asks for %s, which onshi-notice cannot write - set the queue up with an onshi-notice PPD.", job->final_type);
    return (false);
  }

  // The queue's defaults, overridden by the job's options...
  if (job->ppdfile && (ppd = ppdOpenFile(job->ppdfile)) == NULL)
    noticeLog(cb, NOTICE_LEVEL_WARNING, "Unable to read the queue's PPD file; using defaults.");

  // The job's paper is judged by the core; a PPD then gives the size it
  // marked (the job's, else the queue's default) with its margins...
  if ((value = cupsGetOption("media", job->num_options, job->options)) == NULL)
    value = cupsGetOption("PageSize", job->num_options, job->options);

  if (value)
  {
    char	paper[128];		// First of "media=a4,tray-1"

    snprintf(paper, sizeof(paper), "%s", value);
    paper[strcspn(paper, ",")] = '\0';
    set_option(options, "media", paper, cb);
  }

  if (ppd)
  {
    ppdMarkDefaults(ppd);
    cupsMarkOptions(ppd, job->num_options, job->options);

    if ((size = ppdPageSize(ppd, NULL)) != NULL && set_option(options, "media", size->name, cb))
      set_margin(options, size, cb);

    verdict = noticeOptionsSetCopies(options, ppd->manual_copies ? job->copies : 1, message, sizeof(message));
    report(verdict, message, cb);
  }

  // Raster resolution, colour and media details; a resolution means nothing
  // to PDF or PostScript, but is judged all the same, so that a bad one is
  // named whatever the queue...
  if (options->format == NOTICE_FORMAT_PWG || options->format == NOTICE_FORMAT_URF)
  {
    if (!set_raster(options, job, ppd, cb))
    {
      ppdClose(ppd);
      return (false);
    }
  }
  else if ((value = cupsGetOption("printer-resolution", job->num_options, job->options)) != NULL)
    set_option(options, "printer-resolution", value, cb);

  // The job's creation time dates the document...
  if ((value = cupsGetOption("time-at-creation", job->num_options, job->options)) != NULL)
    set_option(options, "time-at-creation", value, cb);

  noticeDebug(cb, "Paper %s, margin %.1f pt, %d copies made here, job time %ld.", options->media, options->margin_pt, options->copies, (long)options->job_time);

  // What the notice says: language, edition, date, the clinic's details...
  set_notice_options(options, job, ppd, cb);

  ppdClose(ppd);

  return (true);
}


//
// 'is_used_option()' - Is a job option one this filter reads?
//
// The core's option names, and the raster options libcupsfilters reads.
//

static bool				// O - `true` if read
is_used_option(const char *name)	// I - Job option name
{
  size_t			i;	// Looping var
  const notice_optioninfo_t	*info;	// One of the core's option names


  for (i = 0; (info = noticeOptionInfo(i)) != NULL; i ++)
  {
    if (!strcmp(name, info->name))
      return (true);
  }

  for (i = 0; i < sizeof(raster_options) / sizeof(raster_options[0]); i ++)
  {
    if (!strcmp(name, raster_options[i]))
      return (true);
  }

  return (false);
}


//
// 'log_unused_options()' - Say which job options this filter does not read.
//
// cupsd passes every job attribute (job-uuid, number-up, ...); the ones the
// notice has no use for are ignored, and named once in the debug log.
//

static void
log_unused_options(
    const notice_cupsjob_t   *job,	// I - What CUPS said about the job
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char		names[1024];		// Names of unused options
  size_t	used = 0,		// Bytes in names
		i;			// Looping var


  names[0] = '\0';

  for (i = 0; i < (size_t)job->num_options; i ++)
  {
    if (is_used_option(job->options[i].name))
      continue;

    if (used + strlen(job->options[i].name) + 3 >= sizeof(names))
      break;

    used += (size_t)snprintf(names + used, sizeof(names) - used, "%s%s", used ? ", " : "", job->options[i].name);
  }

  if (used)
    noticeDebug(cb, "Ignoring job options: %s.", names);
}


//
// 'ppd_choice()' - Return the job's choice for a PPD option, else the default.
//
// A choice the PPD does not offer is ignored.  Returns NULL when the PPD has
// no such option.
//

static const char *			// O - Choice or NULL
ppd_choice(ppd_file_t             *ppd,	// I - PPD
           const notice_cupsjob_t *job,	// I - What CUPS said about the job
           const char             *keyword)
					// I - PPD option
{
  ppd_option_t	*option;		// PPD option
  ppd_choice_t	*choice;		// Job's choice
  const char	*value;			// Job's value


  if ((option = ppdFindOption(ppd, keyword)) == NULL)
    return (NULL);

  if ((value = cupsGetOption(keyword, job->num_options, job->options)) != NULL && (choice = ppdFindChoice(option, value)) != NULL)
    return (choice->choice);

  return (option->defchoice[0] ? option->defchoice : NULL);
}


//
// 'set_margin()' - Set the printer's unprintable margin from the PPD.
//
// The widest of the four edges outside the imageable area; a PPD claiming
// more than two inches is ignored.
//

static void
set_margin(
    notice_options_t         *options,	// O - Options
    const ppd_size_t         *size,	// I - PPD page size
    const notice_callbacks_t *cb)	// I - Callbacks
{
  double	edges[4],		// Unprintable edges in points
		margin = 0.0;		// Widest edge
  size_t	i;			// Looping var


  edges[0] = size->left;
  edges[1] = size->bottom;
  edges[2] = size->width - size->right;
  edges[3] = size->length - size->top;

  for (i = 0; i < 4; i ++)
  {
    if (edges[i] > margin)
      margin = edges[i];
  }

  if (noticeOptionsSetMargin(options, margin, NULL, 0) == NOTICE_VERDICT_REFUSED)
    noticeLog(cb, NOTICE_LEVEL_WARNING, "Ignoring the PPD's imageable area for %s: margins wider than 2 inches.", size->name);
}


//
// 'get_notice_option()' - Find the value of one of the notice's options.
//
// The job's own value wins; cupsd adds the queue's defaults ("lpadmin -o
// notice-language-default=en") to every job that does not set them.  Else
// the PPD's default counts, including a custom text default ("lpadmin -o
// notice-clinic-name=Custom.TEXT", or CUPS's web interface).  A "Custom."
// prefix is removed.
//
// libcups keeps only 40 bytes of a PPD's default choice (ppd_option_t's
// defchoice), so a custom default such as "Custom.医療法人..." longer than
// 33 bytes reaches the marked choice cut, often inside a character: the
// text is read from the PPD's own "*DefaultNAME:" line instead.
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
  ppd_attr_t	*attr;			// The PPD's default line
  char		keyword[PPD_MAX_NAME + 8];
					// "Default" and the option name


  if ((value = cupsGetOption(name, job->num_options, job->options)) == NULL && ppd && (choice = ppdFindMarkedChoice(ppd, name)) != NULL)
  {
    snprintf(keyword, sizeof(keyword), "Default%s", name);

    if (strcmp(choice->choice, "Custom"))
      value = choice->choice;
    else if ((attr = ppdFindAttr(ppd, keyword, NULL)) != NULL && attr->value && !strncmp(attr->value, "Custom.", 7))
      value = attr->value;
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

static void
set_notice_options(
    notice_options_t         *options,	// I - Options
    const notice_cupsjob_t   *job,	// I - What CUPS said about the job
    ppd_file_t               *ppd,	// I - Queue's PPD or NULL
    const notice_callbacks_t *cb)	// I - Callbacks
{
  size_t	i;			// Looping var
  const notice_optioninfo_t *info;	// One of the core's option names
  const char	*value;			// Option value


  for (i = 0; (info = noticeOptionInfo(i)) != NULL; i ++)
  {
    if (info->kind == NOTICE_OPTION_NOTICE && (value = get_notice_option(info->name, job, ppd)) != NULL)
      set_option(options, info->name, value, cb);
  }

  noticeDebug(cb, "Notice language %s, edition %s, date %s.", options->language, noticeEditionName(options->edition), options->show_date ? "on" : "off");
}


//
// 'set_option()' - Set one option through the core's vocabulary.
//
// A job must still print: a refused value keeps the default, and both a
// refusal and a change are logged as warnings.
//

static bool				// O - `true` if the value was taken
set_option(
    notice_options_t         *options,	// IO - Options
    const char               *name,	// I  - Option name
    const char               *value,	// I  - Value
    const notice_callbacks_t *cb)	// I  - Callbacks
{
  char	message[512];			// Why it was refused or changed


  return (report(noticeOptionsSet(options, name, value, message, sizeof(message)), message, cb));
}


//
// 'report()' - Log what became of an option's value.
//
// A job must still print: a refused value keeps the default, and both a
// refusal and a change are logged as warnings.
//

static bool				// O - `true` if the value was taken
report(notice_verdict_t         verdict,
					// I - What became of the value
       const char               *message,
					// I - Why it was refused or changed
       const notice_callbacks_t *cb)	// I - Callbacks
{
  switch (verdict)
  {
    case NOTICE_VERDICT_TAKEN :
        return (true);
    case NOTICE_VERDICT_CHANGED :
        noticeLog(cb, NOTICE_LEVEL_WARNING, "%s", message);
        return (true);
    case NOTICE_VERDICT_REFUSED :
        noticeLog(cb, NOTICE_LEVEL_WARNING, "%s Using the default.", message);
        return (false);
    default :
        return (false);
  }
}


//
// 'set_raster()' - Set raster resolution, colour and media details.
//
// libcupsfilters reads the job's options as cups-filters' raster filters do.
// The PPD's choices for "Resolution" and "ColorModel" (the job's when it
// names a valid one, else the queue's defaults; never cupsMarkOptions()'s
// guess from "print-color-mode") are passed under their IPP names,
// "printer-resolution" and "print-color-mode": libcupsfilters 1.x reads PPD
// option names only when no PPD is in the environment, and 2.x reads no
// colour option but "print-color-mode" for PWG and Apple raster.  A job's
// own "printer-resolution" wins over the PPD's; of "print-color-mode" only
// "bi-level" does, because cupsd gives every job on a monochrome queue
// "print-color-mode=monochrome" whatever the queue's ColorModel.  Without a
// PPD the job's "print-color-mode" wins over its "ColorModel".  "ColorModel"
// itself never reaches libcupsfilters, which the two branches would read
// differently.  The notice needs no colour: every colour mode prints grey.
// Apple raster has no 1-bit mode, so black_1 becomes grey there.
// Resolutions other than 300 and 600 dpi print at the nearest one.
//

static bool				// O - `true` on success
set_raster(
    notice_options_t         *options,	// IO - Options
    const notice_cupsjob_t   *job,	// I - What CUPS said about the job
    ppd_file_t               *ppd,	// I - Queue's PPD or NULL
    const notice_callbacks_t *cb)	// I - Callbacks
{
  static const char * const color_modes[][2] =
  {					// ColorModel choices as print-color-mode
    { "Grayscale", "monochrome" },
    { "Black",	"bi-level" }
  };
  int			num_options = 0;// Options for libcupsfilters
  cups_option_t		*options_list = NULL;
					// Options for libcupsfilters
  const char		*choice,	// PPD or job choice
			*value;		// Option value
  cups_page_header2_t	header;		// Header libcupsfilters built
  bool			apple = options->format == NOTICE_FORMAT_URF;
					// Apple raster?
  char			resolution[64],	// Resolution as a job option
			message[512];	// What was changed
  int			i;		// Looping var


  // The job's options, with the PPD's choices under their IPP names...
  for (i = 0; i < job->num_options; i ++)
  {
    if (strcmp(job->options[i].name, "ColorModel"))
      num_options = cupsAddOption(job->options[i].name, job->options[i].value, num_options, &options_list);
  }

  if (ppd && !cupsGetOption("printer-resolution", num_options, options_list) && (choice = ppd_choice(ppd, job, "Resolution")) != NULL)
    num_options = cupsAddOption("printer-resolution", choice, num_options, &options_list);

  value = cupsGetOption("print-color-mode", num_options, options_list);

  if (ppd)
    choice = value && !strcmp(value, "bi-level") ? NULL : ppd_choice(ppd, job, "ColorModel");
  else
    choice = value ? NULL : cupsGetOption("ColorModel", job->num_options, job->options);

  if (choice)
  {
    for (i = 0; i < (int)(sizeof(color_modes) / sizeof(color_modes[0])); i ++)
    {
      if (!strcmp(choice, color_modes[i][0]))
        num_options = cupsAddOption("print-color-mode", color_modes[i][1], num_options, &options_list);
    }
  }

  if (!noticeCFRasterPrepareHeader(&header, num_options, options_list, apple))
  {
    cupsFreeOptions(num_options, options_list);
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to prepare the raster page - check the queue's options.");
    return (false);
  }

  cupsFreeOptions(num_options, options_list);

  noticeDebug(cb, "Raster header from %s: %ux%u dpi, colour space %d, %u bits.", noticeCFLibrary(), header.HWResolution[0], header.HWResolution[1], (int)header.cupsColorSpace, header.cupsBitsPerColor);

  // Resolution (300 or 600 dpi; the core says what becomes of others)...
  snprintf(resolution, sizeof(resolution), "%ux%udpi", header.HWResolution[0], header.HWResolution[1]);
  set_option(options, "printer-resolution", resolution, cb);

  // Colour space and depth (an Apple raster header is never 1-bit), media
  // type, tray and quality go to the printer as the job gave them...
  report(noticeOptionsSetRaster(options, header.cupsColorSpace == CUPS_CSPACE_K && header.cupsBitsPerColor == 1 ? NOTICE_COLOR_BLACK_1 : NOTICE_COLOR_SGRAY_8, header.MediaType, header.MediaPosition, (int)header.cupsInteger[CUPS_RASTER_PWG_PrintQuality], message, sizeof(message)), message, cb);

  noticeDebug(cb, "Raster %d dpi %s, media type \"%s\", position %u, quality %d.", options->resolution, options->color == NOTICE_COLOR_BLACK_1 ? "black_1" : "sgray_8", options->media_type, options->media_position, options->print_quality);

  return (true);
}

#pragma GCC diagnostic pop
