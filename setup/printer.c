//
// Asking an IPP printer what it accepts: document formats and paper.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// libcupsfilters does the asking (with its fallbacks for printers that
// answer IPP 2.0 requests badly); this file connects, with encryption for
// ipps URIs and time limits, and reads the answer.
//

#include "setup.h"
#include "cupsfilters-compat.h"
#include <signal.h>
#include <string.h>


//
// Local functions...
//

static void	log_cf_messages(const notice_callbacks_t *cb);


//
// 'setupPrinterQuery()' - Ask an IPP printer for its formats and paper.
//

bool					// O - `true` if the printer answered
setupPrinterQuery(
    const char               *uri,	// I - Printer URI (ipp:// or ipps://)
    setup_printer_t         *printer,	// O - What the printer said
    const notice_callbacks_t *cb)	// I - Callbacks
{
  static const char * const attrs[] =	// Attributes to ask for
  {
    "document-format-supported",
    "media-default",
    "media-supported",
    "printer-make-and-model"
  };
  char			scheme[32],	// URI scheme
			userpass[256],	// URI user:pass
			host[256],	// URI host
			resource[1024];	// URI resource
  int			port;		// URI port
  http_t		*http;		// Connection to the printer
  ipp_t			*response;	// Get-Printer-Attributes response
  struct sigaction	term_action;	// SIGTERM action before libcupsfilters
  ipp_status_t		status;		// Status of the response


  memset(printer, 0, sizeof(setup_printer_t));

  if (httpSeparateURI(HTTP_URI_CODING_ALL, uri, scheme, sizeof(scheme), userpass, sizeof(userpass), host, sizeof(host), &port, resource, sizeof(resource)) < HTTP_URI_STATUS_OK || (strcmp(scheme, "ipp") && strcmp(scheme, "ipps")) || !*host)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Bad printer URI \"%s\" - give it as ipp://HOST/PATH or ipps://HOST/PATH (see \"driverless\" or \"ippfind\").", uri);
    return (false);
  }

  noticeDebug(cb, "Asking %s (host %s, port %d) for its attributes.", uri, host, port);

  if ((http = httpConnect2(host, port, NULL, AF_UNSPEC, strcmp(scheme, "ipps") ? HTTP_ENCRYPTION_IF_REQUESTED : HTTP_ENCRYPTION_ALWAYS, 1, 10000, NULL)) == NULL)
  {
    noticeDebug(cb, "Unable to connect to %s:%d: %s", host, port, cupsLastErrorString());
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer at %s does not answer - check that it is switched on and that the address is right.", uri);
    return (false);
  }

  httpSetTimeout(http, 30.0, NULL, NULL);

  // libcupsfilters 1.x installs its own SIGTERM handler; keep ours...
  sigaction(SIGTERM, NULL, &term_action);
  response = noticeCFGetPrinterAttributes(http, uri, attrs, (int)(sizeof(attrs) / sizeof(attrs[0])));
  sigaction(SIGTERM, &term_action, NULL);

  httpClose(http);
  log_cf_messages(cb);

  if (!response)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer at %s does not answer - check that it is switched on and that the address is right.", uri);
    return (false);
  }

  if ((status = ippGetStatusCode(response)) > IPP_STATUS_OK_CONFLICTING)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer at %s answered \"%s\" - check the address (the path after the host, such as /ipp/print).", uri, ippErrorString(status));
    ippDelete(response);
    return (false);
  }

  setupPrinterRead(response, printer);

  noticeDebug(cb, "Printer \"%s\" accepts %s; paper %s (default %s).", printer->make_model, printer->formats, printer->media, printer->media_default);

  ippDelete(response);

  return (true);
}


//
// 'setupPrinterRead()' - Read a printer's formats and paper from its answer.
//

void
setupPrinterRead(
    ipp_t           *response,		// I - Get-Printer-Attributes response
    setup_printer_t *printer)		// O - What the printer said
{
  memset(printer, 0, sizeof(setup_printer_t));

  setupServerCopyStrings(response, "printer-make-and-model", printer->make_model, sizeof(printer->make_model));
  setupServerCopyStrings(response, "document-format-supported", printer->formats, sizeof(printer->formats));
  setupServerCopyStrings(response, "media-supported", printer->media, sizeof(printer->media));
  setupServerCopyStrings(response, "media-default", printer->media_default, sizeof(printer->media_default));
}


//
// 'log_cf_messages()' - Pass libcupsfilters' messages on as debug lines.
//

static void
log_cf_messages(
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char	*line,				// Current line
	*next;				// Next line


  for (line = NOTICE_CF_LOG; line && *line; line = next)
  {
    if ((next = strchr(line, '\n')) != NULL)
      *next++ = '\0';
    else
      next = line + strlen(line);

    if (*line)
      noticeDebug(cb, "libcupsfilters: %s", line);
  }

  NOTICE_CF_LOG[0] = '\0';
}
