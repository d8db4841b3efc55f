//
// CUPS filter that prints the Ministry of Health's patient notice for the
// status code a job holds ("invalid" or "no-record").
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Usage:
//
//   onshi-notice job-id user title copies options [file]
//
// This is the only file that knows CUPS's argv, environment and stderr
// conventions.  The job's options, the queue's PPD and the output type go
// through the CUPS adapter (cups-options.h); everything else is the core,
// in notice.h.
//

#include <config.h>
#include "notice.h"
#include "cups-options.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>


//
// Local constants...
//

#define BANNER_LEFT_OUT	"Banner page left out: this queue prints the notice only."
					// What becomes of a banner page


//
// Local globals...
//

static volatile sig_atomic_t canceled = 0;
					// Set when CUPS cancels the job


//
// Local functions...
//

static bool	is_canceled(void *cbdata);
static void	log_to_stderr(void *cbdata, notice_level_t level, const char *message);
static bool	parse_copies(const char *value, int *copies);
static bool	read_options(char *argv[], notice_options_t *options, const notice_callbacks_t *cb);
static void	sigterm_handler(int sig);
static void	wait_for_stderr_read(void);
static bool	write_stdout(void *cbdata, const unsigned char *buffer, size_t bytes);


//
// 'main()' - Read the job's code and write the notice to stdout.
//

int					// O - Exit status
main(int  argc,				// I - Number of command-line arguments
     char *argv[])			// I - Command-line arguments
{
  FILE			*job;		// Job stream
  notice_options_t	options;	// Resolved options
  notice_callbacks_t	cb;		// Callbacks for the core
  notice_summary_t	summary;	// What was printed
  struct sigaction	action;		// Signal action
  bool			ok;		// Did the job print?
  int			page;		// Current page
  const char		*value;		// Environment variable


  setbuf(stderr, NULL);

  if (argc < 6 || argc > 7)
  {
    fputs("Usage: onshi-notice job-id user title copies options [file]\n", stderr);
    return (1);
  }

  // SIGTERM cancels; no SA_RESTART, so a blocked read returns at once.  A
  // printer that goes away must not kill us before we report...
  memset(&action, 0, sizeof(action));
  sigemptyset(&action.sa_mask);
  action.sa_handler = sigterm_handler;
  sigaction(SIGTERM, &action, NULL);
  signal(SIGPIPE, SIG_IGN);

  cb.log_cb    = log_to_stderr;
  cb.cancel_cb = is_canceled;
  cb.cbdata    = NULL;

  memset(&summary, 0, sizeof(summary));

  // A banner page (job-sheets) that CUPS adds before or after a job is not
  // printed, whatever it holds; CUPS's test page, and a banner page sent as
  // a document, are told apart by the core from what they hold...
  if ((value = getenv("CUPS_FILETYPE")) != NULL && !strcmp(value, "job-sheet"))
  {
    noticeLog(&cb, NOTICE_LEVEL_INFO, BANNER_LEFT_OUT);
    return (0);
  }

  ok = read_options(argv, &options, &cb);

  // Open the job and print it...
  if (ok)
  {
    if (argc == 7)
    {
      if ((job = fopen(argv[6], "rb")) == NULL)
      {
        fprintf(stderr, "DEBUG: Unable to open \"%s\": %s\n", argv[6], strerror(errno));
        fputs("ERROR: Unable to open the print file - send the job again.\n", stderr);
        ok = false;
      }
    }
    else
      job = stdin;

    if (ok)
    {
      ok = noticePrintJob(job, &options, &cb, write_stdout, NULL, &summary);

      if (job != stdin)
        fclose(job);
    }
  }

  if (ok)
  {
    for (page = 1; page <= summary.pages; page ++)
      fprintf(stderr, "PAGE: %d 1\n", page);

    if (summary.kind == NOTICE_JOBKIND_BANNER)
      noticeLog(&cb, NOTICE_LEVEL_INFO, BANNER_LEFT_OUT);
    else if (summary.kind == NOTICE_JOBKIND_TEST_PAGE)
      noticeLog(&cb, NOTICE_LEVEL_INFO, "Test page printed as a sample notice, marked not for patients.");
  }
  else if (canceled)
    fputs("DEBUG: Job canceled.\n", stderr);
  else if (summary.refused)
  {
    // A refused job has written nothing and exits 0: the queue's backend
    // then ends it as canceled (backend/onshi-notice.c), and on a queue
    // without that backend it completes with no pages.  A failing exit
    // would leave it stopped in the queue for good...
    fputs("DEBUG: Job refused; nothing was printed.\n", stderr);
    return (0);
  }
  else
    wait_for_stderr_read();

  return (ok ? 0 : 1);
}


//
// 'is_canceled()' - Tell the core whether CUPS cancelled the job.
//

static bool				// O - `true` if cancelled
is_canceled(void *cbdata)		// I - Unused
{
  (void)cbdata;

  return (canceled != 0);
}


//
// 'log_to_stderr()' - Write a core message as a CUPS stderr line.
//

static void
log_to_stderr(void           *cbdata,	// I - Unused
              notice_level_t level,	// I - Severity
              const char     *message)	// I - Message
{
  static const char * const prefixes[] =
  {					// Prefix for each level
    "DEBUG",
    "INFO",
    "WARNING",
    "ERROR"
  };


  (void)cbdata;

  if ((unsigned)level < sizeof(prefixes) / sizeof(prefixes[0]))
    fprintf(stderr, "%s: %s\n", prefixes[level], message);
}


//
// 'parse_copies()' - Parse the copies argument.
//

static bool				// O - `true` if valid
parse_copies(const char *value,		// I - Text
             int        *copies)	// O - Copies
{
  char	*end;				// End of number
  long	number;				// Parsed value


  errno  = 0;
  number = strtol(value, &end, 10);

  if (errno || end == value || *end || number < 1 || number > 9999)
    return (false);

  *copies = (int)number;

  return (true);
}


//
// 'read_options()' - Resolve the job's options from what CUPS gives.
//
// The copies and options arguments (argv[4] and argv[5]), and from the
// environment the queue's PPD, the output type and the data directory.
//

static bool				// O - `true` if the job can print
read_options(
    char                     *argv[],	// I - Command-line arguments
    notice_options_t         *options,	// O - Resolved options
    const notice_callbacks_t *cb)	// I - Callbacks for the core
{
  notice_cupsjob_t	cupsjob;	// What CUPS said about the job
  const char		*data_dir;	// Data directory
  const char		*value;		// Environment variable
  char			ppdfile[1024];	// Queue's PPD file
  bool			ok;		// Can the job print?


  // The data directory is fixed at build time; the environment may move it
  // (tests, relocated installs), a job never can...
  if ((data_dir = getenv("ONSHI_NOTICE_DATADIR")) == NULL || !*data_dir)
    data_dir = NOTICE_DATADIR;

  noticeOptionsInit(options, data_dir);

  memset(&cupsjob, 0, sizeof(cupsjob));
  cupsjob.num_options = cupsParseOptions(argv[5], 0, &cupsjob.options);
  cupsjob.final_type  = getenv("FINAL_CONTENT_TYPE");

  // The PPD goes to the CUPS adapter (cups-options.c) and out of the
  // environment: libcupsfilters 1.x would otherwise open it again behind
  // our back, leak it, and ignore the job's PPD options...
  if ((value = getenv("PPD")) != NULL && *value)
  {
    strncpy(ppdfile, value, sizeof(ppdfile) - 1);
    ppdfile[sizeof(ppdfile) - 1] = '\0';
    cupsjob.ppdfile = ppdfile;
    unsetenv("PPD");
  }

  if (!parse_copies(argv[4], &cupsjob.copies))
  {
    fprintf(stderr, "WARNING: Bad copies \"%s\", printing one.\n", argv[4]);
    cupsjob.copies = 1;
  }

  ok = noticeOptionsFromCUPS(options, &cupsjob, cb);
  cupsFreeOptions(cupsjob.num_options, cupsjob.options);

  return (ok);
}


//
// 'sigterm_handler()' - Note that CUPS cancelled the job.
//

static void
sigterm_handler(int sig)		// I - Signal number
{
  (void)sig;

  canceled = 1;
}


//
// 'wait_for_stderr_read()' - Wait until the scheduler has read our messages.
//
// cupsd reads a job's stderr lines in its main loop, but at the top of each
// pass through that loop it first reaps the children that have exited.  If
// it reaps a filter that failed before it has read the filter's ERROR line,
// it makes "Filter failed" the job's printer-state-message and marks the
// job's message level as an error; the ERROR line read afterwards then
// changes only the printer's message, never the job's (CUPS 2.4,
// process_children() in scheduler/main.c and update_job() in
// scheduler/job.c).  So before a failed filter exits, it waits until the
// status pipe is empty: cupsd has then read every line we wrote, and it
// handles all the complete lines of one read before it reaps anyone.
//
// The wait is bounded (5 seconds), because the backend writes to the same
// pipe and may keep it from ever being empty; stderr that is not a pipe (a
// file or a terminal, when the filter is run by hand) is not waited for.
//

static void
wait_for_stderr_read(void)
{
  struct stat		info;		// What stderr is
  struct timespec	now,		// Current time
			deadline,	// When to give up
			pause;		// Time between checks
  int			queued;		// Bytes still in the pipe


  if (fstat(2, &info) || !S_ISFIFO(info.st_mode))
    return;

  clock_gettime(CLOCK_MONOTONIC, &deadline);
  deadline.tv_sec += 5;

  pause.tv_sec  = 0;
  pause.tv_nsec = 2000000;		// 2 ms

  while (!canceled)
  {
    if (ioctl(2, FIONREAD, &queued) || queued <= 0)
      break;

    clock_gettime(CLOCK_MONOTONIC, &now);
    if (now.tv_sec > deadline.tv_sec || (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec))
      break;

    nanosleep(&pause, NULL);
  }
}


//
// 'write_stdout()' - Write output to stdout, retrying short writes.
//

static bool				// O - `true` on success
write_stdout(void                *cbdata,
					// I - Unused
             const unsigned char *buffer,
					// I - Bytes
             size_t              bytes)	// I - Number of bytes
{
  ssize_t	written;		// Bytes written this time


  (void)cbdata;

  while (bytes > 0)
  {
    if ((written = write(1, buffer, bytes)) < 0)
    {
      if (errno == EINTR && !canceled)
        continue;

      if (!canceled)
        fprintf(stderr, "DEBUG: Unable to write output: %s\n", strerror(errno));
      return (false);
    }

    buffer += written;
    bytes  -= (size_t)written;
  }

  return (true);
}
