//
// The one place onshi-notice calls libcupsfilters: a job's raster options
// read the way cups-filters' own raster filters read them, and a printer's
// IPP attributes asked for with libcupsfilters' fallbacks.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// libcupsfilters reads the IPP job attributes and PPD option names a job may
// carry ("printer-resolution", "Resolution", "print-color-mode",
// "media-type", "media-source", "print-quality", ...) with the same rules as
// pdftoraster and gstoraster, so a job means the same to onshi-notice as to
// the printer's other filters.  libcupsfilters 1.x also opens the PPD that
// the environment variable PPD names, never frees it, and then ignores PPD
// option names: the filter (filter/onshi-notice.c) takes PPD out of the
// environment, and filter/cups-options.c passes the PPD's choices under
// their IPP names.
//
// The header built here only carries the job's choices to
// filter/cups-options.c, which puts them into notice_options_t; the raster
// header the filter writes comes from the core (core/raster-header.c) alone.
//
// The two branches must give the same header for the same options:
//
// - Resolution: 1.x defaults to 600 dpi.  2.x takes the printer's
//   "printer-resolution-default" and, without printer attributes, falls back
//   to 300 dpi; it is given a default of 600 dpi here.
// - Colour: 1.x reads the colour mode from the options for every raster
//   type.  2.x does so only for CUPS Raster; for PWG and Apple raster it
//   picks among the types the printer lists ("pwg-raster-document-type-
//   supported", "urf-supported") by "print-color-mode", and without that
//   list leaves every page 24-bit sRGB.  It is given the types a PWG or
//   Apple raster page can carry here.
// - Geometry: 1.x truncates the page size to whole points before scaling it
//   to pixels, 2.x scales the exact size and rounds, so an A4 page at 600 dpi
//   is 4958 or 4961 pixels wide.  Both branches take the geometry from libcups
//   instead (cupsRasterInitPWGHeader(), 4960), the geometry that the core
//   gives the page the filter writes (core/raster-header.c, which
//   tests/test-raster-header.c compares with libcups byte for byte).
// - Apple raster has no 1-bit black: a bi-level job gets 8-bit grey, as 2.x
//   gives it.
//

#include <config.h>
#include "cupsfilters-compat.h"
#include <string.h>
#ifdef HAVE_LIBCUPSFILTERS2
#  include <cupsfilters/filter.h>
#endif // HAVE_LIBCUPSFILTERS2
#include <cupsfilters/ipp.h>
#include <cupsfilters/raster.h>


//
// Local functions...
//

static bool	parse_options(cups_page_header2_t *header, int num_options, cups_option_t *options, bool apple);
static bool	set_geometry(cups_page_header2_t *header);


//
// 'noticeCFGetPrinterAttributes()' - Ask an IPP printer for attributes.
//
// libcupsfilters retries with IPP 1.1 and fewer attributes for printers
// that answer IPP 2.0 requests badly.  Its messages go to the buffer that
// noticeCFGetPrinterAttributesLog() returns.  libcupsfilters 1.x installs
// its own SIGTERM handler; the caller keeps its own around the call.  The
// caller frees the response with ippDelete().
//

ipp_t *					// O - Response or NULL
noticeCFGetPrinterAttributes(
    http_t            *http,		// I - Connection to the printer
    const char        *uri,		// I - Printer URI
    const char * const *attrs,		// I - Attributes to ask for
    int               num_attrs)	// I - Number of attributes
{
  if (!http || !uri || num_attrs < 0 || (num_attrs > 0 && !attrs))
    return (NULL);

#ifdef HAVE_LIBCUPSFILTERS2
  return (cfGetPrinterAttributes2(http, uri, attrs, num_attrs, NULL, 0, 0));
#else
  return (get_printer_attributes2(http, uri, attrs, num_attrs, NULL, 0, 0));
#endif // HAVE_LIBCUPSFILTERS2
}


//
// 'noticeCFGetPrinterAttributesLog()' - Get libcupsfilters' messages from
//                                       asking a printer.
//
// The buffer is libcupsfilters' own: lines separated by newlines, which the
// caller may change and should empty after reading.
//

char *					// O - Messages
noticeCFGetPrinterAttributesLog(void)
{
#ifdef HAVE_LIBCUPSFILTERS2
  return (cf_get_printer_attributes_log);
#else
  return (get_printer_attributes_log);
#endif // HAVE_LIBCUPSFILTERS2
}


//
// 'noticeCFRasterPrepareHeader()' - Build a PWG or Apple raster page header
//                                 from job options.
//
// Resolution, colour space and depth, media type and source, print quality
// and the other fields the options set come from libcupsfilters, the same
// with 1.x and 2.x; the page size, pixel counts and bytes per line from
// libcups for the paper the options name (US Letter when they name none, as
// both libcupsfilters branches default).  The caller decides which fields to
// keep.
//

bool					// O - `true` on success
noticeCFRasterPrepareHeader(
    cups_page_header2_t *header,	// O - Page header
    int                 num_options,	// I - Number of job options
    cups_option_t       *options,	// I - Job options
    bool                apple)		// I - Apple raster rather than PWG raster?
{
  if (!header || num_options < 0 || (num_options > 0 && !options))
    return (false);

  memset(header, 0, sizeof(cups_page_header2_t));

  if (!parse_options(header, num_options, options, apple))
    return (false);

  // Apple raster carries grey, sRGB and other 8-bit or deeper types only...
  if (apple && header->cupsColorSpace == CUPS_CSPACE_K && header->cupsBitsPerColor == 1)
  {
    header->cupsColorSpace   = CUPS_CSPACE_SW;
    header->cupsBitsPerColor = 8;
    header->cupsBitsPerPixel = 8;
    header->cupsNumColors    = 1;
  }

  return (set_geometry(header));
}


//
// 'noticeCFLibrary()' - Name the libcupsfilters API in use, for logs.
//

const char *				// O - Description
noticeCFLibrary(void)
{
#ifdef HAVE_LIBCUPSFILTERS2
  return ("libcupsfilters 2.x (cfRasterPrepareHeader)");
#else
  return ("libcupsfilters 1.x (cupsRasterParseIPPOptions)");
#endif // HAVE_LIBCUPSFILTERS2
}


#ifdef HAVE_LIBCUPSFILTERS2
//
// 'parse_options()' - Let libcupsfilters 2.x read the options.
//
// cfRasterPrepareHeader() reads what a job asks for against the printer's
// attributes.  The ones given here make it read the options as 1.x does: a
// default of 600 dpi and any resolution accepted, "print-color-mode" chosen
// among the types a PWG (black_1, sgray_8, srgb_8) or Apple (W8, SRGB24)
// raster page can carry, sRGB when the job asks for no colour mode.  With
// printer attributes it also accepts only the paper the printer lists, so
// the paper is read again without them (cfGetPageDimensions()), which
// accepts any size as 1.x does.
//

static bool				// O - `true` on success
parse_options(
    cups_page_header2_t *header,	// O - Page header
    int                 num_options,	// I - Number of job options
    cups_option_t       *options,	// I - Job options
    bool                apple)		// I - Apple raster rather than PWG raster?
{
  static const char * const pwg_types[] =
  {					// PWG raster types
    "black_1",
    "sgray_8",
    "srgb_8"
  };
  static const char * const urf_types[] =
  {					// Apple raster types
    "W8",
    "SRGB24"
  };
  ipp_t			*printer;	// Printer attributes
  cf_filter_data_t	data;		// Job data for libcupsfilters
  cf_filter_out_format_t format;	// Raster format
  cups_cspace_t		cspace = (cups_cspace_t)-1;
					// Colour space: the options decide
  int			status;		// Result of cfRasterPrepareHeader()
  float			width,		// Paper width in points
			length,		// Paper length in points
			margins[4];	// Unused margins in points
  char			name[IPP_MAX_NAME + 1];
					// Paper name


  if ((printer = ippNew()) == NULL)
    return (false);

  ippAddResolution(printer, IPP_TAG_PRINTER, "printer-resolution-default", IPP_RES_PER_INCH, 600, 600);
  ippAddString(printer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "print-color-mode-default", NULL, "auto");
  if (apple)
    ippAddStrings(printer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "urf-supported", (int)(sizeof(urf_types) / sizeof(urf_types[0])), NULL, urf_types);
  else
    ippAddStrings(printer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "pwg-raster-document-type-supported", (int)(sizeof(pwg_types) / sizeof(pwg_types[0])), NULL, pwg_types);

  memset(&data, 0, sizeof(data));
  data.copies        = 1;
  data.num_options   = num_options;
  data.options       = options;
  data.printer_attrs = printer;
  format             = apple ? CF_FILTER_OUT_FORMAT_APPLE_RASTER : CF_FILTER_OUT_FORMAT_PWG_RASTER;

  status = cfRasterPrepareHeader(header, &data, format, format, 1, &cspace);

  ippDelete(printer);

  if (status)
    return (false);

  // The paper the job names, if any...
  width = length = 0.0f;
  name[0] = '\0';

  if (cfGetPageDimensions(NULL, NULL, num_options, options, NULL, 0, &width, &length, margins, margins + 1, margins + 2, margins + 3, name, NULL) == 1 && width > 0.0f && length > 0.0f)
  {
    header->cupsPageSize[0] = width;
    header->cupsPageSize[1] = length;
    strncpy(header->cupsPageSizeName, name, sizeof(header->cupsPageSizeName) - 1);
    header->cupsPageSizeName[sizeof(header->cupsPageSizeName) - 1] = '\0';
  }

  return (true);
}


#else
//
// 'parse_options()' - Let libcupsfilters 1.x read the options.
//
// One parser for PWG and Apple raster headers, with defaults for every field
// the options do not set.
//

static bool				// O - `true` on success
parse_options(
    cups_page_header2_t *header,	// O - Page header
    int                 num_options,	// I - Number of job options
    cups_option_t       *options,	// I - Job options
    bool                apple)		// I - Apple raster rather than PWG raster?
{
  (void)apple;

  return (cupsRasterParseIPPOptions(header, num_options, options, 1, 1) == 0);
}
#endif // HAVE_LIBCUPSFILTERS2


//
// 'set_geometry()' - Set the page size and pixel counts with libcups.
//
// The paper is the one libcupsfilters put in the header, by name or else by
// size; US Letter when there is none.  The colour and resolution stay as
// libcupsfilters set them.
//

static bool				// O - `true` on success
set_geometry(
    cups_page_header2_t *header)	// IO - Page header
{
  pwg_media_t		*media = NULL;	// Paper
  cups_page_header2_t	pwg;		// Header libcups makes for the paper


  if (header->cupsPageSizeName[0] && (media = pwgMediaForPWG(header->cupsPageSizeName)) == NULL && (media = pwgMediaForPPD(header->cupsPageSizeName)) == NULL)
    media = pwgMediaForLegacy(header->cupsPageSizeName);

  if (!media && header->cupsPageSize[0] > 0.0f && header->cupsPageSize[1] > 0.0f)
    media = pwgMediaForSize((int)(header->cupsPageSize[0] * 2540.0f / 72.0f + 0.5f), (int)(header->cupsPageSize[1] * 2540.0f / 72.0f + 0.5f));

  if (!media)
    media = pwgMediaForPWG("na_letter_8.5x11in");

  if (!media || header->HWResolution[0] < 1 || header->HWResolution[1] < 1 || header->cupsBitsPerPixel < 1 || !cupsRasterInitPWGHeader(&pwg, media, "sgray_8", (int)header->HWResolution[0], (int)header->HWResolution[1], "one-sided", NULL))
    return (false);

  memcpy(header->PageSize, pwg.PageSize, sizeof(header->PageSize));
  memcpy(header->cupsPageSize, pwg.cupsPageSize, sizeof(header->cupsPageSize));
  memcpy(header->cupsPageSizeName, pwg.cupsPageSizeName, sizeof(header->cupsPageSizeName));

  header->cupsWidth        = pwg.cupsWidth;
  header->cupsHeight       = pwg.cupsHeight;
  header->cupsBytesPerLine = (header->cupsWidth * header->cupsBitsPerPixel + 7) / 8;

  return (true);
}
