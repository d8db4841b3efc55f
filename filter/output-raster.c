//
// Raster output for onshi-notice: PWG raster (IPP Everywhere) and Apple
// raster (AirPrint), drawn in bands.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// A 600 dpi A4 page is 35 million pixels; holding it whole would take 35 MB
// in grey.  The page is drawn instead a band of rows at a time into a small
// alpha-only cairo surface (NOTICE_BAND_BYTES), each row converted to the
// printer's colour space and written at once with libcups's raster API.
// Each band is drawn with the page shifted by a whole number of device
// pixels, so text crossing a band boundary gets exactly the pixels it would
// get on a whole-page surface.
//

#include <config.h>
#include "output-private.h"
#include "log.h"
#include <cups/raster.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


//
// Local types...
//

typedef struct notice_band_s		// Band being drawn
{
  cairo_surface_t	*surface;	// Coverage of the band, 8 bits a pixel
  unsigned char		*data;		// Its pixels
  int			stride;		// Bytes from one row to the next
  int			width;		// Width in pixels
  int			rows;		// Rows per band
} notice_band_t;


//
// Local functions...
//

static void	convert_row(const unsigned char *coverage, unsigned char *line, int width, notice_color_t color);
static bool	draw_band(const notice_layout_t *layout, notice_band_t *band, int y, int rows, int resolution);
static bool	init_header(cups_page_header2_t *header, const notice_options_t *options, const notice_callbacks_t *cb);
static ssize_t	raster_write(void *ctx, unsigned char *buffer, size_t length);


//
// 'noticeOutputRaster()' - Write the page as PWG or Apple raster.
//
// The page is drawn again for each copy rather than kept: memory stays at
// one band whatever the number of copies.
//

bool					// O - `true` on success
noticeOutputRaster(
    const notice_layout_t    *layout,	// I - Laid-out page
    const notice_options_t   *options,	// I - Options
    notice_sink_t            *sink,	// I - Output sink
    const notice_callbacks_t *cb,	// I - Callbacks
    int                      *pages)	// O - Pages written
{
  cups_page_header2_t	header;		// Page header
  cups_raster_t		*raster;	// Raster stream
  notice_band_t		band;		// Band being drawn
  unsigned char		*line;		// One row in the printer's format
  int			height,		// Page height in rows
			copy,		// Current copy
			y,		// First row of the band
			rows,		// Rows in this band
			row;		// Row within the band
  bool			ok = true;	// Did everything work?


  if (!init_header(&header, options, cb))
    return (false);

  // One band of coverage and one output row...
  memset(&band, 0, sizeof(band));
  band.width = (int)header.cupsWidth;
  height     = (int)header.cupsHeight;

  if (options->band_rows > 0)
    band.rows = options->band_rows;
  else
    band.rows = NOTICE_BAND_BYTES / cairo_format_stride_for_width(CAIRO_FORMAT_A8, band.width);

  if (band.rows < 1)
    band.rows = 1;
  if (band.rows > height)
    band.rows = height;

  band.surface = cairo_image_surface_create(CAIRO_FORMAT_A8, band.width, band.rows);
  line         = malloc(header.cupsBytesPerLine);

  if (cairo_surface_status(band.surface) != CAIRO_STATUS_SUCCESS || !line)
  {
    cairo_surface_destroy(band.surface);
    free(line);
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Not enough memory to print the notice - try again or use a lower resolution.");
    return (false);
  }

  band.data   = cairo_image_surface_get_data(band.surface);
  band.stride = cairo_image_surface_get_stride(band.surface);

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Raster %ux%u pixels at %d dpi, %d rows per band.", header.cupsWidth, header.cupsHeight, options->resolution, band.rows);

  // Each copy: a page header, then the page band by band...
  raster = cupsRasterOpenIO(raster_write, sink, options->format == NOTICE_FORMAT_URF ? CUPS_RASTER_WRITE_APPLE : CUPS_RASTER_WRITE_PWG);

  for (copy = 0; ok && copy < options->copies; copy ++)
  {
    if (!raster || !cupsRasterWriteHeader2(raster, &header))
    {
      ok = false;
      break;
    }

    for (y = 0; ok && y < height; y += rows)
    {
      rows = height - y < band.rows ? height - y : band.rows;

      if (noticeIsCanceled(cb) || !draw_band(layout, &band, y, rows, options->resolution))
      {
        ok = false;
        break;
      }

      for (row = 0; row < rows; row ++)
      {
        convert_row(band.data + row * band.stride, line, band.width, options->color);

        if (cupsRasterWritePixels(raster, line, header.cupsBytesPerLine) < header.cupsBytesPerLine)
        {
          ok = false;
          break;
        }
      }
    }

    if (ok)
      (*pages) ++;
  }

  if (raster)
    cupsRasterClose(raster);

  cairo_surface_destroy(band.surface);
  free(line);

  if (noticeIsCanceled(cb))
    return (false);

  if (!ok && sink->failed)
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to write the notice to the printer.");
  else if (!ok)
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to draw the notice - try again or use a lower resolution.");

  return (ok);
}


//
// 'convert_row()' - Turn a row of coverage into the printer's pixels.
//
// sgray_8 is 255 for white and 0 for black.  black_1 sets a bit for each
// pixel at least half covered, most significant bit first.  Blank runs of
// eight pixels, most of any page, are handled a word at a time.
//

static void
convert_row(
    const unsigned char *coverage,	// I - Coverage, 0 to 255
    unsigned char       *line,		// O - Row for the printer
    int                 width,		// I - Width in pixels
    notice_color_t      color)		// I - Colour space and depth
{
  int		x,			// Current pixel
		i;			// Pixel within a group of eight
  uint64_t	word;			// Eight pixels of coverage
  unsigned char	bits;			// Eight pixels of black_1


  if (color == NOTICE_COLOR_SGRAY_8)
  {
    for (x = 0; x + 8 <= width; x += 8)
    {
      memcpy(&word, coverage + x, sizeof(word));
      word = ~word;
      memcpy(line + x, &word, sizeof(word));
    }

    for (; x < width; x ++)
      line[x] = (unsigned char)(255 - coverage[x]);

    return;
  }

  for (x = 0; x < width; x += 8, line ++)
  {
    if (x + 8 <= width)
    {
      memcpy(&word, coverage + x, sizeof(word));

      if (!word)
      {
        *line = 0;
        continue;
      }

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      // The top bit of each byte says "at least half covered"; one multiply
      // gathers the eight of them, the first pixel's as the highest bit...
      *line = (unsigned char)((((word & 0x8080808080808080ULL) >> 7) * 0x8040201008040201ULL) >> 56);
      continue;
#endif // __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    }

    for (i = 0, bits = 0; i < 8 && x + i < width; i ++)
    {
      if (coverage[x + i] >= 128)
        bits |= (unsigned char)(128 >> i);
    }

    *line = bits;
  }
}


//
// 'draw_band()' - Draw the rows of the page that a band holds.
//

static bool				// O - `true` on success
draw_band(
    const notice_layout_t *layout,	// I - Laid-out page
    notice_band_t         *band,	// I - Band
    int                   y,		// I - First row of the page in the band
    int                   rows,		// I - Rows to draw
    int                   resolution)	// I - Resolution in dots per inch
{
  cairo_t		*cr;		// Drawing context
  cairo_status_t	status;		// Drawing status


  // Clear the band and move the page up so that row "y" is its first...
  cairo_surface_flush(band->surface);
  memset(band->data, 0, (size_t)band->stride * (size_t)rows);
  cairo_surface_mark_dirty(band->surface);
  cairo_surface_set_device_offset(band->surface, 0.0, -(double)y);

  // Coverage adds up (saturating) rather than going "over": the same pixels
  // wherever shapes do not overlap, and several times faster in pixman for
  // an alpha-only surface...
  cr = cairo_create(band->surface);
  cairo_set_operator(cr, CAIRO_OPERATOR_ADD);
  cairo_scale(cr, resolution / 72.0, resolution / 72.0);
  noticeLayoutDraw(layout, cr);
  status = cairo_status(cr);
  cairo_destroy(cr);

  cairo_surface_flush(band->surface);

  return (status == CAIRO_STATUS_SUCCESS);
}


//
// 'init_header()' - Prepare the page header.
//
// libcups fills in the PWG fields for the paper, resolution and colour; the
// media type, tray and quality are the job's.  Every copy is a sheet of its
// own, so the header is always one-sided.
//

static bool				// O - `true` on success
init_header(
    cups_page_header2_t      *header,	// O - Page header
    const notice_options_t   *options,	// I - Options
    const notice_callbacks_t *cb)	// I - Callbacks
{
  pwg_media_t	*media;			// Paper


  if ((media = pwgMediaForPWG(options->media)) == NULL)
    media = pwgMediaForSize((int)(options->page_width_pt * 2540.0 / 72.0 + 0.5), (int)(options->page_height_pt * 2540.0 / 72.0 + 0.5));

  if (options->resolution < 72 || options->resolution > 2400 || options->copies < 1 || !media || !cupsRasterInitPWGHeader(header, media, options->color == NOTICE_COLOR_BLACK_1 ? "black_1" : "sgray_8", options->resolution, options->resolution, "one-sided", NULL))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to prepare the raster page - check the queue's options.");
    return (false);
  }

  if (header->cupsWidth < 1 || header->cupsWidth > 32767 || header->cupsHeight < 1 || header->cupsHeight > 32767)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The page is too large at %d dpi - use a lower resolution.", options->resolution);
    return (false);
  }

  header->cupsInteger[CUPS_RASTER_PWG_TotalPageCount] = (unsigned)options->copies;
  header->cupsInteger[CUPS_RASTER_PWG_PrintQuality]   = (unsigned)options->print_quality;
  header->MediaPosition                               = options->media_position;
  strncpy(header->MediaType, options->media_type, sizeof(header->MediaType) - 1);
  header->MediaType[sizeof(header->MediaType) - 1] = '\0';

  return (true);
}


//
// 'raster_write()' - Pass libcups's raster output to the front end.
//

static ssize_t				// O - Bytes written or -1 on error
raster_write(void          *ctx,	// I - Output sink
             unsigned char *buffer,	// I - Bytes
             size_t        length)	// I - Number of bytes
{
  return (noticeSinkWrite((notice_sink_t *)ctx, buffer, length) ? (ssize_t)length : -1);
}
