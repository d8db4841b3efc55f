//
// CUPS backend for the notice queue: ends a refused job without printing and
// hands every other job to the printer's own backend.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Usage:
//
//   onshi-notice                                  (lists no devices)
//   onshi-notice job-id user title copies options [file]
//
// The queue's device URI wraps the printer's, the way cups-filters' "beh"
// wraps one:
//
//   onshi-notice:/ipp://localhost/printers/REAL?snmp=false
//
// Why a backend: CUPS stops a job whose filter fails and keeps it until
// someone cancels it, and stopped jobs count against MaxJobs, so a clinic's
// wrong jobs would one day fill the queue.  Only a backend's exit status can
// end a job as canceled (CUPS_BACKEND_CANCEL, scheduler/job.c).  The filter
// refuses a job by writing its ERROR: line, writing no data and exiting 0; a
// notice is never empty, so a job whose filter wrote nothing was refused.
// The filter's message stays the job's printer-state-message: this program
// writes DEBUG: lines only.
//
// Any job with data goes to the wrapped backend by exec(), so that it gets
// the same arguments, environment, back and side channels, and signals as if
// cupsd had started it.  It runs with this program's privileges: installed
// mode 0755, as cupsd runs ipp, ipps and socket (unprivileged).
//

#include <config.h>
#include "notice.h"
#include <cups/backend.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>


//
// Local constants...
//

#define WRAP_PREFIX	"onshi-notice:/"	// Scheme and separator of our URIs


//
// Local types...
//

typedef enum input_e			// What the filter has written
{
  INPUT_DATA,				// Data to print
  INPUT_NONE,				// Nothing: the job was refused
  INPUT_UNKNOWN				// Not a pipe, cannot tell
} input_t;


//
// Local functions...
//

static input_t	wait_for_input(void);
static void	error_line(const char *format, ...) __attribute__((format(printf, 1, 2)));
static const char *unwrap_uri(const char *uri);
static int	exec_backend(const char *device_uri, const char *shown_uri, char *argv[]);
static int	write_file(const char *device_uri, const char *job_file);


//
// 'main()' - End a refused job, or run the wrapped backend.
//

int					// O - Exit status
main(int  argc,				// I - Number of command-line arguments
     char *argv[])			// I - Command-line arguments
{
  const char	*device_uri,		// Our device URI, with any password
		*inner_uri,		// Wrapped device URI
		*shown_uri,		// Wrapped URI without password (argv[0])
		*localedir;		// Message catalogs


  setbuf(stderr, NULL);

  // Messages in the job's language, which cupsd passes as LANG...
  if ((localedir = getenv("ONSHI_NOTICE_LOCALEDIR")) == NULL || !*localedir)
    localedir = NOTICE_LOCALEDIR;
  noticeSetLocale(localedir, getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"), getenv("LANGUAGE"));

  // No arguments: cupsd asks which devices this backend finds.  It finds
  // none; queues get our URI from onshi-notice-setup...
  if (argc == 1)
    return (CUPS_BACKEND_OK);

  if (argc < 6 || argc > 7)
  {
    fprintf(stderr, _("Usage: %s job-id user title copies options [file]\n"), "onshi-notice");
    return (CUPS_BACKEND_FAILED);
  }

  if ((device_uri = getenv("DEVICE_URI")) == NULL)
    device_uri = argv[0];

  // cupsd puts the URI without any password in argv[0]; show only that one...
  if ((inner_uri = unwrap_uri(device_uri)) == NULL || !*inner_uri)
  {
    error_line(_("The device URI of this queue must be \"%sURI\", the printer's URI after \"%s\" - run onshi-notice-setup again."), WRAP_PREFIX, WRAP_PREFIX);
    return (CUPS_BACKEND_STOP);
  }

  if ((shown_uri = unwrap_uri(argv[0])) == NULL)
    shown_uri = "(the wrapped device)";

  // A job that names its file has no filter in front of it: pass it on...
  if (argc == 6)
  {
    switch (wait_for_input())
    {
      case INPUT_NONE :
          fputs("DEBUG: The filter wrote nothing (it refused the job or failed): ending the job without printing.\n", stderr);
          return (CUPS_BACKEND_CANCEL);

      case INPUT_DATA :
      case INPUT_UNKNOWN :
          break;
    }
  }

  if (!strncmp(inner_uri, "file:", 5))
    return (write_file(inner_uri, argc == 7 ? argv[6] : NULL));

  return (exec_backend(inner_uri, shown_uri, argv));
}


//
// 'error_line()' - Write an ERROR: line for the job, in one write.
//
// The format comes translated; the prefix, which cupsd reads, does not.
//

static void
error_line(const char *format,		// I - printf-style format
           ...)				// I - Arguments
{
  char		message[1024];		// Formatted message
  va_list	ap;			// Argument pointer


  va_start(ap, format);
  vsnprintf(message, sizeof(message), format, ap);
  va_end(ap);

  fprintf(stderr, "ERROR: %s\n", message);
}


//
// 'exec_backend()' - Run the wrapped device's backend in place of this one.
//
// Returns only on failure.
//

static int				// O - Exit status
exec_backend(const char *device_uri,	// I - Wrapped device URI
             const char *shown_uri,	// I - Same, as it may be shown
             char       *argv[])	// I - Our arguments
{
  const char	*serverbin;		// CUPS_SERVERBIN directory
  char		scheme[64],		// Scheme of the wrapped URI
		backend[PATH_MAX];	// Its backend program
  size_t	length;			// Length of the scheme


  // The scheme names the backend: letters, digits, "+", "-" and "." only,
  // so that it cannot name a path, and never our own...
  length = strspn(device_uri, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");
  if (length == 0 || length >= sizeof(scheme) || device_uri[length] != ':')
  {
    error_line(_("Bad printer URI \"%s\" in the device URI - run onshi-notice-setup again."), shown_uri);
    return (CUPS_BACKEND_STOP);
  }

  memcpy(scheme, device_uri, length);
  scheme[length] = '\0';

  if (!strcmp(scheme, "onshi-notice"))
  {
    error_line("%s", _("The device URI wraps itself - run onshi-notice-setup again."));
    return (CUPS_BACKEND_STOP);
  }

  if ((serverbin = getenv("CUPS_SERVERBIN")) == NULL || !*serverbin)
    serverbin = CUPS_SERVERBIN;

  snprintf(backend, sizeof(backend), "%s/backend/%s", serverbin, scheme);

  // The wrapped backend sees the printer's URI, in argv[0] as cupsd shows it
  // and in DEVICE_URI as cupsd gives it, and otherwise the environment cupsd
  // gave us...
  if (setenv("DEVICE_URI", device_uri, 1))
  {
    fprintf(stderr, "DEBUG: Unable to set DEVICE_URI: %s\n", strerror(errno));
    return (CUPS_BACKEND_FAILED);
  }

  argv[0] = (char *)shown_uri;

  fprintf(stderr, "DEBUG: Printing through the \"%s\" backend.\n", scheme);
  execv(backend, argv);

  fprintf(stderr, "DEBUG: Unable to run \"%s\": %s\n", backend, strerror(errno));
  error_line(_("No CUPS backend for \"%s\" printers is installed - check the printer's URI."), scheme);

  return (CUPS_BACKEND_STOP);
}


//
// 'unwrap_uri()' - Return the device URI that one of ours wraps.
//

static const char *			// O - Wrapped URI or NULL if not ours
unwrap_uri(const char *uri)		// I - Our device URI
{
  if (!uri || strncmp(uri, WRAP_PREFIX, sizeof(WRAP_PREFIX) - 1))
    return (NULL);

  return (uri + sizeof(WRAP_PREFIX) - 1);
}


//
// 'wait_for_input()' - Wait until the filter writes data or ends.
//
// Nothing is read: the wrapped backend reads the job from the same pipe.
// poll() returns once the pipe holds data or every writer has closed it;
// FIONREAD then tells the two apart without taking any bytes.  Nobody
// answers side-channel requests meanwhile; our filter sends none.
//

static input_t				// O - What the filter has written
wait_for_input(void)
{
  struct stat	info;			// What stdin is
  struct pollfd	input;			// Poll for stdin
  int		queued;			// Bytes waiting in the pipe


  if (fstat(0, &info) || !S_ISFIFO(info.st_mode))
    return (INPUT_UNKNOWN);

  input.fd     = 0;
  input.events = POLLIN;

  for (;;)
  {
    input.revents = 0;

    if (poll(&input, 1, -1) < 0)
    {
      if (errno == EINTR)
        continue;

      return (INPUT_UNKNOWN);
    }

    if (input.revents & (POLLIN | POLLHUP))
      break;

    if (input.revents & (POLLERR | POLLNVAL))
      return (INPUT_UNKNOWN);
  }

  if (ioctl(0, FIONREAD, &queued))
    return (INPUT_UNKNOWN);

  return (queued > 0 ? INPUT_DATA : INPUT_NONE);
}


//
// 'write_file()' - Copy the job into a file: URI's file.
//
// cupsd writes file: devices itself and allows them only with "FileDevice
// Yes"; a wrapped one reaches this program instead.  It is meant for test
// schedulers, and is refused when this program runs as root, so that a
// device URI never lets a printer administrator write a file as root.
//

static int				// O - Exit status
write_file(const char *device_uri,	// I - file: URI
           const char *job_file)	// I - Job file or NULL for stdin
{
  const char	*path;			// File name
  int		in = 0,			// Job input
		fd,			// Output file
		status;			// Exit status
  char		buffer[65536];		// Copy buffer
  ssize_t	bytes,			// Bytes read
		written;		// Bytes written
  char		*ptr;			// Pointer into buffer


  if (geteuid() == 0)
  {
    error_line("%s", _("A file: device cannot be wrapped on a CUPS server that runs backends as root - give the printer's URI."));
    return (CUPS_BACKEND_STOP);
  }

  path = device_uri + 5;
  if (!strncmp(path, "//", 2))
    path += 2;

  if (*path != '/')
  {
    error_line("%s", _("A file: device URI must name an absolute path."));
    return (CUPS_BACKEND_STOP);
  }

  if (job_file && (in = open(job_file, O_RDONLY | O_CLOEXEC)) < 0)
  {
    fprintf(stderr, "DEBUG: Unable to open \"%s\": %s\n", job_file, strerror(errno));
    error_line("%s", _("Unable to read the print file."));
    return (CUPS_BACKEND_FAILED);
  }

  if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) < 0)
  {
    fprintf(stderr, "DEBUG: Unable to create \"%s\": %s\n", path, strerror(errno));
    error_line("%s", _("Unable to write the output file."));
    if (job_file)
      close(in);
    return (CUPS_BACKEND_FAILED);
  }

  // Copy until the end of the job, or the first error...
  status = CUPS_BACKEND_OK;

  while (status == CUPS_BACKEND_OK && (bytes = read(in, buffer, sizeof(buffer))) != 0)
  {
    if (bytes < 0)
    {
      if (errno == EINTR)
        continue;

      fprintf(stderr, "DEBUG: Unable to read the job: %s\n", strerror(errno));
      status = CUPS_BACKEND_FAILED;
      break;
    }

    for (ptr = buffer; bytes > 0; ptr += written, bytes -= written)
    {
      if ((written = write(fd, ptr, (size_t)bytes)) < 0)
      {
        if (errno == EINTR)
        {
          written = 0;
          continue;
        }

        fprintf(stderr, "DEBUG: Unable to write \"%s\": %s\n", path, strerror(errno));
        status = CUPS_BACKEND_FAILED;
        break;
      }
    }
  }

  if (close(fd) && status == CUPS_BACKEND_OK)
  {
    fprintf(stderr, "DEBUG: Unable to write \"%s\": %s\n", path, strerror(errno));
    status = CUPS_BACKEND_FAILED;
  }

  if (job_file)
    close(in);

  return (status);
}
