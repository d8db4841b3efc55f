//
// Sending a code to the notice queue through the CUPS client library.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef WATCH_SUBMIT_H
#  define WATCH_SUBMIT_H
#  include <stdbool.h>
#  include <stddef.h>

typedef enum watch_send_e		// Outcome of sending or looking up a job
{
  WATCH_SEND_OK,			// Sent, or found
  WATCH_SEND_NOT_FOUND,			// Looked up, no such job
  WATCH_SEND_RETRY			// CUPS unreachable or refusing: try later
} watch_send_t;

typedef watch_send_t (*watch_send_cb_t)(void *data, const char *code, const char *title, int *job_id, char *message, size_t msgsize);
					// Send one code as a job titled "title"
typedef watch_send_t (*watch_find_cb_t)(void *data, const char *title, int *job_id, char *message, size_t msgsize);
					// Look for an earlier job titled "title"

typedef struct watch_submit_s watch_submit_t;
					// Connection to the CUPS server

extern watch_submit_t	*watchSubmitNew(const char *queue);
extern void		watchSubmitDelete(watch_submit_t *submit);
extern watch_send_t	watchSubmitFind(void *data, const char *title, int *job_id, char *message, size_t msgsize);
extern watch_send_t	watchSubmitSend(void *data, const char *code, const char *title, int *job_id, char *message, size_t msgsize);

#endif // !WATCH_SUBMIT_H
