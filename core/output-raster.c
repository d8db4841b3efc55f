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
// in grey.  The page is drawn instead a band of rows at a time, converted to
// the printer's colour space, and written as a raster stream: the stream and page headers come from raster-header.c, the rows
// are compressed by packbits.c, each byte for byte as libcups would write
// them, without libcups.  A thread draws the next bands while the caller's
// thread writes.
//
// Each band is drawn into one cairo surface, used by the drawing thread
// alone, and converted from it into one of BAND_SLOTS buffers of rows
// (BAND_BYTES of coverage each) that the writer compresses.  It is
// drawn with the page shifted by a whole number of device pixels, so that
// every band gets exactly the pixels a whole-page surface would.  The text is
// shown as cairo's glyph images, much faster than filling outlines, but a
// glyph image must never cross the surface's edge: cairo 1.17 and later
// (1.18.4 in Debian 13) place a glyph image at a quarter-pixel phase, up to
// 3/4 pixel right of and below the glyph's box, but clip a glyph that
// crosses the surface's edge (or a clip's) to the box alone, so a glyph
// crossing a band's top or bottom would lose its last column of ink there
// and nowhere else.  So each line of text is drawn once, whole, in the band
// where its ink begins, into a surface taller than the band by the page's
// glyph height (the overdraw); the ink that falls below the band is moved up
// to start the next band.  The frames are drawn clipped to the band's rows,
// which is exact for shapes.
//

#include <config.h>
#include "output-raster-private.h"
#include "packbits-private.h"
#include "raster-header-private.h"
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


//
// Local constants...
//

#define BAND_BYTES	(1024 * 1024)	// Memory for one band of raster output
#define BAND_SLOTS	3		// Bands drawn ahead of writing
#define INK_SLACK	3		// Pixels a glyph image may reach past its ink


//
// Local types...
//

typedef struct notice_band_s		// One band of the page
{
  unsigned char		*data;		// Rows to write (owned)
  int			stride,		// Bytes from one row to the next
			y,		// First row of the page it holds
			rows;		// Rows it holds
  bool			ready,		// Drawn and waiting to be written?
			failed;		// Did drawing fail?
} notice_band_t;

typedef struct notice_bands_s		// Bands passed from drawing to writing
{
  const notice_layout_t	*layout;	// Laid-out page
  notice_color_t	color;		// Colour space and depth
  int			resolution,	// Dots per inch
			width,		// Page width in pixels
			height,		// Page height in pixels
			band_rows,	// Rows per band
			overdraw,	// Rows of the surface below the band
			per_page,	// Bands per page
			count,		// Bands to draw, all copies together
			ink_end;	// Page row below which the surface holds no ink
  cairo_surface_t	*surface;	// Coverage, 8 bits a pixel: a band, then the overdraw
  unsigned char		*pixels;	// Its first row
  int			stride;		// Bytes from one row of it to the next
  notice_band_t		bands[BAND_SLOTS];
					// Bands in flight
  pthread_mutex_t	mutex;		// Guards "ready" and "stop"
  pthread_cond_t	cond;		// Signals a change of either
  bool			stop;		// Set when writing stops early
} notice_bands_t;


//
// Local functions...
//

static void	bands_free(notice_bands_t *bands);
static bool	bands_init(notice_bands_t *bands, const notice_layout_t *layout, const notice_options_t *options, const notice_raster_header_t *header);
static void	convert_row(const unsigned char *coverage, unsigned char *line, int width, notice_color_t color);
static bool	draw_band(notice_bands_t *bands, notice_band_t *band, int n);
static void	*draw_bands(void *data);
static bool	init_header(notice_raster_header_t *header, const notice_options_t *options, const notice_callbacks_t *cb);
static bool	raster_write(notice_sink_t *sink, const notice_raster_header_t *header, bool start);
static bool	rows_write(void *ctx, const unsigned char *buffer, size_t length);
static bool	write_bands(notice_bands_t *bands, bool threaded, notice_packer_t *packer, notice_sink_t *sink, const notice_raster_header_t *header, const notice_callbacks_t *cb, int *pages);


//
// 'noticeOutputRaster()' - Write the page as PWG or Apple raster.
//
// A second thread draws bands while this one compresses and writes the
// previous ones; without threads, this one does both in turn.
// The page is drawn again for each copy rather than kept: memory stays at
// BAND_SLOTS bands whatever the number of copies.
//

bool					// O - `true` on success
noticeOutputRaster(
    const notice_layout_t    *layout,	// I - Laid-out page
    const notice_options_t   *options,	// I - Options
    notice_sink_t            *sink,	// I - Output sink
    const notice_callbacks_t *cb,	// I - Callbacks
    int                      *pages)	// O - Pages written
{
  notice_raster_header_t header;	// Page header
  notice_packer_t	packer;		// Compresses the rows
  notice_bands_t	bands;		// Bands in flight
  pthread_t		thread;		// Drawing thread
  bool			threaded,	// Is a thread drawing?
			ok;		// Did everything work?


  if (!init_header(&header, options, cb))
    return (false);

  if (!bands_init(&bands, layout, options, &header) || !noticePackerInit(&packer, header.bytes_per_line, rows_write, sink))
  {
    bands_free(&bands);
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Not enough memory to print the notice - try again or use a lower resolution.");
    return (false);
  }

  pthread_mutex_init(&bands.mutex, NULL);
  pthread_cond_init(&bands.cond, NULL);
  threaded = pthread_create(&thread, NULL, draw_bands, &bands) == 0;

  noticeDebug(cb, "Raster %ux%u pixels at %d dpi, %d rows per band, drawn %s.", header.width, header.height, options->resolution, bands.band_rows, threaded ? "in a thread of its own" : "in turn");

  // The stream's start, then each copy: a page header, then the page band
  // by band, compressed as libcups would but faster (see packbits.c)...
  ok = raster_write(sink, &header, true) && write_bands(&bands, threaded, &packer, sink, &header, cb, pages);

  // Stop the drawing thread if writing ended early...
  if (threaded)
  {
    pthread_mutex_lock(&bands.mutex);
    bands.stop = true;
    pthread_cond_broadcast(&bands.cond);
    pthread_mutex_unlock(&bands.mutex);
    pthread_join(thread, NULL);
  }

  pthread_cond_destroy(&bands.cond);
  pthread_mutex_destroy(&bands.mutex);

  noticePackerFree(&packer);
  bands_free(&bands);

  if (noticeIsCanceled(cb))
    return (false);

  if (!ok && sink->failed)
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to write the notice to the printer.");
  else if (!ok)
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to draw the notice - try again or use a lower resolution.");

  return (ok);
}


//
// 'bands_free()' - Free the drawing surface and the band slots.
//

static void
bands_free(notice_bands_t *bands)	// I - Bands
{
  int	i;				// Looping var


  for (i = 0; i < BAND_SLOTS; i ++)
    free(bands->bands[i].data);

  if (bands->surface)
    cairo_surface_destroy(bands->surface);
}


//
// 'bands_init()' - Make the drawing surface and the band slots.
//

static bool				// O - `true` on success
bands_init(
    notice_bands_t               *bands,// O - Bands, freed with bands_free() in any case
    const notice_layout_t        *layout,
					// I - Laid-out page
    const notice_options_t       *options,
					// I - Options
    const notice_raster_header_t *header)
					// I - Page header
{
  notice_band_t	*band;			// Current band
  int		i;			// Looping var
  bool		ok;			// Did everything work?


  memset(bands, 0, sizeof(notice_bands_t));
  bands->layout     = layout;
  bands->color      = options->color;
  bands->resolution = options->resolution;
  bands->width      = (int)header->width;
  bands->height     = (int)header->height;

  if (options->band_rows > 0)
    bands->band_rows = options->band_rows;
  else
    bands->band_rows = BAND_BYTES / cairo_format_stride_for_width(CAIRO_FORMAT_A8, bands->width);

  if (bands->band_rows < 1)
    bands->band_rows = 1;
  if (bands->band_rows > bands->height)
    bands->band_rows = bands->height;

  bands->per_page = (bands->height + bands->band_rows - 1) / bands->band_rows;
  bands->count    = bands->per_page * options->copies;

  // A line of text drawn in a band begins up to INK_SLACK rows below it, and
  // reaches the tallest glyph's height in pixels (rounded up) further down,
  // and INK_SLACK more for a glyph image rounded out and shifted by cairo;
  // one row to spare...
  bands->overdraw = (int)(noticeLayoutGetGlyphHeight(layout) * options->resolution / 72.0) + 2 * INK_SLACK + 2;

  // One surface to draw in, used by one thread at a time, and the slots that
  // carry converted rows to the writer...
  bands->surface = cairo_image_surface_create(CAIRO_FORMAT_A8, bands->width, bands->band_rows + bands->overdraw);

  if ((ok = cairo_surface_status(bands->surface) == CAIRO_STATUS_SUCCESS) == true)
  {
    bands->stride = cairo_image_surface_get_stride(bands->surface);
    bands->pixels = cairo_image_surface_get_data(bands->surface);
  }

  for (i = 0; i < BAND_SLOTS; i ++)
  {
    band         = bands->bands + i;
    band->stride = bands->color == NOTICE_COLOR_BLACK_1 ? (bands->width + 7) / 8 : bands->width;

    if ((band->data = malloc((size_t)band->stride * (size_t)bands->band_rows)) == NULL)
      ok = false;
  }

  return (ok);
}


//
// 'convert_row()' - Turn a row of coverage into the printer's pixels.
//
// sgray_8 is 255 for white and 0 for black.  black_1 sets a bit for each
// pixel at least half covered, most significant bit first.  Blank runs of
// eight pixels, most of any page, are handled a word at a time.  "coverage"
// and "line" may be the same row: no byte is written before it is read.
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
// 'draw_band()' - Draw one band of the page and turn it into printer rows.
//
// Band "n" counts through all copies, in order.  The surface holds no ink
// but what earlier bands left below them; the lines of text whose ink
// begins in the band are added, whole, and the frames clipped to the band.
// The band's rows are converted into the band's slot and cleared while they
// are still in the cache, and the ink below the band moves up for the next.
//

static bool				// O - `true` on success
draw_band(notice_bands_t *bands,	// I - Bands
          notice_band_t  *band,		// I - Band to draw
          int            n)		// I - Band number
{
  cairo_t		*cr;		// Drawing context
  cairo_status_t	status;		// Drawing status
  double		scale,		// Pixels per point
			top_pt,		// Top of the lines to draw in points
			bottom_pt,	// Bottom of the lines to draw in points
			lowest_pt;	// Bottom of the ink drawn in points
  int			row,		// Current row
			carry;		// Rows of ink below the band


  band->y    = (n % bands->per_page) * bands->band_rows;
  band->rows = bands->height - band->y < bands->band_rows ? bands->height - band->y : bands->band_rows;
  scale      = bands->resolution / 72.0;

  // The lines whose ink begins from INK_SLACK rows below the band's top to
  // INK_SLACK rows below its bottom, so that their glyph images begin in the
  // band; the first and last bands take every line up to a page's height
  // above and below...
  top_pt    = (band->y == 0 ? -bands->height : band->y + INK_SLACK) / scale;
  bottom_pt = (band->y + band->rows >= bands->height ? 2 * bands->height : band->y + band->rows + INK_SLACK) / scale;

  // Coverage adds up (saturating) rather than going "over": the same pixels
  // wherever shapes do not overlap, and several times faster in pixman for
  // an alpha-only surface.  The page moves up so that row "y" is the
  // surface's first...
  cairo_surface_set_device_offset(bands->surface, 0.0, -(double)band->y);

  cr = cairo_create(bands->surface);
  cairo_set_operator(cr, CAIRO_OPERATOR_ADD);
  cairo_scale(cr, scale, scale);
  lowest_pt = noticeLayoutDrawLines(bands->layout, cr, top_pt, bottom_pt);

  cairo_identity_matrix(cr);
  cairo_rectangle(cr, 0.0, band->y, bands->width, band->rows);
  cairo_clip(cr);
  cairo_scale(cr, scale, scale);
  noticeLayoutDrawFrames(bands->layout, cr);

  status = cairo_status(cr);
  cairo_destroy(cr);

  cairo_surface_flush(bands->surface);

  if (lowest_pt > 0.0 && (int)(lowest_pt * scale) + INK_SLACK > bands->ink_end)
    bands->ink_end = (int)(lowest_pt * scale) + INK_SLACK;

  for (row = 0; row < band->rows; row ++)
  {
    convert_row(bands->pixels + row * bands->stride, band->data + row * band->stride, bands->width, bands->color);
    memset(bands->pixels + row * bands->stride, 0, (size_t)bands->stride);
  }

  // Move the ink below the band up to the top, and clear where it was; after
  // a page's last band, only clear it...
  if ((carry = bands->ink_end - band->y - band->rows) > bands->overdraw)
    carry = bands->overdraw;

  if (carry > 0 && band->y + band->rows < bands->height)
  {
    memmove(bands->pixels, bands->pixels + band->rows * bands->stride, (size_t)carry * (size_t)bands->stride);
    row = carry > band->rows ? carry : band->rows;
    memset(bands->pixels + row * bands->stride, 0, (size_t)(band->rows + carry - row) * (size_t)bands->stride);
  }
  else if (carry > 0)
  {
    memset(bands->pixels + band->rows * bands->stride, 0, (size_t)carry * (size_t)bands->stride);
  }

  if (band->y + band->rows >= bands->height)
    bands->ink_end = 0;

  cairo_surface_mark_dirty(bands->surface);

  return (status == CAIRO_STATUS_SUCCESS);
}


//
// 'draw_bands()' - Draw every band in turn, as slots become free.
//
// The body of the drawing thread: it stops after the last band, after a
// failure, or when the writer sets "stop".
//

static void *				// O - NULL
draw_bands(void *data)			// I - Bands
{
  notice_bands_t	*bands = (notice_bands_t *)data;
					// Bands
  notice_band_t		*band;		// Current band
  int			n;		// Current band number
  bool			ok = true;	// Did drawing work?


  for (n = 0; ok && n < bands->count; n ++)
  {
    band = bands->bands + n % BAND_SLOTS;

    // Wait for the writer to be done with the slot...
    pthread_mutex_lock(&bands->mutex);
    while (band->ready && !bands->stop)
      pthread_cond_wait(&bands->cond, &bands->mutex);
    ok = !bands->stop;
    pthread_mutex_unlock(&bands->mutex);

    if (!ok)
      break;

    ok = draw_band(bands, band, n);

    pthread_mutex_lock(&bands->mutex);
    band->failed = !ok;
    band->ready  = true;
    pthread_cond_broadcast(&bands->cond);
    pthread_mutex_unlock(&bands->mutex);
  }

  return (NULL);
}


//
// 'init_header()' - Prepare the page header.
//
// raster-header.c fills it from the options: the paper, resolution and
// colour, the media type, tray and quality.  Every copy is a sheet of its
// own, so the header is always one-sided.
//

static bool				// O - `true` on success
init_header(
    notice_raster_header_t   *header,	// O - Page header
    const notice_options_t   *options,	// I - Options
    const notice_callbacks_t *cb)	// I - Callbacks
{
  if (options->resolution < 72 || options->resolution > 2400 || options->copies < 1 || !noticeRasterHeaderInit(header, options))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to prepare the raster page - check the queue's options.");
    return (false);
  }

  if (header->width > 32767 || header->height > 32767)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The page is too large at %d dpi - use a lower resolution.", options->resolution);
    return (false);
  }

  return (true);
}


//
// 'rows_write()' - Pass compressed rows to the front end.
//

static bool				// O - `true` on success
rows_write(void                *ctx,	// I - Output sink
           const unsigned char *buffer,	// I - Bytes
           size_t              length)	// I - Number of bytes
{
  return (noticeSinkWrite((notice_sink_t *)ctx, buffer, length));
}


//
// 'raster_write()' - Write the start of the stream or a page header.
//

static bool				// O - `true` on success
raster_write(
    notice_sink_t                *sink,	// I - Output sink
    const notice_raster_header_t *header,
					// I - Page header
    bool                         start)	// I - Start of the stream rather than a page header?
{
  unsigned char	buffer[NOTICE_RASTER_HEADER_MAX];
					// Encoded header
  size_t	length;			// Bytes in it


  if (start)
    length = noticeRasterHeaderEncodeStart(header, buffer, sizeof(buffer));
  else
    length = noticeRasterHeaderEncodePage(header, buffer, sizeof(buffer));

  return (length > 0 && noticeSinkWrite(sink, buffer, length));
}


//
// 'write_bands()' - Write every copy of the page, band by band.
//
// Each page gets its header, then its bands as the drawing thread finishes
// them (or as they are drawn here, without a thread), then the end of page.
//

static bool				// O - `true` on success
write_bands(
    notice_bands_t               *bands,// I - Bands
    bool                         threaded,
					// I - Is a thread drawing them?
    notice_packer_t              *packer,
					// I - Compresses the rows
    notice_sink_t                *sink,	// I - Output sink
    const notice_raster_header_t *header,
					// I - Page header
    const notice_callbacks_t     *cb,	// I - Callbacks
    int                          *pages)// O - Pages written
{
  notice_band_t	*band;			// Current band
  bool		ok = true;		// Did everything work?
  int		n,			// Current band, all copies together
		row;			// Row within the band


  for (n = 0; ok && n < bands->count; n ++)
  {
    band = bands->bands + n % BAND_SLOTS;

    if (n % bands->per_page == 0 && !raster_write(sink, header, false))
      return (false);

    // Wait for the band to be drawn, or draw it...
    if (threaded)
    {
      pthread_mutex_lock(&bands->mutex);
      while (!band->ready)
        pthread_cond_wait(&bands->cond, &bands->mutex);
      pthread_mutex_unlock(&bands->mutex);
    }
    else
    {
      band->failed = !draw_band(bands, band, n);
      band->ready  = true;
    }

    if (band->failed || noticeIsCanceled(cb))
      return (false);

    for (row = 0; ok && row < band->rows; row ++)
      ok = noticePackerAddRow(packer, band->data + row * band->stride);

    // Hand the band back to be drawn again...
    pthread_mutex_lock(&bands->mutex);
    band->ready = false;
    pthread_cond_broadcast(&bands->cond);
    pthread_mutex_unlock(&bands->mutex);

    if (ok && (n + 1) % bands->per_page == 0 && (ok = noticePackerEndPage(packer)) == true)
      (*pages) ++;
  }

  return (ok);
}
