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

#ifndef NOTICE_SETUP_H
#  define NOTICE_SETUP_H
#  include "notice.h"
#  include <cups/cups.h>


//
// Constants...
//

#  define NOTICE_SETUP_DEFAULT_QUEUE	"onshi-notice"
					// Queue name when --name is not given
#  define NOTICE_SETUP_DEFAULT_MEDIA	"iso_a4_210x297mm"
					// Paper when --paper is not given
#  define NOTICE_SETUP_PPD_DIR		"onshi-notice"
					// Folder of our PPDs among the server's models
#  define NOTICE_SETUP_WATCH_CONFIG	"/etc/onshi-notice/watch.conf"
					// The watcher's settings, as its unit reads them
#  define NOTICE_SETUP_WATCH_UNIT	"onshi-notice-watch.service"
					// The watcher's systemd unit
#  define NOTICE_SETUP_LANGUAGES	"ja,en,zh-CN,ko,vi,pt-BR"
					// notice-language values when the PPD lists none
#  define NOTICE_SETUP_EDITIONS		"2023,current"
					// notice-edition values when the PPD lists none
#  define NOTICE_SETUP_ONOFF		"on,off"
					// notice-date values when the PPD lists none
#  define NOTICE_SETUP_CLIENT_PPD	"onshi-notice-client.ppd"
					// PPD of a workstation's queue (--server)
#  define NOTICE_SETUP_IPP_PORT		631
					// Port of a print server when --server names none


//
// Types...
//

typedef enum notice_setup_mode_e	// What to do
{
  NOTICE_SETUP_MODE_FORWARD,		// Create/update a queue forwarding to a local queue
  NOTICE_SETUP_MODE_PRINTER,		// Create/update a queue driving an IPP printer
  NOTICE_SETUP_MODE_SERVER,		// Create/update a queue passing jobs to a print server's notice queue
  NOTICE_SETUP_MODE_UPDATE,		// Change the defaults of an existing notice queue
  NOTICE_SETUP_MODE_REMOVE,		// Delete the notice queue
  NOTICE_SETUP_MODE_TEST,		// Only print a test notice
  NOTICE_SETUP_MODE_WATCH		// Only set up the result-file watcher
} notice_setup_mode_t;

typedef struct notice_format_s		// An output format and its PPD
{
  const char	*keyword;		// Name for --format
  const char	*mime_type;		// Document format the printer accepts
  const char	*ppd_file;		// PPD file name among our models
  const char	*label;			// Name for people
} notice_ppdformat_t;

typedef struct notice_setup_s		// What the person asked for
{
  notice_setup_mode_t	mode;		// What to do
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
  bool		dry_run;		// Print the plan only?
  const char	*ppd_dir;		// Folder of our installed PPDs
  int		num_watch_dirs;		// Number of result folders for --watch
  char		**watch_dirs;		// Result folders for --watch
  const char	*watch_config;		// The watcher's configuration file
} notice_setup_t;

typedef struct notice_ppdinfo_s	// What a PPD offers
{
  bool		ours;			// Is it an onshi-notice PPD (filter or client)?
  bool		client;			// Does it only pass jobs on to a print server?
  char		nickname[256];		// NickName (becomes printer-make-and-model)
  char		media[1024];		// PWG names of its PageSize choices, comma-separated
  char		languages[256];		// notice-language choices, "" if the PPD has none
  char		editions[128];		// notice-edition choices, "" if the PPD has none
  char		dates[64];		// notice-date choices, "" if the PPD has none
} notice_ppdinfo_t;

typedef struct notice_queue_s		// A queue as the server has it
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
  notice_ppdinfo_t ppd;			// The queue's PPD
  int		num_defaults;		// Number of explicit queue defaults
  cups_option_t	*defaults;		// Explicit queue defaults as the server reports them (name without "-default")
} notice_queue_t;

typedef struct notice_target_s		// The queue as it should be
{
  char		device_uri[1024];	// device-uri
  char		ppd_name[256];		// Server's model name for lpadmin -m
  char		ppd_path[1024];		// Or a local PPD file to send, as lpadmin -P does
  char		make_model[256];	// NickName of that PPD
  bool		share;			// Share the queue on the network?
  int		num_defaults;		// Number of queue defaults to set
  cups_option_t	*defaults;		// Queue defaults (name without "-default"; "" removes)
} notice_target_t;

typedef struct notice_plan_s		// Changes that make the queue the target
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
} notice_plan_t;

typedef struct notice_printer_s		// What an IPP printer says about itself
{
  char		make_model[256];	// printer-make-and-model
  char		formats[2048];		// document-format-supported, comma-separated
  char		media[4096];		// media-supported, comma-separated
  char		media_default[128];	// media-default
} notice_printer_t;

typedef struct notice_model_s		// One of our PPDs as the server offers it
{
  char		ppd_name[256];		// Server's model name for lpadmin -m, or ""
  char		ppd_path[1024];		// Local PPD file when the server lists no models, or ""
  notice_ppdinfo_t ppd;			// What it offers
} notice_model_t;


//
// Functions...
//

// plan.c
extern bool	noticeCheckChoice(const char *option, const char *value, const char *choices, const char *fallback, const notice_callbacks_t *cb);
extern bool	noticeChooseFormat(const char *formats_supported, const char *wanted, const notice_ppdformat_t **format, const notice_callbacks_t *cb);
extern bool	noticeChoosePaper(const char *requested, const char *printer_media, const char *printer_default, const char *model_media, char *media, size_t mediasize, const notice_callbacks_t *cb);
extern const notice_ppdformat_t *noticeFormatForKeyword(const char *keyword);
extern const notice_ppdformat_t *noticeFormatForPPD(const char *ppd_file);
extern const notice_ppdformat_t *noticeFormats(size_t *count);
extern void	noticeDefaultAsReported(const char *name, const char *value, char *buffer, size_t bufsize);
extern void	noticeIPPCopyStrings(ipp_t *response, const char *name, char *buffer, size_t bufsize);
extern bool	noticeListContains(const char *list, const char *item);
extern bool	noticeServerDeviceURI(const char *server, const char *queue, char *uri, size_t urisize, const notice_callbacks_t *cb);
extern bool	noticeShareNeeded(int num_settings, cups_option_t *settings);
extern bool	noticeModelMatches(const char *ppd_name, const char *ppd_file, int *rank);
extern void	noticePlanFree(notice_plan_t *plan);
extern bool	noticePlanIsEmpty(const notice_plan_t *plan);
extern void	noticePlanMake(const notice_queue_t *queue, const notice_target_t *target, notice_plan_t *plan);
extern void	noticePlanCommand(const char *name, const notice_target_t *target, const notice_plan_t *plan, char *buffer, size_t bufsize);
extern void	noticeQuoteShell(const char *value, char *buffer, size_t bufsize);
extern bool	noticeValidQueueName(const char *name);
extern void	noticeQueueFree(notice_queue_t *queue);
extern void	noticeTargetFree(notice_target_t *target);

// ppdinfo.c
extern bool	noticePPDInfoRead(const char *filename, notice_ppdinfo_t *info);

// printer.c
extern bool	noticePrinterQuery(const char *uri, notice_printer_t *printer, const notice_callbacks_t *cb);

// watchconf.c
extern bool	noticeWatchConfigCheckDirs(int num_dirs, char **dirs, const notice_callbacks_t *cb);
extern bool	noticeWatchConfigWrite(const char *path, int num_dirs, char **dirs, const char *queue, const notice_callbacks_t *cb);

// server.c
extern http_t	*noticeServerConnect(const notice_callbacks_t *cb);
extern bool	noticeServerApply(http_t *http, const char *name, const notice_queue_t *queue, const notice_target_t *target, const notice_plan_t *plan, const notice_callbacks_t *cb);
extern bool	noticeServerFindModel(http_t *http, const char *ppd_file, const char *ppd_dir, notice_model_t *model, const notice_callbacks_t *cb);
extern bool	noticeServerGetQueue(http_t *http, const char *name, notice_queue_t *queue, const notice_callbacks_t *cb);
extern bool	noticeServerPrintTest(http_t *http, const char *name, int timeout, const notice_callbacks_t *cb);
extern bool	noticeServerCheckRemote(const char *uri, const notice_callbacks_t *cb);
extern bool	noticeServerShare(http_t *http, int timeout, const notice_callbacks_t *cb);
extern bool	noticeServerSharing(http_t *http, bool *sharing, const notice_callbacks_t *cb);
extern bool	noticeServerRemove(http_t *http, const char *name, const notice_callbacks_t *cb);

#endif // !NOTICE_SETUP_H
