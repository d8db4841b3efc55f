//
// libFuzzer target: looking up a job's code, and refusing a job that holds
// none.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Feeds arbitrary bytes through noticeCodesLookup() with the installed table
// of spellings, and checks what a caller relies on: a known outcome, a
// status in range, and a line for the log that is short, valid UTF-8 and
// free of control characters.  A job the lookup refuses goes through
// noticePrintJob() as the filter reads it, which must refuse it too and
// write nothing, unless it is a print system's banner page (nothing
// written, success) or test page (a sample printed).  (A job with a code
// is left out: rendering a page per input would leave no time for
// fuzzing.)
//

#include "notice.h"
#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


//
// Local globals...
//

static notice_codes_t	*codes = NULL;	// Table of spellings, loaded once


//
// 'check_jobcode()' - Abort when an outcome breaks the module's promises.
//

static void
check_jobcode(
    notice_lookup_t             status,	// I - Returned outcome
    const notice_jobcode_t *jobcode)
					// I - Outcome details
{
  size_t	i,			// Looping var
		len;			// Length of line


  if (status != jobcode->lookup || status > NOTICE_LOOKUP_BAD_ENCODING)
    abort();

  if (status == NOTICE_LOOKUP_FOUND && (unsigned)jobcode->status >= NOTICE_STATUS_COUNT)
    abort();

  if (status == NOTICE_LOOKUP_NO_NOTICE && (!jobcode->reason || !*jobcode->reason))
    abort();

  len = strnlen(jobcode->line, sizeof(jobcode->line));
  if (len >= sizeof(jobcode->line) || !g_utf8_validate(jobcode->line, (gssize)len, NULL))
    abort();

  for (i = 0; i < len; i ++)
  {
    if ((jobcode->line[i] & 255) < ' ')
      abort();
  }
}


//
// 'write_nothing()' - Note that the job wrote output, and drop it.
//

static bool				// O - `true`
write_nothing(
    void                *cbdata,	// I - Flag to set
    const unsigned char *buffer,	// I - Bytes (unused)
    size_t              bytes)		// I - Number of bytes (unused)
{
  (void)buffer;
  (void)bytes;

  *(bool *)cbdata = true;

  return (true);
}


//
// 'LLVMFuzzerInitialize()' - Load the table of spellings.
//

int					// O - 0
LLVMFuzzerInitialize(int  *argc,	// I - Unused
                     char ***argv)	// I - Unused
{
  (void)argc;
  (void)argv;

  if ((codes = noticeCodesLoad(FUZZ_DATADIR, NULL)) == NULL)
    abort();

  return (0);
}


//
// 'LLVMFuzzerTestOneInput()' - Resolve one input, directly and as a job stream.
//

int					// O - 0
LLVMFuzzerTestOneInput(
    const uint8_t *data,		// I - Input bytes
    size_t        size)			// I - Number of bytes
{
  notice_jobcode_t	jobcode;	// Outcome details
  notice_lookup_t	status;		// Outcome
  FILE			*fp;		// Input as a stream
  notice_options_t	options;	// Options of the job
  notice_summary_t	summary;	// What the job produced
  bool			wrote = false;	// Was anything written?


  // Straight from memory, any size...
  status = noticeCodesLookup(codes, (const char *)data, size, &jobcode);
  check_jobcode(status, &jobcode);

  // As the filter reads it: bounded, through a stream...
  if ((status != NOTICE_LOOKUP_FOUND || size > NOTICE_JOB_MAX) && size > 0 && (fp = fmemopen((void *)data, size, "rb")) != NULL)
  {
    noticeOptionsInit(&options, FUZZ_DATADIR);

    // Refused with nothing written, or a print system's page: a banner
    // prints nothing and succeeds, a test page prints its sample...
    if (noticePrintJob(fp, &options, NULL, write_nothing, &wrote, &summary))
    {
      if (summary.refused || (summary.kind == NOTICE_JOBKIND_BANNER && wrote) || (summary.kind == NOTICE_JOBKIND_TEST_PAGE && !wrote) || summary.kind == NOTICE_JOBKIND_CODE)
        abort();
    }
    else if (!summary.refused || wrote)
      abort();

    fclose(fp);
  }

  return (0);
}
