//
// Public interface of the onshi-notice core: a job holding a status code in,
// the printed patient notice out.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The core knows nothing of CUPS: it takes an input stream, an options struct,
// a write callback for the output and callbacks for logging and cancellation.
// This is the only header a front end (the CUPS filter, the setup command,
// the preview, the result-file watcher, a Printer Application) includes; the
// core's other headers are private to core/.
//

#ifndef NOTICE_H
#  define NOTICE_H
#  include <stdbool.h>
#  include <stddef.h>
#  include <stdio.h>
#  include <time.h>

#  define NOTICE_LANGUAGE_DEFAULT "ja"	// Language of the original notice
#  define NOTICE_CLINIC_NAME_MAX 40	// Longest clinic name printed, in characters
#  define NOTICE_CLINIC_CONTACT_MAX 60	// Longest clinic contact printed, in characters
#  define NOTICE_COPIES_MAX	100	// Most copies of one notice
#  define NOTICE_JOB_MAX	4096	// Largest job in bytes: a code is a few bytes
#  define NOTICE_LANGUAGES_MAX	32	// Most languages a catalog lists
#  define NOTICE_MARGIN_MAX_PT	144.0	// Widest unprintable margin accepted: 2 inches
#  define NOTICE_RESOLUTION_MIN	36	// Lowest resolution accepted, in dots per inch
#  define NOTICE_RESOLUTION_MAX	600	// Highest resolution accepted, in dots per inch
#  define NOTICE_TAG_MAX	16	// Size of a language tag buffer

// Messages for people are looked up in the gettext catalog "onshi-notice"
// (po/, read by core/messages.c).  noticeLog() translates its format itself,
// except at the debug level: debug lines stay in English.  Other texts are
// marked _() where they are used, or N_() where a table holds them and _()
// translates them later.
#  define NOTICE_TEXTDOMAIN	"onshi-notice"
#  ifndef _
#    define _(text)	noticeTranslate(text)
#  endif // !_
#  ifndef N_
#    define N_(text)	text
#  endif // !N_


//
// Types...
//

typedef enum notice_level_e		// Severity of a log message
{
  NOTICE_LEVEL_DEBUG,			// Details for the log only
  NOTICE_LEVEL_INFO,			// Progress worth showing
  NOTICE_LEVEL_WARNING,			// Something was ignored or replaced
  NOTICE_LEVEL_ERROR			// The job cannot be printed
} notice_level_t;

typedef enum notice_status_e		// Eligibility status the verification terminal showed
{
  NOTICE_STATUS_INVALID,		// 「資格（無効）」
  NOTICE_STATUS_NO_RECORD,		// 「資格情報なし」
  NOTICE_STATUS_COUNT			// Number of statuses
} notice_status_t;

typedef enum notice_lookup_e		// Outcome of looking up a job's text
{
  NOTICE_LOOKUP_FOUND,			// A code that has a notice
  NOTICE_LOOKUP_EMPTY,			// Nothing but white space
  NOTICE_LOOKUP_UNKNOWN,		// A line that is no accepted spelling
  NOTICE_LOOKUP_NO_NOTICE,		// A valid status that needs no notice
  NOTICE_LOOKUP_SEVERAL,		// Different codes in one job
  NOTICE_LOOKUP_BINARY,			// NUL bytes or control characters
  NOTICE_LOOKUP_BAD_ENCODING		// Not UTF-8, Shift_JIS or EUC-JP
} notice_lookup_t;

typedef enum notice_jobkind_e		// What a job holds
{
  NOTICE_JOBKIND_CODE,			// A status code (or something refused as one)
  NOTICE_JOBKIND_TEST_PAGE,		// A print system's test page: prints a sample notice
  NOTICE_JOBKIND_BANNER			// A print system's banner page: prints nothing
} notice_jobkind_t;

typedef enum notice_edition_e		// Edition of the notice text
{
  NOTICE_EDITION_2023,			// The handout as published in July 2023
  NOTICE_EDITION_CURRENT,		// The マイナポータル path as the portal shows it now
  NOTICE_EDITION_COUNT			// Number of editions
} notice_edition_t;

typedef enum notice_format_e		// Output format
{
  NOTICE_FORMAT_PDF,			// application/pdf
  NOTICE_FORMAT_PWG,			// image/pwg-raster (IPP Everywhere)
  NOTICE_FORMAT_URF,			// image/urf (Apple raster, AirPrint)
  NOTICE_FORMAT_PS,			// application/postscript
  NOTICE_FORMAT_PNG			// image/png, for previews only
} notice_format_t;

typedef enum notice_color_e		// Colour space and depth of raster output
{
  NOTICE_COLOR_SGRAY_8,			// sgray_8: 8-bit grey, smooth edges
  NOTICE_COLOR_BLACK_1			// black_1: 1-bit black, thresholded
} notice_color_t;

typedef enum notice_verdict_e		// What an options setter made of a value
{
  NOTICE_VERDICT_TAKEN,			// Taken as given
  NOTICE_VERDICT_CHANGED,		// Taken with a change that the message states
  NOTICE_VERDICT_REFUSED,		// Refused, the option unchanged; the message says why
  NOTICE_VERDICT_UNKNOWN		// Not an option of the notice
} notice_verdict_t;

typedef enum notice_optionkind_e	// What kind of name an option has
{
  NOTICE_OPTION_JOB,			// A job option by its IPP name ("media")
  NOTICE_OPTION_NOTICE,			// The notice's own, also a PPD option and queue default
  NOTICE_OPTION_ALIAS			// A PPD name of a job option ("PageSize")
} notice_optionkind_t;

typedef void (*notice_log_cb_t)(void *cbdata, notice_level_t level, const char *message);
					// Log callback: one line, no newline
typedef bool (*notice_cancel_cb_t)(void *cbdata);
					// Cancel callback: true to stop now
typedef bool (*notice_write_cb_t)(void *cbdata, const unsigned char *buffer, size_t bytes);
					// Output callback: true on success

typedef struct notice_callbacks_s	// What the front end provides
{
  notice_log_cb_t	log_cb;		// Log callback or NULL
  notice_cancel_cb_t	cancel_cb;	// Cancel callback or NULL
  void			*cbdata;	// Data for both callbacks
} notice_callbacks_t;

typedef struct notice_options_s		// Everything that shapes one job's output
{
  char			data_dir[1024];	// Directory of codes and notice texts
  notice_format_t	format;		// Output format
  char			media[64];	// PWG media name of the page
  double		page_width_pt;	// Page width in points
  double		page_height_pt;	// Page height in points
  double		margin_pt;	// Printer's unprintable margin in points, 0 if none
  int			resolution;	// Raster resolution in dots per inch
  notice_color_t	color;		// Raster colour space and depth
  int			band_rows;	// Raster rows drawn at a time, 0 for automatic
  char			media_type[64];	// Raster MediaType (IPP media-type), "" for the printer's
  unsigned		media_position;	// Raster MediaPosition (IPP media-source), 0 for auto
  int			print_quality;	// Raster PrintQuality: 0 default, 3 draft, 4 normal, 5 high
  int			copies;		// Copies this program emits (1 when the printer copies)
  time_t		job_time;	// Time the job was created, 0 if unknown

  // What the notice says: language, edition, date and the clinic's details
  // (set them with noticeOptionsSet(), which checks and cleans them)...
  char			language[NOTICE_TAG_MAX];
					// Language tag, such as "ja" or "pt-BR"
  notice_edition_t	edition;	// Edition of the text
  bool			show_date;	// Print the date of issue?
  char			clinic_name[4 * NOTICE_CLINIC_NAME_MAX + 1];
					// Clinic's name (UTF-8), "" for none
  char			clinic_contact[4 * NOTICE_CLINIC_CONTACT_MAX + 1];
					// Clinic's contact (UTF-8), "" for none
  bool			sample;		// Mark the page as a sample, never for a patient?
} notice_options_t;

typedef struct notice_optioninfo_s	// An option name the core accepts
{
  const char		*name;		// Name, such as "notice-language"
  notice_optionkind_t	kind;		// Job option, the notice's own, or alias
} notice_optioninfo_t;

typedef struct notice_paper_s		// A paper the notice is laid out for
{
  const char	*pwg;			// PWG self-describing name ("iso_a4_210x297mm")
  const char	*ppd;			// PPD PageSize name ("A4")
  const char	*legacy;		// Legacy IPP name ("iso-a4")
  int		width,			// Width in hundredths of millimetres (PWG units)
		length;			// Length in hundredths of millimetres
} notice_paper_t;

typedef struct notice_formatinfo_s	// An output format by its names
{
  notice_format_t format;		// Format
  const char	*keyword;		// Short name ("pdf")
  const char	*mime_type;		// MIME media type ("application/pdf")
  bool		printable;		// Can a printer receive it (not a preview format)?
} notice_formatinfo_t;

typedef struct notice_language_s	// An installed notice language
{
  char		tag[NOTICE_TAG_MAX];	// Language tag, such as "pt-BR"
  char		name[128];		// Name of the language in itself
  bool		translation;		// A reference translation above the Japanese original?
  char		status_label[NOTICE_STATUS_COUNT][256];
					// Text of the status box for each status
} notice_language_t;

typedef struct notice_codes_s notice_codes_t;
					// Table of the spellings a job may hold

typedef struct notice_jobcode_s		// What a job's text turned out to be
{
  notice_lookup_t	lookup;		// Outcome
  notice_status_t	status;		// Status, when found
  const char		*encoding;	// Encoding the text was read in, or NULL
  const char		*reason;	// Why no notice is needed (from codes.txt), for NO_NOTICE
  char			line[64];	// Unrecognised line, printable and cut short, for UNKNOWN
} notice_jobcode_t;

typedef struct notice_summary_s		// What a finished job produced
{
  notice_status_t	status;		// Status the notice was printed for
  int			pages;		// Pages written
  bool			refused;	// Refused for what the job holds, nothing written
  notice_jobkind_t	kind;		// What the job held: a code, a test page or a banner
} notice_summary_t;


//
// Functions...
//

// Printing a job...
extern bool	noticePrintJob(FILE *job, const notice_options_t *options, const notice_callbacks_t *cb, notice_write_cb_t write_cb, void *write_data, notice_summary_t *summary);

// Options: defaults, the vocabulary every front end shares, and the values
// only a front end knows (the printer's margin, copies and raster details)...
extern void	noticeOptionsInit(notice_options_t *options, const char *data_dir);
extern notice_verdict_t noticeOptionsSet(notice_options_t *options, const char *name, const char *value, char *message, size_t msgsize);
extern notice_verdict_t noticeOptionsSetCopies(notice_options_t *options, int copies, char *message, size_t msgsize);
extern notice_verdict_t noticeOptionsSetMargin(notice_options_t *options, double margin_pt, char *message, size_t msgsize);
extern notice_verdict_t noticeOptionsSetRaster(notice_options_t *options, notice_color_t color, const char *media_type, unsigned media_position, int print_quality, char *message, size_t msgsize);
extern const notice_optioninfo_t *noticeOptionInfo(size_t n);

// Names of statuses, editions, formats and papers...
extern bool	noticeEditionFromName(const char *name, notice_edition_t *edition);
extern const char *noticeEditionName(notice_edition_t edition);
extern bool	noticeFormatFromName(const char *name, notice_format_t *format);
extern const notice_formatinfo_t *noticeFormatInfo(notice_format_t format);
extern const notice_paper_t *noticePaperFind(const char *name);
extern const notice_paper_t *noticePapers(size_t *count);
extern bool	noticeStatusFromName(const char *name, notice_status_t *status);
extern const char *noticeStatusName(notice_status_t status);

// The installed notice texts and the codes a job may hold...
extern bool	noticeCodesGet(const notice_codes_t *codes, size_t n, const char **spelling, bool *has_notice, notice_status_t *status);
extern void	noticeCodesDelete(notice_codes_t *codes);
extern notice_codes_t *noticeCodesLoad(const char *data_dir, const notice_callbacks_t *cb);
extern notice_lookup_t noticeCodesLookup(const notice_codes_t *codes, const char *bytes, size_t length, notice_jobcode_t *jobcode);
extern bool	noticeLanguageInfo(const char *data_dir, const char *tag, notice_language_t *info, const notice_callbacks_t *cb);
extern size_t	noticeLanguageList(const char *data_dir, char tags[][NOTICE_TAG_MAX], size_t max);

// Logging through the callbacks, for the core and front ends alike, and
// the language of the messages...
extern bool	noticeIsCanceled(const notice_callbacks_t *cb);
extern void	noticeLog(const notice_callbacks_t *cb, notice_level_t level, const char *format, ...) __attribute__((format(printf, 3, 4)));
#  define noticeDebug(cb, ...)	noticeLog((cb), NOTICE_LEVEL_DEBUG, __VA_ARGS__)
					// Log an English debug line
extern void	noticeSetLocale(const char *localedir, const char *lc_all, const char *lc_messages, const char *lang, const char *language);
extern const char *noticeTranslate(const char *text) __attribute__((format_arg(1)));

#endif // !NOTICE_H
