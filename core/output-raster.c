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
// the printer's colour space, and written as a raster stream: the stream and
// page headers come from raster-header.c, the rows are compressed by
// packbits.c, each byte for byte as libcups would write them, without
// libcups.  A thread draws the next bands while the caller's
// thread writes.
//
// Each band is drawn into one cairo surface, used by the drawing thread
// alone, and converted from it into one of BAND_SLOTS buffers of rows
// (BAND_BYTES of coverage each) that the writer compresses.  The text is
// added as glyph images rendered once for the page (glyphs.c), each clipped
// to the band's rows, and the frames are drawn by cairo clipped to them, so
// that every band gets exactly the pixels a whole-page surface would.
//

#include <config.h>
#include "output-raster-private.h"
#include "arena-private.h"
#include "glyphs-private.h"
#include "packbits-private.h"
#include "raster-header-private.h"
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


//
// Local constants...
//

#define BAND_BYTES	(1024 * 1024)	// Memory for one band of raster output
#define BAND_SLOTS	3		// Bands drawn ahead of writing
#define FRAMES_MAX	8		// Frames whose ink is tracked row by row


//
// Local types...
//

typedef struct notice_band_s		// One band of the page
{
  unsigned char		*data;		// Rows to write (owned)
  bool			*blank;		// Is each row blank, its bytes left as they were? (owned)
  int			stride,		// Bytes from one row to the next
			y,		// First row of the page it holds
			rows;		// Rows it holds
  bool			ready,		// Drawn and waiting to be written?
			failed;		// Did drawing fail?
} notice_band_t;

typedef struct notice_bands_s		// Bands passed from drawing to writing
{
  const notice_layout_t	*layout;	// Laid-out page
  notice_glyphs_t	*glyphs;	// Its text as glyph images
  notice_color_t	color;		// Colour space and depth
  int			resolution,	// Dots per inch
			width,		// Page width in pixels
			height,		// Page height in pixels
			band_rows,	// Rows per band
			per_page,	// Bands per page
			count;		// Bands to draw, all copies together
  cairo_surface_t	*surface;	// Coverage of a band, 8 bits a pixel
  notice_arena_t	*arena;		// Memory of the surface and the slots (owned)
  unsigned char		*pixels;	// Its first row
  int			stride;		// Bytes from one row of it to the next
  int			*ink_left,	// For each row of it, the first column that may hold ink
			*ink_right;	// ...and the column after the last
  unsigned char		*blank_row;	// A blank row for the printer
  notice_band_t		bands[BAND_SLOTS];
					// Bands in flight, their rows in the arena
  pthread_mutex_t	mutex;		// Guards "ready" and "stop"
  pthread_cond_t	cond;		// Signals a change of either
  bool			stop;		// Set when writing stops early
} notice_bands_t;


//
// Local functions...
//

static void	bands_free(notice_bands_t *bands);
static bool	bands_init(notice_bands_t *bands, const notice_layout_t *layout, const notice_options_t *options, const notice_raster_header_t *header);
static void	convert_band_row(notice_bands_t *bands, notice_band_t *band, int row);
static void	convert_row(const unsigned char *coverage, unsigned char *line, int width, notice_color_t color);
static bool	draw_band(notice_bands_t *bands, notice_band_t *band, int n);
static void	*draw_bands(void *data);
static void	frame_ink(notice_bands_t *bands, const notice_band_t *band, const notice_rect_t *frames, size_t num_frames);
static bool	init_header(notice_raster_header_t *header, const notice_options_t *options, const notice_callbacks_t *cb);
static bool	raster_write(notice_sink_t *sink, const notice_raster_header_t *header, bool start);
static void	*render_glyphs(void *data);
static bool	rows_write(void *ctx, const unsigned char *buffer, size_t length);
static bool	write_bands(notice_bands_t *bands, bool threaded, notice_packer_t *packer, notice_sink_t *sink, const notice_raster_header_t *header, const notice_callbacks_t *cb, int *pages);


//
// 'noticeOutputRaster()' - Write the page as PWG or Apple raster.
//
// A second thread draws bands while this one compresses and writes the
// previous ones, and a third renders the page's glyphs while the first bands
// are drawn; without threads, this one does everything in turn.
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
  pthread_t		thread,		// Drawing thread
			renderer;	// Glyph rendering thread
  bool			threaded,	// Is a thread drawing?
			rendering,	// Is a thread rendering glyphs?
			ok;		// Did everything work?
  size_t		glyphs,		// Glyphs on the page
			images,		// Different glyphs
			cut;		// Images cut to their font's box


  if (!init_header(&header, options, cb))
    return (false);

  if (!bands_init(&bands, layout, options, &header) || !noticePackerInit(&packer, header.bytes_per_line, rows_write, sink))
  {
    bands_free(&bands);
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Not enough memory to print the notice - try again or use a lower resolution.");
    return (false);
  }

  if ((rendering = pthread_create(&renderer, NULL, render_glyphs, bands.glyphs) == 0) == false)
    noticeGlyphsRender(bands.glyphs);

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

  if (rendering)
    pthread_join(renderer, NULL);

  glyphs = noticeGlyphsGetCount(bands.glyphs, &images, &cut);
  noticeDebug(cb, "Text of %lu glyphs, %lu different, %lu cut to their font's box.", (unsigned long)glyphs, (unsigned long)images, (unsigned long)cut);

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
    free(bands->bands[i].blank);

  free(bands->blank_row);

  if (bands->surface)
    cairo_surface_destroy(bands->surface);

  noticeArenaDelete(bands->arena);

  noticeGlyphsDelete(bands->glyphs);
  free(bands->ink_left);
  free(bands->ink_right);
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
  int		i,			// Looping var
		slot_stride;		// Bytes from one row of a slot to the next
  size_t	surface_size,		// Bytes of the surface
		slot_size;		// Bytes of a slot
  unsigned char	*memory;		// Memory of the surface and the slots
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

  // The page's glyphs, and the memory (in huge pages where it can be, see
  // arena.c) for one surface to draw in, used by one thread at a time, and
  // for the slots that carry converted rows to the writer...
  bands->glyphs    = noticeGlyphsCreate(layout, options->resolution);
  bands->stride    = cairo_format_stride_for_width(CAIRO_FORMAT_A8, bands->width);
  slot_stride      = bands->color == NOTICE_COLOR_BLACK_1 ? (bands->width + 7) / 8 : bands->width;
  surface_size     = ((size_t)bands->stride * (size_t)bands->band_rows + 63) / 64 * 64;
  slot_size        = ((size_t)slot_stride * (size_t)bands->band_rows + 63) / 64 * 64;
  bands->arena     = noticeArenaCreate();
  memory           = noticeArenaAlloc(bands->arena, surface_size + BAND_SLOTS * slot_size);
  bands->ink_left  = calloc((size_t)bands->band_rows, sizeof(int));
  bands->ink_right = calloc((size_t)bands->band_rows, sizeof(int));

  if (!bands->glyphs || !memory || !bands->ink_left || !bands->ink_right)
    return (false);

  bands->pixels  = memory;
  bands->surface = cairo_image_surface_create_for_data(bands->pixels, CAIRO_FORMAT_A8, bands->width, bands->band_rows, bands->stride);
  ok             = cairo_surface_status(bands->surface) == CAIRO_STATUS_SUCCESS;

  for (i = 0; i < BAND_SLOTS; i ++)
  {
    band         = bands->bands + i;
    band->stride = slot_stride;
    band->data   = memory + surface_size + (size_t)i * slot_size;
    band->blank  = calloc((size_t)bands->band_rows, sizeof(bool));

    if (!band->blank)
      ok = false;
  }

  if ((bands->blank_row = malloc((size_t)bands->bands[0].stride)) != NULL)
    memset(bands->blank_row, bands->color == NOTICE_COLOR_SGRAY_8 ? 255 : 0, (size_t)bands->bands[0].stride);
  else
    ok = false;

  return (ok);
}


//
// 'convert_band_row()' - Turn a row of the surface into a row of the band.
//
// Only the stretch of the row that may hold ink is read, converted and
// cleared; the rest is written blank.  black_1 stretches are widened to
// whole bytes.  A row without ink is only marked blank: the writer takes
// the blank row instead.
//

static void
convert_band_row(notice_bands_t *bands,	// I - Bands
                 notice_band_t  *band,	// I - Band being drawn
                 int            row)	// I - Row of the band
{
  unsigned char	*coverage = bands->pixels + row * bands->stride,
					// Row of the surface
		*line = band->data + row * band->stride;
					// Row for the printer
  int		left = bands->ink_left[row],
					// First column that may hold ink
		right = bands->ink_right[row],
					// Column after the last
		blank = bands->color == NOTICE_COLOR_SGRAY_8 ? 255 : 0,
					// Byte of a blank stretch
		per_byte = bands->color == NOTICE_COLOR_SGRAY_8 ? 1 : 8;
					// Pixels in a byte of the band


  if ((band->blank[row] = left >= right) == true)
    return;

  left  = left / per_byte * per_byte;
  right = right + per_byte - 1 < bands->width ? (right + per_byte - 1) / per_byte * per_byte : bands->width;

  memset(line, blank, (size_t)(left / per_byte));
  convert_row(coverage + left, line + left / per_byte, right - left, bands->color);
  memset(line + (right + per_byte - 1) / per_byte, blank, (size_t)(band->stride - (right + per_byte - 1) / per_byte));
  memset(coverage + left, 0, (size_t)(right - left));
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
// Band "n" counts through all copies, in order.  The surface is clear; the
// glyphs that cross the band are added, then the frames, clipped to the
// band.  Each row's stretch that may hold ink is converted into the band's
// slot and cleared while it is still in the cache; the rest of the row is
// blank in the slot and clear in the surface.
//

static bool				// O - `true` on success
draw_band(notice_bands_t *bands,	// I - Bands
          notice_band_t  *band,		// I - Band to draw
          int            n)		// I - Band number
{
  cairo_t		*cr;		// Drawing context
  cairo_status_t	status;		// Drawing status
  notice_rect_t		frames[FRAMES_MAX];
					// What each frame covers, in points
  size_t		num_frames;	// Number of frames
  int			row;		// Current row
  bool			drawn;		// Were the glyphs drawn?


  band->y    = (n % bands->per_page) * bands->band_rows;
  band->rows = bands->height - band->y < bands->band_rows ? bands->height - band->y : bands->band_rows;

  for (row = 0; row < band->rows; row ++)
  {
    bands->ink_left[row]  = bands->width;
    bands->ink_right[row] = 0;
  }

  cairo_surface_flush(bands->surface);
  drawn = noticeGlyphsDraw(bands->glyphs, bands->pixels, bands->stride, bands->width, band->y, band->rows, bands->ink_left, bands->ink_right);
  cairo_surface_mark_dirty(bands->surface);

  // The frames' coverage adds up (saturating), as the glyphs' does, rather
  // than going "over": the same pixels wherever shapes do not overlap, and
  // several times faster in pixman for an alpha-only surface.  The page
  // moves up so that row "y" is the surface's first...
  cairo_surface_set_device_offset(bands->surface, 0.0, -(double)band->y);

  cr = cairo_create(bands->surface);
  cairo_set_operator(cr, CAIRO_OPERATOR_ADD);
  cairo_rectangle(cr, 0.0, band->y, bands->width, band->rows);
  cairo_clip(cr);
  cairo_scale(cr, bands->resolution / 72.0, bands->resolution / 72.0);
  num_frames = noticeLayoutDrawFrames(bands->layout, cr, frames, FRAMES_MAX);

  status = cairo_status(cr);
  cairo_destroy(cr);

  cairo_surface_flush(bands->surface);
  frame_ink(bands, band, frames, num_frames);

  for (row = 0; row < band->rows; row ++)
    convert_band_row(bands, band, row);

  cairo_surface_mark_dirty(bands->surface);

  return (drawn && status == CAIRO_STATUS_SUCCESS);
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
// 'frame_ink()' - Widen the rows' stretches of ink to the frames drawn.
//
// A frame's whole box, rounded out by a pixel, counts as ink on the rows it
// crosses.  More frames than were measured make every row count as ink.
//

static void
frame_ink(notice_bands_t      *bands,	// I - Bands
          const notice_band_t *band,	// I - Band being drawn
          const notice_rect_t *frames,	// I - What each frame covers, in points
          size_t              num_frames)
					// I - Number of frames
{
  size_t	i;			// Looping var
  double	scale = bands->resolution / 72.0;
					// Pixels per point
  int		left,			// Frame's box in pixels
		top,
		right,
		bottom,
		row;			// Current row


  for (i = 0; i < num_frames; i ++)
  {
    if (num_frames > FRAMES_MAX)
    {
      left   = 0;
      right  = bands->width;
      top    = band->y;
      bottom = band->y + band->rows;
    }
    else
    {
      left   = (int)floor(frames[i].x * scale) - 1;
      right  = (int)ceil((frames[i].x + frames[i].width) * scale) + 1;
      top    = (int)floor(frames[i].y * scale) - 1;
      bottom = (int)ceil((frames[i].y + frames[i].height) * scale) + 1;
    }

    if (left < 0)
      left = 0;
    if (right > bands->width)
      right = bands->width;
    if (top < band->y)
      top = band->y;
    if (bottom > band->y + band->rows)
      bottom = band->y + band->rows;

    for (row = top; row < bottom && left < right; row ++)
    {
      if (left < bands->ink_left[row - band->y])
        bands->ink_left[row - band->y] = left;
      if (right > bands->ink_right[row - band->y])
        bands->ink_right[row - band->y] = right;
    }
  }
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
// 'render_glyphs()' - Render the page's glyphs in a thread of their own.
//

static void *				// O - NULL
render_glyphs(void *data)		// I - Glyphs of the page
{
  noticeGlyphsRender((notice_glyphs_t *)data);

  return (NULL);
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
      ok = noticePackerAddRow(packer, band->blank[row] ? bands->blank_row : band->data + row * band->stride);

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
