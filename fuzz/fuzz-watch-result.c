//
// libFuzzer target: the watcher's reading of a result file.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Feeds arbitrary bytes to watchResultParse() with the default trigger list
// ("2,4", checked against the installed codes.txt), as the watcher reads a
// file from its folders: UTF-8 or Shift_JIS, single or bulk results.  Checks
// what the watcher relies on: the status it returns is the one it records,
// every QualificationValidity is counted once, and the value passed on for
// logging is empty or one to three ASCII digits.
//

#include "result.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


//
// Local globals...
//

static watch_triggers_t	triggers;	// Values that print a notice


//
// 'LLVMFuzzerInitialize()' - Parse the default trigger list.
//

int					// O - 0
LLVMFuzzerInitialize(int  *argc,	// I - Unused
                     char ***argv)	// I - Unused
{
  notice_codes_t	*codes;		// Table of spellings


  (void)argc;
  (void)argv;

  if ((codes = noticeCodesLoad(FUZZ_DATADIR, NULL)) == NULL || !watchTriggersParse("2,4", codes, &triggers, NULL))
    abort();

  noticeCodesDelete(codes);

  return (0);
}


//
// 'LLVMFuzzerTestOneInput()' - Parse one file's bytes.
//

int					// O - 0
LLVMFuzzerTestOneInput(
    const uint8_t *data,		// I - Input bytes
    size_t        size)			// I - Number of bytes
{
  watch_result_t	result;		// What the file calls for
  watch_status_t	status;		// What the file is
  size_t		notices = 0,	// Notices counted
			i;		// Looping var


  status = watchResultParse((const char *)data, size, &triggers, &result);

  if (status != result.status || !strcmp(watchStatusString(status), "unknown"))
    abort();

  for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
    notices += result.notices[i];

  if (watchResultNotices(&result) != (status == WATCH_STATUS_RESULT ? notices : 0))
    abort();

  if (result.units != result.silent + notices)
    abort();

  if (status != WATCH_STATUS_RESULT && (result.units || result.value[0]))
    abort();

  // The value that may be logged: "" or one to three digits, nothing else...
  for (i = 0; i < sizeof(result.value) && result.value[i]; i ++)
  {
    if (i >= 3 || result.value[i] < '0' || result.value[i] > '9')
      abort();
  }

  if (i == sizeof(result.value))
    abort();

  return (0);
}
