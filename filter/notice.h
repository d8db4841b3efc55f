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
// The CUPS filter's main() is one front end; a Printer Application can be
// another.
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

typedef enum notice_result_e		// What the verification terminal showed
{
  NOTICE_RESULT_INVALID,		// 「資格（無効）」
  NOTICE_RESULT_NO_RECORD,		// 「資格情報なし」
  NOTICE_RESULT_COUNT			// Number of results
} notice_result_t;

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

typedef enum notice_verdict_e		// What noticeOptionsSet() made of a value
{
  NOTICE_VERDICT_TAKEN,			// Taken as given
  NOTICE_VERDICT_CHANGED,		// Taken with a change that the message states
  NOTICE_VERDICT_REFUSED,		// Refused, the option unchanged; the message says why
  NOTICE_VERDICT_UNKNOWN		// Not an option of the notice
} notice_verdict_t;

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
  char			language[16];	// Language tag, such as "ja" or "pt-BR"
  notice_edition_t	edition;	// Edition of the text
  bool			show_date;	// Print the date of issue?
  char			clinic_name[4 * NOTICE_CLINIC_NAME_MAX + 1];
					// Clinic's name (UTF-8), "" for none
  char			clinic_contact[4 * NOTICE_CLINIC_CONTACT_MAX + 1];
					// Clinic's contact (UTF-8), "" for none
} notice_options_t;

typedef struct notice_summary_s		// What a finished job produced
{
  notice_result_t	result;		// Result the notice was printed for
  int			pages;		// Pages written
  bool			refused;	// Refused for what the job holds, nothing written
} notice_summary_t;


//
// Functions...
//

extern bool	noticeEditionFromName(const char *name, notice_edition_t *edition);
extern const char *noticeEditionName(notice_edition_t edition);
extern void	noticeOptionsInit(notice_options_t *options, const char *data_dir);
extern notice_verdict_t noticeOptionsSet(notice_options_t *options, const char *name, const char *value, char *message, size_t msgsize);
extern void	noticeOptionsSetClinic(notice_options_t *options, const char *name, const char *contact, const notice_callbacks_t *cb);
extern bool	noticeResultFromName(const char *name, notice_result_t *result);
extern const char *noticeResultName(notice_result_t result);
extern bool	noticePrintJob(FILE *job, const notice_options_t *options, const notice_callbacks_t *cb, notice_write_cb_t write_cb, void *write_data, notice_summary_t *summary);

#endif // !NOTICE_H
