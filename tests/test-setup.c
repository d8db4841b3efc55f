//
// Unit tests for onshi-notice-setup's decisions (setup/plan.c), PPD
// reading (setup/ppdinfo.c) and the watcher's settings (setup/watchconf.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"
#include "../setup/setup.h"
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>


//
// Tables of cases...
//

typedef struct format_case_s		// A printer's formats and the PPD for them
{
  const char	*formats;		// document-format-supported
  const char	*wanted;		// --format or NULL
  const char	*ppd_file;		// Expected PPD, NULL for an error
  const char	*error;			// Part of the expected error
} format_case_t;

static const format_case_t format_cases[] =
{
  { "application/pdf,image/pwg-raster,image/urf",	NULL,  "onshi-notice.ppd",     NULL },
  { "image/urf,image/pwg-raster",			NULL,  "onshi-notice-pwg.ppd", NULL },
  { "image/jpeg,image/urf",				NULL,  "onshi-notice-urf.ppd", NULL },
  { "application/octet-stream,application/postscript",	NULL,  "onshi-notice-ps.ppd",  NULL },
  { "application/postscript,application/pdf",		NULL,  "onshi-notice.ppd",     NULL },
  { "application/pdf,image/urf",			"urf", "onshi-notice-urf.ppd", NULL },
  { "image/pwg-raster",					"pdf", NULL,                   "does not accept PDF" },
  { "application/pdf",					"tiff", NULL,                  "Unknown format \"tiff\"" },
  { "",							"ps",  "onshi-notice-ps.ppd",  NULL },
  { "",							NULL,  NULL,                   "does not say which document formats" },
  { "application/octet-stream,image/jpeg",		NULL,  NULL,                   "accepts none of PDF" },
  { "application/pdfx,image/urfx",			NULL,  NULL,                   "accepts none of PDF" }
};

typedef struct paper_case_s		// A paper request and the paper chosen
{
  const char	*requested;		// --paper or NULL
  const char	*printer_media;		// Printer's media-supported
  const char	*printer_default;	// Printer's media-default
  const char	*model_media;		// PPD's papers
  const char	*media;			// Expected PWG name, NULL for an error
  const char	*error;			// Part of the expected error
} paper_case_t;

#define A4	"iso_a4_210x297mm"
#define A5	"iso_a5_148x210mm"
#define LETTER	"na_letter_8.5x11in"

static const paper_case_t paper_cases[] =
{
  { NULL,      NULL,             NULL,   A4 "," A5,             A4,     NULL },
  { NULL,      A4 "," LETTER,    LETTER, A4 "," A5 "," LETTER, A4,     NULL },
  { NULL,      LETTER,           LETTER, A4 "," A5 "," LETTER, LETTER, NULL },
  { NULL,      LETTER,           LETTER, A4 "," A5,             NULL,   "The printer has no A4 paper" },
  { "A5",      NULL,             NULL,   A4 "," A5,             A5,     NULL },
  { "a5",      "",               NULL,   A4 "," A5,             A5,     NULL },
  { A5,        A4 "," A5,        A4,     A4 "," A5,             A5,     NULL },
  { "iso-a5",  NULL,             NULL,   A4 "," A5,             A5,     NULL },
  { "letter",  NULL,             NULL,   A4 "," LETTER,         LETTER, NULL },
  { "A5",      A4,               A4,     A4 "," A5,             NULL,   "The printer has no A5 paper" },
  { "Letter",  NULL,             NULL,   A4 "," A5,             NULL,   "cannot be printed on Letter paper - use one of: A4, A5." },
  { "B17",     NULL,             NULL,   A4 "," A5,             NULL,   "cannot be printed on B17 paper - use one of: A4, A5, B5, Letter." }
};

typedef struct model_case_s		// A server's model name and our PPD
{
  const char	*ppd_name;		// lpinfo -m name
  const char	*ppd_file;		// Our file
  int		rank;			// Expected rank, -1 for no match
} model_case_t;

static const model_case_t model_cases[] =
{
  { "onshi-notice/onshi-notice.ppd",		"onshi-notice.ppd",	0 },
  { "lsb/local/onshi-notice/onshi-notice.ppd",	"onshi-notice.ppd",	1 },
  { "lsb/usr/onshi-notice/onshi-notice-pwg.ppd","onshi-notice-pwg.ppd",	2 },
  { "lsb/opt/onshi-notice/onshi-notice-ps.ppd",	"onshi-notice-ps.ppd",	3 },
  { "lsb/usr/onshi-notice/onshi-notice-pwg.ppd","onshi-notice.ppd",	-1 },
  { "lsb/usr/other/onshi-notice/onshi-notice.ppd","onshi-notice.ppd",	-1 },
  { "drv:///sample.drv/onshi-notice.ppd",	"onshi-notice.ppd",	-1 },
  { "xonshi-notice/onshi-notice.ppd",		"onshi-notice.ppd",	-1 }
};

typedef struct quote_case_s		// A value and its shell quoting
{
  const char	*value;			// Value
  const char	*quoted;		// Expected
} quote_case_t;

static const quote_case_t quote_cases[] =
{
  { "onshi-notice",			"onshi-notice" },
  { "ipp://localhost/printers/REAL",	"ipp://localhost/printers/REAL" },
  { "ipp://localhost/printers/REAL?snmp=false", "'ipp://localhost/printers/REAL?snmp=false'" },
  { "ABC クリニック",			"'ABC クリニック'" },
  { "it's",				"'it'\\''s'" },
  { "$HOME",				"'$HOME'" },
  { "",					"''" }
};

typedef struct server_case_s		// A --server value and the device URI
{
  const char	*server;		// --server value
  const char	*queue;			// Queue name
  const char	*uri;			// Expected URI, NULL for an error
  const char	*error;			// Part of the expected error
} server_case_t;

static const server_case_t server_cases[] =
{
  { "onshi-server.local",		"onshi-notice",	"ipp://onshi-server.local:631/printers/onshi-notice?snmp=false", NULL },
  { "onshi-server.local:8631",		"onshi-notice",	"ipp://onshi-server.local:8631/printers/onshi-notice?snmp=false", NULL },
  { "192.168.1.10",			"onshi-notice-en", "ipp://192.168.1.10:631/printers/onshi-notice-en?snmp=false", NULL },
  { "127.0.0.1:20000",			"onshi-notice",	"ipp://127.0.0.1:20000/printers/onshi-notice?snmp=false", NULL },
  { "[fe80::1%eth0]:631",		"onshi-notice",	"ipp://[fe80::1%eth0]:631/printers/onshi-notice?snmp=false", NULL },
  { "[2001:db8::1]",			"onshi-notice",	"ipp://[2001:db8::1]:631/printers/onshi-notice?snmp=false", NULL },
  { "ipp://onshi-server.local/printers/onshi-notice?snmp=false", "onshi-notice", NULL, "not as a URI or path" },
  { "onshi-server.local/onshi-notice",	"onshi-notice",	NULL, "not as a URI or path" },
  { "onshi-server.local:",		"onshi-notice",	NULL, "Bad port" },
  { "onshi-server.local:0",		"onshi-notice",	NULL, "Bad port" },
  { "onshi-server.local:65536",		"onshi-notice",	NULL, "Bad port" },
  { "onshi-server.local:63x",		"onshi-notice",	NULL, "Bad port" },
  { "2001:db8::1",			"onshi-notice",	NULL, "in brackets" },
  { "[2001:db8::1",			"onshi-notice",	NULL, "Bad IPv6 address" },
  { ":631",				"onshi-notice",	NULL, "give its host name" },
  { "onshi server",			"onshi-notice",	NULL, "only letters, digits" },
  { "",					"onshi-notice",	NULL, "--server HOST" }
};

typedef struct mode_case_s		// Options given and what they ask for
{
  const char	*options;		// Options given, values left out (mode_request())
  setup_mode_t	mode;			// Expected mode
  const char	*error;			// Expected error, NULL for none
} mode_case_t;

#define REMOVE_ALONE	"--remove takes only --name, --dry-run and --verbose."
#define ONE_TARGET	"Give only one of --forward-to, --printer and --server."
#define SHARE_SERVER	"--share goes on the print server, --server on a workstation - not both."
#define FORMAT_PRINTER	"--format goes with --printer (a forwarding queue always sends PDF)."

static const mode_case_t mode_cases[] =
{
  // Nothing asked for: no error here, the command shows its usage...
  { "",						SETUP_MODE_NONE,	NULL },
  { "--name --dry-run --timeout",		SETUP_MODE_NONE,	NULL },
  { "--format",					SETUP_MODE_NONE,	NULL },

  // One thing asked for...
  { "--forward-to",				SETUP_MODE_FORWARD,	NULL },
  { "--printer",				SETUP_MODE_PRINTER,	NULL },
  { "--printer --format",			SETUP_MODE_PRINTER,	NULL },
  { "--server",					SETUP_MODE_SERVER,	NULL },
  { "--share",					SETUP_MODE_UPDATE,	NULL },
  { "--paper",					SETUP_MODE_UPDATE,	NULL },
  { "--language",				SETUP_MODE_UPDATE,	NULL },
  { "--clinic-name",				SETUP_MODE_UPDATE,	NULL },
  { "--clinic-contact",				SETUP_MODE_UPDATE,	NULL },
  { "--edition",				SETUP_MODE_UPDATE,	NULL },
  { "--date",					SETUP_MODE_UPDATE,	NULL },
  { "--test",					SETUP_MODE_TEST,	NULL },
  { "--watch",					SETUP_MODE_WATCH,	NULL },
  { "--remove",					SETUP_MODE_REMOVE,	NULL },
  { "--remove --name --dry-run --timeout",	SETUP_MODE_REMOVE,	NULL },

  // Several: a new queue before new defaults, defaults before a test
  // notice or the watcher, which follow any setup...
  { "--forward-to --paper --share --test --watch", SETUP_MODE_FORWARD,	NULL },
  { "--printer --format --language --test",	SETUP_MODE_PRINTER,	NULL },
  { "--server --clinic-name --test --watch",	SETUP_MODE_SERVER,	NULL },
  { "--date --share --test --watch",		SETUP_MODE_UPDATE,	NULL },
  { "--test --watch --timeout",			SETUP_MODE_TEST,	NULL },

  // Options that do not fit together...
  { "--remove --forward-to",			SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--remove --printer",			SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--remove --server",			SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--remove --share",				SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--remove --clinic-contact",		SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--remove --test",				SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--remove --format",			SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--remove --watch",				SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--remove --forward-to --printer",		SETUP_MODE_NONE,	REMOVE_ALONE },
  { "--forward-to --printer",			SETUP_MODE_NONE,	ONE_TARGET },
  { "--printer --server",			SETUP_MODE_NONE,	ONE_TARGET },
  { "--forward-to --server --share",		SETUP_MODE_NONE,	ONE_TARGET },
  { "--forward-to --printer --server --format",	SETUP_MODE_NONE,	ONE_TARGET },
  { "--server --share",				SETUP_MODE_NONE,	SHARE_SERVER },
  { "--server --share --format",		SETUP_MODE_NONE,	SHARE_SERVER },
  { "--forward-to --format",			SETUP_MODE_NONE,	FORMAT_PRINTER },
  { "--server --format",			SETUP_MODE_NONE,	FORMAT_PRINTER },
  { "--paper --format",				SETUP_MODE_NONE,	FORMAT_PRINTER },
  { "--share --format",				SETUP_MODE_NONE,	FORMAT_PRINTER },
  { "--test --format",				SETUP_MODE_NONE,	FORMAT_PRINTER },
  { "--watch --format",				SETUP_MODE_NONE,	FORMAT_PRINTER }
};


//
// 'mode_request()' - Make the request a list of options gives.
//
// Each word is an option as the command line gives it; the values are the
// test's own.  --clinic-name gives "", which asks to remove the name and so
// counts as given.
//

static void
mode_request(const char      *options,	// I - Options, separated by spaces
             setup_request_t *setup)	// O - What was asked for
{
  static char	*watch_dirs[] = { "/srv/results" };
					// --watch folders
  const char	*ptr;			// Pointer into options
  size_t	length;			// Length of this option
  char		word[64];		// This option


  memset(setup, 0, sizeof(setup_request_t));
  snprintf(setup->name, sizeof(setup->name), "%s", SETUP_DEFAULT_QUEUE);
  setup->timeout = 60;
  setup->mode    = SETUP_MODE_UPDATE;	// setupPlanMode() must set it

  for (ptr = options + strspn(options, " "); *ptr; ptr += strspn(ptr, " "))
  {
    length = strcspn(ptr, " ");
    snprintf(word, sizeof(word), "%.*s", (int)length, ptr);
    ptr += length;

    if (!strcmp(word, "--forward-to"))
      snprintf(setup->forward_to, sizeof(setup->forward_to), "REAL");
    else if (!strcmp(word, "--printer"))
      snprintf(setup->printer_uri, sizeof(setup->printer_uri), "ipp://printer.local/ipp/print");
    else if (!strcmp(word, "--server"))
      snprintf(setup->server, sizeof(setup->server), "onshi-server.local");
    else if (!strcmp(word, "--name"))
      snprintf(setup->name, sizeof(setup->name), "onshi-notice-en");
    else if (!strcmp(word, "--share"))
      setup->share = true;
    else if (!strcmp(word, "--paper"))
      setup->paper = "A5";
    else if (!strcmp(word, "--language"))
      setup->language = "en";
    else if (!strcmp(word, "--clinic-name"))
      setup->clinic_name = "";
    else if (!strcmp(word, "--clinic-contact"))
      setup->clinic_contact = "reception";
    else if (!strcmp(word, "--edition"))
      setup->edition = "current";
    else if (!strcmp(word, "--date"))
      setup->date = "off";
    else if (!strcmp(word, "--format"))
      setup->format = "pwg";
    else if (!strcmp(word, "--test"))
      setup->test = true;
    else if (!strcmp(word, "--timeout"))
      setup->timeout = 5;
    else if (!strcmp(word, "--remove"))
      setup->remove = true;
    else if (!strcmp(word, "--dry-run"))
      setup->dry_run = true;
    else if (!strcmp(word, "--watch"))
    {
      setup->num_watch_dirs = 1;
      setup->watch_dirs     = watch_dirs;
    }
    else
      fail_msg("Unknown option \"%s\" in a test case.", word);
  }
}


//
// 'test_check_choice()' - Values the core took are checked against the PPD's choices.
//

static void
test_check_choice(void **state)		// I - Unused
{
  unit_log_t		log;		// Messages
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks


  (void)state;

  // A PPD without the option leaves the judgement to the core...
  assert_true(setupPlanCheckChoice("--language", "en", "", &cb));
  assert_true(setupPlanCheckChoice("--language", "pt-BR", NULL, &cb));

  // A PPD with the option must have the value...
  assert_true(setupPlanCheckChoice("--language", "fr", "ja,fr", &cb));
  assert_false(setupPlanCheckChoice("--language", "en", "ja,fr", &cb));
  assert_string_equal(log.last_error, "The queue's PPD has no \"en\" for --language - use one of: ja fr.");
  assert_false(setupPlanCheckChoice("--date", "off", "on", &cb));
}


//
// 'test_choose_format()' - The PPD follows the printer's document formats.
//

static void
test_choose_format(void **state)	// I - Unused
{
  size_t			i;	// Looping var
  unit_log_t			log;	// Messages
  notice_callbacks_t		cb;	// Callbacks
  const setup_format_t	*format;// Chosen format
  bool				ok;	// Result


  (void)state;

  for (i = 0; i < sizeof(format_cases) / sizeof(format_cases[0]); i ++)
  {
    cb = unit_callbacks(&log);
    ok = setupPlanChooseFormat(format_cases[i].formats, format_cases[i].wanted, &format, &cb);

    if (format_cases[i].ppd_file)
    {
      assert_true(ok);
      assert_non_null(format);
      assert_string_equal(format->ppd_file, format_cases[i].ppd_file);
      assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 0);
    }
    else
    {
      assert_false(ok);
      assert_null(format);
      assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 1);
      assert_non_null(strstr(log.last_error, format_cases[i].error));
    }
  }
}


//
// 'test_choose_paper()' - A4 unless asked or impossible; requests are checked.
//

static void
test_choose_paper(void **state)		// I - Unused
{
  size_t		i;		// Looping var
  unit_log_t		log;		// Messages
  notice_callbacks_t	cb;		// Callbacks
  char			media[128];	// Chosen paper
  bool			ok;		// Result


  (void)state;

  for (i = 0; i < sizeof(paper_cases) / sizeof(paper_cases[0]); i ++)
  {
    cb = unit_callbacks(&log);
    ok = setupPlanChoosePaper(paper_cases[i].requested, paper_cases[i].printer_media, paper_cases[i].printer_default, paper_cases[i].model_media, media, sizeof(media), &cb);

    if (paper_cases[i].media)
    {
      assert_true(ok);
      assert_string_equal(media, paper_cases[i].media);
    }
    else
    {
      assert_false(ok);
      assert_string_equal(media, "");
      assert_non_null(strstr(log.last_error, paper_cases[i].error));
    }
  }
}


//
// 'test_default_as_reported()' - Defaults compare in the form cupsd reports them.
//

static void
test_default_as_reported(void **state)	// I - Unused
{
  char	plain[256],			// A plain value
	spaced[256],			// A value with spaces
	comma[256],			// A value with a comma
	other[256];			// A different value


  (void)state;

  setupPlanDefaultAsReported("notice-language", "en", plain, sizeof(plain));
  assert_string_equal(plain, "en");

  setupPlanDefaultAsReported("notice-clinic-name", "ABC クリニック", spaced, sizeof(spaced));
  assert_string_equal(spaced, "ABC クリニック");

  // A comma makes two values, which CUPS reports joined again...
  setupPlanDefaultAsReported("notice-clinic-contact", "電話 03-0000-0000, 内線 5", comma, sizeof(comma));
  assert_string_equal(comma, "電話 03-0000-0000, 内線 5");

  setupPlanDefaultAsReported("notice-clinic-contact", "電話 03-0000-0000、内線 5", other, sizeof(other));
  assert_string_not_equal(comma, other);
}


//
// 'test_list_contains()' - Whole items only.
//

static void
test_list_contains(void **state)	// I - Unused
{
  (void)state;

  assert_true(setupPlanListContains("application/pdf,image/urf", "application/pdf"));
  assert_true(setupPlanListContains("application/pdf,image/urf", "image/urf"));
  assert_false(setupPlanListContains("application/pdfx,image/urf", "application/pdf"));
  assert_false(setupPlanListContains("application/pdf,image/urf", "image/ur"));
  assert_false(setupPlanListContains("", "image/urf"));
  assert_false(setupPlanListContains(NULL, "image/urf"));
  assert_false(setupPlanListContains("a,b", ""));
}


//
// 'test_mode()' - What to do follows from the options; misfits are refused.
//

static void
test_mode(void **state)			// I - Unused
{
  size_t		i;		// Looping var
  unit_log_t		log;		// Messages
  notice_callbacks_t	cb;		// Callbacks
  setup_request_t	setup;		// What was asked for
  bool			ok;		// Result


  (void)state;

  for (i = 0; i < sizeof(mode_cases) / sizeof(mode_cases[0]); i ++)
  {
    cb = unit_callbacks(&log);
    mode_request(mode_cases[i].options, &setup);
    ok = setupPlanMode(&setup, &cb);

    if (mode_cases[i].error)
    {
      assert_false(ok);
      assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 1);
      assert_string_equal(log.last_error, mode_cases[i].error);
    }
    else
    {
      assert_true(ok);
      assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 0);
    }

    assert_int_equal(setup.mode, mode_cases[i].mode);
  }

  // Without callbacks a misfit is refused all the same...
  mode_request("--server --share", &setup);
  assert_false(setupPlanMode(&setup, NULL));
  assert_int_equal(setup.mode, SETUP_MODE_NONE);
}


//
// 'test_model_matches()' - Our PPDs are found wherever lpinfo -m lists them.
//

static void
test_model_matches(void **state)	// I - Unused
{
  size_t	i;			// Looping var
  int		rank;			// Rank found


  (void)state;

  for (i = 0; i < sizeof(model_cases) / sizeof(model_cases[0]); i ++)
  {
    rank = -1;

    if (model_cases[i].rank >= 0)
    {
      assert_true(setupPlanModelMatches(model_cases[i].ppd_name, model_cases[i].ppd_file, &rank));
      assert_int_equal(rank, model_cases[i].rank);
    }
    else
      assert_false(setupPlanModelMatches(model_cases[i].ppd_name, model_cases[i].ppd_file, &rank));
  }
}


//
// 'test_plan()' - Plans change exactly what differs and read as lpadmin.
//

static void
test_plan(void **state)			// I - Unused
{
  setup_queue_t	queue;		// Queue as it is
  setup_target_t	target;		// Queue as it should be
  setup_plan_t		plan;		// Changes
  char			command[2048];	// lpadmin equivalent
  char			reported[256];	// A default as CUPS reports it


  (void)state;

  memset(&queue, 0, sizeof(queue));
  memset(&target, 0, sizeof(target));

  snprintf(target.device_uri, sizeof(target.device_uri), "ipp://localhost/printers/REAL?snmp=false");
  snprintf(target.ppd_name, sizeof(target.ppd_name), "lsb/usr/onshi-notice/onshi-notice.ppd");
  snprintf(target.make_model, sizeof(target.make_model), "onshi-notice Patient Notice");
  target.num_defaults = cupsAddOption("media", A4, target.num_defaults, &target.defaults);
  target.num_defaults = cupsAddOption("notice-clinic-name", "ABC \"A\" クリニック", target.num_defaults, &target.defaults);
  target.num_defaults = cupsAddOption("notice-clinic-contact", "受付, 内線 5", target.num_defaults, &target.defaults);
  target.num_defaults = cupsAddOption("notice-language", "", target.num_defaults, &target.defaults);

  // A new queue: everything, and nothing to remove...
  setupPlanMake(&queue, &target, &plan);
  assert_true(plan.create && plan.set_device && plan.set_ppd && plan.enable);
  assert_int_equal(plan.num_set, 3);
  assert_int_equal(plan.num_remove, 0);
  setupPlanCommand("onshi-notice", &target, &plan, command, sizeof(command));
  assert_string_equal(command, "lpadmin -p onshi-notice -E -v 'ipp://localhost/printers/REAL?snmp=false' -m lsb/usr/onshi-notice/onshi-notice.ppd -o media-default=iso_a4_210x297mm -o 'notice-clinic-name-default=\"ABC \\\"A\\\" クリニック\"'  # lpadmin cannot set a value with a comma: notice-clinic-contact-default");
  setupPlanFree(&plan);

  // The same queue as the server reports it: nothing to do...
  queue.exists    = true;
  queue.accepting = true;
  queue.state     = IPP_PSTATE_IDLE;
  snprintf(queue.device_uri, sizeof(queue.device_uri), "%s", target.device_uri);
  snprintf(queue.make_model, sizeof(queue.make_model), "%s", target.make_model);
  setupPlanDefaultAsReported("media", A4, reported, sizeof(reported));
  queue.num_defaults = cupsAddOption("media", reported, queue.num_defaults, &queue.defaults);
  setupPlanDefaultAsReported("notice-clinic-name", "ABC \"A\" クリニック", reported, sizeof(reported));
  queue.num_defaults = cupsAddOption("notice-clinic-name", reported, queue.num_defaults, &queue.defaults);
  setupPlanDefaultAsReported("notice-clinic-contact", "受付, 内線 5", reported, sizeof(reported));
  queue.num_defaults = cupsAddOption("notice-clinic-contact", reported, queue.num_defaults, &queue.defaults);

  setupPlanMake(&queue, &target, &plan);
  assert_true(setupPlanIsEmpty(&plan));
  setupPlanCommand("onshi-notice", &target, &plan, command, sizeof(command));
  assert_string_equal(command, "");
  setupPlanFree(&plan);

  // A stopped queue with another device, an old PPD, a language to remove
  // and A5 paper...
  queue.state = IPP_PSTATE_STOPPED;
  snprintf(queue.device_uri, sizeof(queue.device_uri), "ipp://localhost/printers/OLD?snmp=false");
  snprintf(queue.make_model, sizeof(queue.make_model), "onshi-notice Patient Notice 0.0");
  queue.num_defaults = cupsAddOption("notice-language", "en", queue.num_defaults, &queue.defaults);
  queue.num_defaults = cupsAddOption("media", A5, queue.num_defaults, &queue.defaults);

  setupPlanMake(&queue, &target, &plan);
  assert_false(plan.create);
  assert_true(plan.set_device && plan.set_ppd && plan.enable);
  assert_int_equal(plan.num_set, 1);
  assert_string_equal(plan.set[0].name, "media");
  assert_int_equal(plan.num_remove, 1);
  assert_string_equal(plan.remove[0].name, "notice-language");
  setupPlanCommand("my queue", &target, &plan, command, sizeof(command));
  assert_string_equal(command, "lpadmin -p 'my queue' -E -v 'ipp://localhost/printers/REAL?snmp=false' -m lsb/usr/onshi-notice/onshi-notice.ppd -o media-default=iso_a4_210x297mm -R notice-language-default");
  setupPlanFree(&plan);

  setupPlanQueueFree(&queue);
  setupPlanTargetFree(&target);
}


//
// 'test_ppdinfo()' - Reading what a PPD offers and whether it is ours.
//

static void
test_ppdinfo(void **state)		// I - Unused
{
  setup_ppdinfo_t	info;		// What the PPD offers


  (void)state;

  assert_true(setupPPDInfoRead(TEST_PPDDIR "/onshi-notice.ppd", &info));
  assert_true(info.ours);
  assert_string_equal(info.nickname, "onshi-notice Patient Notice, PDF for a forwarding queue");
  assert_true(setupPlanListContains(info.media, A4));
  assert_true(setupPlanListContains(info.media, A5));
  assert_false(info.client);

  // The workstation's PPD runs no filter and is ours all the same...
  assert_true(setupPPDInfoRead(TEST_PPDDIR "/" SETUP_CLIENT_PPD, &info));
  assert_true(info.ours);
  assert_true(info.client);
  assert_string_equal(info.nickname, "onshi-notice Patient Notice, workstation client of a print server's notice queue");
  assert_true(setupPlanListContains(info.languages, "en"));

  assert_true(setupPPDInfoRead(TEST_SRCDIR "/e2e/pdf-printer.ppd", &info));
  assert_false(info.ours);
  assert_string_equal(info.nickname, "Test PDF Printer");
  assert_string_equal(info.languages, "");

  assert_false(setupPPDInfoRead(TEST_SRCDIR "/no-such.ppd", &info));
  assert_false(setupPPDInfoRead(TEST_DATADIR "/codes.txt", &info));

  // Found by fuzz-setup-ppd: a choice with no name, or with a comma in it,
  // made the list read back as other choices (fuzz/corpus/setup-ppd/)...
  assert_true(setupPPDInfoRead(TEST_TOPDIR "/fuzz/corpus/setup-ppd/odd-choices.ppd", &info));
  assert_false(info.ours);
  assert_string_equal(info.languages, "ja,en");
  assert_string_equal(info.media, A4);
}


//
// 'test_read_answers()' - Reading the server's and a printer's IPP answers.
//

static void
test_read_answers(void **state)		// I - Unused
{
  static const char * const media[] =	// media-supported, one with a comma
  {
    A4,
    "bad,name",
    A5
  };
  static const char * const models[] =	// ppd-name values
  {
    "drv:///sample.drv/generic.ppd",
    "lsb/usr/onshi-notice/onshi-notice-pwg.ppd",
    "lsb/usr/onshi-notice/onshi-notice.ppd"
  };
  ipp_t			*answer;	// Answer
  setup_queue_t		queue;		// Queue read
  setup_printer_t	printer;	// Printer read
  char			ppd_name[256];	// Model picked
  bool			any;		// Any of ours listed?
  size_t		i;		// Looping var


  (void)state;

  // A queue: its own media-default comes after the PPD's...
  answer = ippNew();
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_URI, "device-uri", NULL, "ipp://localhost/printers/REAL?snmp=false");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-make-and-model", NULL, "onshi-notice PDF");
  ippAddStrings(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-supported", 3, NULL, media);
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-default", NULL, A5);
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "notice-language-default", NULL, "en");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-default", NULL, A4);
  ippAddBoolean(answer, IPP_TAG_PRINTER, "printer-is-accepting-jobs", 1);
  ippAddInteger(answer, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state", IPP_PSTATE_STOPPED);
  ippAddInteger(answer, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-type", CUPS_PRINTER_CLASS);

  memset(&queue, 0, sizeof(queue));
  setupServerReadQueue(answer, &queue);
  assert_string_equal(queue.device_uri, "ipp://localhost/printers/REAL?snmp=false");
  assert_string_equal(queue.make_model, "onshi-notice PDF");
  assert_string_equal(queue.media_supported, A4 "," A5);
  assert_string_equal(queue.media_default, A5);
  assert_true(queue.accepting);
  assert_false(queue.shared);
  assert_true(queue.is_class);
  assert_int_equal(queue.state, IPP_PSTATE_STOPPED);
  assert_int_equal(queue.num_defaults, 2);
  assert_string_equal(cupsGetOption("media", queue.num_defaults, queue.defaults), A5);
  assert_string_equal(cupsGetOption("notice-language", queue.num_defaults, queue.defaults), "en");
  setupPlanQueueFree(&queue);

  // A printer...
  setupPrinterRead(answer, &printer);
  assert_string_equal(printer.make_model, "onshi-notice PDF");
  assert_string_equal(printer.media, A4 "," A5);
  assert_string_equal(printer.media_default, A5);
  assert_string_equal(printer.formats, "");
  ippDelete(answer);

  // The list of models...
  answer = ippNew();
  for (i = 0; i < sizeof(models) / sizeof(models[0]); i ++)
  {
    ippAddSeparator(answer);
    ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_NAME, "ppd-name", NULL, models[i]);
  }

  assert_true(setupServerPickModel(answer, "onshi-notice.ppd", ppd_name, sizeof(ppd_name), &any));
  assert_string_equal(ppd_name, "lsb/usr/onshi-notice/onshi-notice.ppd");
  assert_true(any);
  assert_false(setupServerPickModel(answer, SETUP_CLIENT_PPD, ppd_name, sizeof(ppd_name), &any));
  assert_string_equal(ppd_name, "");
  assert_true(any);
  ippDelete(answer);

  answer = ippNew();
  assert_false(setupServerPickModel(answer, "onshi-notice.ppd", ppd_name, sizeof(ppd_name), &any));
  assert_false(any);
  ippDelete(answer);
}


//
// 'test_quote_shell()' - Shell quoting.
//

static void
test_quote_shell(void **state)		// I - Unused
{
  size_t	i;			// Looping var
  char		quoted[256];		// Result


  (void)state;

  for (i = 0; i < sizeof(quote_cases) / sizeof(quote_cases[0]); i ++)
  {
    setupPlanQuoteShell(quote_cases[i].value, quoted, sizeof(quoted));
    assert_string_equal(quoted, quote_cases[i].quoted);
  }

  // Truncation keeps the buffer terminated...
  setupPlanQuoteShell("a b c d e f g", quoted, 6);
  assert_int_equal(strlen(quoted), 5);
}


//
// 'test_server_uri()' - "--server HOST[:PORT]" becomes the server queue's URI.
//

static void
test_server_uri(void **state)		// I - Unused
{
  unit_log_t		log;		// Messages
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  size_t		i;		// Looping var
  char			uri[1024];	// Result


  (void)state;

  for (i = 0; i < sizeof(server_cases) / sizeof(server_cases[0]); i ++)
  {
    log.last_error[0] = '\0';

    if (server_cases[i].uri)
    {
      assert_true(setupPlanServerURI(server_cases[i].server, server_cases[i].queue, uri, sizeof(uri), &cb));
      assert_string_equal(uri, server_cases[i].uri);
    }
    else
    {
      assert_false(setupPlanServerURI(server_cases[i].server, server_cases[i].queue, uri, sizeof(uri), &cb));
      assert_string_equal(uri, "");
      assert_non_null(strstr(log.last_error, server_cases[i].error));
    }
  }

  // A URI that does not fit is refused, not cut...
  assert_false(setupPlanServerURI("onshi-server.local", "onshi-notice", uri, 20, &cb));
  assert_string_equal(uri, "");
}


//
// 'test_share()' - Sharing: the queue's printer-is-shared and the server's
//                  _share_printers setting.
//

static void
test_share(void **state)		// I - Unused
{
  setup_queue_t	queue;		// Queue as it is
  setup_target_t	target;		// Queue as it should be
  setup_plan_t		plan;		// Changes
  char			command[1024];	// lpadmin equivalent
  cups_option_t		*settings = NULL;
					// Server settings
  int			num_settings = 0;
					// Number of settings


  (void)state;

  memset(&queue, 0, sizeof(queue));
  memset(&target, 0, sizeof(target));

  // An existing unshared queue: only printer-is-shared changes...
  queue.exists    = true;
  queue.accepting = true;
  queue.state     = IPP_PSTATE_IDLE;
  target.share    = true;
  setupPlanMake(&queue, &target, &plan);
  assert_true(plan.set_shared);
  assert_false(plan.create || plan.set_device || plan.set_ppd || plan.enable);
  setupPlanCommand("onshi-notice", &target, &plan, command, sizeof(command));
  assert_string_equal(command, "lpadmin -p onshi-notice -o printer-is-shared=true");
  setupPlanFree(&plan);

  // Shared already, or sharing not asked for: nothing to do...
  queue.shared = true;
  setupPlanMake(&queue, &target, &plan);
  assert_true(setupPlanIsEmpty(&plan));
  setupPlanFree(&plan);

  queue.shared = false;
  target.share = false;
  setupPlanMake(&queue, &target, &plan);
  assert_true(setupPlanIsEmpty(&plan));
  setupPlanFree(&plan);

  // The server's setting, as cupsAdminGetServerSettings() reports it...
  assert_true(setupPlanShareNeeded(0, NULL));
  num_settings = cupsAddOption("_share_printers", "0", num_settings, &settings);
  num_settings = cupsAddOption("_remote_admin", "1", num_settings, &settings);
  assert_true(setupPlanShareNeeded(num_settings, settings));
  num_settings = cupsAddOption("_share_printers", "1", num_settings, &settings);
  assert_false(setupPlanShareNeeded(num_settings, settings));
  cupsFreeOptions(num_settings, settings);
}


//
// 'test_target_set_model()' - A new queue gets our PPD, by name or as a file.
//

static void
test_target_set_model(void **state)	// I - Unused
{
  setup_model_t		model;		// Our PPD as the server offers it
  setup_queue_t		queue;		// Queue as it is (none)
  setup_target_t	target;		// Queue as it should be
  setup_plan_t		plan;		// Changes
  char			command[2048];	// lpadmin equivalent


  (void)state;

  memset(&model, 0, sizeof(model));
  memset(&queue, 0, sizeof(queue));
  memset(&target, 0, sizeof(target));

  snprintf(target.device_uri, sizeof(target.device_uri), "onshi-notice:/socket://192.0.2.20");
  target.num_defaults = cupsAddOption("media", A4, target.num_defaults, &target.defaults);

  // A model the server lists: its name and NickName, the rest stays...
  snprintf(model.ppd_name, sizeof(model.ppd_name), "lsb/usr/onshi-notice/onshi-notice-pwg.ppd");
  snprintf(model.ppd.nickname, sizeof(model.ppd.nickname), "onshi-notice Patient Notice, PWG raster");

  setupPlanTargetSetModel(&target, &model);
  assert_string_equal(target.ppd_name, "lsb/usr/onshi-notice/onshi-notice-pwg.ppd");
  assert_string_equal(target.ppd_path, "");
  assert_string_equal(target.make_model, "onshi-notice Patient Notice, PWG raster");
  assert_string_equal(target.device_uri, "onshi-notice:/socket://192.0.2.20");
  assert_int_equal(target.num_defaults, 1);

  setupPlanMake(&queue, &target, &plan);
  setupPlanCommand("onshi-notice", &target, &plan, command, sizeof(command));
  assert_string_equal(command, "lpadmin -p onshi-notice -E -v onshi-notice:/socket://192.0.2.20 -m lsb/usr/onshi-notice/onshi-notice-pwg.ppd -o media-default=iso_a4_210x297mm");
  setupPlanFree(&plan);

  // A server that lists no models gets the file, and no model name...
  model.ppd_name[0] = '\0';
  snprintf(model.ppd_path, sizeof(model.ppd_path), "/usr/share/ppd/onshi-notice/onshi-notice.ppd");
  snprintf(model.ppd.nickname, sizeof(model.ppd.nickname), "onshi-notice Patient Notice, PDF for a forwarding queue");

  setupPlanTargetSetModel(&target, &model);
  assert_string_equal(target.ppd_name, "");
  assert_string_equal(target.ppd_path, "/usr/share/ppd/onshi-notice/onshi-notice.ppd");
  assert_string_equal(target.make_model, "onshi-notice Patient Notice, PDF for a forwarding queue");

  setupPlanMake(&queue, &target, &plan);
  setupPlanCommand("onshi-notice", &target, &plan, command, sizeof(command));
  assert_non_null(strstr(command, " -P /usr/share/ppd/onshi-notice/onshi-notice.ppd "));
  setupPlanFree(&plan);

  setupPlanTargetFree(&target);
}


//
// 'test_valid_queue_name()' - Queue names as cupsd accepts them.
//

static void
test_valid_queue_name(void **state)	// I - Unused
{
  char	longname[200];			// Too long


  (void)state;

  assert_true(setupPlanValidQueueName("onshi-notice"));
  assert_true(setupPlanValidQueueName("notice_en.2"));
  assert_false(setupPlanValidQueueName(""));
  assert_false(setupPlanValidQueueName("a b"));
  assert_false(setupPlanValidQueueName("a/b"));
  assert_false(setupPlanValidQueueName("a#b"));
  assert_false(setupPlanValidQueueName("a\tb"));

  memset(longname, 'q', sizeof(longname));
  longname[127] = '\0';
  assert_true(setupPlanValidQueueName(longname));
  longname[127] = 'q';
  longname[128] = '\0';
  assert_false(setupPlanValidQueueName(longname));
}


//
// Watcher settings: what the file held, what it holds after --watch...
//

typedef struct watchconf_case_s		// One rewrite of watch.conf
{
  const char	*before;		// File before, NULL for no file
  const char	*after;			// File after
} watchconf_case_t;

static const watchconf_case_t watchconf_cases[] =
{
  { NULL,
    "DIRS=/r /f\nQUEUE=q\n" },
  { "",
    "DIRS=/r /f\nQUEUE=q\n" },
  { "# folders\nDIRS=/mnt/old\n# queue\nQUEUE=old\nPOLL=5\n",
    "# folders\nDIRS=/r /f\n# queue\nQUEUE=q\nPOLL=5\n" },
  { "#DIRS=/commented\nCODES=2,4\n",
    "#DIRS=/commented\nCODES=2,4\nDIRS=/r /f\nQUEUE=q\n" },
  { "  DIRS = /a\nDIRS=/b\nQUEUE=x\nQUEUE=y\nDIRSX=1\n",
    "DIRS=/r /f\nQUEUE=q\nDIRSX=1\n" }
};


//
// 'test_wrap_uri()' - A printer's device URI goes through our backend, once.
//

static void
test_wrap_uri(void **state)		// I - Unused
{
  static const struct
  {
    const char	*device_uri,		// Printer's device URI
		*wrapped;		// Expected result
  } cases[] =
  {
    { "ipp://localhost/printers/reception?snmp=false", "onshi-notice:/ipp://localhost/printers/reception?snmp=false" },
    { "ipps://printer.local:631/ipp/print", "onshi-notice:/ipps://printer.local:631/ipp/print" },
    { "socket://192.0.2.20", "onshi-notice:/socket://192.0.2.20" },
    { "file:///tmp/out.pdf", "onshi-notice:/file:///tmp/out.pdf" },
    { "onshi-notice:/ipp://localhost/printers/reception", "onshi-notice:/ipp://localhost/printers/reception" }
  };
  size_t	i;			// Looping var
  char		uri[1024];		// Result


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    assert_true(setupPlanWrapURI(cases[i].device_uri, uri, sizeof(uri)));
    assert_string_equal(uri, cases[i].wrapped);
  }

  // Nothing to wrap, or no room: refused, never cut...
  assert_false(setupPlanWrapURI("", uri, sizeof(uri)));
  assert_false(setupPlanWrapURI(NULL, uri, sizeof(uri)));
  assert_false(setupPlanWrapURI("ipp://localhost/printers/reception", uri, 20));
}


//
// 'test_watch_config()' - Set DIRS and QUEUE, keep every other line.
//

static void
test_watch_config(void **state)		// I - Unused
{
  char		dir[] = "/tmp/test-setup.XXXXXX",
					// Temporary folder
		path[256],		// watch.conf
		text[1024];		// What it holds
  char		*dirs[] = { "/r", "/f" };
					// Folders to watch
  FILE		*fp;			// File
  size_t	length;			// Bytes read
  size_t	i;			// Looping var
  struct stat	info;			// File information


  (void)state;

  assert_non_null(mkdtemp(dir));
  snprintf(path, sizeof(path), "%s/watch.conf", dir);

  for (i = 0; i < sizeof(watchconf_cases) / sizeof(watchconf_cases[0]); i ++)
  {
    unlink(path);
    if (watchconf_cases[i].before)
    {
      assert_non_null(fp = fopen(path, "w"));
      fputs(watchconf_cases[i].before, fp);
      fclose(fp);
    }

    assert_true(setupWatchConfigWrite(path, 2, dirs, "q", NULL));

    assert_non_null(fp = fopen(path, "r"));
    length = fread(text, 1, sizeof(text) - 1, fp);
    text[length] = '\0';
    fclose(fp);
    assert_string_equal(text, watchconf_cases[i].after);

    // Readable by the watcher's own user...
    assert_int_equal(stat(path, &info), 0);
    assert_int_equal(info.st_mode & 0777, 0644);
  }

  // Folders: absolute, existing, no white space...
  dirs[0] = dir;
  assert_true(setupWatchConfigCheckDirs(1, dirs, NULL));
  assert_false(setupWatchConfigCheckDirs(0, dirs, NULL));
  dirs[0] = "relative/res";
  assert_false(setupWatchConfigCheckDirs(1, dirs, NULL));
  dirs[0] = "/no/such/folder";
  assert_false(setupWatchConfigCheckDirs(1, dirs, NULL));
  dirs[0] = path;
  assert_false(setupWatchConfigCheckDirs(1, dirs, NULL));
  dirs[0] = "/tmp/with space";
  assert_false(setupWatchConfigCheckDirs(1, dirs, NULL));

  // A folder that cannot be written leaves the old file alone...
  snprintf(path, sizeof(path), "%s/missing/watch.conf", dir);
  dirs[0] = "/r";
  assert_false(setupWatchConfigWrite(path, 2, dirs, "q", NULL));

  snprintf(path, sizeof(path), "%s/watch.conf", dir);
  unlink(path);
  rmdir(dir);
}


//
// 'main()' - Run the tests.
//

int					// O - Exit status
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_check_choice),
    cmocka_unit_test(test_choose_format),
    cmocka_unit_test(test_choose_paper),
    cmocka_unit_test(test_default_as_reported),
    cmocka_unit_test(test_list_contains),
    cmocka_unit_test(test_mode),
    cmocka_unit_test(test_model_matches),
    cmocka_unit_test(test_plan),
    cmocka_unit_test(test_ppdinfo),
    cmocka_unit_test(test_quote_shell),
    cmocka_unit_test(test_read_answers),
    cmocka_unit_test(test_server_uri),
    cmocka_unit_test(test_share),
    cmocka_unit_test(test_target_set_model),
    cmocka_unit_test(test_valid_queue_name),
    cmocka_unit_test(test_watch_config),
    cmocka_unit_test(test_wrap_uri)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
