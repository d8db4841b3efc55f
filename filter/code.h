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
  NOTICE_CODE_UNKNOWN,			// Not an accepted spelling
  NOTICE_CODE_NOT_TEXT			// NUL bytes or not UTF-8
} notice_code_t;

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
extern size_t		noticeCodesList(const notice_codes_t *codes, char *buffer, size_t bufsize);
extern notice_code_t	noticeCodesResolve(const notice_codes_t *codes, const char *text, size_t length, notice_result_t *result);
extern notice_jobread_t	noticeJobRead(FILE *fp, char *buffer, size_t bufsize, size_t *length, const notice_callbacks_t *cb);

#endif // !NOTICE_CODE_H
