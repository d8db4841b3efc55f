//
// Service that prints the patient notice from the verification terminal's
// result files: it watches the terminal's result folders and sends the code
// of each result that calls for a notice to the notice queue.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Usage:
//
//   onshi-notice-watch [--config FILE] [--queue NAME] [--codes LIST]
//                      [--state-dir DIR] [--data-dir DIR] [--poll SECONDS]
//                      [--full-scan SECONDS] [--settle SECONDS]
//                      [--no-inotify] [--print-existing] [--once]
//                      [--verbose] DIR...
//   onshi-notice-watch --help
//   onshi-notice-watch --version
//
// This is the only file that knows argv, the environment and how log lines
// are written; the work is done by watcher.c.
//

#include <config.h>
#include "notice.h"
#include "watcher.h"
#include <cups/cups.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#ifndef WATCH_STATEDIR
#  define WATCH_STATEDIR "/var/lib/onshi-notice-watch"
#endif // !WATCH_STATEDIR


//
// Local globals...
//

static volatile sig_atomic_t stopped = 0;
					// Set by SIGTERM and SIGINT


//
// Local functions...
//

static bool	is_stopped(void *cbdata);
static void	log_line(void *cbdata, notice_level_t level, const char *message);
static int	read_settings(int argc, char *argv[], watch_settings_t *settings, const notice_callbacks_t *cb, bool *verbose);
static int	set_option(watch_settings_t *settings, int opt, const char *arg, const notice_callbacks_t *cb, bool *verbose);
static void	sigterm_handler(int sig);
static int	usage(FILE *fp, int status);


//
// 'main()' - Read the settings and watch.
//

int					// O - Exit status
main(int  argc,				// I - Number of command-line arguments
     char *argv[])			// I - Command-line arguments
{
  watch_settings_t	settings;	// Settings
  notice_callbacks_t	cb;		// Log and cancel callbacks
  watch_sender_t	sender;		// How notices are sent
  watch_submit_t	*submit;	// Connection to CUPS
  watch_t		*watch;		// Watcher
  struct sigaction	action;		// Signal action
  bool			verbose = false;// Log details too?
  int			status;		// Exit status
  const char		*localedir;	// Message catalogs


  setvbuf(stderr, NULL, _IOLBF, 0);

  // Messages in the language of the locale...
  if ((localedir = getenv("ONSHI_NOTICE_LOCALEDIR")) == NULL || !*localedir)
    localedir = NOTICE_LOCALEDIR;
  noticeSetLocale(localedir, getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"), getenv("LANGUAGE"));

  cb.log_cb    = log_line;
  cb.cancel_cb = is_stopped;
  cb.cbdata    = &verbose;

  if ((status = read_settings(argc, argv, &settings, &cb, &verbose)) >= 0)
    return (status);

  if (settings.cups_server[0])
    cupsSetServer(settings.cups_server);

  // Stop cleanly on SIGTERM and SIGINT (no SA_RESTART: the wait ends at once)...
  memset(&action, 0, sizeof(action));
  sigemptyset(&action.sa_mask);
  action.sa_handler = sigterm_handler;
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGINT, &action, NULL);
  signal(SIGPIPE, SIG_IGN);

  if ((submit = watchSubmitNew(settings.queue)) == NULL)
    return (1);

  sender.send_cb = watchSubmitSend;
  sender.find_cb = watchSubmitFind;
  sender.data    = submit;

  if ((watch = watchNew(&settings, &cb, &sender)) == NULL)
  {
    watchSubmitDelete(submit);
    return (1);
  }

  status = watchRun(watch);

  watchDelete(watch);
  watchSubmitDelete(submit);

  return (status);
}


//
// 'is_stopped()' - Tell the watcher whether SIGTERM arrived.
//

static bool				// O - `true` to stop
is_stopped(void *cbdata)		// I - Unused
{
  (void)cbdata;

  return (stopped != 0);
}


//
// 'log_line()' - Write one log line to stderr.
//
// Under systemd (JOURNAL_STREAM set) the line starts with the syslog
// priority ("<6>"), which the journal reads; otherwise with the local time to
// the microsecond.
//

static void
log_line(void           *cbdata,	// I - Verbose flag
         notice_level_t level,		// I - Severity
         const char     *message)	// I - Message
{
  static const char * const names[] = { "DEBUG", "INFO", "WARNING", "ERROR" };
					// Level names
  static const int priorities[] = { 7, 6, 4, 3 };
					// syslog priorities
  struct timeval	now;		// Time
  struct tm		tm;		// Local time
  char			stamp[32];	// Formatted time


  if (level == NOTICE_LEVEL_DEBUG && !*(bool *)cbdata)
    return;

  if ((unsigned)level > NOTICE_LEVEL_ERROR)
    level = NOTICE_LEVEL_ERROR;

  if (getenv("JOURNAL_STREAM"))
  {
    fprintf(stderr, "<%d>%s\n", priorities[level], message);
    return;
  }

  gettimeofday(&now, NULL);
  localtime_r(&now.tv_sec, &tm);
  strftime(stamp, sizeof(stamp), "%Y-%m-%d %H:%M:%S", &tm);

  fprintf(stderr, "%s.%06ld %s %s\n", stamp, (long)now.tv_usec, names[level], message);
}


//
// 'read_settings()' - Read the settings: defaults, the configuration file,
//                     then the command line.
//

static int				// O - Exit status, or -1 to go on
read_settings(
    int                      argc,	// I - Number of command-line arguments
    char                     *argv[],	// I - Command-line arguments
    watch_settings_t         *settings,	// O - Settings
    const notice_callbacks_t *cb,	// I - Callbacks for messages
    bool                     *verbose)	// O - Log details too?
{
  const char		*env;		// Environment variable
  const char		*config_file = NULL;
					// Configuration file
  int			opt,		// Current option
			status,		// Exit status of an option
			i;		// Looping var
  static const struct option options[] =
  {					// Long options
    { "codes",		required_argument,	NULL, 'c' },
    { "config",		required_argument,	NULL, 'C' },
    { "data-dir",	required_argument,	NULL, 'D' },
    { "full-scan",	required_argument,	NULL, 'F' },
    { "help",		no_argument,		NULL, 'h' },
    { "no-inotify",	no_argument,		NULL, 'N' },
    { "once",		no_argument,		NULL, 'o' },
    { "poll",		required_argument,	NULL, 'p' },
    { "print-existing",	no_argument,		NULL, 'P' },
    { "queue",		required_argument,	NULL, 'q' },
    { "settle",		required_argument,	NULL, 'S' },
    { "state-dir",	required_argument,	NULL, 's' },
    { "verbose",	no_argument,		NULL, 'v' },
    { "version",	no_argument,		NULL, 'V' },
    { NULL,		0,			NULL, 0 }
  };


  // Defaults: systemd's StateDirectory=, the installed notice data...
  env = getenv("STATE_DIRECTORY");
  watchSettingsInit(settings, env && *env && !strchr(env, ':') ? env : WATCH_STATEDIR, getenv("ONSHI_NOTICE_DATADIR") ? getenv("ONSHI_NOTICE_DATADIR") : NOTICE_DATADIR);

  // The configuration file first, so that the command line wins...
  for (i = 1; i < argc; i ++)
  {
    if (!strcmp(argv[i], "--config") && i + 1 < argc)
      config_file = argv[i + 1];
    else if (!strncmp(argv[i], "--config=", 9))
      config_file = argv[i] + 9;
  }

  if (config_file && !watchSettingsLoad(settings, config_file, cb))
    return (1);

  while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1)
  {
    if ((status = set_option(settings, opt, optarg, cb, verbose)) >= 0)
      return (status);
  }

  // Folders on the command line replace those of the configuration file...
  if (optind < argc)
  {
    settings->num_dirs = 0;
    for (i = optind; i < argc; i ++)
    {
      if (!watchSettingsAddDir(settings, argv[i], cb))
        return (2);
    }
  }

  if (settings->num_dirs == 0)
    return (usage(stderr, 2));

  return (-1);
}


//
// 'set_option()' - Apply one command-line option.
//

static int				// O - Exit status, or -1 to go on
set_option(
    watch_settings_t         *settings,	// IO - Settings
    int                      opt,	// I  - Option letter from getopt_long()
    const char               *arg,	// I  - Its value, if any
    const notice_callbacks_t *cb,	// I  - Callbacks for messages
    bool                     *verbose)	// O  - Log details too?
{
  bool	ok = true;			// Was the value good?


  switch (opt)
  {
    case 'c' :
        ok = watchSettingsSet(settings, "CODES", arg, cb);
        break;
    case 'C' :
        break;
    case 'D' :
        ok = watchSettingsSet(settings, "DATA_DIR", arg, cb);
        break;
    case 'F' :
        ok = watchSettingsSet(settings, "FULL_SCAN", arg, cb);
        break;
    case 'h' :
        return (usage(stdout, 0));
    case 'N' :
        settings->use_inotify = false;
        break;
    case 'o' :
        settings->once = true;
        break;
    case 'p' :
        ok = watchSettingsSet(settings, "POLL", arg, cb);
        break;
    case 'P' :
        settings->print_existing = true;
        break;
    case 'q' :
        ok = watchSettingsSet(settings, "QUEUE", arg, cb);
        break;
    case 'S' :
        ok = watchSettingsSet(settings, "SETTLE", arg, cb);
        break;
    case 's' :
        ok = watchSettingsSet(settings, "STATE_DIR", arg, cb);
        break;
    case 'v' :
        *verbose = true;
        break;
    case 'V' :
        puts(PACKAGE_STRING);
        return (0);
    default :
        return (usage(stderr, 2));
  }

  if (!ok)
  {
    fprintf(stderr, "onshi-notice-watch: ");
    fprintf(stderr, _("bad value \"%s\" - see --help.\n"), arg);
    return (2);
  }

  return (-1);
}


//
// 'sigterm_handler()' - Ask the watcher to stop.
//

static void
sigterm_handler(int sig)		// I - Signal number (unused)
{
  (void)sig;

  stopped = 1;
}


//
// 'usage()' - Show how to run the program.
//

static int				// O - Exit status
usage(FILE *fp,				// I - Where to write
      int  status)			// I - Exit status
{
  fputs(_("Usage: onshi-notice-watch [OPTIONS] DIR...\n"
          "Print the onshi-notice for each result file of the verification terminal\n"
          "that calls for one.\n"
          "\n"
          "  --config FILE       read settings from FILE (KEY=VALUE lines)\n"
          "  --queue NAME        notice queue (default onshi-notice)\n"
          "  --codes LIST        QualificationValidity values that print (default 2,4)\n"
          "  --state-dir DIR     where handled files and waiting notices are kept\n"
          "  --data-dir DIR      notice data with codes.txt\n"
          "  --poll SECONDS      seconds between listings (default 2)\n"
          "  --full-scan SECONDS seconds between full listings of folders whose time\n"
          "                      has not changed (default 60; 0: every listing)\n"
          "  --settle SECONDS    seconds a broken file stays unchanged before it is\n"
          "                      refused (default 10)\n"
          "  --no-inotify        list the folders only, never use inotify\n"
          "  --print-existing    on the first run, print files already there too\n"
          "  --once              handle what is there, then exit (75: notices wait)\n"
          "  --verbose           log details too\n"
          "  --help, --version\n"), fp);

  return (status);
}
