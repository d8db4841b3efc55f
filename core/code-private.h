//
// Reading a job and resolving the status code it holds.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_CODE_PRIVATE_H
#  define NOTICE_CODE_PRIVATE_H
#  include "core-private.h"

typedef enum notice_jobread_e		// Outcome of reading a job
{
  NOTICE_JOBREAD_OK,			// Whole job read
  NOTICE_JOBREAD_TOO_LARGE,		// More than NOTICE_JOB_MAX bytes
  NOTICE_JOBREAD_ERROR,			// Read error
  NOTICE_JOBREAD_CANCELED		// Cancelled while reading
} notice_jobread_t;

extern notice_codes_t	*noticeCodesParse(const char *text, size_t length, const char *name, const notice_callbacks_t *cb);
extern notice_jobread_t	noticeCodeReadJob(FILE *fp, char *buffer, size_t bufsize, size_t *length, const notice_callbacks_t *cb);

#endif // !NOTICE_CODE_PRIVATE_H
