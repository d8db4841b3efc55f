//
// Interface of onshi-notice-setup's modules: what the person asked for, what
// the CUPS server has, and the changes that turn one into the other.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// plan.c is pure logic (no server, unit tested); server.c talks to the CUPS
// scheduler; printer.c asks a printer for its attributes; main() in
// onshi-notice-setup.c is the only place that knows argv, stdout and stderr.
//

#ifndef SETUP_H
#  define SETUP_H
#  include "notice.h"
#  include <cups/cups.h>


//
// Constants...
//

#  define SETUP_DEFAULT_QUEUE	"onshi-notice"
					// Queue name when --name is not given
#  define SETUP_DEFAULT_MEDIA	"iso_a4_210x297mm"
					// Paper when --paper is not given
#  define SETUP_PPD_DIR		"onshi-notice"
					// Folder of our PPDs among the server's models
#  define SETUP_WATCH_CONFIG	"/etc/onshi-notice/watch.conf"
					// The watcher's settings, as its unit reads them
#  define SETUP_WATCH_UNIT	"onshi-notice-watch.service"
					// The watcher's systemd unit
#  define SETUP_BACKEND_PREFIX	"onshi-notice:/"
					// Device URI prefix of our backend, which
					// ends refused jobs (backend/onshi-notice.c)
#  define SETUP_CLIENT_PPD	"onshi-notice-client.ppd"
					// PPD of a workstation's queue (--server)
#  define SETUP_IPP_PORT	631
					// Port of a print server when --server names none


//
// Types...
//

typedef enum setup_mode_e		// What to do
{
  SETUP_MODE_NONE,			// Nothing asked for (a usage error)
  SETUP_MODE_FORWARD,			// Create/update a queue forwarding to a local queue
  SETUP_MODE_PRINTER,			// Create/update a queue driving an IPP printer
  SETUP_MODE_SERVER,			// Create/update a queue passing jobs to a print server's notice queue
  SETUP_MODE_UPDATE,			// Change the defaults of an existing notice queue
  SETUP_MODE_REMOVE,			// Delete the notice queue
  SETUP_MODE_TEST,			// Only print a test notice
  SETUP_MODE_WATCH			// Only set up the result-file watcher
} setup_mode_t;

typedef struct setup_format_s		// An output format and its PPD
{
  notice_format_t format;		// Format (its keyword and MIME type: noticeFormatInfo())
  const char	*ppd_file;		// PPD file name among our models
  const char	*label;			// Name for people
} setup_format_t;

typedef struct setup_request_s		// What the person asked for
{
  setup_mode_t	mode;			// What to do
  char		name[128];		// Notice queue name
  char		forward_to[128];	// Local queue to forward to (forward mode)
  char		printer_uri[1024];	// Printer URI (printer mode)
  char		server[256];		// Print server HOST[:PORT] (server mode)
  bool		share;			// Share the queue on the network (--share)?
  const char	*format;		// --format keyword or NULL to choose
  const char	*paper;			// --paper value or NULL
  const char	*language;		// --language value or NULL
  const char	*clinic_name;		// --clinic-name value, "" to remove, NULL to keep
  const char	*clinic_contact;	// --clinic-contact value, "" to remove, NULL to keep
  const char	*edition;		// --edition value or NULL
  const char	*date;			// --date value or NULL
  int		timeout;		// Seconds to wait for the test notice
  bool		test;			// Print a test notice afterwards?
  bool		remove;			// Delete the queue (--remove)?
  bool		dry_run;		// Print the plan only?
  const char	*ppd_dir;		// Folder of our installed PPDs
  const char	*data_dir;		// Folder of the installed notice texts
  int		num_watch_dirs;		// Number of result folders for --watch
  char		**watch_dirs;		// Result folders for --watch
  const char	*watch_config;		// The watcher's configuration file
} setup_request_t;

typedef struct setup_ppdinfo_s		// What a PPD offers
{
  bool		ours;			// Is it an onshi-notice PPD (filter or client)?
  bool		client;			// Does it only pass jobs on to a print server?
  char		nickname[256];		// NickName (becomes printer-make-and-model)
  char		media[1024];		// PWG names of its PageSize choices, comma-separated
  char		languages[256];		// notice-language choices, "" if the PPD has none
  char		editions[128];		// notice-edition choices, "" if the PPD has none
  char		dates[64];		// notice-date choices, "" if the PPD has none
} setup_ppdinfo_t;

typedef struct setup_queue_s		// A queue as the server has it
{
  bool		exists;			// Does the queue exist?
  bool		is_class;		// Is it a class rather than a printer?
  bool		accepting;		// printer-is-accepting-jobs
  bool		shared;			// printer-is-shared
  int		state;			// printer-state (3 idle, 4 processing, 5 stopped)
  char		device_uri[1024];	// device-uri
  char		make_model[256];	// printer-make-and-model
  char		uri_supported[1024];	// printer-uri-supported
  char		media_supported[4096];	// media-supported, comma-separated
  char		media_default[128];	// media-default the queue uses
  setup_ppdinfo_t ppd;			// The queue's PPD
  int		num_defaults;		// Number of explicit queue defaults
  cups_option_t	*defaults;		// Explicit queue defaults as the server reports them (name without "-default")
} setup_queue_t;

typedef struct setup_target_s		// The queue as it should be
{
  char		device_uri[1024];	// device-uri
  char		ppd_name[256];		// Server's model name for lpadmin -m
  char		ppd_path[1024];		// Or a local PPD file to send, as lpadmin -P does
  char		make_model[256];	// NickName of that PPD
  bool		share;			// Share the queue on the network?
  int		num_defaults;		// Number of queue defaults to set
  cups_option_t	*defaults;		// Queue defaults (name without "-default"; "" removes)
} setup_target_t;

typedef struct setup_plan_s		// Changes that make the queue the target
{
  bool		create;			// Create the queue
  bool		set_device;		// Change device-uri
  bool		set_ppd;		// Change the PPD
  bool		enable;			// Enable and accept jobs
  bool		set_shared;		// Share the queue (printer-is-shared)
  int		num_set;		// Number of defaults to set
  cups_option_t	*set;			// Defaults to set (name without "-default")
  int		num_remove;		// Number of defaults to remove
  cups_option_t	*remove;		// Defaults to remove (values unused)
} setup_plan_t;

typedef struct setup_printer_s		// What an IPP printer says about itself
{
  char		make_model[256];	// printer-make-and-model
  char		formats[2048];		// document-format-supported, comma-separated
  char		media[4096];		// media-supported, comma-separated
  char		media_default[128];	// media-default
} setup_printer_t;

typedef struct setup_model_s		// One of our PPDs as the server offers it
{
  char		ppd_name[256];		// Server's model name for lpadmin -m, or ""
  char		ppd_path[1024];		// Local PPD file when the server lists no models, or ""
  setup_ppdinfo_t ppd;			// What it offers
} setup_model_t;


//
// Functions...
//

// plan.c
extern bool	setupPlanCheckChoice(const char *option, const char *value, const char *choices, const notice_callbacks_t *cb);
extern bool	setupPlanChooseFormat(const char *formats_supported, const char *wanted, const setup_format_t **format, const notice_callbacks_t *cb);
extern bool	setupPlanChoosePaper(const char *requested, const char *printer_media, const char *printer_default, const char *model_media, char *media, size_t mediasize, const notice_callbacks_t *cb);
extern void	setupPlanCommand(const char *name, const setup_target_t *target, const setup_plan_t *plan, char *buffer, size_t bufsize);
extern void	setupPlanDefaultAsReported(const char *name, const char *value, char *buffer, size_t bufsize);
extern const setup_format_t *setupPlanFormatForKeyword(const char *keyword);
extern const setup_format_t *setupPlanFormatForPPD(const char *ppd_file);
extern const setup_format_t *setupPlanFormats(size_t *count);
extern void	setupPlanFree(setup_plan_t *plan);
extern bool	setupPlanIsEmpty(const setup_plan_t *plan);
extern bool	setupPlanListContains(const char *list, const char *item);
extern void	setupPlanMake(const setup_queue_t *queue, const setup_target_t *target, setup_plan_t *plan);
extern bool	setupPlanMode(setup_request_t *setup, const notice_callbacks_t *cb);
extern bool	setupPlanModelMatches(const char *ppd_name, const char *ppd_file, int *rank);
extern void	setupPlanQueueFree(setup_queue_t *queue);
extern void	setupPlanQuoteShell(const char *value, char *buffer, size_t bufsize);
extern bool	setupPlanServerURI(const char *server, const char *queue, char *uri, size_t urisize, const notice_callbacks_t *cb);
extern bool	setupPlanShareNeeded(int num_settings, cups_option_t *settings);
extern void	setupPlanTargetFree(setup_target_t *target);
extern void	setupPlanTargetSetModel(setup_target_t *target, const setup_model_t *model);
extern bool	setupPlanValidQueueName(const char *name);
extern bool	setupPlanWrapURI(const char *device_uri, char *uri, size_t urisize);

// ppdinfo.c
extern bool	setupPPDInfoRead(const char *filename, setup_ppdinfo_t *info);

// printer.c
extern bool	setupPrinterQuery(const char *uri, setup_printer_t *printer, const notice_callbacks_t *cb);
extern void	setupPrinterRead(ipp_t *response, setup_printer_t *printer);

// server.c
extern bool	setupServerApply(http_t *http, const char *name, const setup_queue_t *queue, const setup_target_t *target, const setup_plan_t *plan, const notice_callbacks_t *cb);
extern bool	setupServerCheckRemote(const char *uri, const notice_callbacks_t *cb);
extern http_t	*setupServerConnect(const notice_callbacks_t *cb);
extern void	setupServerCopyStrings(ipp_t *response, const char *name, char *buffer, size_t bufsize);
extern bool	setupServerFindModel(http_t *http, const char *ppd_file, const char *ppd_dir, setup_model_t *model, const notice_callbacks_t *cb);
extern bool	setupServerGetQueue(http_t *http, const char *name, setup_queue_t *queue, const notice_callbacks_t *cb);
extern bool	setupServerPickModel(ipp_t *response, const char *ppd_file, char *ppd_name, size_t ppd_namesize, bool *any);
extern bool	setupServerPrintTest(http_t *http, const char *name, int timeout, const notice_callbacks_t *cb);
extern void	setupServerReadQueue(ipp_t *response, setup_queue_t *queue);
extern bool	setupServerRemove(http_t *http, const char *name, const notice_callbacks_t *cb);
extern bool	setupServerShare(http_t *http, int timeout, const notice_callbacks_t *cb);
extern bool	setupServerSharing(http_t *http, bool *sharing, const notice_callbacks_t *cb);

// watchconf.c
extern bool	setupWatchConfigCheckDirs(int num_dirs, char **dirs, const notice_callbacks_t *cb);
extern bool	setupWatchConfigWrite(const char *path, int num_dirs, char **dirs, const char *queue, const notice_callbacks_t *cb);

#endif // !SETUP_H
