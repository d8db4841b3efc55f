//
// Reading a job and resolving the status code it holds.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_CODE_H
#  define NOTICE_CODE_H
#  include "notice.h"

#  define NOTICE_JOB_MAX	4096	// Largest job in bytes: a code is a few bytes

typedef struct notice_codes_s notice_codes_t;
					// Table of accepted spellings

typedef enum notice_code_e		// Outcome of resolving a job's text
{
  NOTICE_CODE_OK,			// A code that has a notice
  NOTICE_CODE_EMPTY,			// Nothing but white space
  NOTICE_CODE_UNKNOWN,			// A line that is no accepted spelling
  NOTICE_CODE_NO_NOTICE,		// A valid result that needs no notice
  NOTICE_CODE_SEVERAL,			// Different codes in one job
  NOTICE_CODE_BINARY,			// NUL bytes or control characters
  NOTICE_CODE_BAD_ENCODING		// Not UTF-8, Shift_JIS or EUC-JP
} notice_code_t;

typedef struct notice_resolution_s	// What a job's text turned out to be
{
  notice_code_t		status;		// Outcome
  notice_result_t	result;		// Result, when OK
  const char		*encoding;	// Encoding the text was read in, or NULL
  const char		*reason;	// Why no notice is needed (from codes.txt), for NO_NOTICE
  char			line[64];	// Unrecognised line, printable and cut short, for UNKNOWN
} notice_resolution_t;

typedef enum notice_jobread_e		// Outcome of reading a job
{
  NOTICE_JOBREAD_OK,			// Whole job read
  NOTICE_JOBREAD_TOO_LARGE,		// More than NOTICE_JOB_MAX bytes
  NOTICE_JOBREAD_ERROR,			// Read error
  NOTICE_JOBREAD_CANCELED		// Cancelled while reading
} notice_jobread_t;

extern notice_codes_t	*noticeCodesLoad(const char *data_dir, const notice_callbacks_t *cb);
extern notice_codes_t	*noticeCodesParse(const char *text, size_t length, const char *name, const notice_callbacks_t *cb);
extern void		noticeCodesDelete(notice_codes_t *codes);
extern bool		noticeCodesGet(const notice_codes_t *codes, size_t n, const char **spelling, bool *has_notice, notice_result_t *result);
extern notice_code_t	noticeCodesResolve(const notice_codes_t *codes, const char *bytes, size_t length, notice_resolution_t *resolution);
extern notice_jobread_t	noticeCodeReadJob(FILE *fp, char *buffer, size_t bufsize, size_t *length, const notice_callbacks_t *cb);

#endif // !NOTICE_CODE_H
