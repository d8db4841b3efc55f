//
// onshi-notice-setup's decisions: what the options given ask for, which PPD
// and paper suit a printer, and which changes turn a queue into the one
// asked for.  No server is involved here, so all of it is unit tested.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "setup.h"
#include "notice.h"
#include <cups/adminutil.h>
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>


//
// Local globals...
//

static const setup_format_t formats[] =
{					// Our PPDs, in order of preference
  { NOTICE_FORMAT_PDF, "onshi-notice.ppd",     "PDF" },
  { NOTICE_FORMAT_PWG, "onshi-notice-pwg.ppd", "PWG raster" },
  { NOTICE_FORMAT_URF, "onshi-notice-urf.ppd", "Apple raster (URF)" },
  { NOTICE_FORMAT_PS,  "onshi-notice-ps.ppd",  "PostScript" }
};

static const char * const model_prefixes[] =
{					// Where the server finds our PPDs, best first
  "",					// $(cups datadir)/model
  "lsb/local/",				// /usr/local/share/ppd
  "lsb/usr/",				// /usr/share/ppd
  "lsb/opt/"				// /opt/share/ppd
};


//
// Local functions...
//

static void	append_text(char *buffer, size_t bufsize, const char *text);
static void	media_names(const char *list, char *buffer, size_t bufsize);
static void	quote_option_value(const char *value, char *buffer, size_t bufsize);


//
// 'setupPlanCheckChoice()' - Check a value against a PPD option's choices.
//
// The core's vocabulary has judged the value already; a queue's PPD from
// another version may still lack it.  A PPD without the option takes any
// value.
//

bool					// O - `true` if valid
setupPlanCheckChoice(
    const char               *option,	// I - Command-line option ("--language")
    const char               *value,	// I - Value, as the core wrote it
    const char               *choices,	// I - PPD choices or ""
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char		names[512];		// List for the message
  char		*ptr;			// Pointer into names


  if (!choices || !*choices || setupPlanListContains(choices, value))
    return (true);

  snprintf(names, sizeof(names), "%s", choices);
  for (ptr = names; (ptr = strchr(ptr, ',')) != NULL; ptr ++)
    *ptr = ' ';

  noticeLog(cb, NOTICE_LEVEL_ERROR, "The queue's PPD has no \"%s\" for %s - use one of: %s.", value, option, names);

  return (false);
}


//
// 'setupPlanChooseFormat()' - Pick the output format for a printer.
//
// "formats" is the printer's document-format-supported as a comma-separated
// list ("" when the printer did not say).  "wanted" is a --format keyword or
// NULL to take the first of PDF, PWG raster, Apple raster and PostScript the
// printer accepts.
//

bool					// O - `true` on success
setupPlanChooseFormat(
    const char               *formats_supported,
					// I - document-format-supported
    const char               *wanted,	// I - Format keyword or NULL
    const setup_format_t **format,	// O - Chosen format
    const notice_callbacks_t *cb)	// I - Callbacks
{
  size_t	i;			// Looping var


  *format = NULL;

  if (wanted)
  {
    if ((*format = setupPlanFormatForKeyword(wanted)) == NULL)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Unknown format \"%s\" - use pdf, pwg, urf or ps.", wanted);
      return (false);
    }

    if (formats_supported && *formats_supported && !setupPlanListContains(formats_supported, noticeFormatInfo((*format)->format)->mime_type))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer does not accept %s (%s) - leave out --format to choose automatically.", (*format)->label, noticeFormatInfo((*format)->format)->mime_type);
      *format = NULL;
      return (false);
    }

    return (true);
  }

  if (!formats_supported || !*formats_supported)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer does not say which document formats it accepts - name one with --format pdf, pwg, urf or ps.");
    return (false);
  }

  for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i ++)
  {
    if (setupPlanListContains(formats_supported, noticeFormatInfo(formats[i].format)->mime_type))
    {
      *format = formats + i;
      return (true);
    }
  }

  noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer accepts none of PDF, PWG raster, Apple raster or PostScript - set up a queue with its own driver and use --forward-to.");

  return (false);
}


//
// 'setupPlanChoosePaper()' - Pick the queue's default paper.
//
// A requested paper must be one the PPD offers and, when the printer lists
// its media, one the printer has.  Without a request: A4 when possible, else
// the printer's own default when the PPD offers it.
//

bool					// O - `true` on success
setupPlanChoosePaper(
    const char               *requested,
					// I - --paper value or NULL
    const char               *printer_media,
					// I - Printer's media-supported or NULL/"" if unknown
    const char               *printer_default,
					// I - Printer's media-default or NULL
    const char               *model_media,
					// I - PWG names the PPD offers
    char                     *media,	// O - PWG media name
    size_t                   mediasize,	// I - Size of media buffer
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_options_t	paper;		// The requested paper, as the core reads it
  const char		*pwg = paper.media;
					// Its PWG name
  char			names[512],	// Paper names for messages
			message[512];	// Why the core refused the paper


  *media = '\0';

  media_names(model_media, names, sizeof(names));

  if (requested)
  {
    noticeOptionsInit(&paper, NULL);

    if (noticeOptionsSet(&paper, "media", requested, message, sizeof(message)) != NOTICE_VERDICT_TAKEN)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s", message);
      return (false);
    }

    if (!setupPlanListContains(model_media, pwg))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The notice cannot be printed on %s paper - use one of: %s.", requested, names);
      return (false);
    }

    if (printer_media && *printer_media && !setupPlanListContains(printer_media, pwg))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer has no %s paper - choose another with --paper.", requested);
      return (false);
    }

    strncpy(media, pwg, mediasize - 1);
    media[mediasize - 1] = '\0';
    return (true);
  }

  if (setupPlanListContains(model_media, SETUP_DEFAULT_MEDIA) && (!printer_media || !*printer_media || setupPlanListContains(printer_media, SETUP_DEFAULT_MEDIA)))
  {
    strncpy(media, SETUP_DEFAULT_MEDIA, mediasize - 1);
    media[mediasize - 1] = '\0';
    return (true);
  }

  if (printer_default && *printer_default && setupPlanListContains(model_media, printer_default))
  {
    strncpy(media, printer_default, mediasize - 1);
    media[mediasize - 1] = '\0';
    return (true);
  }

  noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer has no A4 paper - choose its paper with --paper (one of: %s).", names);

  return (false);
}


//
// 'setupPlanDefaultAsReported()' - Format a queue default as CUPS reports it.
//
// cupsd keeps a queue default as text and reports it as the attribute that
// cupsEncodeOptions2() makes of that text; comparing both sides in this form
// tells whether a default already has the value asked for.
//

void
setupPlanDefaultAsReported(
    const char *name,			// I - Option name without "-default"
    const char *value,			// I - Value as sent
    char       *buffer,			// O - Attribute as reported
    size_t     bufsize)			// I - Size of buffer
{
  ipp_t			*ipp;		// Scratch attributes
  ipp_attribute_t	*attr;		// Encoded attribute
  cups_option_t		*options = NULL;// Option to encode
  int			num_options;	// Number of options
  char			attrname[256];	// NAME-default


  *buffer = '\0';

  if (!name || !value || (ipp = ippNew()) == NULL)
    return;

  snprintf(attrname, sizeof(attrname), "%s-default", name);
  num_options = cupsAddOption(attrname, value, 0, &options);
  cupsEncodeOptions2(ipp, num_options, options, IPP_TAG_PRINTER);

  if ((attr = ippFindAttribute(ipp, attrname, IPP_TAG_ZERO)) != NULL)
    ippAttributeString(attr, buffer, bufsize);

  cupsFreeOptions(num_options, options);
  ippDelete(ipp);
}


//
// 'setupPlanFormatForKeyword()' - Find a format by its --format keyword.
//
// The core's vocabulary reads the keyword (or a MIME type); only formats a
// printer can receive have a PPD.
//

const setup_format_t *			// O - Format or NULL
setupPlanFormatForKeyword(
    const char *keyword)		// I - Keyword ("pdf", "pwg", "urf", "ps")
{
  notice_format_t	format;		// Format named
  size_t		i;		// Looping var


  if (!noticeFormatFromName(keyword, &format))
    return (NULL);

  for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i ++)
  {
    if (formats[i].format == format)
      return (formats + i);
  }

  return (NULL);
}


//
// 'setupPlanFormatForPPD()' - Find a format by its PPD file name.
//

const setup_format_t *		// O - Format or NULL
setupPlanFormatForPPD(
    const char *ppd_file)		// I - PPD file name
{
  size_t	i;			// Looping var


  for (i = 0; ppd_file && i < sizeof(formats) / sizeof(formats[0]); i ++)
  {
    if (!strcmp(formats[i].ppd_file, ppd_file))
      return (formats + i);
  }

  return (NULL);
}


//
// 'setupPlanFormats()' - Return the table of formats, best first.
//

const setup_format_t *		// O - First format
setupPlanFormats(size_t *count)		// O - Number of formats
{
  *count = sizeof(formats) / sizeof(formats[0]);

  return (formats);
}


//
// 'setupPlanListContains()' - Tell whether a comma-separated list has an item.
//

bool					// O - `true` if present
setupPlanListContains(const char *list,	// I - Comma-separated list
                   const char *item)	// I - Item
{
  size_t	length;			// Length of item
  const char	*ptr;			// Pointer into list


  if (!list || !item || !*item)
    return (false);

  length = strlen(item);

  for (ptr = list; *ptr;)
  {
    if (!strncmp(ptr, item, length) && (ptr[length] == ',' || !ptr[length]))
      return (true);

    if ((ptr = strchr(ptr, ',')) == NULL)
      break;

    ptr ++;
  }

  return (false);
}


//
// 'setupPlanModelMatches()' - Tell whether a server's model name is one of our PPDs.
//
// lpinfo -m names a PPD by its place: "onshi-notice/NAME.ppd" under CUPS's
// model directory, "lsb/usr/onshi-notice/NAME.ppd" under /usr/share/ppd, and
// so on.  "rank" orders the places when the same file is in several.
//

bool					// O - `true` if it is our PPD
setupPlanModelMatches(
    const char *ppd_name,		// I - Model name from the server
    const char *ppd_file,		// I - Our PPD file name
    int        *rank)			// O - Preference, lower is better
{
  char		want[256];		// Model name in one place
  size_t	i;			// Looping var


  for (i = 0; ppd_name && ppd_file && i < sizeof(model_prefixes) / sizeof(model_prefixes[0]); i ++)
  {
    snprintf(want, sizeof(want), "%s" SETUP_PPD_DIR "/%s", model_prefixes[i], ppd_file);

    if (!strcmp(ppd_name, want))
    {
      *rank = (int)i;
      return (true);
    }
  }

  return (false);
}


//
// 'setupPlanCommand()' - Write a plan as the lpadmin command that does the same.
//
// The buffer is empty when there is nothing to change.  Values are quoted
// twice: once for the shell, once for lpadmin's own option parser.  A value
// with a comma cannot pass through lpadmin as one value; it is left out with
// a shell comment saying so.
//

void
setupPlanCommand(
    const char            *name,	// I - Queue name
    const setup_target_t *target,	// I - Queue as it should be
    const setup_plan_t   *plan,	// I - Changes
    char                  *buffer,	// O - Command
    size_t                bufsize)	// I - Size of buffer
{
  char		quoted[2048],		// Shell-quoted text
		value[2048],		// Value quoted for lpadmin
		option[2400];		// -o argument before shell quoting
  char		comment[1024] = "";	// Values lpadmin cannot set
  int		i;			// Looping var


  *buffer = '\0';

  if (setupPlanIsEmpty(plan))
    return;

  setupPlanQuoteShell(name, quoted, sizeof(quoted));
  snprintf(buffer, bufsize, "lpadmin -p %s", quoted);

  if (plan->enable)
    append_text(buffer, bufsize, " -E");

  if (plan->set_device)
  {
    setupPlanQuoteShell(target->device_uri, quoted, sizeof(quoted));
    append_text(buffer, bufsize, " -v ");
    append_text(buffer, bufsize, quoted);
  }

  if (plan->set_ppd)
  {
    setupPlanQuoteShell(*target->ppd_path ? target->ppd_path : target->ppd_name, quoted, sizeof(quoted));
    append_text(buffer, bufsize, *target->ppd_path ? " -P " : " -m ");
    append_text(buffer, bufsize, quoted);
  }

  if (plan->set_shared)
    append_text(buffer, bufsize, " -o printer-is-shared=true");

  for (i = 0; i < plan->num_set; i ++)
  {
    if (strchr(plan->set[i].value, ','))
    {
      snprintf(option, sizeof(option), "%s%s-default", *comment ? ", " : "", plan->set[i].name);
      append_text(comment, sizeof(comment), option);
      continue;
    }

    quote_option_value(plan->set[i].value, value, sizeof(value));
    snprintf(option, sizeof(option), "%s-default=%s", plan->set[i].name, value);
    setupPlanQuoteShell(option, quoted, sizeof(quoted));
    append_text(buffer, bufsize, " -o ");
    append_text(buffer, bufsize, quoted);
  }

  for (i = 0; i < plan->num_remove; i ++)
  {
    snprintf(option, sizeof(option), "%s-default", plan->remove[i].name);
    setupPlanQuoteShell(option, quoted, sizeof(quoted));
    append_text(buffer, bufsize, " -R ");
    append_text(buffer, bufsize, quoted);
  }

  if (*comment)
  {
    append_text(buffer, bufsize, "  # lpadmin cannot set a value with a comma: ");
    append_text(buffer, bufsize, comment);
  }
}


//
// 'setupPlanFree()' - Free the memory a plan holds.
//

void
setupPlanFree(setup_plan_t *plan)	// I - Plan
{
  if (!plan)
    return;

  cupsFreeOptions(plan->num_set, plan->set);
  cupsFreeOptions(plan->num_remove, plan->remove);
  memset(plan, 0, sizeof(setup_plan_t));
}


//
// 'setupPlanIsEmpty()' - Tell whether a plan changes nothing.
//

bool					// O - `true` if nothing to do
setupPlanIsEmpty(
    const setup_plan_t *plan)		// I - Plan
{
  return (!plan->create && !plan->set_device && !plan->set_ppd && !plan->enable && !plan->set_shared && !plan->num_set && !plan->num_remove);
}


//
// 'setupPlanMake()' - Work out the changes that make a queue the target.
//
// A default whose target value is "" is removed; every other default is set
// unless the queue already reports the same value.  The caller frees the
// plan with setupPlanFree().
//

void
setupPlanMake(
    const setup_queue_t  *queue,	// I - Queue as it is
    const setup_target_t *target,	// I - Queue as it should be
    setup_plan_t         *plan)	// O - Changes
{
  int		i;			// Looping var
  const char	*current;		// Current value as reported
  char		wanted[2048];		// Target value as it would be reported


  memset(plan, 0, sizeof(setup_plan_t));

  if (!queue->exists)
  {
    plan->create     = true;
    plan->set_device = true;
    plan->set_ppd    = true;
    plan->enable     = true;
    plan->set_shared = target->share;
  }
  else
  {
    plan->set_device = *target->device_uri && strcmp(queue->device_uri, target->device_uri) != 0;
    plan->set_ppd    = (*target->ppd_name || *target->ppd_path) && strcmp(queue->make_model, target->make_model) != 0;
    plan->enable     = !queue->accepting || queue->state == IPP_PSTATE_STOPPED;
    plan->set_shared = target->share && !queue->shared;
  }

  for (i = 0; i < target->num_defaults; i ++)
  {
    current = queue->exists ? cupsGetOption(target->defaults[i].name, queue->num_defaults, queue->defaults) : NULL;

    if (!*target->defaults[i].value)
    {
      if (current)
        plan->num_remove = cupsAddOption(target->defaults[i].name, "", plan->num_remove, &plan->remove);
      continue;
    }

    setupPlanDefaultAsReported(target->defaults[i].name, target->defaults[i].value, wanted, sizeof(wanted));

    if (!current || strcmp(current, wanted))
      plan->num_set = cupsAddOption(target->defaults[i].name, target->defaults[i].value, plan->num_set, &plan->set);
  }
}


//
// 'setupPlanMode()' - Work out what to do from the options given.
//
// --remove takes no other action; one of --forward-to, --printer and
// --server creates or updates the queue; queue defaults or --share change
// the queue as it is; --test alone prints a test notice and --watch alone
// sets up the watcher (after a setup, both follow it).  --share goes on a
// print server, --server on a workstation, and --format only with
// --printer.  When nothing is asked for, the mode is SETUP_MODE_NONE and
// the answer `true`: the caller shows the usage.
//

bool					// O - `true` unless the options do not fit together
setupPlanMode(
    setup_request_t          *setup,	// IO - What was asked for
    const notice_callbacks_t *cb)	// I  - Callbacks
{
  setup_mode_t	mode;			// What to do
  bool		defaults;		// Any default given?
  int		targets;		// How many of --forward-to, --printer and --server


  setup->mode = SETUP_MODE_NONE;

  defaults = setup->paper || setup->language || setup->clinic_name || setup->clinic_contact || setup->edition || setup->date;
  targets  = (*setup->forward_to != '\0') + (*setup->printer_uri != '\0') + (*setup->server != '\0');

  if (setup->remove)
  {
    if (targets || setup->share || defaults || setup->test || setup->format || setup->num_watch_dirs > 0)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "--remove takes only --name, --dry-run and --verbose.");
      return (false);
    }
    mode = SETUP_MODE_REMOVE;
  }
  else if (targets > 1)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Give only one of --forward-to, --printer and --server.");
    return (false);
  }
  else if (*setup->server && setup->share)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "--share goes on the print server, --server on a workstation - not both.");
    return (false);
  }
  else if (*setup->forward_to)
    mode = SETUP_MODE_FORWARD;
  else if (*setup->printer_uri)
    mode = SETUP_MODE_PRINTER;
  else if (*setup->server)
    mode = SETUP_MODE_SERVER;
  else if (defaults || setup->share)
    mode = SETUP_MODE_UPDATE;
  else if (setup->test)
    mode = SETUP_MODE_TEST;
  else if (setup->num_watch_dirs > 0)
    mode = SETUP_MODE_WATCH;
  else
    return (true);

  if (setup->format && mode != SETUP_MODE_PRINTER)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "--format goes with --printer (a forwarding queue always sends PDF).");
    return (false);
  }

  setup->mode = mode;

  return (true);
}


//
// 'setupPlanServerURI()' - Make the device URI of a workstation's queue
//                             from "--server HOST[:PORT]".
//
// The URI names the print server's queue of the same name over IPP, port
// 631 unless the server names another: "ipp://HOST:PORT/printers/QUEUE".
// "snmp=false" saves the ipp backend a five-second wait per job on supply
// queries that a CUPS server does not answer.
// HOST is a name, an IPv4 address or an IPv6 address in brackets; a URI or
// a path is refused with a message that says what to give instead.
//

bool					// O - `true` if valid
setupPlanServerURI(
    const char               *server,	// I - HOST or HOST:PORT
    const char               *queue,	// I - Queue name on the server
    char                     *uri,	// O - Device URI
    size_t                   urisize,	// I - Size of URI buffer
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char		host[256];		// Host part
  const char	*colon,			// Colon before the port
		*ptr;			// Pointer into server
  char		*end;			// End of port number
  long		port = SETUP_IPP_PORT;
					// Port number
  size_t	hostlen;		// Length of host


  *uri = '\0';

  if (!server || !*server || !queue || !setupPlanValidQueueName(queue))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Give the print server as --server HOST or --server HOST:PORT.");
    return (false);
  }

  if (strstr(server, "://") || strchr(server, '/'))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Give the print server as HOST or HOST:PORT, not as a URI or path (\"%s\") - for example --server onshi-server.local.", server);
    return (false);
  }

  // "[v6addr]:port", "host:port" or "host"...
  if (*server == '[')
  {
    if ((ptr = strchr(server, ']')) == NULL || ptr == server + 1 || (ptr[1] && ptr[1] != ':'))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Bad IPv6 address in --server \"%s\" - write it as [ADDRESS] or [ADDRESS]:PORT.", server);
      return (false);
    }

    hostlen = (size_t)(ptr - server + 1);
    colon   = ptr[1] ? ptr + 1 : NULL;
  }
  else
  {
    colon   = strchr(server, ':');
    hostlen = colon ? (size_t)(colon - server) : strlen(server);

    if (colon && strchr(colon + 1, ':'))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Write an IPv6 address in brackets: --server [ADDRESS]:PORT.");
      return (false);
    }
  }

  if (hostlen == 0 || hostlen >= sizeof(host))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Bad print server \"%s\" - give its host name or address.", server);
    return (false);
  }

  memcpy(host, server, hostlen);
  host[hostlen] = '\0';

  for (ptr = host; *ptr; ptr ++)
  {
    if (!isalnum(*ptr & 255) && !strchr(*host == '[' ? "[]:.%" : ".-_", *ptr))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Bad print server \"%s\" - a host name has only letters, digits, \".\" and \"-\".", server);
      return (false);
    }
  }

  if (colon)
  {
    errno = 0;
    port  = strtol(colon + 1, &end, 10);

    if (errno || end == colon + 1 || *end || port < 1 || port > 65535)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Bad port in --server \"%s\" - give a number from 1 to 65535 (CUPS uses 631).", server);
      return (false);
    }
  }

  if ((size_t)snprintf(uri, urisize, "ipp://%s:%ld/printers/%s?snmp=false", host, port, queue) >= urisize)
  {
    *uri = '\0';
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The print server name \"%s\" is too long.", server);
    return (false);
  }

  return (true);
}


//
// 'setupPlanShareNeeded()' - Tell whether the scheduler's settings still need
//                         printer sharing turned on.
//
// "settings" are what cupsAdminGetServerSettings() reports; sharing is on
// when "_share_printers" is "1", as "cupsctl --share-printers" leaves it.
//

bool					// O - `true` if sharing must be turned on
setupPlanShareNeeded(
    int           num_settings,		// I - Number of settings
    cups_option_t *settings)		// I - Settings
{
  const char	*value;			// _share_printers


  value = cupsGetOption(CUPS_SERVER_SHARE_PRINTERS, num_settings, settings);

  return (!value || strcmp(value, "1") != 0);
}


//
// 'setupPlanQueueFree()' - Free the memory a queue description holds.
//

void
setupPlanQueueFree(setup_queue_t *queue)	// I - Queue
{
  if (!queue)
    return;

  cupsFreeOptions(queue->num_defaults, queue->defaults);
  memset(queue, 0, sizeof(setup_queue_t));
}


//
// 'setupPlanQuoteShell()' - Quote a value for a POSIX shell.
//
// Plain words stay as they are; anything else goes in single quotes.
//

void
setupPlanQuoteShell(const char *value,	// I - Value
                 char       *buffer,	// O - Quoted value
                 size_t     bufsize)	// I - Size of buffer
{
  const char	*ptr;			// Pointer into value
  char		*bufptr,		// Pointer into buffer
		*bufend;		// End of buffer
  bool		plain = *value != '\0';	// Safe without quotes?


  for (ptr = value; *ptr && plain; ptr ++)
  {
    if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_./:=@,+%", *ptr))
      plain = false;
  }

  if (plain)
  {
    snprintf(buffer, bufsize, "%s", value);
    return;
  }

  bufptr = buffer;
  bufend = buffer + bufsize - 1;

  if (bufptr < bufend)
    *bufptr++ = '\'';

  for (ptr = value; *ptr && bufptr < bufend; ptr ++)
  {
    if (*ptr == '\'')
    {
      // End the quotes, add an escaped quote, and start again...
      if (bufptr + 4 > bufend)
        break;

      memcpy(bufptr, "'\\''", 4);
      bufptr += 4;
    }
    else
      *bufptr++ = *ptr;
  }

  if (bufptr < bufend)
    *bufptr++ = '\'';

  *bufptr = '\0';
}


//
// 'setupPlanTargetFree()' - Free the memory a target holds.
//

void
setupPlanTargetFree(
    setup_target_t *target)		// I - Target
{
  if (!target)
    return;

  cupsFreeOptions(target->num_defaults, target->defaults);
  memset(target, 0, sizeof(setup_target_t));
}


//
// 'setupPlanTargetSetModel()' - Give a target one of our PPDs.
//
// The queue gets the model as the server offers it (or the PPD file to
// send) and the model's NickName, which the server reports back as
// printer-make-and-model.
//

void
setupPlanTargetSetModel(
    setup_target_t      *target,	// IO - Target
    const setup_model_t *model)		// I  - Our PPD as the server offers it
{
  snprintf(target->ppd_name, sizeof(target->ppd_name), "%s", model->ppd_name);
  snprintf(target->ppd_path, sizeof(target->ppd_path), "%s", model->ppd_path);
  snprintf(target->make_model, sizeof(target->make_model), "%s", model->ppd.nickname);
}


//
// 'setupPlanValidQueueName()' - Tell whether CUPS accepts a queue name.
//
// Same rule as cupsd: 1 to 127 bytes, no space, control character, "/",
// "#" or DEL.
//

bool					// O - `true` if valid
setupPlanValidQueueName(const char *name)	// I - Queue name
{
  const char	*ptr;			// Pointer into name


  if (!name || !*name)
    return (false);

  for (ptr = name; *ptr; ptr ++)
  {
    if (((*ptr & 255) <= ' ') || *ptr == 0x7f || *ptr == '/' || *ptr == '#')
      return (false);
  }

  return ((ptr - name) < 128);
}


//
// 'append_text()' - Append text to a buffer, truncating when full.
//

static void
append_text(char       *buffer,		// I - Buffer
            size_t     bufsize,		// I - Size of buffer
            const char *text)		// I - Text to append
{
  size_t	length = strlen(buffer),	// Current length
		textlen = strlen(text);	// Length of text


  if (length + 1 >= bufsize)
    return;

  if (length + textlen >= bufsize)
    textlen = bufsize - length - 1;

  memcpy(buffer + length, text, textlen);
  buffer[length + textlen] = '\0';
}


//
// 'media_names()' - Turn a list of PWG media names into PPD names for people.
//

static void
media_names(const char *list,		// I - Comma-separated PWG names
            char       *buffer,		// O - "A4, A5"
            size_t     bufsize)		// I - Size of buffer
{
  char		name[128];		// One PWG name
  const char	*ptr,			// Pointer into list
		*end;			// End of this name
  const notice_paper_t *paper;		// Paper


  *buffer = '\0';

  for (ptr = list; ptr && *ptr; ptr = *end ? end + 1 : end)
  {
    if ((end = strchr(ptr, ',')) == NULL)
      end = ptr + strlen(ptr);

    if ((size_t)(end - ptr) >= sizeof(name))
      continue;

    memcpy(name, ptr, (size_t)(end - ptr));
    name[end - ptr] = '\0';

    if (*buffer)
      append_text(buffer, bufsize, ", ");

    if ((paper = noticePaperFind(name)) != NULL)
      append_text(buffer, bufsize, paper->ppd);
    else
      append_text(buffer, bufsize, name);
  }
}


//
// 'quote_option_value()' - Quote a value for lpadmin's option parser.
//
// lpadmin splits "-o" arguments at white space and treats quotes and
// backslashes specially; a value with any of them goes in double quotes with
// '"' and '\' escaped.
//

static void
quote_option_value(const char *value,	// I - Value
                   char       *buffer,	// O - Quoted value
                   size_t     bufsize)	// I - Size of buffer
{
  const char	*ptr;			// Pointer into value
  char		*bufptr,		// Pointer into buffer
		*bufend;		// End of buffer


  if (!strpbrk(value, " \t\n\r\f\v\"'\\{"))
  {
    snprintf(buffer, bufsize, "%s", value);
    return;
  }

  bufptr = buffer;
  bufend = buffer + bufsize - 2;

  *bufptr++ = '\"';

  for (ptr = value; *ptr && bufptr < bufend; ptr ++)
  {
    if (*ptr == '\"' || *ptr == '\\')
    {
      if (bufptr + 2 > bufend)
        break;

      *bufptr++ = '\\';
    }

    *bufptr++ = *ptr;
  }

  *bufptr++ = '\"';
  *bufptr   = '\0';
}


//
// 'setupPlanWrapURI()' - Make the device URI that sends a printer's jobs
//                        through our backend.
//
// The backend ends a job the filter refused as canceled, where CUPS would
// otherwise keep it stopped in the queue for good; every other job goes on
// to the printer's own backend.  A URI that is wrapped already stays as it
// is, so that running setup again changes nothing.
//

bool					// O - `true` if it fits
setupPlanWrapURI(
    const char *device_uri,		// I - Printer's device URI
    char       *uri,			// O - Wrapped device URI
    size_t     urisize)			// I - Size of buffer
{
  int	length;				// Length of the result


  if (!device_uri || !*device_uri || !uri || urisize == 0)
    return (false);

  if (!strncmp(device_uri, SETUP_BACKEND_PREFIX, sizeof(SETUP_BACKEND_PREFIX) - 1))
    length = snprintf(uri, urisize, "%s", device_uri);
  else
    length = snprintf(uri, urisize, "%s%s", SETUP_BACKEND_PREFIX, device_uri);

  return (length > 0 && (size_t)length < urisize);
}
