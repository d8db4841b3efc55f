//
// List the codes, languages and editions of onshi-notice, and render any
// notice to a PDF or PNG file without a printer.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Usage:
//
//   onshi-notice-preview --list
//   onshi-notice-preview [options] CODE FILE.pdf|FILE.png|-
//
// The notice comes from the same core as the filter: every option goes
// through noticeOptionsSet(), the vocabulary the filter uses for a job's
// options, and the page through noticePrintJob(), as PDF or, for a PNG, as
// an image at the chosen resolution.
//

#include <config.h>
#include "notice.h"
#include <cups/cups.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


//
// Local types...
//

typedef struct preview_s		// What the command line asks for
{
  bool			list;		// List the catalog?
  bool			verbose;	// Print debug messages?
  const char		*code;		// Code to print
  const char		*filename;	// Output file, "-" for stdout
  notice_options_t	options;	// The notice's options
} preview_t;

typedef struct preview_buffer_s		// Output collected in memory
{
  unsigned char	*data;			// Bytes
  size_t	length;			// Number of bytes
} preview_buffer_t;


//
// Local globals...
//

static const char short_options[] = "Ll:e:p:d:Dn:c:o:r:vhV";
					// Short options
static const struct option long_options[] =
{					// Long options
  { "list",		no_argument,		NULL, 'L' },
  { "language",		required_argument,	NULL, 'l' },
  { "edition",		required_argument,	NULL, 'e' },
  { "paper",		required_argument,	NULL, 'p' },
  { "date",		required_argument,	NULL, 'd' },
  { "no-date",		no_argument,		NULL, 'D' },
  { "clinic-name",	required_argument,	NULL, 'n' },
  { "clinic-contact",	required_argument,	NULL, 'c' },
  { "resolution",	required_argument,	NULL, 'r' },
  { "data-dir",		required_argument,	NULL, 'R' },
  { "verbose",		no_argument,		NULL, 'v' },
  { "help",		no_argument,		NULL, 'h' },
  { "version",		no_argument,		NULL, 'V' },
  { NULL,		0,			NULL, 0 }
};


//
// Local functions...
//

static const char *find_names(int argc, char *argv[], const char **data_dir);
static int	list_catalog(const char *data_dir);
static void	log_cb(void *cbdata, notice_level_t level, const char *message);
static bool	parse_args(int argc, char *argv[], preview_t *preview, int *status);
static bool	parse_date(const char *value, time_t *t);
static int	render(const preview_t *preview);
static bool	set_arg(preview_t *preview, int opt, const char *arg);
static bool	set_option(preview_t *preview, const char *name, const char *value);
static int	usage(FILE *out, int status);
static bool	write_buffer(void *cbdata, const unsigned char *bytes, size_t length);


//
// 'main()' - Parse the command line, then list or render.
//

int					// O - Exit status
main(int  argc,				// I - Number of command-line arguments
     char *argv[])			// I - Command-line arguments
{
  preview_t	preview;		// What to do
  int		status;			// Exit status when parsing ends the program
  const char	*localedir;		// Message catalogs


  // Messages in the language of the locale...
  if ((localedir = getenv("ONSHI_NOTICE_LOCALEDIR")) == NULL || !*localedir)
    localedir = NOTICE_LOCALEDIR;
  noticeSetLocale(localedir, getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"), getenv("LANGUAGE"));

  if (!parse_args(argc, argv, &preview, &status))
    return (status);

  if (preview.list)
    return (list_catalog(preview.options.data_dir));

  return (render(&preview));
}


//
// 'find_names()' - Find the data folder and the output file.
//
// A first pass over the command line that applies nothing and reports
// nothing.  getopt_long() moves the code and the file name after the
// options, wherever they were given, so the output file is the last
// argument, and the second pass, started over, reads the same options in
// the same order.  (Where POSIXLY_CORRECT stops options at the code, an
// option after it makes a third name, which parse_args() refuses.)
//

static const char *			// O - Output file, NULL if none
find_names(int        argc,		// I  - Number of command-line arguments
           char       *argv[],		// IO - Command-line arguments, names last
           const char **data_dir)	// IO - Data directory
{
  const char	*filename;		// Output file
  int		opt;			// Current option


  opterr = 0;

  while ((opt = getopt_long(argc, argv, short_options, long_options, NULL)) != -1)
  {
    if (opt == 'R')
      *data_dir = optarg;
  }

  filename = optind < argc ? argv[argc - 1] : NULL;

  opterr = 1;
  optind = 0;				// Start over

  return (filename);
}


//
// 'list_catalog()' - List the codes, notices, languages and editions.
//

static int				// O - Exit status
list_catalog(const char *data_dir)	// I - Data directory
{
  preview_t		quiet = { .verbose = false };
					// Errors and warnings only
  notice_callbacks_t	cb = { log_cb, NULL, &quiet };
					// Callbacks
  notice_codes_t	*codes;		// Accepted spellings
  notice_language_t	language;	// One installed language
  char			tags[NOTICE_LANGUAGES_MAX][NOTICE_TAG_MAX];
					// Installed languages
  const char		*spelling;	// One accepted spelling
  bool			has_notice;	// Does it print a notice?
  notice_status_t	status;		// Its status
  size_t		count,		// Number of languages
			i;		// Looping var
  int			r;		// Status, then NOTICE_STATUS_COUNT for none


  if ((codes = noticeCodesLoad(data_dir, &cb)) == NULL)
    return (1);

  if (!noticeLanguageInfo(data_dir, NOTICE_LANGUAGE_DEFAULT, &language, &cb))
  {
    noticeCodesDelete(codes);
    return (1);
  }

  // Each notice with the spellings that print it, then those refused...
  puts(_("Codes a job may hold (letter case, width and brackets aside):"));
  for (r = 0; r <= NOTICE_STATUS_COUNT; r ++)
  {
    if (r < NOTICE_STATUS_COUNT)
      printf("  %-10s %s\n            ", noticeStatusName((notice_status_t)r), language.status_label[r]);
    else
      printf("  %-10s %s\n            ", "no-notice", _("valid results that need no notice, refused"));

    for (i = 0, count = 0; noticeCodesGet(codes, i, &spelling, &has_notice, &status); i ++)
    {
      if ((r < NOTICE_STATUS_COUNT && has_notice && status == (notice_status_t)r) || (r == NOTICE_STATUS_COUNT && !has_notice))
        printf("%s%s", count ++ ? ", " : "", spelling);
    }
    putchar('\n');
  }

  noticeCodesDelete(codes);

  printf("\n%s\n", _("Languages (notice-language):"));
  count = noticeLanguageList(data_dir, tags, NOTICE_LANGUAGES_MAX);
  for (i = 0; i < count; i ++)
  {
    if (!noticeLanguageInfo(data_dir, tags[i], &language, &cb))
      return (1);

    printf("  %-6s %s%s\n", tags[i], language.name, language.translation ? _(" (reference translation, with the Japanese original)") : "");
  }

  printf("\n%s\n", _("Editions (notice-edition):"));
  printf("  %-8s %s\n", noticeEditionName(NOTICE_EDITION_2023), _("the handout as published in July 2023 (default)"));
  printf("  %-8s %s\n", noticeEditionName(NOTICE_EDITION_CURRENT), _("the マイナポータル path as the portal shows it now"));

  return (0);
}


//
// 'log_cb()' - Print a core message on stderr.
//

static void
log_cb(void           *cbdata,		// I - Logging options
       notice_level_t level,		// I - Severity
       const char     *message)		// I - Message
{
  const preview_t *preview = (const preview_t *)cbdata;
					// What to do


  if (level == NOTICE_LEVEL_ERROR)
    fprintf(stderr, "onshi-notice-preview: %s\n", message);
  else if (level == NOTICE_LEVEL_WARNING)
    fprintf(stderr, "onshi-notice-preview: %s%s\n", _("Warning: "), message);
  else if (preview->verbose)
    fprintf(stderr, "onshi-notice-preview: %s\n", message);
}


//
// 'parse_args()' - Read the command line into what to do.
//
// Options may come before, between or after the code and the file name.
// Every option goes through the core's vocabulary as soon as it is read, so
// the preview accepts and refuses exactly what the filter does; a refused
// value stops the program with the core's message.
//

static bool				// O - `true` to go on, `false` to exit with *status
parse_args(int       argc,		// I - Number of command-line arguments
           char      *argv[],		// I - Command-line arguments
           preview_t *preview,		// O - What to do
           int       *status)		// O - Exit status when returning `false`
{
  const char	*data_dir,		// Data directory
		*filename,		// Output file, NULL if none
		*ext;			// Extension of the output file
  int		opt;			// Current option
  bool		ok = true;		// Were all options valid?


  memset(preview, 0, sizeof(preview_t));
  *status = 1;

  if ((data_dir = getenv("ONSHI_NOTICE_DATADIR")) == NULL || !*data_dir)
    data_dir = NOTICE_DATADIR;

  // The data folder and the output file come first: the language option
  // looks into the folder, the file's extension picks the format, and the
  // format what a resolution means (a PNG is 150 dpi unless --resolution
  // says otherwise)...
  filename = find_names(argc, argv, &data_dir);

  noticeOptionsInit(&preview->options, data_dir);

  if (filename && (ext = strrchr(filename, '.')) != NULL && !strcasecmp(ext, ".png"))
  {
    preview->options.format     = NOTICE_FORMAT_PNG;
    preview->options.resolution = 150;
  }

  // Then the options, in the order given...
  while (ok && (opt = getopt_long(argc, argv, short_options, long_options, NULL)) != -1)
  {
    switch (opt)
    {
      case 'L' :
          preview->list = true;
          break;
      case 'R' :
          break;			// Read by find_names()
      case 'v' :
          preview->verbose = true;
          break;
      case 'h' :
          *status = usage(stdout, 0);
          return (false);
      case 'V' :
          puts(PACKAGE_NAME " " PACKAGE_VERSION);
          *status = 0;
          return (false);
      case '?' :
          *status = usage(stderr, 1);
          return (false);
      default :				// An option of the notice
          ok = set_arg(preview, opt, optarg);
          break;
    }
  }

  if (!ok)
    return (false);

  if (preview->list)
  {
    if (optind == argc)
      return (true);

    *status = usage(stderr, 1);
    return (false);
  }

  if (argc - optind != 2)
  {
    *status = usage(stderr, 1);
    return (false);
  }

  preview->code     = argv[optind];
  preview->filename = argv[optind + 1];

  return (true);
}


//
// 'parse_date()' - Turn YYYY-MM-DD into local noon of that day.
//

static bool				// O - `true` if valid
parse_date(const char *value,		// I - Date
           time_t     *t)		// O - Time
{
  struct tm	tm;			// Broken-down time
  int		year,			// Year
		month,			// Month
		day;			// Day
  char		extra;			// Anything after the date


  if (sscanf(value, "%4d-%2d-%2d%c", &year, &month, &day, &extra) != 3 || year < 1970 || month < 1 || month > 12 || day < 1 || day > 31)
    return (false);

  memset(&tm, 0, sizeof(tm));
  tm.tm_year  = year - 1900;
  tm.tm_mon   = month - 1;
  tm.tm_mday  = day;
  tm.tm_hour  = 12;
  tm.tm_isdst = -1;

  // mktime() normalises 02-30 to 03-02: refuse dates that move...
  if ((*t = mktime(&tm)) == (time_t)-1 || tm.tm_mday != day || tm.tm_mon != month - 1)
    return (false);

  return (true);
}


//
// 'render()' - Print the code as a job, into a file or onto stdout.
//

static int				// O - Exit status
render(const preview_t *preview)	// I - What to do
{
  notice_callbacks_t	cb;		// Callbacks for the core
  notice_summary_t	summary;	// What was printed
  preview_buffer_t	output = { NULL, 0 };
					// PDF or PNG, in memory
  FILE			*job,		// The code as a job
			*out;		// Output file
  bool			ok;		// Did it work?


  cb.log_cb    = log_cb;
  cb.cancel_cb = NULL;
  cb.cbdata    = (void *)preview;

  // Print the code as a job, into memory...
  if ((job = fmemopen((void *)preview->code, strlen(preview->code), "rb")) == NULL)
    return (1);

  ok = noticePrintJob(job, &preview->options, &cb, write_buffer, &output, &summary);
  fclose(job);

  // A banner page prints nothing: no empty file for it...
  if (ok && summary.kind == NOTICE_JOBKIND_BANNER)
  {
    fprintf(stderr, "onshi-notice-preview: %s\n", _("That is a CUPS banner page, which the notice queue does not print."));
    ok = false;
  }

  // Then write it out whole, so that a failed job leaves no file...
  if (ok && !strcmp(preview->filename, "-"))
  {
    ok = fwrite(output.data, 1, output.length, stdout) == output.length && !fflush(stdout);
  }
  else if (ok)
  {
    if ((out = fopen(preview->filename, "wb")) == NULL || fwrite(output.data, 1, output.length, out) != output.length)
      ok = false;
    if (out && fclose(out))
      ok = false;
    if (!ok)
      {
      fputs("onshi-notice-preview: ", stderr);
      fprintf(stderr, _("Unable to write \"%s\": %s\n"), preview->filename, strerror(errno));
    }
  }

  free(output.data);

  return (ok ? 0 : 1);
}


//
// 'set_arg()' - Set the notice's option for one command-line option.
//

static bool				// O - `true` if the value was taken
set_arg(preview_t  *preview,		// IO - What to do
        int        opt,			// I  - Option letter
        const char *arg)		// I  - Its argument or NULL
{
  char		value[32];		// Option value
  int		i,			// Looping var
		num_options;		// Number of -o options
  cups_option_t	*options;		// -o options
  time_t	t;			// Date of issue
  bool		ok = true;		// Were all options valid?


  switch (opt)
  {
    case 'l' :
        return (set_option(preview, "notice-language", arg));
    case 'e' :
        return (set_option(preview, "notice-edition", arg));
    case 'p' :
        return (set_option(preview, "media", arg));
    case 'd' :
        if (!parse_date(arg, &t))
        {
          fputs("onshi-notice-preview: ", stderr);
          fprintf(stderr, _("Bad date \"%s\", use YYYY-MM-DD.\n"), arg);
          return (false);
        }
        snprintf(value, sizeof(value), "%ld", (long)t);
        return (set_option(preview, "time-at-creation", value));
    case 'D' :
        return (set_option(preview, "notice-date", "off"));
    case 'n' :
        return (set_option(preview, "notice-clinic-name", arg));
    case 'c' :
        return (set_option(preview, "notice-clinic-contact", arg));
    case 'o' :
        options     = NULL;
        num_options = cupsParseOptions(arg, 0, &options);
        for (i = 0; ok && i < num_options; i ++)
          ok = set_option(preview, options[i].name, options[i].value);
        cupsFreeOptions(num_options, options);
        return (ok);
    case 'r' :
        return (set_option(preview, "printer-resolution", arg));
    default :
        return (false);
  }
}


//
// 'set_option()' - Set one option through the core's vocabulary.
//
// A refused value or an unknown option ends the program; a changed value
// is a warning.
//

static bool				// O - `true` if the value was taken
set_option(preview_t  *preview,		// IO - What to do
           const char *name,		// I  - Option name
           const char *value)		// I  - Value
{
  char	message[512];			// Why it was refused or changed


  switch (noticeOptionsSet(&preview->options, name, value, message, sizeof(message)))
  {
    case NOTICE_VERDICT_TAKEN :
        return (true);
    case NOTICE_VERDICT_CHANGED :
        fprintf(stderr, "onshi-notice-preview: %s%s\n", _("Warning: "), message);
        return (true);
    case NOTICE_VERDICT_REFUSED :
        fprintf(stderr, "onshi-notice-preview: %s\n", message);
        return (false);
    default :
        fputs("onshi-notice-preview: ", stderr);
        fprintf(stderr, _("Unknown option \"%s\" - see onshi-notice-preview(1).\n"), name);
        return (false);
  }
}


//
// 'usage()' - Show how to use the program.
//

static int				// O - Exit status
usage(FILE *out,			// I - Where to print
      int  status)			// I - Exit status to return
{
  fputs(_("Usage: onshi-notice-preview --list\n"
          "       onshi-notice-preview [options] CODE FILE.pdf|FILE.png|-\n"
          "\n"
          "Writes the notice for CODE (see --list) as a PDF, or as a PNG image when\n"
          "FILE ends in .png; \"-\" writes the PDF to standard output.\n"
          "\n"
          "Options:\n"
          "  -l, --language LANG        ja (default) or another of --list\n"
          "  -e, --edition EDITION      2023 (default) or current\n"
          "  -p, --paper NAME           A4 (default) or another paper the filter supports\n"
          "  -d, --date YYYY-MM-DD      date of issue (default: today)\n"
          "  -D, --no-date              leave the date off\n"
          "  -n, --clinic-name TEXT     clinic's name\n"
          "  -c, --clinic-contact TEXT  clinic's contact\n"
          "  -o NAME=VALUE              any option of the filter, as with lp -o\n"
          "  -r, --resolution DPI       resolution of a PNG, 36 to 600 (default 150)\n"
          "      --data-dir DIR         notice data (default: the installed data)\n"
          "  -v, --verbose              show the filter's debug messages\n"
          "  -h, --help                 show this help\n"
          "      --version              show the version\n"), out);

  return (status);
}


//
// 'write_buffer()' - Collect output in memory.
//

static bool				// O - `true` on success
write_buffer(void                *cbdata,
					// I - Buffer
             const unsigned char *bytes,// I - Bytes
             size_t              length)// I - Number of bytes
{
  preview_buffer_t	*buffer = (preview_buffer_t *)cbdata;
					// Buffer
  unsigned char		*temp;		// Grown data


  if ((temp = realloc(buffer->data, buffer->length + length)) == NULL)
    return (false);

  buffer->data = temp;
  memcpy(buffer->data + buffer->length, bytes, length);
  buffer->length += length;

  return (true);
}
