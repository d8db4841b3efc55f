//
// The onshi-notice core: job bytes to code to notice to layout to output.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "notice.h"
#include "catalog.h"
#include "code.h"
#include "layout.h"
#include "log.h"
#include "output.h"
#include <string.h>


//
// Local globals...
//

static const char * const result_names[NOTICE_RESULT_COUNT] =
{					// Result names, as in the data files
  "invalid",
  "no-record"
};


//
// Local functions...
//

static bool	resolve_job(FILE *job, const notice_options_t *options, const notice_callbacks_t *cb, notice_result_t *result);


//
// 'noticeOptionsInit()' - Set options to their defaults.
//
// The defaults print one copy of an A4 PDF page; raster output defaults to
// 600 dpi grey.
//

void
noticeOptionsInit(
    notice_options_t *options,		// O - Options
    const char       *data_dir)		// I - Data directory
{
  if (!options)
    return;

  memset(options, 0, sizeof(notice_options_t));

  if (data_dir)
    strncpy(options->data_dir, data_dir, sizeof(options->data_dir) - 1);

  options->format         = NOTICE_FORMAT_PDF;
  options->page_width_pt  = 210.0 * 72.0 / 25.4;
  options->page_height_pt = 297.0 * 72.0 / 25.4;
  options->copies         = 1;
  options->resolution     = 600;
  options->color          = NOTICE_COLOR_SGRAY_8;
  strncpy(options->media, "iso_a4_210x297mm", sizeof(options->media) - 1);
}


//
// 'noticePrintJob()' - Print the notice for the code a job holds.
//
// Every failure is logged at NOTICE_LEVEL_ERROR with a message for the person
// at the printer, except cancellation, which ends quietly.  Nothing is written
// unless the whole page could be laid out.
//

bool					// O - `true` on success
noticePrintJob(
    FILE                     *job,	// I - Job stream
    const notice_options_t   *options,	// I - Options
    const notice_callbacks_t *cb,	// I - Callbacks
    notice_write_cb_t        write_cb,	// I - Output callback
    void                     *write_data,
					// I - Data for output callback
    notice_summary_t         *summary)	// O - What was printed, or NULL
{
  notice_result_t	result;		// Result the job asks for
  notice_content_t	*content;	// Notice text
  notice_layout_t	*layout;	// Laid-out page
  int			pages = 0;	// Pages written
  bool			ok;		// Did output succeed?


  if (summary)
    memset(summary, 0, sizeof(notice_summary_t));

  if (!job || !options || !write_cb)
    return (false);

  if (!resolve_job(job, options, cb, &result))
    return (false);

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Job code means \"%s\".", noticeResultName(result));

  if ((content = noticeContentLoad(options->data_dir, "ja", cb)) == NULL)
    return (false);

  layout = noticeLayoutCreate(content, result, options->page_width_pt, options->page_height_pt, options->margin_pt, cb);
  noticeContentDelete(content);

  if (!layout || noticeIsCanceled(cb))
  {
    noticeLayoutDelete(layout);
    return (false);
  }

  ok = noticeOutputWrite(layout, options, write_cb, write_data, cb, &pages);
  noticeLayoutDelete(layout);

  if (summary)
  {
    summary->result = result;
    summary->pages  = pages;
  }

  return (ok);
}


//
// 'noticeResultFromName()' - Look up a result by its name.
//

bool					// O - `true` if found
noticeResultFromName(
    const char      *name,		// I - Name, such as "no-record"
    notice_result_t *result)		// O - Result
{
  int	i;				// Looping var


  for (i = 0; name && i < NOTICE_RESULT_COUNT; i ++)
  {
    if (!strcmp(name, result_names[i]))
    {
      *result = (notice_result_t)i;
      return (true);
    }
  }

  return (false);
}


//
// 'noticeResultName()' - Return the name of a result.
//

const char *				// O - Name
noticeResultName(
    notice_result_t result)		// I - Result
{
  if ((unsigned)result >= NOTICE_RESULT_COUNT)
    return ("unknown");

  return (result_names[result]);
}


//
// 'resolve_job()' - Read the job and find the result it asks for.
//

static bool				// O - `true` if the job holds a known code
resolve_job(
    FILE                     *job,	// I - Job stream
    const notice_options_t   *options,	// I - Options
    const notice_callbacks_t *cb,	// I - Callbacks
    notice_result_t          *result)	// O - Result
{
  char			buffer[NOTICE_JOB_MAX];
					// Job bytes
  size_t		length;		// Bytes read
  notice_codes_t	*codes;		// Accepted spellings
  char			accepted[256];	// List of accepted spellings
  notice_code_t		status;		// Outcome of resolution


  switch (noticeJobRead(job, buffer, sizeof(buffer), &length, cb))
  {
    case NOTICE_JOBREAD_OK :
        break;
    case NOTICE_JOBREAD_TOO_LARGE :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Job too large: this queue prints notice codes only - send the document to another printer.");
        return (false);
    case NOTICE_JOBREAD_ERROR :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to read the job - send it again.");
        return (false);
    case NOTICE_JOBREAD_CANCELED :
        return (false);
  }

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Job holds %u bytes.", (unsigned)length);

  if ((codes = noticeCodesLoad(options->data_dir, cb)) == NULL)
    return (false);

  status = noticeCodesResolve(codes, buffer, length, result);
  noticeCodesList(codes, accepted, sizeof(accepted));
  noticeCodesDelete(codes);

  switch (status)
  {
    case NOTICE_CODE_OK :
        return (true);
    case NOTICE_CODE_EMPTY :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Empty job - send one of these codes: %s.", accepted);
        break;
    case NOTICE_CODE_NOT_TEXT :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Job is not a notice code - send one of these codes: %s.", accepted);
        break;
    case NOTICE_CODE_UNKNOWN :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Unknown notice code - send one of these codes: %s.", accepted);
        break;
  }

  return (false);
}
