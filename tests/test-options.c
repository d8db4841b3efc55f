//
// Unit tests for the CUPS adapter of the options (filter/cups-options.c);
// the vocabulary itself is tested in test-vocabulary.c.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"
#include "cups-options.h"
#include "cupsfilters-compat.h"
#include <unistd.h>


//
// 'resolve()' - Resolve options the way the filter's main() does.
//

static bool				// O - Result of noticeOptionsFromCUPS()
resolve(const char       *argv5,	// I - Job options
        int              copies,	// I - Copies argument
        const char       *ppdfile,	// I - PPD file or NULL
        const char       *final_type,	// I - FINAL_CONTENT_TYPE or NULL
        notice_options_t *options,	// O - Options
        unit_log_t       *log)		// O - Log
{
  notice_cupsjob_t	job;		// What CUPS says
  notice_callbacks_t	cb = unit_callbacks(log);
					// Callbacks
  bool			ok;		// Result


  noticeOptionsInit(options, TEST_DATADIR);

  job.num_options = cupsParseOptions(argv5, 0, &job.options);
  job.copies      = copies;
  job.ppdfile     = ppdfile;
  job.final_type  = final_type;

  ok = noticeOptionsFromCUPS(options, &job, &cb);
  cupsFreeOptions(job.num_options, job.options);

  return (ok);
}


//
// 'write_ppd()' - Copy one of our PPDs with some lines replaced.
//
// "defaults" holds pairs of a line prefix and the line that replaces it.
//

static void
write_ppd(char               *ppdfile,	// IO - Template for mkstemp()
          const char         *source,	// I  - Our PPD's file name
          const char * const *defaults,	// I  - Prefixes and replacement lines
          size_t             count)	// I  - Number of strings in defaults
{
  FILE		*in,			// Our PPD
		*out;			// Copy
  char		line[1024],		// Line of PPD
		path[1024];		// Our PPD's path
  int		fd;			// Temporary file
  size_t	i;			// Looping var


  snprintf(path, sizeof(path), "%s/%s", TEST_PPDDIR, source);
  in = fopen(path, "r");
  assert_non_null(in);
  fd = mkstemp(ppdfile);
  assert_true(fd >= 0);
  out = fdopen(fd, "w");
  assert_non_null(out);

  while (fgets(line, sizeof(line), in))
  {
    for (i = 0; i < count; i += 2)
    {
      if (!strncmp(line, defaults[i], strlen(defaults[i])))
        break;
    }

    if (i < count)
      fprintf(out, "%s\n", defaults[i + 1]);
    else
      fputs(line, out);
  }

  fclose(in);
  fclose(out);
}


//
// 'test_ppd_defaults()' - The PPD gives A4 and leaves copies to the printer.
//

static void
test_ppd_defaults(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log


  (void)state;

  assert_true(resolve("", 3, TEST_PPDDIR "/onshi-notice.ppd", "application/pdf", &options, &log));
  assert_string_equal(options.media, "iso_a4_210x297mm");
  assert_true(options.page_width_pt > 595.27 && options.page_width_pt < 595.28);
  assert_true(options.page_height_pt > 841.88 && options.page_height_pt < 841.9);
  assert_int_equal(options.copies, 1);
  assert_int_equal(options.format, NOTICE_FORMAT_PDF);
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
}


//
// 'test_media()' - The job's paper, by any of its names, wins over the default.
//

static void
test_media(void **state)		// I - Unused
{
  static const char * const a5[] =	// Ways a job asks for A5
  {
    "media=iso_a5_148x210mm",
    "media=A5",
    "PageSize=A5",
    "media=iso-a5"
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(a5) / sizeof(a5[0]); i ++)
  {
    assert_true(resolve(a5[i], 1, TEST_PPDDIR "/onshi-notice.ppd", NULL, &options, &log));
    assert_string_equal(options.media, "iso_a5_148x210mm");

    assert_true(resolve(a5[i], 1, NULL, NULL, &options, &log));
    assert_string_equal(options.media, "iso_a5_148x210mm");
    assert_true(options.page_width_pt > 419.5 && options.page_width_pt < 419.6);
  }

  // JIS B5 and US Letter, by their PWG and PPD names...
  assert_true(resolve("media=jis_b5_182x257mm", 1, NULL, NULL, &options, &log));
  assert_string_equal(options.media, "jis_b5_182x257mm");
  assert_true(resolve("PageSize=B5", 1, TEST_PPDDIR "/onshi-notice-pwg.ppd", "image/pwg-raster", &options, &log));
  assert_string_equal(options.media, "jis_b5_182x257mm");
  assert_true(options.page_width_pt > 515.9 && options.page_width_pt < 516.0);
  assert_true(resolve("media=na_letter_8.5x11in", 1, NULL, NULL, &options, &log));
  assert_string_equal(options.media, "na_letter_8.5x11in");
  assert_true(resolve("PageSize=Letter", 1, TEST_PPDDIR "/onshi-notice-ps.ppd", "application/postscript", &options, &log));
  assert_string_equal(options.media, "na_letter_8.5x11in");
  assert_true(options.page_width_pt == 612.0 && options.page_height_pt == 792.0);
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);

  // Paper the notice is not laid out for falls back to A4 with a warning...
  assert_true(resolve("media=na_legal_8.5x14in", 1, NULL, NULL, &options, &log));
  assert_string_equal(options.media, "iso_a4_210x297mm");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);

  assert_true(resolve("media=../../etc/passwd", 1, NULL, NULL, &options, &log));
  assert_string_equal(options.media, "iso_a4_210x297mm");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);
}


//
// 'test_manual_copies()' - Copies are made here when the PPD says so.
//

static void
test_manual_copies(void **state)	// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  char			ppdfile[] = "/tmp/onshi-notice-XXXXXX";
					// Temporary PPD
  static const char * const manual[] =	// The printer cannot make copies
  {
    "*cupsManualCopies:", "*cupsManualCopies: True"
  };


  (void)state;

  write_ppd(ppdfile, "onshi-notice.ppd", manual, 2);

  assert_true(resolve("", 3, ppdfile, NULL, &options, &log));
  assert_int_equal(options.copies, 3);

  assert_true(resolve("", 1000, ppdfile, NULL, &options, &log));
  assert_int_equal(options.copies, 1);
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);

  // The PPDs that drive a printer directly make copies here...
  assert_true(resolve("", 3, TEST_PPDDIR "/onshi-notice-pwg.ppd", "image/pwg-raster", &options, &log));
  assert_int_equal(options.copies, 3);
  assert_true(resolve("", 3, TEST_PPDDIR "/onshi-notice-urf.ppd", "image/urf", &options, &log));
  assert_int_equal(options.copies, 3);
  assert_true(resolve("", 3, TEST_PPDDIR "/onshi-notice-ps.ppd", "application/postscript", &options, &log));
  assert_int_equal(options.copies, 3);

  unlink(ppdfile);
}


//
// 'test_job_time()' - The job's creation time is used when well-formed.
//

static void
test_job_time(void **state)		// I - Unused
{
  static const char * const bad[] =	// Malformed times
  {
    "time-at-creation=",
    "time-at-creation=abc",
    "time-at-creation=12x",
    "time-at-creation=-5",
    "time-at-creation=99999999999999999999"
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  assert_true(resolve("time-at-creation=1764000000", 1, NULL, NULL, &options, &log));
  assert_int_equal(options.job_time, 1764000000);

  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i ++)
  {
    assert_true(resolve(bad[i], 1, NULL, NULL, &options, &log));
    assert_int_equal(options.job_time, 0);
    assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);
  }
}


//
// 'test_output_type()' - Each output type the PPDs name gives its format.
//

static void
test_output_type(void **state)		// I - Unused
{
  static const struct
  {
    const char		*final_type;	// FINAL_CONTENT_TYPE
    notice_format_t	format;		// Expected format
  } good[] =
  {
    { NULL,			NOTICE_FORMAT_PDF },
    { "application/pdf",	NOTICE_FORMAT_PDF },
    { "image/pwg-raster",	NOTICE_FORMAT_PWG },
    { "image/urf",		NOTICE_FORMAT_URF },
    { "application/postscript",	NOTICE_FORMAT_PS }
  };
  static const char * const bad[] =	// Types this filter cannot write
  {
    "application/vnd.cups-raster",
    "image/png",
    "image/pwg-raster2",
    ""
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(good) / sizeof(good[0]); i ++)
  {
    assert_true(resolve("", 1, NULL, good[i].final_type, &options, &log));
    assert_int_equal(options.format, good[i].format);
  }

  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i ++)
  {
    assert_false(resolve("", 1, NULL, bad[i], &options, &log));
    assert_non_null(strstr(log.last_error, "onshi-notice cannot write"));
  }
}


//
// 'test_raster()' - Resolution and colour from job options and PPD defaults.
//

static void
test_raster(void **state)		// I - Unused
{
  static const struct
  {
    const char		*argv5;		// Job options
    const char		*ppd;		// PPD in the build tree or NULL
    const char		*final_type;	// Output type
    int			resolution;	// Expected resolution
    notice_color_t	color;		// Expected colour
    int			warnings;	// Expected warnings
  } cases[] =
  {
    { "",						"onshi-notice-pwg.ppd",	"image/pwg-raster",	600, NOTICE_COLOR_SGRAY_8, 0 },
    { "",						NULL,			"image/pwg-raster",	600, NOTICE_COLOR_SGRAY_8, 0 },
    { "Resolution=300dpi",				"onshi-notice-pwg.ppd",	"image/pwg-raster",	300, NOTICE_COLOR_SGRAY_8, 0 },
    { "printer-resolution=300dpi",			"onshi-notice-pwg.ppd",	"image/pwg-raster",	300, NOTICE_COLOR_SGRAY_8, 0 },
    { "printer-resolution=300dpi Resolution=600dpi",	"onshi-notice-pwg.ppd",	"image/pwg-raster",	300, NOTICE_COLOR_SGRAY_8, 0 },
    { "Resolution=1200dpi",				"onshi-notice-pwg.ppd",	"image/pwg-raster",	600, NOTICE_COLOR_SGRAY_8, 0 },
    { "printer-resolution=1200dpi",			NULL,			"image/pwg-raster",	600, NOTICE_COLOR_SGRAY_8, 1 },
    { "printer-resolution=150dpi",			NULL,			"image/pwg-raster",	300, NOTICE_COLOR_SGRAY_8, 1 },
    { "printer-resolution=300x600dpi",			NULL,			"image/pwg-raster",	600, NOTICE_COLOR_SGRAY_8, 1 },
    { "ColorModel=Black",				"onshi-notice-pwg.ppd",	"image/pwg-raster",	600, NOTICE_COLOR_BLACK_1, 0 },
    { "print-color-mode=bi-level",			"onshi-notice-pwg.ppd",	"image/pwg-raster",	600, NOTICE_COLOR_BLACK_1, 0 },
    { "print-color-mode=bi-level ColorModel=Grayscale",	"onshi-notice-pwg.ppd",	"image/pwg-raster",	600, NOTICE_COLOR_BLACK_1, 0 },
    { "print-color-mode=monochrome ColorModel=Black",	"onshi-notice-pwg.ppd",	"image/pwg-raster",	600, NOTICE_COLOR_BLACK_1, 0 },
    { "print-color-mode=monochrome",			"onshi-notice-pwg.ppd",	"image/pwg-raster",	600, NOTICE_COLOR_SGRAY_8, 0 },
    { "print-color-mode=monochrome",			NULL,			"image/pwg-raster",	600, NOTICE_COLOR_SGRAY_8, 0 },
    { "print-color-mode=color",				NULL,			"image/pwg-raster",	600, NOTICE_COLOR_SGRAY_8, 0 },
    { "print-color-mode=bi-level",			"onshi-notice-urf.ppd",	"image/urf",		600, NOTICE_COLOR_SGRAY_8, 0 },
    { "Resolution=300dpi",				"onshi-notice-urf.ppd",	"image/urf",		300, NOTICE_COLOR_SGRAY_8, 0 }
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  char			ppdfile[1024];	// PPD file
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    if (cases[i].ppd)
      snprintf(ppdfile, sizeof(ppdfile), "%s/%s", TEST_PPDDIR, cases[i].ppd);

    if (!resolve(cases[i].argv5, 1, cases[i].ppd ? ppdfile : NULL, cases[i].final_type, &options, &log))
      fail_msg("\"%s\": %s", cases[i].argv5, log.last_error);

    if (options.resolution != cases[i].resolution || options.color != cases[i].color || log.count[NOTICE_LEVEL_WARNING] != cases[i].warnings)
      fail_msg("\"%s\" with %s: %d dpi, colour %d, %d warnings; expected %d dpi, colour %d, %d warnings", cases[i].argv5, cases[i].ppd ? cases[i].ppd : "no PPD", options.resolution, (int)options.color, log.count[NOTICE_LEVEL_WARNING], cases[i].resolution, (int)cases[i].color, cases[i].warnings);
  }
}


//
// 'test_raster_header()' - Both libcupsfilters branches build the same header.
//
// libcupsfilters 1.x and 2.x default differently (600 and 300 dpi), read
// the colour mode differently for PWG and Apple raster and round the page
// size differently; the header noticeCFRasterPrepareHeader() gives must not
// depend on which one is installed.  The numbers are those of a PWG raster
// page (PWG 5102.4): pixels = paper size in 1/100 mm * dpi / 2540, page size
// in whole points, US Letter when the job names no paper.
//

static void
test_raster_header(void **state)	// I - Unused
{
  static const struct
  {
    const char	*argv5;			// Job options
    bool	apple;			// Apple raster?
    unsigned	xdpi, ydpi;		// HWResolution
    unsigned	width, height;		// cupsWidth, cupsHeight
    int		cspace;			// cupsColorSpace
    unsigned	bpc, bpp;		// cupsBitsPerColor, cupsBitsPerPixel
    unsigned	bpl;			// cupsBytesPerLine
    unsigned	points_w, points_h;	// PageSize
    const char	*size_name;		// cupsPageSizeName
    unsigned	total;			// cupsInteger[TotalPageCount]
    unsigned	quality;		// cupsInteger[PrintQuality]
    unsigned	position;		// MediaPosition
    const char	*media_type;		// MediaType
  } cases[] =
  {
    // Defaults: 600 dpi, 24-bit sRGB, US Letter...
    { "",									false,	600,  600,  5100,  6600, 19, 8, 24, 15300, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "",									true,	600,  600,  5100,  6600, 19, 8, 24, 15300, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "printer-resolution=bogus",						false,	600,  600,  5100,  6600, 19, 8, 24, 15300, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },

    // Resolution, by IPP and PPD name...
    { "printer-resolution=300dpi",						false,	300,  300,  2550,  3300, 19, 8, 24,  7650, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "Resolution=300dpi",							false,	300,  300,  2550,  3300, 19, 8, 24,  7650, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "printer-resolution=300dpi Resolution=600dpi",			false,	300,  300,  2550,  3300, 19, 8, 24,  7650, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "printer-resolution=1200dpi",						false,	1200, 1200, 10200, 13200, 19, 8, 24, 30600, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "printer-resolution=300x600dpi",					false,	300,  600,  2550,  6600, 19, 8, 24,  7650, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "Resolution=300dpi",							true,	300,  300,  2550,  3300, 19, 8, 24,  7650, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },

    // Colour modes; Apple raster has no 1-bit black...
    { "print-color-mode=monochrome",					false,	600,  600,  5100,  6600, 18, 8,  8,  5100, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "print-color-mode=bi-level",						false,	600,  600,  5100,  6600,  3, 1,  1,   638, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "print-color-mode=color",						false,	600,  600,  5100,  6600, 19, 8, 24, 15300, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "print-color-mode=auto",						false,	600,  600,  5100,  6600, 19, 8, 24, 15300, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "print-color-mode=monochrome",					true,	600,  600,  5100,  6600, 18, 8,  8,  5100, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "print-color-mode=bi-level",						true,	600,  600,  5100,  6600, 18, 8,  8,  5100, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },

    // Paper, by PWG, PPD and "media" names...
    { "media=iso_a4_210x297mm",						false,	600,  600,  4960,  7015, 19, 8, 24, 14880, 595, 841, "iso_a4_210x297mm", 0, 0, 0, "" },
    { "PageSize=A4 printer-resolution=300dpi print-color-mode=bi-level",	false,	300,  300,  2480,  3507,  3, 1,  1,   310, 595, 841, "iso_a4_210x297mm", 0, 0, 0, "" },
    { "media=A5 print-color-mode=monochrome",				false,	600,  600,  3496,  4960, 18, 8,  8,  3496, 419, 595, "iso_a5_148x210mm", 0, 0, 0, "" },
    { "media=jis_b5_182x257mm printer-resolution=300dpi print-color-mode=bi-level", false, 300, 300, 2149, 3035, 3, 1, 1,   269, 515, 728, "jis_b5_182x257mm", 0, 0, 0, "" },
    { "media=na_letter_8.5x11in print-color-mode=monochrome",		false,	600,  600,  5100,  6600, 18, 8,  8,  5100, 612, 792, "na_letter_8.5x11in", 0, 0, 0, "" },
    { "media=A4 printer-resolution=300dpi",					true,	300,  300,  2480,  3507, 19, 8, 24,  7440, 595, 841, "iso_a4_210x297mm", 0, 0, 0, "" },

    // Page count, quality, tray and media type...
    { "job-impressions=3 print-color-mode=monochrome",			false,	600,  600,  5100,  6600, 18, 8,  8,  5100, 612, 792, "na_letter_8.5x11in", 3, 0, 0, "" },
    { "media-type=stationery-letterhead media-source=manual print-quality=5", false,	600,  600,  5100,  6600, 19, 8, 24, 15300, 612, 792, "na_letter_8.5x11in", 0, 5, 4, "stationery-letterhead" },
    { "print-quality=3 media-source=main",					false,	600,  600,  5100,  6600, 19, 8, 24, 15300, 612, 792, "na_letter_8.5x11in", 0, 3, 1, "" }
  };
  cups_page_header2_t	header;		// Header built
  cups_option_t		*options;	// Job options
  int			num_options;	// Number of job options
  size_t		i;		// Looping var


  (void)state;

  assert_false(noticeCFRasterPrepareHeader(NULL, 0, NULL, false));

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    options     = NULL;
    num_options = cupsParseOptions(cases[i].argv5, 0, &options);

    if (!noticeCFRasterPrepareHeader(&header, num_options, options, cases[i].apple))
      fail_msg("\"%s\" (%s): %s failed", cases[i].argv5, cases[i].apple ? "Apple" : "PWG", noticeCFLibrary());

    cupsFreeOptions(num_options, options);

    if (header.HWResolution[0] != cases[i].xdpi || header.HWResolution[1] != cases[i].ydpi || header.cupsWidth != cases[i].width || header.cupsHeight != cases[i].height || (int)header.cupsColorSpace != cases[i].cspace || header.cupsBitsPerColor != cases[i].bpc || header.cupsBitsPerPixel != cases[i].bpp || header.cupsBytesPerLine != cases[i].bpl || header.PageSize[0] != cases[i].points_w || header.PageSize[1] != cases[i].points_h || strcmp(header.cupsPageSizeName, cases[i].size_name) || header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount] != cases[i].total || header.cupsInteger[CUPS_RASTER_PWG_PrintQuality] != cases[i].quality || header.MediaPosition != cases[i].position || strcmp(header.MediaType, cases[i].media_type))
      fail_msg("\"%s\" (%s) with %s: %ux%u dpi, %ux%u pixels, colour space %d, %u/%u bits, %u bytes per line, %ux%u points \"%s\", total %u, quality %u, position %u, type \"%s\"", cases[i].argv5, cases[i].apple ? "Apple" : "PWG", noticeCFLibrary(), header.HWResolution[0], header.HWResolution[1], header.cupsWidth, header.cupsHeight, (int)header.cupsColorSpace, header.cupsBitsPerColor, header.cupsBitsPerPixel, header.cupsBytesPerLine, header.PageSize[0], header.PageSize[1], header.cupsPageSizeName, header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount], header.cupsInteger[CUPS_RASTER_PWG_PrintQuality], header.MediaPosition, header.MediaType);
  }
}


//
// 'test_raster_defaults()' - The queue's PPD defaults apply to every job.
//

static void
test_raster_defaults(void **state)	// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  char			ppdfile[] = "/tmp/onshi-notice-XXXXXX";
					// PPD with other defaults
  static const char * const defaults[] =// 300 dpi black and white
  {
    "*DefaultResolution:", "*DefaultResolution: 300dpi",
    "*DefaultColorModel:", "*DefaultColorModel: Black"
  };


  (void)state;

  write_ppd(ppdfile, "onshi-notice-pwg.ppd", defaults, 4);

  assert_true(resolve("", 1, ppdfile, "image/pwg-raster", &options, &log));
  assert_int_equal(options.resolution, 300);
  assert_int_equal(options.color, NOTICE_COLOR_BLACK_1);

  // cupsd adds "print-color-mode=monochrome" to every job on the queue: the
  // queue's black and white still holds...
  assert_true(resolve("print-color-mode=monochrome", 1, ppdfile, "image/pwg-raster", &options, &log));
  assert_int_equal(options.color, NOTICE_COLOR_BLACK_1);

  // The job's own choices still win...
  assert_true(resolve("Resolution=600dpi ColorModel=Grayscale print-color-mode=monochrome", 1, ppdfile, "image/pwg-raster", &options, &log));
  assert_int_equal(options.resolution, 600);
  assert_int_equal(options.color, NOTICE_COLOR_SGRAY_8);
  assert_true(resolve("printer-resolution=600dpi", 1, ppdfile, "image/pwg-raster", &options, &log));
  assert_int_equal(options.resolution, 600);

  unlink(ppdfile);
}


//
// 'test_raster_media()' - Media type, tray and quality reach the options.
//

static void
test_raster_media(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  char			argv5[256];	// Job options


  (void)state;

  assert_true(resolve("media-type=stationery-letterhead media-source=manual print-quality=5", 1, NULL, "image/pwg-raster", &options, &log));
  assert_string_equal(options.media_type, "stationery-letterhead");
  assert_true(options.media_position > 0);
  assert_int_equal(options.print_quality, 5);

  assert_true(resolve("", 1, NULL, "image/pwg-raster", &options, &log));
  assert_string_equal(options.media_type, "");
  assert_int_equal(options.media_position, 0);
  assert_int_equal(options.print_quality, 0);

  // Nonsense stays out; a long media type is cut to the header's field...
  snprintf(argv5, sizeof(argv5), "print-quality=17 media-type=%0200d", 0);
  assert_true(resolve(argv5, 1, NULL, "image/pwg-raster", &options, &log));
  assert_int_equal(options.print_quality, 0);
  assert_true(strlen(options.media_type) < sizeof(options.media_type));
}


//
// 'test_margin()' - The PPD's imageable area gives the printer's margin.
//

static void
test_margin(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log


  (void)state;

  assert_true(resolve("", 1, TEST_PPDDIR "/onshi-notice-pwg.ppd", "image/pwg-raster", &options, &log));
  assert_true(options.margin_pt == 12.0);

  assert_true(resolve("", 1, NULL, "image/pwg-raster", &options, &log));
  assert_true(options.margin_pt == 0.0);
}


//
// 'test_notice_defaults()' - Without options: Japanese, 2023, dated, no clinic.
//

static void
test_notice_defaults(void **state)	// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log


  (void)state;

  assert_true(resolve("", 1, TEST_PPDDIR "/onshi-notice.ppd", NULL, &options, &log));
  assert_string_equal(options.language, "ja");
  assert_int_equal(options.edition, NOTICE_EDITION_2023);
  assert_true(options.show_date);
  assert_string_equal(options.clinic_name, "");
  assert_string_equal(options.clinic_contact, "");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
}


//
// 'test_notice_options()' - Job options (and queue defaults, which cupsd adds
// to the job the same way) set what the notice says.
//

static void
test_notice_options(void **state)	// I - Unused
{
  static const char * const ppds[] =	// With our PPD and without one
  {
    TEST_PPDDIR "/onshi-notice.ppd",
    NULL
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(ppds) / sizeof(ppds[0]); i ++)
  {
    assert_true(resolve("notice-language=ko notice-edition=current notice-date=off notice-clinic-name='Sakura <b>Clinic</b>' notice-clinic-contact=Custom.012-345-6789", 1, ppds[i], NULL, &options, &log));
    assert_string_equal(options.language, "ko");
    assert_int_equal(options.edition, NOTICE_EDITION_CURRENT);
    assert_false(options.show_date);
    assert_string_equal(options.clinic_name, "Sakura <b>Clinic</b>");
    assert_string_equal(options.clinic_contact, "012-345-6789");
    assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);

    // Tags in any case, words for on and off...
    assert_true(resolve("notice-language=PT_br notice-edition=Current notice-date=No", 1, ppds[i], NULL, &options, &log));
    assert_string_equal(options.language, "pt-BR");
    assert_int_equal(options.edition, NOTICE_EDITION_CURRENT);
    assert_false(options.show_date);

    assert_true(resolve("notice-date=true notice-clinic-name=None notice-clinic-contact=", 1, ppds[i], NULL, &options, &log));
    assert_true(options.show_date);
    assert_string_equal(options.clinic_name, "");
    assert_string_equal(options.clinic_contact, "");
    assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
  }
}


//
// 'test_notice_malformed()' - Malformed values keep the defaults, with a warning each.
//

static void
test_notice_malformed(void **state)	// I - Unused
{
  static const struct
  {
    const char	*options;		// Job options
    const char	*warning;		// Part of the warning
  } cases[] =
  {
    { "notice-language=../../etc/passwd",	"is not installed" },
    { "notice-language=ja.notice",		"is not installed" },
    { "notice-language=japanese-language",	"is not installed" },
    { "notice-edition=2024",			"notice-edition \"2024\" is not known" },
    { "notice-edition=",			"notice-edition \"\" is not known" },
    { "notice-date=maybe",			"notice-date \"maybe\" is not known" },
    { "notice-clinic-name=" "\xff\xfe",		"not UTF-8" },
    { "notice-clinic-contact=1234567890123456789012345678901234567890123456789012345678901",
						"longer than 60 characters" }
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    assert_true(resolve(cases[i].options, 1, TEST_PPDDIR "/onshi-notice.ppd", NULL, &options, &log));
    assert_string_equal(options.language, "ja");
    assert_int_equal(options.edition, NOTICE_EDITION_2023);
    assert_true(options.show_date);
    assert_string_equal(options.clinic_name, "");

    if (log.count[NOTICE_LEVEL_WARNING] != 1 || !strstr(log.last_warning, cases[i].warning))
      fail_msg("\"%s\": %d warnings, last \"%s\"", cases[i].options, log.count[NOTICE_LEVEL_WARNING], log.last_warning);
  }
}


//
// 'test_notice_ppd_defaults()' - The PPD's defaults count when the job sets nothing.
//

static void
test_notice_ppd_defaults(void **state)	// I - Unused
{
  static const char * const defaults[] =
  {					// PPD defaults as lpadmin writes them
    "*Defaultnotice-language:",		"*Defaultnotice-language: vi",
    "*Defaultnotice-edition:",		"*Defaultnotice-edition: current",
    "*Defaultnotice-date:",		"*Defaultnotice-date: off",
    "*Defaultnotice-clinic-name:",	"*Defaultnotice-clinic-name: Custom.Sakura Clinic",
    "*Defaultnotice-clinic-contact:",	"*Defaultnotice-clinic-contact: None"
  };
  static const char * const long_defaults[] =
  {					// As CUPS's web interface writes them
    "*Defaultnotice-clinic-name:",	"*Defaultnotice-clinic-name: Custom.医療法人テスト会 みほんクリニック",
    "*Defaultnotice-clinic-contact:",	"*Defaultnotice-clinic-contact: Custom.受付 000-0000-0000（テスト）"
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  char			ppdfile[] = "/tmp/onshi-notice-XXXXXX";
					// Temporary PPD


  (void)state;

  // Texts longer than the 40 bytes libcups keeps of a default choice come
  // whole, not cut inside a character...
  write_ppd(ppdfile, "onshi-notice.ppd", long_defaults, sizeof(long_defaults) / sizeof(long_defaults[0]));
  assert_true(resolve("", 1, ppdfile, NULL, &options, &log));
  assert_string_equal(options.clinic_name, "医療法人テスト会 みほんクリニック");
  assert_string_equal(options.clinic_contact, "受付 000-0000-0000（テスト）");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
  unlink(ppdfile);
  strcpy(ppdfile, "/tmp/onshi-notice-XXXXXX");

  write_ppd(ppdfile, "onshi-notice.ppd", defaults, sizeof(defaults) / sizeof(defaults[0]));

  assert_true(resolve("", 1, ppdfile, NULL, &options, &log));
  assert_string_equal(options.language, "vi");
  assert_int_equal(options.edition, NOTICE_EDITION_CURRENT);
  assert_false(options.show_date);
  assert_string_equal(options.clinic_name, "Sakura Clinic");
  assert_string_equal(options.clinic_contact, "");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);

  // The job (or a queue default, which cupsd puts in the job) wins...
  assert_true(resolve("notice-language=en notice-date=on notice-clinic-name=Other", 1, ppdfile, NULL, &options, &log));
  assert_string_equal(options.language, "en");
  assert_int_equal(options.edition, NOTICE_EDITION_CURRENT);
  assert_true(options.show_date);
  assert_string_equal(options.clinic_name, "Other");

  unlink(ppdfile);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_ppd_defaults),
    cmocka_unit_test(test_media),
    cmocka_unit_test(test_manual_copies),
    cmocka_unit_test(test_job_time),
    cmocka_unit_test(test_output_type),
    cmocka_unit_test(test_notice_defaults),
    cmocka_unit_test(test_notice_options),
    cmocka_unit_test(test_notice_malformed),
    cmocka_unit_test(test_notice_ppd_defaults),
    cmocka_unit_test(test_raster),
    cmocka_unit_test(test_raster_header),
    cmocka_unit_test(test_raster_defaults),
    cmocka_unit_test(test_raster_media),
    cmocka_unit_test(test_margin)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
