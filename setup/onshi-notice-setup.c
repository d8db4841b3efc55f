//
// onshi-notice-setup: create, change, test or remove the CUPS queue that
// prints the patient notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Usage:
//
//   onshi-notice-setup --forward-to QUEUE [options]
//   onshi-notice-setup --printer URI [options]
//   onshi-notice-setup --server HOST[:PORT] [options]
//   onshi-notice-setup [--name NAME] --share
//   onshi-notice-setup [--name NAME] --paper ... | --language ... | --test
//   onshi-notice-setup [--name NAME] --remove
//   onshi-notice-setup [--name NAME] --watch DIR...
//
// This is the only file that knows argv, stdout and stderr; the work is in
// plan.c (decisions), server.c (the scheduler) and printer.c (the printer).
//

#include <config.h>
#include "setup.h"
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>


//
// Local types...
//

enum					// Long-only options
{
  OPT_FORWARD_TO = 256, OPT_PRINTER, OPT_NAME, OPT_PAPER, OPT_LANGUAGE,
  OPT_CLINIC_NAME, OPT_CLINIC_CONTACT, OPT_EDITION, OPT_DATE, OPT_FORMAT,
  OPT_TEST, OPT_TIMEOUT, OPT_REMOVE, OPT_DRY_RUN, OPT_VERBOSE, OPT_HELP,
  OPT_VERSION, OPT_WATCH, OPT_SERVER, OPT_SHARE
};

typedef struct setup_output_s		// How messages are shown
{
  bool		verbose;		// Show debug messages?
} setup_output_t;


//
// Local globals...
//

static const struct option long_options[] =
{					// Command-line options
  { "forward-to",	required_argument, NULL, OPT_FORWARD_TO },
  { "printer",		required_argument, NULL, OPT_PRINTER },
  { "name",		required_argument, NULL, OPT_NAME },
  { "paper",		required_argument, NULL, OPT_PAPER },
  { "language",		required_argument, NULL, OPT_LANGUAGE },
  { "clinic-name",	required_argument, NULL, OPT_CLINIC_NAME },
  { "clinic-contact",	required_argument, NULL, OPT_CLINIC_CONTACT },
  { "edition",		required_argument, NULL, OPT_EDITION },
  { "date",		required_argument, NULL, OPT_DATE },
  { "format",		required_argument, NULL, OPT_FORMAT },
  { "test",		no_argument,       NULL, OPT_TEST },
  { "timeout",		required_argument, NULL, OPT_TIMEOUT },
  { "remove",		no_argument,       NULL, OPT_REMOVE },
  { "dry-run",		no_argument,       NULL, OPT_DRY_RUN },
  { "verbose",		no_argument,       NULL, OPT_VERBOSE },
  { "help",		no_argument,       NULL, OPT_HELP },
  { "version",		no_argument,       NULL, OPT_VERSION },
  { "watch",		required_argument, NULL, OPT_WATCH },
  { "server",		required_argument, NULL, OPT_SERVER },
  { "share",		no_argument,       NULL, OPT_SHARE },
  { NULL,		0,                 NULL, 0 }
};


//
// Local functions...
//

static int	apply_target(http_t *http, const setup_request_t *setup, const setup_queue_t *queue, const setup_target_t *target, const notice_callbacks_t *cb);
static int	do_remove(http_t *http, const setup_request_t *setup, const notice_callbacks_t *cb);
static int	do_setup(http_t *http, const setup_request_t *setup, const notice_callbacks_t *cb);
static int	do_test(http_t *http, const setup_request_t *setup, const notice_callbacks_t *cb);
static int	do_share(http_t *http, const setup_request_t *setup, const notice_callbacks_t *cb);
static int	do_watch(const setup_request_t *setup, const notice_callbacks_t *cb);
static bool	forward_target(http_t *http, const setup_request_t *setup, setup_model_t *model, char *media, size_t mediasize, setup_target_t *target, const notice_callbacks_t *cb);
static bool	forward_uri(const setup_queue_t *dest, const char *queue, char *uri, size_t urisize);
static bool	get_notice_queue(http_t *http, const char *name, setup_queue_t *queue, const notice_callbacks_t *cb);
static void	log_message(void *cbdata, notice_level_t level, const char *message);
static bool	run_systemctl(const char *verb, const notice_callbacks_t *cb);
static const char *no_password(const char *prompt, http_t *http, const char *method, const char *resource, void *data);
static bool	parse_args(int argc, char *argv[], setup_request_t *setup, setup_output_t *output, const notice_callbacks_t *cb);
static bool	parse_value(int opt, char *value, int argc, setup_request_t *setup);
static bool	printer_target(http_t *http, const setup_request_t *setup, setup_model_t *model, char *media, size_t mediasize, setup_target_t *target, const notice_callbacks_t *cb);
static bool	server_target(http_t *http, const setup_request_t *setup, setup_model_t *model, char *media, size_t mediasize, setup_target_t *target, const notice_callbacks_t *cb);
static bool	set_defaults(const setup_request_t *setup, const setup_ppdinfo_t *ppd, const char *media, setup_target_t *target, const notice_callbacks_t *cb);
static bool	set_option(notice_options_t *options, const char *name, const char *value, const notice_callbacks_t *cb);
static bool	update_target(const setup_request_t *setup, const setup_queue_t *queue, char *media, size_t mediasize, setup_target_t *target, const notice_callbacks_t *cb);
static void	usage(FILE *fp);


//
// 'main()' - Set up the notice queue as the command line asks.
//

int					// O - 0 on success, 1 on failure, 2 on bad usage
main(int  argc,				// I - Number of command-line arguments
     char *argv[])			// I - Command-line arguments
{
  setup_request_t	setup;		// What was asked for
  setup_output_t	output;		// How messages are shown
  notice_callbacks_t	cb;		// Callbacks for the modules
  http_t		*http;		// Connection to the scheduler
  int			status;		// Exit status
  const char		*localedir;	// Message catalogs


  // Messages in the language of the locale...
  if ((localedir = getenv("ONSHI_NOTICE_LOCALEDIR")) == NULL || !*localedir)
    localedir = NOTICE_LOCALEDIR;
  noticeSetLocale(localedir, getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"), getenv("LANGUAGE"));

  // The modules log through the callbacks, and so does the check that the
  // options fit together...
  cb.log_cb    = log_message;
  cb.cancel_cb = NULL;
  cb.cbdata    = &output;

  if (!parse_args(argc, argv, &setup, &output, &cb))
  {
    free(setup.watch_dirs);
    return (2);
  }

  // Our installed PPDs, for a scheduler that cannot list models; the tests
  // point at the build tree's...
  if ((setup.data_dir = getenv("ONSHI_NOTICE_DATADIR")) == NULL || !*setup.data_dir)
    setup.data_dir = NOTICE_DATADIR;

  if ((setup.ppd_dir = getenv("ONSHI_NOTICE_PPDDIR")) == NULL || !*setup.ppd_dir)
    setup.ppd_dir = NOTICE_PPDDIR;

  // Without a terminal nobody can type a password: fail instead of waiting...
  if (!isatty(0))
    cupsSetPasswordCB2(no_password, NULL);

  if ((setup.watch_config = getenv("ONSHI_NOTICE_WATCH_CONFIG")) == NULL || !*setup.watch_config)
    setup.watch_config = SETUP_WATCH_CONFIG;

  // The watcher alone needs no scheduler...
  if (setup.mode == SETUP_MODE_WATCH)
  {
    status = do_watch(&setup, &cb);
    free(setup.watch_dirs);
    return (status);
  }

  if ((http = setupServerConnect(&cb)) == NULL)
  {
    free(setup.watch_dirs);
    return (1);
  }

  switch (setup.mode)
  {
    case SETUP_MODE_REMOVE :
        status = do_remove(http, &setup, &cb);
        break;

    case SETUP_MODE_TEST :
        status = do_test(http, &setup, &cb);
        break;

    default :
        status = do_setup(http, &setup, &cb);
        if (status == 0 && setup.test)
          status = do_test(http, &setup, &cb);
        break;
  }

  httpClose(http);

  if (status == 0 && setup.num_watch_dirs > 0)
    status = do_watch(&setup, &cb);

  free(setup.watch_dirs);

  return (status);
}


//
// 'apply_target()' - Make the notice queue the target, or show how.
//
// The changes are shown as the lpadmin command that makes them.  After
// making them, the queue is read again: a setting the scheduler did not keep
// is an error.
//

static int				// O - Exit status
apply_target(
    http_t                   *http,	// I - Connection
    const setup_request_t    *setup,	// I - What was asked for
    const setup_queue_t      *queue,	// I - The notice queue as it is
    const setup_target_t     *target,	// I - The notice queue as it should be
    const notice_callbacks_t *cb)	// I - Callbacks
{
  setup_queue_t		after;		// The notice queue after the change
  setup_plan_t		plan,		// Changes
			left;		// Changes still needed after applying
  char			command[8192];	// lpadmin equivalent
  bool			ok = true;	// Queue as asked?


  // Work out the changes and show them as lpadmin would make them...
  setupPlanMake(queue, target, &plan);
  setupPlanCommand(setup->name, target, &plan, command, sizeof(command));

  if (setupPlanIsEmpty(&plan))
    {
    fputs(setup->dry_run ? "# " : "", stdout);
    printf(_("Queue \"%s\" is already set up as asked; nothing to change.\n"), setup->name);
  }
  else if (setup->dry_run)
    puts(command);
  else if (!setupServerApply(http, setup->name, queue, target, &plan, cb) || !setupServerGetQueue(http, setup->name, &after, cb))
    ok = false;
  else
  {
    // Check that the scheduler kept everything...
    setupPlanMake(&after, target, &left);
    setupPlanQueueFree(&after);

    ok = setupPlanIsEmpty(&left);

    if (ok)
      printf(plan.create ? _("Created queue \"%s\" (equivalent to: %s).\n") : _("Updated queue \"%s\" (equivalent to: %s).\n"), setup->name, command);
    else
    {
      setupPlanCommand(setup->name, target, &left, command, sizeof(command));
      noticeLog(cb, NOTICE_LEVEL_ERROR, "CUPS did not keep every setting of queue \"%s\" (still to do: %s) - check it with \"lpstat -l -p %s\".", setup->name, command, setup->name);
    }

    setupPlanFree(&left);
  }

  setupPlanFree(&plan);

  if (!ok)
    return (1);

  return (setup->share ? do_share(http, setup, cb) : 0);
}


//
// 'do_remove()' - Delete the notice queue.
//

static int				// O - Exit status
do_remove(http_t                   *http,
					// I - Connection
          const setup_request_t     *setup,
					// I - What was asked for
          const notice_callbacks_t *cb)	// I - Callbacks
{
  setup_queue_t	queue;		// The notice queue
  char			quoted[256];	// Queue name for the shell


  if (!setupServerGetQueue(http, setup->name, &queue, cb))
    return (1);

  if (!queue.exists)
  {
    printf(_("Queue \"%s\" does not exist; nothing to remove.\n"), setup->name);
    return (0);
  }

  if (!queue.ppd.ours)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Queue \"%s\" is not an onshi-notice queue - not removing it.", setup->name);
    setupPlanQueueFree(&queue);
    return (1);
  }

  setupPlanQueueFree(&queue);
  setupPlanQuoteShell(setup->name, quoted, sizeof(quoted));

  if (setup->dry_run)
  {
    printf("lpadmin -x %s\n", quoted);
    return (0);
  }

  if (!setupServerRemove(http, setup->name, cb))
    return (1);

  printf(_("Removed queue \"%s\" (equivalent to: lpadmin -x %s).\n"), setup->name, quoted);

  return (0);
}


//
// 'do_setup()' - Create or update the notice queue.
//

static int				// O - Exit status
do_setup(http_t                   *http,// I - Connection
         const setup_request_t     *setup,
					// I - What was asked for
         const notice_callbacks_t *cb)	// I - Callbacks
{
  setup_queue_t		queue;		// The notice queue
  setup_model_t		model;		// Our PPD for it
  setup_target_t	target;		// The notice queue as it should be
  const setup_ppdinfo_t	*ppd;		// PPD whose choices apply
  char			media[128] = "";// Default paper
  bool			ok;		// Target worked out?
  int			status = 1;	// Exit status


  memset(&target, 0, sizeof(target));

  if (!get_notice_queue(http, setup->name, &queue, cb))
    return (1);

  // A new device and one of our PPDs, or the queue as it is...
  switch (setup->mode)
  {
    case SETUP_MODE_FORWARD :
        ok  = forward_target(http, setup, &model, media, sizeof(media), &target, cb);
        ppd = &model.ppd;
        break;

    case SETUP_MODE_PRINTER :
        ok  = printer_target(http, setup, &model, media, sizeof(media), &target, cb);
        ppd = &model.ppd;
        break;

    case SETUP_MODE_SERVER :
        ok  = server_target(http, setup, &model, media, sizeof(media), &target, cb);
        ppd = &model.ppd;
        break;

    default :
        ok  = update_target(setup, &queue, media, sizeof(media), &target, cb);
        ppd = &queue.ppd;
        break;
  }

  // ... with the defaults asked for...
  if (ok && set_defaults(setup, ppd, media, &target, cb))
  {
    target.share = setup->share;
    status       = apply_target(http, setup, &queue, &target, cb);
  }

  setupPlanTargetFree(&target);
  setupPlanQueueFree(&queue);

  return (status);
}


//
// 'do_share()' - Turn on the scheduler's printer sharing, as "cupsctl
//                --share-printers" does, unless it is on already.
//

static int				// O - Exit status
do_share(http_t                   *http,// I - Connection
         const setup_request_t     *setup,
					// I - What was asked for
         const notice_callbacks_t *cb)	// I - Callbacks
{
  bool	sharing;			// Sharing on already?


  if (!setupServerSharing(http, &sharing, cb))
    return (1);

  if (sharing)
  {
    printf("%s%s\n", setup->dry_run ? "# " : "", _("This CUPS server already shares its printers on the network."));
    return (0);
  }

  if (setup->dry_run)
  {
    puts("cupsctl --share-printers");
    return (0);
  }

  if (!setupServerShare(http, 60, cb))
    return (1);

  puts(_("This CUPS server now shares its printers on the local network (equivalent to: cupsctl --share-printers)."));

  return (0);
}


//
// 'do_test()' - Print a test notice on the notice queue.
//

static int				// O - Exit status
do_test(http_t                   *http,	// I - Connection
        const setup_request_t     *setup,// I - What was asked for
        const notice_callbacks_t *cb)	// I - Callbacks
{
  setup_queue_t	queue;		// The notice queue
  char			quoted[256];	// Queue name for the shell


  if (setup->dry_run)
  {
    setupPlanQuoteShell(setup->name, quoted, sizeof(quoted));
    printf("echo invalid | lp -d %s -t 'onshi-notice test' -o notice-sample=on\n", quoted);
    return (0);
  }

  if (!get_notice_queue(http, setup->name, &queue, cb))
    return (1);

  if (!queue.exists)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Queue \"%s\" does not exist - create it with --forward-to QUEUE or --printer URI.", setup->name);
    return (1);
  }

  setupPlanQueueFree(&queue);

  return (setupServerPrintTest(http, setup->name, setup->timeout, cb) ? 0 : 1);
}


//
// 'do_watch()' - Point the result-file watcher at the terminal's folders and
//                this queue, and (re)start it.
//

static int				// O - Exit status
do_watch(
    const setup_request_t     *setup,	// I - What was asked for
    const notice_callbacks_t *cb)	// I - Callbacks
{
  int		i;			// Looping var


  if (!setupWatchConfigCheckDirs(setup->num_watch_dirs, setup->watch_dirs, cb))
    return (1);

  if (setup->dry_run)
  {
    printf("# %s:\nDIRS=", setup->watch_config);
    for (i = 0; i < setup->num_watch_dirs; i ++)
      printf("%s%s", i ? " " : "", setup->watch_dirs[i]);
    printf("\nQUEUE=%s\n", setup->name);
    return (0);
  }

  if (!setupWatchConfigWrite(setup->watch_config, setup->num_watch_dirs, setup->watch_dirs, setup->name, cb))
    return (1);

  noticeLog(cb, NOTICE_LEVEL_INFO, "The result-file watcher prints to \"%s\" from %d folder(s) (%s).", setup->name, setup->num_watch_dirs, setup->watch_config);

  // Under systemd, enable the service and restart it so it reads the new
  // settings; elsewhere say how to start it...
  if (access("/run/systemd/system", F_OK))
  {
    noticeLog(cb, NOTICE_LEVEL_INFO, "systemd is not running here: start the watcher with \"onshi-notice-watch --config %s\".", setup->watch_config);
    return (0);
  }

  if (!run_systemctl("enable", cb) || !run_systemctl("restart", cb))
    return (1);

  noticeLog(cb, NOTICE_LEVEL_INFO, "Started %s; its messages: journalctl -u %s", SETUP_WATCH_UNIT, SETUP_WATCH_UNIT);
  return (0);
}


//
// 'forward_target()' - Work out a queue that forwards to a local queue.
//
// The queue to forward to must exist and be a real printer's; the notice
// goes to it as PDF, through our backend.
//

static bool				// O - `true` on success
forward_target(
    http_t                   *http,	// I - Connection
    const setup_request_t    *setup,	// I - What was asked for
    setup_model_t            *model,	// O - Our PPD for the queue
    char                     *media,	// O - Default paper
    size_t                   mediasize,	// I - Size of media buffer
    setup_target_t           *target,	// IO - The notice queue as it should be
    const notice_callbacks_t *cb)	// I - Callbacks
{
  setup_queue_t		dest;		// The queue it forwards to
  const setup_format_t	*format;	// Output format
  bool			ok = false;	// Target worked out?


  if (!strcmp(setup->forward_to, setup->name))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The notice queue cannot forward to itself - give the queue of the clinic's printer.");
    return (false);
  }

  if (!setupServerGetQueue(http, setup->forward_to, &dest, cb))
    return (false);

  if (!dest.exists)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Queue \"%s\" does not exist on this CUPS server - check the name with \"lpstat -p\".", setup->forward_to);
    goto done;
  }

  if (dest.ppd.ours)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Queue \"%s\" is an onshi-notice queue itself - give the queue of the clinic's printer.", setup->forward_to);
    goto done;
  }

  if (!dest.accepting || dest.state == IPP_PSTATE_STOPPED)
    noticeLog(cb, NOTICE_LEVEL_WARNING, "Queue \"%s\" is stopped or rejecting jobs: notices will wait until it prints again (cupsenable %s; cupsaccept %s).", setup->forward_to, setup->forward_to, setup->forward_to);

  format = setupPlanFormatForKeyword("pdf");
  if (!setupServerFindModel(http, format->ppd_file, setup->ppd_dir, model, cb))
    goto done;

  if (!setupPlanChoosePaper(setup->paper, dest.media_supported, dest.media_default, model->ppd.media, media, mediasize, cb))
    goto done;

  if (!forward_uri(&dest, setup->forward_to, target->device_uri, sizeof(target->device_uri)))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Queue name \"%s\" is too long.", setup->forward_to);
    goto done;
  }

  setupPlanTargetSetModel(target, model);
  ok = true;

  done:

  setupPlanQueueFree(&dest);

  return (ok);
}


//
// 'forward_uri()' - Make the device URI that forwards to a local queue.
//
// "localhost" is the scheduler the queue lives on, whatever CUPS_SERVER
// says; its port is the one the scheduler reports for the queue when that is
// not IPP's 631.  "snmp=false" saves the ipp backend a wait on supply queries
// that a CUPS queue never answers.
//

static bool				// O - `true` on success
forward_uri(const setup_queue_t *dest,	// I - Queue to forward to
            const char           *queue,// I - Its name
            char                 *uri,	// O - Device URI
            size_t               urisize)
					// I - Size of buffer
{
  char	scheme[32],			// Scheme of printer-uri-supported
	userpass[256],			// User of printer-uri-supported
	host[256],			// Host of printer-uri-supported
	resource[1024];			// Resource of printer-uri-supported
  int	port = 0;			// Port of printer-uri-supported
  size_t length;			// Length of URI
  char	inner[1024];			// URI of the queue itself


  if (!*dest->uri_supported || httpSeparateURI(HTTP_URI_CODING_ALL, dest->uri_supported, scheme, sizeof(scheme), userpass, sizeof(userpass), host, sizeof(host), &port, resource, sizeof(resource)) < HTTP_URI_STATUS_OK)
    port = 0;

  if (port == 631)
    port = 0;

  if (httpAssembleURIf(HTTP_URI_CODING_ALL, uri, (int)urisize, "ipp", NULL, "localhost", port, dest->is_class ? "/classes/%s" : "/printers/%s", queue) < HTTP_URI_STATUS_OK)
    return (false);

  if ((length = strlen(uri)) + 12 > urisize)
    return (false);

  snprintf(uri + length, urisize - length, "?snmp=false");

  // ... through our backend, which ends refused jobs...
  if (strlen(uri) >= sizeof(inner))
    return (false);

  memcpy(inner, uri, strlen(uri) + 1);

  return (setupPlanWrapURI(inner, uri, urisize));
}


//
// 'get_notice_queue()' - Read the notice queue and refuse anyone else's.
//

static bool				// O - `true` if usable
get_notice_queue(
    http_t                   *http,	// I - Connection
    const char               *name,	// I - Queue name
    setup_queue_t           *queue,	// O - Queue
    const notice_callbacks_t *cb)	// I - Callbacks
{
  if (!setupServerGetQueue(http, name, queue, cb))
    return (false);

  if (queue->exists && !queue->ppd.ours)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Queue \"%s\" exists and is not an onshi-notice queue - choose another name with --name.", name);
    setupPlanQueueFree(queue);
    return (false);
  }

  return (true);
}


//
// 'log_message()' - Show a module's message.
//

static void
log_message(void           *cbdata,	// I - Output settings
            notice_level_t level,	// I - Severity
            const char     *message)	// I - Message
{
  setup_output_t	*output = (setup_output_t *)cbdata;
					// Output settings


  switch (level)
  {
    case NOTICE_LEVEL_DEBUG :
        if (output->verbose)
          fprintf(stderr, "onshi-notice-setup: debug: %s\n", message);
        break;

    case NOTICE_LEVEL_INFO :
        printf("%s\n", message);
        fflush(stdout);
        break;

    case NOTICE_LEVEL_WARNING :
        fprintf(stderr, "onshi-notice-setup: %s%s\n", _("warning: "), message);
        break;

    default :
        fprintf(stderr, "onshi-notice-setup: %s\n", message);
        break;
  }
}


//
// 'no_password()' - Answer a password prompt when nobody can type one.
//

static const char *			// O - No password
no_password(const char *prompt,		// I - Prompt
            http_t     *http,		// I - Connection
            const char *method,		// I - Request method
            const char *resource,	// I - Resource
            void       *data)		// I - Unused
{
  (void)prompt;
  (void)http;
  (void)method;
  (void)resource;
  (void)data;

  return (NULL);
}


//
// 'parse_args()' - Read the command line.
//

static bool				// O - `true` if usable
parse_args(
    int                      argc,	// I - Number of arguments
    char                     *argv[],	// I - Arguments
    setup_request_t          *setup,	// O - What was asked for
    setup_output_t           *output,	// O - Output settings
    const notice_callbacks_t *cb)	// I - Callbacks
{
  int		opt;			// Current option


  memset(setup, 0, sizeof(setup_request_t));
  memset(output, 0, sizeof(setup_output_t));
  snprintf(setup->name, sizeof(setup->name), "%s", SETUP_DEFAULT_QUEUE);
  setup->timeout = 60;

  opterr = 0;

  while ((opt = getopt_long(argc, argv, "", long_options, NULL)) != -1)
  {
    switch (opt)
    {
      case OPT_SHARE :
          setup->share = true;
          break;

      case OPT_TEST :
          setup->test = true;
          break;

      case OPT_REMOVE :
          setup->remove = true;
          break;

      case OPT_DRY_RUN :
          setup->dry_run = true;
          break;

      case OPT_VERBOSE :
          output->verbose = true;
          break;

      case OPT_HELP :
          usage(stdout);
          exit(0);

      case OPT_VERSION :
          puts("onshi-notice-setup " PACKAGE_VERSION);
          exit(0);

      case '?' :
          if (optopt >= OPT_FORWARD_TO)
            noticeLog(cb, NOTICE_LEVEL_ERROR, "Missing value for \"%s\".", argv[optind - 1]);
          else
            noticeLog(cb, NOTICE_LEVEL_ERROR, "Unknown option \"%s\".", argv[optind - 1]);
          usage(stderr);
          return (false);

      default :
          // Every other option has a value...
          if (!parse_value(opt, optarg, argc, setup))
            return (false);
          break;
    }
  }

  // "--watch DIR DIR...": the folders after the first are plain arguments...
  while (setup->watch_dirs && optind < argc)
    setup->watch_dirs[setup->num_watch_dirs ++] = argv[optind ++];

  if (optind < argc)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unexpected argument \"%s\".", argv[optind]);
    usage(stderr);
    return (false);
  }

  // Work out what to do; nothing at all is a usage error...
  if (!setupPlanMode(setup, cb))
    return (false);

  if (setup->mode == SETUP_MODE_NONE)
  {
    usage(stderr);
    return (false);
  }

  return (true);
}


//
// 'parse_value()' - Take the value of a command-line option.
//

static bool				// O - `true` if usable
parse_value(int             opt,	// I - Option (OPT_...)
            char            *value,	// I - Its value, in argv
            int             argc,	// I - Number of arguments
            setup_request_t *setup)	// IO - What was asked for
{
  char		*end;			// End of a number
  long		number;			// Parsed number


  switch (opt)
  {
    case OPT_FORWARD_TO :
        if (!setupPlanValidQueueName(value))
        {
          fprintf(stderr, "onshi-notice-setup: ");
          fprintf(stderr, _("Bad queue name \"%s\" for --forward-to.\n"), value);
          return (false);
        }
        snprintf(setup->forward_to, sizeof(setup->forward_to), "%s", value);
        break;

    case OPT_PRINTER :
        if (strlen(value) >= sizeof(setup->printer_uri))
        {
          fprintf(stderr, "onshi-notice-setup: %s\n", _("Printer URI too long."));
          return (false);
        }
        snprintf(setup->printer_uri, sizeof(setup->printer_uri), "%s", value);
        break;

    case OPT_SERVER :
        if (!*value || strlen(value) >= sizeof(setup->server))
        {
          fprintf(stderr, "onshi-notice-setup: %s\n", _("Give the print server as --server HOST or --server HOST:PORT."));
          return (false);
        }
        snprintf(setup->server, sizeof(setup->server), "%s", value);
        break;

    case OPT_NAME :
        if (!setupPlanValidQueueName(value))
        {
          fprintf(stderr, "onshi-notice-setup: ");
          fprintf(stderr, _("Bad queue name \"%s\" - use up to 127 letters, digits, \"-\" or \"_\".\n"), value);
          return (false);
        }
        snprintf(setup->name, sizeof(setup->name), "%s", value);
        break;

    case OPT_PAPER :
        setup->paper = value;
        break;

    case OPT_LANGUAGE :
        setup->language = value;
        break;

    case OPT_CLINIC_NAME :
        setup->clinic_name = value;
        break;

    case OPT_CLINIC_CONTACT :
        setup->clinic_contact = value;
        break;

    case OPT_EDITION :
        setup->edition = value;
        break;

    case OPT_DATE :
        setup->date = value;
        break;

    case OPT_FORMAT :
        setup->format = value;
        break;

    case OPT_TIMEOUT :
        errno  = 0;
        number = strtol(value, &end, 10);
        if (errno || end == value || *end || number < 1 || number > 3600)
        {
          fprintf(stderr, "onshi-notice-setup: ");
          fprintf(stderr, _("Bad --timeout \"%s\" - give seconds from 1 to 3600.\n"), value);
          return (false);
        }
        setup->timeout = (int)number;
        break;

    case OPT_WATCH :
        // Folders point into argv; the list has room for every argument...
        if (!setup->watch_dirs && (setup->watch_dirs = calloc((size_t)argc, sizeof(char *))) == NULL)
          return (false);
        setup->watch_dirs[setup->num_watch_dirs ++] = value;
        break;
  }

  return (true);
}


//
// 'printer_target()' - Work out a queue that drives an IPP printer.
//
// The printer's document formats choose our PPD; its jobs go through our
// backend.
//

static bool				// O - `true` on success
printer_target(
    http_t                   *http,	// I - Connection
    const setup_request_t    *setup,	// I - What was asked for
    setup_model_t            *model,	// O - Our PPD for the queue
    char                     *media,	// O - Default paper
    size_t                   mediasize,	// I - Size of media buffer
    setup_target_t           *target,	// IO - The notice queue as it should be
    const notice_callbacks_t *cb)	// I - Callbacks
{
  setup_printer_t	printer;	// What the printer says
  const setup_format_t	*format;	// Output format


  // Ask the printer what it takes and choose the PPD for that...
  if (!setupPrinterQuery(setup->printer_uri, &printer, cb))
    return (false);

  if (!setupPlanChooseFormat(printer.formats, setup->format, &format, cb))
    return (false);

  noticeLog(cb, NOTICE_LEVEL_INFO, "The printer \"%s\" takes %s: using %s.", *printer.make_model ? printer.make_model : setup->printer_uri, format->label, format->ppd_file);

  if (!setupServerFindModel(http, format->ppd_file, setup->ppd_dir, model, cb))
    return (false);

  if (!setupPlanChoosePaper(setup->paper, printer.media, printer.media_default, model->ppd.media, media, mediasize, cb))
    return (false);

  if (!setupPlanWrapURI(setup->printer_uri, target->device_uri, sizeof(target->device_uri)))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The printer URI \"%s\" is too long.", setup->printer_uri);
    return (false);
  }

  setupPlanTargetSetModel(target, model);

  return (true);
}


//
// 'run_systemctl()' - Run "systemctl VERB" on the watcher's unit.
//

static bool				// O - `true` on success
run_systemctl(
    const char               *verb,	// I - "enable" or "restart"
    const notice_callbacks_t *cb)	// I - Callbacks
{
  pid_t		pid;			// Child process
  int		status;			// Exit status


  if ((pid = fork()) < 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Cannot run systemctl: %s", strerror(errno));
    return (false);
  }
  else if (pid == 0)
  {
    execlp("systemctl", "systemctl", "--quiet", verb, SETUP_WATCH_UNIT, (char *)NULL);
    _exit(127);
  }

  while (waitpid(pid, &status, 0) < 0)
  {
    if (errno != EINTR)
    {
      status = -1;
      break;
    }
  }

  if (status)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "\"systemctl %s %s\" failed - check \"systemctl status %s\".", verb, SETUP_WATCH_UNIT, SETUP_WATCH_UNIT);
    return (false);
  }

  return (true);
}


//
// 'server_target()' - Work out a workstation's queue that passes every job
//                     on to the print server.
//

static bool				// O - `true` on success
server_target(
    http_t                   *http,	// I - Connection
    const setup_request_t    *setup,	// I - What was asked for
    setup_model_t            *model,	// O - Our PPD for the queue
    char                     *media,	// O - Default paper
    size_t                   mediasize,	// I - Size of media buffer
    setup_target_t           *target,	// IO - The notice queue as it should be
    const notice_callbacks_t *cb)	// I - Callbacks
{
  // Pass every job on, unchanged, to the server's queue of that name...
  if (!setupPlanServerURI(setup->server, setup->name, target->device_uri, sizeof(target->device_uri), cb))
    return (false);

  if (!setupServerCheckRemote(target->device_uri, cb))
    return (false);

  if (!setupServerFindModel(http, SETUP_CLIENT_PPD, setup->ppd_dir, model, cb))
    return (false);

  // The server's queue has the paper; only a --paper asked for here
  // becomes this queue's default...
  if (setup->paper && !setupPlanChoosePaper(setup->paper, NULL, NULL, model->ppd.media, media, mediasize, cb))
    return (false);

  setupPlanTargetSetModel(target, model);

  return (true);
}


//
// 'set_defaults()' - Check the queue defaults asked for and add them to the target.
//

static bool				// O - `true` if all valid
set_defaults(
    const setup_request_t    *setup,	// I - What was asked for
    const setup_ppdinfo_t    *ppd,	// I - PPD whose choices apply
    const char               *media,	// I - Paper or ""
    setup_target_t           *target,	// IO - Target
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_options_t	options;	// The defaults, as the core reads them


  noticeOptionsInit(&options, setup->data_dir);

  // The core's vocabulary judges every value, as the filter will...
  if (!set_option(&options, "notice-language", setup->language, cb) ||
      !set_option(&options, "notice-edition", setup->edition, cb) ||
      !set_option(&options, "notice-date", setup->date, cb) ||
      !set_option(&options, "notice-clinic-name", setup->clinic_name, cb) ||
      !set_option(&options, "notice-clinic-contact", setup->clinic_contact, cb))
    return (false);

  // ... and the queue's PPD must offer what it took...
  if (setup->language && !setupPlanCheckChoice("--language", options.language, ppd->languages, cb))
    return (false);

  if (setup->edition && !setupPlanCheckChoice("--edition", noticeEditionName(options.edition), ppd->editions, cb))
    return (false);

  if (setup->date && !setupPlanCheckChoice("--date", options.show_date ? "on" : "off", ppd->dates, cb))
    return (false);

  // The queue keeps the values in the words the core wrote them...
  if (*media)
    target->num_defaults = cupsAddOption("media", media, target->num_defaults, &target->defaults);
  if (setup->language)
    target->num_defaults = cupsAddOption("notice-language", options.language, target->num_defaults, &target->defaults);
  if (setup->edition)
    target->num_defaults = cupsAddOption("notice-edition", noticeEditionName(options.edition), target->num_defaults, &target->defaults);
  if (setup->date)
    target->num_defaults = cupsAddOption("notice-date", options.show_date ? "on" : "off", target->num_defaults, &target->defaults);
  if (setup->clinic_name)
    target->num_defaults = cupsAddOption("notice-clinic-name", options.clinic_name, target->num_defaults, &target->defaults);
  if (setup->clinic_contact)
    target->num_defaults = cupsAddOption("notice-clinic-contact", options.clinic_contact, target->num_defaults, &target->defaults);

  return (true);
}


//
// 'set_option()' - Check one default with the core's vocabulary.
//
// A person is at the keyboard: a refused value stops the setup, a changed
// one is a warning.  NULL (not asked for) is fine.
//

static bool				// O - `true` unless refused
set_option(
    notice_options_t         *options,	// IO - Options
    const char               *name,	// I  - Option name
    const char               *value,	// I  - Value or NULL
    const notice_callbacks_t *cb)	// I  - Callbacks
{
  char	message[512];			// Why it was refused or changed


  if (!value)
    return (true);

  switch (noticeOptionsSet(options, name, value, message, sizeof(message)))
  {
    case NOTICE_VERDICT_TAKEN :
        return (true);
    case NOTICE_VERDICT_CHANGED :
        noticeLog(cb, NOTICE_LEVEL_WARNING, "%s", message);
        return (true);
    default :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "%s", message);
        return (false);
  }
}


//
// 'update_target()' - Work out the queue as it is, for new defaults.
//

static bool				// O - `true` on success
update_target(
    const setup_request_t    *setup,	// I - What was asked for
    const setup_queue_t      *queue,	// I - The notice queue as it is
    char                     *media,	// O - Default paper
    size_t                   mediasize,	// I - Size of media buffer
    setup_target_t           *target,	// IO - The notice queue as it should be
    const notice_callbacks_t *cb)	// I - Callbacks
{
  if (!queue->exists)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Queue \"%s\" does not exist - create it with --forward-to QUEUE, --printer URI or --server HOST.", setup->name);
    return (false);
  }

  if (setup->paper && !setupPlanChoosePaper(setup->paper, NULL, NULL, queue->ppd.media, media, mediasize, cb))
    return (false);

  // A queue that prints here goes through our backend, so that
  // refused jobs end (queues made before it existed, or by hand).
  // A workstation's queue passes jobs on and keeps its URI, and so
  // does one with a user name or password: cupsd reports it with the
  // password hidden...
  if (queue->ppd.client || strchr(queue->device_uri, '@') || !setupPlanWrapURI(queue->device_uri, target->device_uri, sizeof(target->device_uri)))
    snprintf(target->device_uri, sizeof(target->device_uri), "%s", queue->device_uri);

  snprintf(target->make_model, sizeof(target->make_model), "%s", queue->make_model);

  return (true);
}


//
// 'usage()' - Show the command line.
//

static void
usage(FILE *fp)				// I - Where to write
{
  fprintf(fp, _("Usage: onshi-notice-setup --forward-to QUEUE [OPTIONS]\n"
                "       onshi-notice-setup --printer URI [--format pdf|pwg|urf|ps] [OPTIONS]\n"
                "       onshi-notice-setup --server HOST[:PORT] [OPTIONS]\n"
                "       onshi-notice-setup [--name NAME] --share\n"
                "       onshi-notice-setup [--name NAME] --paper|--language|--clinic-name|... VALUE\n"
                "       onshi-notice-setup [--name NAME] --test\n"
                "       onshi-notice-setup [--name NAME] --remove\n"
                "       onshi-notice-setup [--name NAME] --watch DIR...\n"
                "Options:\n"
                "  --name NAME              notice queue (default %s)\n"
                "  --server HOST[:PORT]     pass every job to the print server's queue NAME\n"
                "  --share                  share the queue on the local network (print server)\n"
                "  --paper PAPER            default paper: A4 (default), A5, ...\n"
                "  --language LANG          notice language (onshi-notice-preview --list)\n"
                "  --edition EDITION        2023 (as published) or current\n"
                "  --date on|off            print the date of issue\n"
                "  --clinic-name TEXT       clinic name in the footer (\"\" removes it)\n"
                "  --clinic-contact TEXT    where to ask, in the footer (\"\" removes it)\n"
                "  --test                   print a test notice\n"
                "  --timeout SECONDS        how long --test waits (default 60)\n"
                "  --watch DIR...           print notices from the terminal's result folders\n"
                "                           (onshi-notice-watch; may follow any setup)\n"
                "  --dry-run                print the lpadmin commands, change nothing\n"
                "  --verbose                show details\n"
                "See onshi-notice-setup(8).\n"), SETUP_DEFAULT_QUEUE);
}
