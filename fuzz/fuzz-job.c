//
// libFuzzer target: reading a job and resolving its code.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Feeds arbitrary bytes through noticeCodeReadJob() and noticeCodesResolve()
// with the installed table of spellings, and checks what a caller relies on:
// a known outcome, a result in range, and a log line that is short, valid
// UTF-8 and free of control characters.
//

#include "code.h"
#include "utf8.h"
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
// 'check_resolution()' - Abort when an outcome breaks the module's promises.
//

static void
check_resolution(
    notice_code_t             status,	// I - Returned outcome
    const notice_resolution_t *resolution)
					// I - Outcome details
{
  size_t	i,			// Looping var
		len;			// Length of line


  if (status != resolution->status || status > NOTICE_CODE_BAD_ENCODING)
    abort();

  if (status == NOTICE_CODE_OK && (unsigned)resolution->result >= NOTICE_RESULT_COUNT)
    abort();

  if (status == NOTICE_CODE_NO_NOTICE && (!resolution->reason || !*resolution->reason))
    abort();

  len = strnlen(resolution->line, sizeof(resolution->line));
  if (len >= sizeof(resolution->line) || !noticeUTF8IsValid(resolution->line, len))
    abort();

  for (i = 0; i < len; i ++)
  {
    if ((resolution->line[i] & 255) < ' ')
      abort();
  }
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
  notice_resolution_t	resolution;	// Outcome details
  notice_code_t		status;		// Outcome
  FILE			*fp;		// Input as a stream
  char			buffer[NOTICE_JOB_MAX];
					// Job bytes
  size_t		length;		// Bytes read
  notice_jobread_t	read_status;	// Outcome of reading


  // Straight from memory, any size...
  status = noticeCodesResolve(codes, (const char *)data, size, &resolution);
  check_resolution(status, &resolution);

  // As the filter reads it: bounded, through a stream...
  if (size > 0 && (fp = fmemopen((void *)data, size, "rb")) != NULL)
  {
    read_status = noticeCodeReadJob(fp, buffer, sizeof(buffer), &length, NULL);
    fclose(fp);

    if (read_status == NOTICE_JOBREAD_TOO_LARGE && size <= sizeof(buffer))
      abort();

    if (read_status == NOTICE_JOBREAD_OK)
    {
      if (length != size)
        abort();

      status = noticeCodesResolve(codes, buffer, length, &resolution);
      check_resolution(status, &resolution);
    }
  }

  return (0);
}
