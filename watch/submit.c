//
// Sending a code to the notice queue through the CUPS client library.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// A job is the code as text/plain and nothing else; its title is
// "onshi-notice" and a random token, so that after a restart the watcher can
// tell whether a notice it was sending reached the queue.  The server is the
// usual client one (CUPS_SERVER, client.conf).
//

#include "submit.h"
#include "notice.h"
#include <cups/cups.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


//
// Local constants...
//

#define SUBMIT_TIMEOUT_MS	10000	// Connection and request timeout, in milliseconds


//
// Local types...
//

struct watch_submit_s			// Connection to the CUPS server
{
  char		queue[256];		// Notice queue
  http_t	*http;			// Connection or NULL
};


//
// Local functions...
//

static http_t	*connect_server(watch_submit_t *submit, char *message, size_t msgsize);
static void	disconnect_server(watch_submit_t *submit);


//
// 'watchSubmitNew()' - Prepare to send codes to a queue.
//
// No connection is made until the first code is sent.
//

watch_submit_t *			// O - Sender or NULL
watchSubmitNew(const char *queue)	// I - Notice queue
{
  watch_submit_t	*submit;	// Sender


  if (!queue || !*queue || strlen(queue) >= sizeof(submit->queue))
    return (NULL);

  if ((submit = calloc(1, sizeof(watch_submit_t))) == NULL)
    return (NULL);

  snprintf(submit->queue, sizeof(submit->queue), "%s", queue);

  return (submit);
}


//
// 'watchSubmitDelete()' - Close the connection and free the sender.
//

void
watchSubmitDelete(
    watch_submit_t *submit)		// I - Sender or NULL
{
  if (!submit)
    return;

  disconnect_server(submit);
  free(submit);
}


//
// 'watchSubmitFind()' - Look for one of our own jobs by its title.
//

watch_send_t				// O - OK if found, NOT_FOUND or RETRY
watchSubmitFind(void       *data,	// I - Sender
                const char *title,	// I - Job title
                int        *job_id,	// O - Job ID when found
                char       *message,	// O - Why it failed
                size_t     msgsize)	// I - Size of message buffer
{
  watch_submit_t	*submit = (watch_submit_t *)data;
					// Sender
  http_t		*http;		// Connection
  cups_job_t		*jobs;		// Our jobs
  int			num_jobs,	// Number of jobs
			i;		// Looping var
  watch_send_t		status = WATCH_SEND_NOT_FOUND;
					// Outcome


  *job_id = 0;

  if ((http = connect_server(submit, message, msgsize)) == NULL)
    return (WATCH_SEND_RETRY);

  if ((num_jobs = cupsGetJobs2(http, &jobs, submit->queue, 1, CUPS_WHICHJOBS_ALL)) < 0)
  {
    snprintf(message, msgsize, "%s", cupsLastErrorString());
    disconnect_server(submit);
    return (WATCH_SEND_RETRY);
  }

  for (i = 0; i < num_jobs; i ++)
  {
    if (jobs[i].title && !strcmp(jobs[i].title, title))
    {
      *job_id = jobs[i].id;
      status  = WATCH_SEND_OK;
      break;
    }
  }

  cupsFreeJobs(num_jobs, jobs);

  return (status);
}


//
// 'watchSubmitSend()' - Send a code as a text/plain job.
//

watch_send_t				// O - OK or RETRY
watchSubmitSend(void       *data,	// I - Sender
                const char *code,	// I - Code, such as "invalid"
                const char *title,	// I - Job title
                int        *job_id,	// O - Job ID
                char       *message,	// O - Why it failed
                size_t     msgsize)	// I - Size of message buffer
{
  watch_submit_t	*submit = (watch_submit_t *)data;
					// Sender
  http_t		*http;		// Connection
  int			id;		// New job


  *job_id = 0;

  if ((http = connect_server(submit, message, msgsize)) == NULL)
    return (WATCH_SEND_RETRY);

  if ((id = cupsCreateJob(http, submit->queue, title, 0, NULL)) <= 0)
  {
    snprintf(message, msgsize, "%s", cupsLastErrorString());
    disconnect_server(submit);
    return (WATCH_SEND_RETRY);
  }

  if (cupsStartDocument(http, submit->queue, id, "code", CUPS_FORMAT_TEXT, 1) != HTTP_STATUS_CONTINUE ||
      cupsWriteRequestData(http, code, strlen(code)) != HTTP_STATUS_CONTINUE ||
      cupsFinishDocument(http, submit->queue) != IPP_STATUS_OK)
  {
    // The job exists but holds no document: cancel it and try again later...
    snprintf(message, msgsize, "%s", cupsLastErrorString());
    disconnect_server(submit);
    if ((http = connect_server(submit, NULL, 0)) != NULL)
      cupsCancelJob2(http, submit->queue, id, 0);
    return (WATCH_SEND_RETRY);
  }

  *job_id = id;

  return (WATCH_SEND_OK);
}


//
// 'connect_server()' - Connect to the CUPS server, or reuse the connection.
//

static http_t *				// O - Connection or NULL
connect_server(watch_submit_t *submit,	// I - Sender
               char           *message,	// O - Why it failed, or NULL
               size_t         msgsize)	// I - Size of message buffer
{
  if (submit->http)
    return (submit->http);

  submit->http = httpConnect2(cupsServer(), ippPort(), NULL, AF_UNSPEC, cupsEncryption(), 1, SUBMIT_TIMEOUT_MS, NULL);

  if (!submit->http)
  {
    if (message)
      snprintf(message, msgsize, _("cannot connect to the CUPS server %s"), cupsServer());
    return (NULL);
  }

  httpSetTimeout(submit->http, SUBMIT_TIMEOUT_MS / 1000.0, NULL, NULL);

  return (submit->http);
}


//
// 'disconnect_server()' - Close the connection after an error.
//

static void
disconnect_server(
    watch_submit_t *submit)		// I - Sender
{
  if (submit->http)
  {
    httpClose(submit->http);
    submit->http = NULL;
  }
}
