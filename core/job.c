//
// The onshi-notice core: job bytes to code to notice to layout to output.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "notice.h"
#include "banner-private.h"
#include "catalog-private.h"
#include "code-private.h"
#include "layout-private.h"
#include "output-private.h"
#include "page-private.h"
#include <string.h>


//
// Local functions...
//

static bool	resolve_job(FILE *job, const notice_options_t *options, const notice_callbacks_t *cb, notice_status_t *status, notice_jobkind_t *kind, bool *refused);


//
// 'noticePrintJob()' - Print the notice for the code a job holds.
//
// Every failure is logged at NOTICE_LEVEL_ERROR with a message for the person
// at the printer, except cancellation, which ends quietly.  Nothing is written
// unless the whole page could be laid out.
//
// A print system's test page prints the notice for "invalid" marked as a
// sample; its banner pages print nothing and succeed, with the summary's
// "kind" saying so (see banner.c).
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
  notice_status_t	status = NOTICE_STATUS_INVALID;
					// Status the job asks for
  notice_jobkind_t	kind = NOTICE_JOBKIND_CODE;
					// What the job holds
  notice_options_t	sample;		// Options of a test page
  notice_page_t		*page;		// What the page carries
  notice_layout_t	*layout;	// Laid-out page
  int			pages = 0;	// Pages written
  bool			ok;		// Did output succeed?


  if (summary)
    memset(summary, 0, sizeof(notice_summary_t));

  if (!job || !options || !write_cb)
    return (false);

  if (!resolve_job(job, options, cb, &status, &kind, summary ? &summary->refused : NULL))
    return (false);

  if (summary)
    summary->kind = kind;

  if (kind == NOTICE_JOBKIND_BANNER)
    return (true);

  if (kind == NOTICE_JOBKIND_TEST_PAGE)
  {
    // The test page: the notice as the queue prints it, marked a sample...
    sample        = *options;
    sample.sample = true;
    options       = &sample;
  }

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Job code means \"%s\".", noticeStatusName(status));

  if ((page = noticePageCreate(options, status, cb)) == NULL)
    return (false);

  layout = noticeLayoutCreatePage(page, options->page_width_pt, options->page_height_pt, options->margin_pt, cb);
  noticePageDelete(page);

  if (!layout || noticeIsCanceled(cb))
  {
    noticeLayoutDelete(layout);
    return (false);
  }

  ok = noticeOutputWrite(layout, options, write_cb, write_data, cb, &pages);
  noticeLayoutDelete(layout);

  if (summary)
  {
    summary->status = status;
    summary->pages  = pages;
  }

  return (ok);
}


//
// 'resolve_job()' - Read the job and find the status it asks for.
//
// A print system's test page asks for the sample of "invalid", a banner
// page for nothing.  Any other job is refused for what it holds (too large,
// no known code, a status that needs no notice, binary data, an unknown
// encoding); a job that could not be read, or codes that could not be
// loaded, are failures of the system, not of the job, and are not refusals.
//
// Messages never quote the job's text: a document sent to the wrong queue
// may hold a patient's details, and the job's state message is visible to
// everyone who can list jobs.  The text goes to the debug log only.
//

static bool				// O - `true` if the job holds a known code or banner file
resolve_job(
    FILE                     *job,	// I - Job stream
    const notice_options_t   *options,	// I - Options
    const notice_callbacks_t *cb,	// I - Callbacks
    notice_status_t          *status,	// O - Status
    notice_jobkind_t         *kind,	// O - What the job holds
    bool                     *refused)	// O - `true` if refused for what it holds, or NULL
{
  char			buffer[NOTICE_JOB_MAX];
					// Job bytes
  size_t		length;		// Bytes read
  notice_codes_t	*codes;		// Accepted spellings
  notice_jobcode_t	jobcode;	// What the text turned out to be
  notice_banner_t	banner;		// What a banner file says
  const char		*codes_hint = "send the code invalid or no-record";
					// What to send instead


  switch (noticeCodeReadJob(job, buffer, sizeof(buffer), &length, cb))
  {
    case NOTICE_JOBREAD_OK :
        break;
    case NOTICE_JOBREAD_TOO_LARGE :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Job too large: this queue prints notice codes only - send documents to another printer.");
        if (refused)
          *refused = true;
        return (false);
    case NOTICE_JOBREAD_ERROR :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to read the job - send it again.");
        return (false);
    case NOTICE_JOBREAD_CANCELED :
        return (false);
  }

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Job holds %u bytes.", (unsigned)length);

  // A print system's test page or banner page...
  if ((*kind = noticeBannerRead(buffer, length, &banner)) != NOTICE_JOBKIND_CODE)
  {
    noticeLog(cb, NOTICE_LEVEL_DEBUG, "Job is a %s file (\"%s\"): %s.", banner.format, banner.name, *kind == NOTICE_JOBKIND_TEST_PAGE ? "the test page, printed as a sample notice" : "a banner page, not printed");
    *status = NOTICE_STATUS_INVALID;
    return (true);
  }

  if ((codes = noticeCodesLoad(options->data_dir, cb)) == NULL)
    return (false);

  noticeCodesLookup(codes, buffer, length, &jobcode);

  if (jobcode.encoding)
    noticeLog(cb, NOTICE_LEVEL_DEBUG, "Job text read as %s.", jobcode.encoding);

  switch (jobcode.lookup)
  {
    case NOTICE_LOOKUP_FOUND :
        *status = jobcode.status;
        break;
    case NOTICE_LOOKUP_EMPTY :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Empty job - %s.", codes_hint);
        break;
    case NOTICE_LOOKUP_UNKNOWN :
        noticeLog(cb, NOTICE_LEVEL_DEBUG, "Unrecognised line: \"%s\"", jobcode.line);
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Unknown notice code - %s.", codes_hint);
        break;
    case NOTICE_LOOKUP_NO_NOTICE :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "%s", jobcode.reason);
        break;
    case NOTICE_LOOKUP_SEVERAL :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Several different codes in one job - send one code per job.");
        break;
    case NOTICE_LOOKUP_BINARY :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Job holds binary data: this queue prints notice codes only - send documents to another printer.");
        break;
    case NOTICE_LOOKUP_BAD_ENCODING :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Job text is not UTF-8, Shift_JIS or EUC-JP - %s as plain text.", codes_hint);
        break;
  }

  noticeCodesDelete(codes);

  if (refused)
    *refused = jobcode.lookup != NOTICE_LOOKUP_FOUND;

  return (jobcode.lookup == NOTICE_LOOKUP_FOUND);
}
