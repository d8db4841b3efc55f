//
// Unit tests for raster output (core/output-raster.c): PWG and Apple
// raster written into memory and read back with libcups.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Checks what a printer reads: page headers for every paper, resolution and
// colour space, page counts, where the ink lies, and that drawing in bands
// changes nothing.  The comparison with Ghostscript's rendering of our PDF is
// in tests/output.test.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "catalog-private.h"
#include "layout-private.h"
#include "output-private.h"
#include <cups/raster.h>
#include <math.h>


//
// Local types...
//

typedef struct paper_s			// Paper the notice is printed on
{
  const char	*pwg;			// PWG media name
  double	width_mm,		// Width in millimetres
		height_mm;		// Height in millimetres
} paper_t;

typedef struct reader_s			// Raster stream held in memory
{
  const unsigned char	*data;		// Bytes
  size_t		length,		// Number of bytes
			pos;		// Bytes read so far
} reader_t;

typedef struct page_s			// What one page holds
{
  cups_page_header2_t	header;		// Page header
  int			left,		// Ink box in pixels, -1 if blank
			top,
			right,		// (exclusive)
			bottom;		// (exclusive)
} page_t;

typedef struct fixture_s		// What every test uses
{
  notice_content_t	*content;	// Notice text
  notice_layout_t	*layouts[4];	// The notice laid out on each paper
} fixture_t;

typedef struct job_s			// One raster job to write
{
  size_t		paper;		// Paper, an index into papers
  notice_format_t	format;		// PWG or Apple raster
  notice_color_t	color;		// Colour space and depth
  int			resolution;	// Dots per inch
  int			copies;		// Copies
  int			band_rows;	// Rows per band, 0 for automatic
} job_t;


//
// Local globals...
//

static const paper_t papers[] =		// The four supported papers
{
  { "iso_a4_210x297mm",		210.0, 297.0 },
  { "iso_a5_148x210mm",		148.0, 210.0 },
  { "jis_b5_182x257mm",		182.0, 257.0 },
  { "na_letter_8.5x11in",	215.9, 279.4 }
};


//
// 'ink_at()' - Tell whether a pixel of a line is at least half dark.
//

static bool				// O - `true` for ink
ink_at(const cups_page_header2_t *header,
					// I - Page header
       const unsigned char       *line,	// I - Line
       unsigned                  x)	// I - Pixel
{
  if (header->cupsColorSpace == CUPS_CSPACE_K && header->cupsBitsPerPixel == 1)
    return ((line[x / 8] & (0x80 >> (x % 8))) != 0);

  return (line[x] < 128);
}


//
// 'read_cb()' - Read raster bytes from memory.
//

static ssize_t				// O - Bytes read
read_cb(void          *ctx,		// I - Reader
        unsigned char *buffer,		// O - Bytes
        size_t        bytes)		// I - Bytes wanted
{
  reader_t	*reader = (reader_t *)ctx;
					// Reader


  if (bytes > reader->length - reader->pos)
    bytes = reader->length - reader->pos;

  memcpy(buffer, reader->data + reader->pos, bytes);
  reader->pos += bytes;

  return ((ssize_t)bytes);
}


//
// 'read_pages()' - Read every page of a raster stream.
//
// Returns the number of pages, or -1 when the stream is malformed.
//

static int				// O - Number of pages or -1
read_pages(const unit_buffer_t *buffer,	// I - Raster stream
           page_t              *pages,	// O - Pages
           int                 max_pages)
					// I - Size of pages array
{
  reader_t		reader = { buffer->data, buffer->length, 0 };
					// Reader
  cups_raster_t		*raster;	// Raster stream
  page_t		*page;		// Current page
  unsigned char		*line;		// One line
  unsigned		x, y;		// Position
  int			count = 0;	// Pages read


  if ((raster = cupsRasterOpenIO(read_cb, &reader, CUPS_RASTER_READ)) == NULL)
    return (-1);

  for (page = pages; count < max_pages && cupsRasterReadHeader2(raster, &page->header); page ++, count ++)
  {
    page->left = page->top = page->right = page->bottom = -1;

    if ((line = malloc(page->header.cupsBytesPerLine)) == NULL)
      return (-1);

    for (y = 0; y < page->header.cupsHeight; y ++)
    {
      if (cupsRasterReadPixels(raster, line, page->header.cupsBytesPerLine) < page->header.cupsBytesPerLine)
      {
        free(line);
        cupsRasterClose(raster);
        return (-1);
      }

      for (x = 0; x < page->header.cupsWidth; x ++)
      {
        if (ink_at(&page->header, line, x))
        {
          if (page->left < 0 || (int)x < page->left)
            page->left = (int)x;
          if ((int)x >= page->right)
            page->right = (int)x + 1;
          if (page->top < 0)
            page->top = (int)y;
          page->bottom = (int)y + 1;
        }
      }
    }

    free(line);
  }

  cupsRasterClose(raster);

  return (count);
}


//
// 'write_job()' - Write the notice as raster into memory.
//

static bool				// O - Result of noticeOutputWrite()
write_job(void                 **state,	// I - Fixture
          const job_t          *job,	// I - What to write
          bool                 cancel,	// I - Cancel from the start?
          unit_buffer_t        *buffer,	// O - Output
          unit_log_t           *log,	// O - Log
          int                  *pages,	// O - Pages written
          notice_rect_t        *area)	// O - Text area or NULL
{
  fixture_t		*fixture = (fixture_t *)*state;
					// Fixture
  const paper_t		*paper = papers + job->paper;
					// Paper
  notice_options_t	options;	// Options
  notice_callbacks_t	cb = unit_callbacks(log);
					// Callbacks


  noticeOptionsInit(&options, TEST_DATADIR);
  snprintf(options.media, sizeof(options.media), "%s", paper->pwg);
  options.page_width_pt  = paper->width_mm * 72.0 / 25.4;
  options.page_height_pt = paper->height_mm * 72.0 / 25.4;
  options.format         = job->format;
  options.color          = job->color;
  options.resolution     = job->resolution;
  options.copies         = job->copies;
  options.band_rows      = job->band_rows;

  if (area)
    *area = noticeLayoutGetTextArea(fixture->layouts[job->paper]);

  log->cancel = cancel;

  return (noticeOutputWrite(fixture->layouts[job->paper], &options, unit_write_cb, buffer, &cb, pages));
}


//
// 'setup_fixture()' - Lay out the Japanese notice on every paper.
//
// The layouts are made once for the whole group: pango finishes some font
// work in threads of its own, which must be done before the test program
// clears cairo's caches at exit.
//

static int				// O - 0 on success
setup_fixture(void **state)		// O - Fixture
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  fixture_t		*fixture;	// Fixture
  size_t		p;		// Looping var


  if ((fixture = calloc(1, sizeof(fixture_t))) == NULL)
    return (-1);

  *state = fixture;

  if ((fixture->content = noticeContentLoad(TEST_DATADIR, "ja", &cb)) == NULL)
    return (-1);

  for (p = 0; p < sizeof(papers) / sizeof(papers[0]); p ++)
  {
    if ((fixture->layouts[p] = noticeLayoutCreate(fixture->content, NOTICE_STATUS_INVALID, papers[p].width_mm * 72.0 / 25.4, papers[p].height_mm * 72.0 / 25.4, 0.0, &cb)) == NULL)
      return (-1);
  }

  return (0);
}


//
// 'teardown_fixture()' - Free the layouts and the notice.
//

static int				// O - 0 on success
teardown_fixture(void **state)		// I - Fixture
{
  fixture_t	*fixture = (fixture_t *)*state;
					// Fixture
  size_t	p;			// Looping var


  if (fixture)
  {
    for (p = 0; p < sizeof(papers) / sizeof(papers[0]); p ++)
      noticeLayoutDelete(fixture->layouts[p]);

    noticeContentDelete(fixture->content);
    free(fixture);
  }

  return (0);
}


//
// 'test_headers()' - Every paper, resolution and colour space reads back
//                    right, with the ink inside the margins.
//

static void
test_headers(void **state)		// I - Fixture
{
  static const struct
  {
    notice_format_t	format;		// Format
    notice_color_t	color;		// Colour
    cups_cspace_t	cspace;		// Colour space in the header
    unsigned		bits;		// Bits per pixel
  } kinds[] =
  {
    { NOTICE_FORMAT_PWG, NOTICE_COLOR_SGRAY_8, CUPS_CSPACE_SW, 8 },
    { NOTICE_FORMAT_PWG, NOTICE_COLOR_BLACK_1, CUPS_CSPACE_K,  1 },
    { NOTICE_FORMAT_URF, NOTICE_COLOR_SGRAY_8, CUPS_CSPACE_SW, 8 }
  };
  static const int resolutions[] = { 300, 600 };
  size_t		p, r, k;	// Looping vars
  job_t			job;		// Job
  unit_buffer_t		buffer;		// Output
  unit_log_t		log;		// Log
  notice_rect_t		area;		// Text area in points
  page_t		page;		// Page read back
  int			pages;		// Pages written
  double		width_px,	// Paper width in pixels
			height_px,	// Paper height in pixels
			px;		// One pixel in points
  const double		slack = 1.0;	// Frame line and rounding, in points


  for (p = 0; p < sizeof(papers) / sizeof(papers[0]); p ++)
  {
    for (r = 0; r < sizeof(resolutions) / sizeof(resolutions[0]); r ++)
    {
      for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k ++)
      {
        memset(&job, 0, sizeof(job));
        job.paper      = p;
        job.format     = kinds[k].format;
        job.color      = kinds[k].color;
        job.resolution = resolutions[r];
        job.copies     = 1;

        memset(&buffer, 0, sizeof(buffer));
        if (!write_job(state, &job, false, &buffer, &log, &pages, &area))
          fail_msg("%s %d dpi kind %u: %s", papers[p].pwg, resolutions[r], (unsigned)k, log.last_error);

        assert_int_equal(pages, 1);
        assert_int_equal(read_pages(&buffer, &page, 1), 1);
        free(buffer.data);

        // The page is the paper at the resolution, in the colour space...
        width_px  = papers[p].width_mm * resolutions[r] / 25.4;
        height_px = papers[p].height_mm * resolutions[r] / 25.4;
        px        = 72.0 / resolutions[r];

        if (fabs(page.header.cupsWidth - width_px) >= 1.0 || fabs(page.header.cupsHeight - height_px) >= 1.0)
          fail_msg("%s at %d dpi: %ux%u pixels, expected %.1fx%.1f", papers[p].pwg, resolutions[r], page.header.cupsWidth, page.header.cupsHeight, width_px, height_px);

        assert_int_equal(page.header.HWResolution[0], resolutions[r]);
        assert_int_equal(page.header.HWResolution[1], resolutions[r]);
        assert_int_equal(page.header.cupsColorSpace, kinds[k].cspace);
        assert_int_equal(page.header.cupsBitsPerPixel, kinds[k].bits);
        assert_int_equal(page.header.cupsBytesPerLine, (page.header.cupsWidth * kinds[k].bits + 7) / 8);
        assert_true(fabs(page.header.PageSize[0] - papers[p].width_mm * 72.0 / 25.4) < 1.0);
        assert_true(fabs(page.header.PageSize[1] - papers[p].height_mm * 72.0 / 25.4) < 1.0);

        if (kinds[k].format == NOTICE_FORMAT_PWG)
        {
          assert_string_equal(page.header.cupsPageSizeName, papers[p].pwg);
          assert_int_equal(page.header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount], 1);
        }

        // Ink only between the margins, and out to the frame on both sides...
        assert_true(page.left >= 0);

        if (page.left * px < area.x - slack || page.right * px > area.x + area.width + slack || page.top * px < area.y - slack || page.bottom * px > area.y + area.height + slack)
          fail_msg("%s at %d dpi: ink %.1f,%.1f to %.1f,%.1f pt outside %.1f,%.1f to %.1f,%.1f", papers[p].pwg, resolutions[r], page.left * px, page.top * px, page.right * px, page.bottom * px, area.x, area.y, area.x + area.width, area.y + area.height);

        assert_true(fabs(page.left * px - area.x) < slack + px);
        assert_true(fabs(page.right * px - (area.x + area.width)) < slack + px);
        assert_true(page.bottom * px > area.y + 0.9 * area.height);
      }
    }
  }
}


//
// 'test_copies()' - Copies are whole pages with the total in each header.
//

static void
test_copies(void **state)		// I - Fixture
{
  static const notice_format_t formats[] = { NOTICE_FORMAT_PWG, NOTICE_FORMAT_URF };
  job_t			job;		// Job
  unit_buffer_t		buffer;		// Output
  unit_log_t		log;		// Log
  page_t		pages[4];	// Pages read back
  int			written;	// Pages written
  size_t		f;		// Looping var
  int			i;		// Looping var


  for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f ++)
  {
    memset(&job, 0, sizeof(job));
    job.paper      = 0;
    job.format     = formats[f];
    job.color      = NOTICE_COLOR_SGRAY_8;
    job.resolution = 300;
    job.copies     = 3;

    memset(&buffer, 0, sizeof(buffer));
    assert_true(write_job(state, &job, false, &buffer, &log, &written, NULL));
    assert_int_equal(written, 3);
    assert_int_equal(read_pages(&buffer, pages, 4), 3);
    free(buffer.data);

    for (i = 0; i < 3; i ++)
    {
      if (formats[f] == NOTICE_FORMAT_PWG)
        assert_int_equal(pages[i].header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount], 3);

      assert_int_equal(pages[i].header.Duplex, 0);
      assert_int_equal(pages[i].left, pages[0].left);
      assert_int_equal(pages[i].top, pages[0].top);
      assert_int_equal(pages[i].right, pages[0].right);
      assert_int_equal(pages[i].bottom, pages[0].bottom);
    }
  }
}


//
// 'test_bands()' - Band height changes nothing, down to a byte.
//
// Odd and even band heights cut through the glyphs of every line of text
// somewhere on the page, at 300 dpi and at 600 dpi, where a glyph of the
// title is taller than several of the bands.
//

static void
test_bands(void **state)		// I - Fixture
{
  static const int	band_rows[] = { 0, 1000000, 7, 64, 97 };
					// Automatic, whole page, odd, even, odd
  static const notice_color_t colors[] = { NOTICE_COLOR_SGRAY_8, NOTICE_COLOR_BLACK_1 };
  static const int	resolutions[] = { 300, 600 };
  job_t			job;		// Job
  unit_buffer_t		first,		// Output with automatic bands
			other;		// Output with other bands
  unit_log_t		log;		// Log
  int			pages;		// Pages written
  size_t		b, c, r;	// Looping vars


  for (r = 0; r < sizeof(resolutions) / sizeof(resolutions[0]); r ++)
  {
    for (c = 0; c < sizeof(colors) / sizeof(colors[0]); c ++)
    {
      memset(&job, 0, sizeof(job));
      job.paper      = 1;
      job.format     = NOTICE_FORMAT_PWG;
      job.color      = colors[c];
      job.resolution = resolutions[r];
      job.copies     = 1;

      memset(&first, 0, sizeof(first));
      assert_true(write_job(state, &job, false, &first, &log, &pages, NULL));

      for (b = 1; b < sizeof(band_rows) / sizeof(band_rows[0]); b ++)
      {
        job.band_rows = band_rows[b];

        memset(&other, 0, sizeof(other));
        assert_true(write_job(state, &job, false, &other, &log, &pages, NULL));

        if (other.length != first.length || memcmp(other.data, first.data, first.length))
          fail_msg("%d dpi colour %u: %d-row bands give other pixels than automatic bands", resolutions[r], (unsigned)c, band_rows[b]);

        free(other.data);
      }

      free(first.data);
    }
  }
}


//
// 'test_black_1()' - black_1 is sgray_8 cut at half coverage, bit for bit.
//

static void
test_black_1(void **state)		// I - Fixture
{
  job_t			job;		// Job
  unit_buffer_t		gray,		// sgray_8 output
			black;		// black_1 output
  unit_log_t		log;		// Log
  int			pages;		// Pages written
  reader_t		gray_reader,	// Reader for grey
			black_reader;	// Reader for black
  cups_raster_t		*gray_raster,	// Grey stream
			*black_raster;	// Black stream
  cups_page_header2_t	gray_header,	// Grey header
			black_header;	// Black header
  unsigned char		*gray_line,	// Grey line
			*black_line;	// Black line
  unsigned		x, y;		// Position
  long			ink = 0,	// Ink pixels
			mismatches = 0;	// Pixels that disagree


  memset(&job, 0, sizeof(job));
  job.paper      = 3;
  job.format     = NOTICE_FORMAT_PWG;
  job.color      = NOTICE_COLOR_SGRAY_8;
  job.resolution = 300;
  job.copies     = 1;

  memset(&gray, 0, sizeof(gray));
  assert_true(write_job(state, &job, false, &gray, &log, &pages, NULL));
  job.color = NOTICE_COLOR_BLACK_1;
  memset(&black, 0, sizeof(black));
  assert_true(write_job(state, &job, false, &black, &log, &pages, NULL));

  gray_reader.data    = gray.data;
  gray_reader.length  = gray.length;
  gray_reader.pos     = 0;
  black_reader.data   = black.data;
  black_reader.length = black.length;
  black_reader.pos    = 0;

  gray_raster  = cupsRasterOpenIO(read_cb, &gray_reader, CUPS_RASTER_READ);
  black_raster = cupsRasterOpenIO(read_cb, &black_reader, CUPS_RASTER_READ);
  assert_true(cupsRasterReadHeader2(gray_raster, &gray_header));
  assert_true(cupsRasterReadHeader2(black_raster, &black_header));
  assert_int_equal(gray_header.cupsWidth, black_header.cupsWidth);
  assert_int_equal(gray_header.cupsHeight, black_header.cupsHeight);

  gray_line  = malloc(gray_header.cupsBytesPerLine);
  black_line = malloc(black_header.cupsBytesPerLine);
  assert_non_null(gray_line);
  assert_non_null(black_line);

  for (y = 0; y < gray_header.cupsHeight; y ++)
  {
    assert_int_equal(cupsRasterReadPixels(gray_raster, gray_line, gray_header.cupsBytesPerLine), gray_header.cupsBytesPerLine);
    assert_int_equal(cupsRasterReadPixels(black_raster, black_line, black_header.cupsBytesPerLine), black_header.cupsBytesPerLine);

    for (x = 0; x < gray_header.cupsWidth; x ++)
    {
      ink += ink_at(&black_header, black_line, x);
      if (ink_at(&black_header, black_line, x) != ink_at(&gray_header, gray_line, x))
        mismatches ++;
    }

    // Bits past the last pixel stay clear...
    if (gray_header.cupsWidth % 8)
      assert_int_equal(black_line[black_header.cupsBytesPerLine - 1] & (0xff >> (gray_header.cupsWidth % 8)), 0);
  }

  assert_true(ink > 10000);
  assert_int_equal(mismatches, 0);

  cupsRasterClose(gray_raster);
  cupsRasterClose(black_raster);
  free(gray_line);
  free(black_line);
  free(gray.data);
  free(black.data);
}


//
// 'test_media_fields()' - Media type, tray and quality reach the header.
//
// The core's PWG headers leave PrintQuality out, as libcups 2.4 does (see
// raster-header.c), so quality is checked in Apple raster, which carries it.
//

static void
test_media_fields(void **state)		// I - Fixture
{
  static const notice_format_t formats[] = { NOTICE_FORMAT_PWG, NOTICE_FORMAT_URF };
  fixture_t		*fixture = (fixture_t *)*state;
					// Fixture
  notice_options_t	options;	// Options
  notice_callbacks_t	cb;		// Callbacks
  unit_buffer_t		buffer;		// Output
  unit_log_t		log;		// Log
  page_t		page;		// Page read back
  int			pages;		// Pages written
  size_t		f;		// Looping var


  cb = unit_callbacks(&log);
  noticeOptionsInit(&options, TEST_DATADIR);
  options.resolution     = 300;
  options.media_position = 4;
  options.print_quality  = 5;
  snprintf(options.media_type, sizeof(options.media_type), "stationery-letterhead");

  for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f ++)
  {
    options.format = formats[f];

    memset(&buffer, 0, sizeof(buffer));
    assert_true(noticeOutputWrite(fixture->layouts[0], &options, unit_write_cb, &buffer, &cb, &pages));
    assert_int_equal(read_pages(&buffer, &page, 1), 1);
    free(buffer.data);

    assert_string_equal(page.header.MediaType, "stationery-letterhead");
    assert_int_equal(page.header.MediaPosition, 4);
    if (formats[f] == NOTICE_FORMAT_URF)
      assert_int_equal(page.header.cupsInteger[CUPS_RASTER_PWG_PrintQuality], 5);
  }
}


//
// 'test_failures()' - A failing printer, a cancelled job, nonsense options.
//

static void
test_failures(void **state)		// I - Fixture
{
  job_t			job;		// Job
  unit_buffer_t		buffer;		// Output
  unit_log_t		log;		// Log
  int			pages;		// Pages written


  memset(&job, 0, sizeof(job));
  job.paper      = 0;
  job.format     = NOTICE_FORMAT_PWG;
  job.color      = NOTICE_COLOR_SGRAY_8;
  job.resolution = 300;
  job.copies     = 2;

  // The printer goes away after 10 kB...
  memset(&buffer, 0, sizeof(buffer));
  buffer.fail_after = 10000;
  assert_false(write_job(state, &job, false, &buffer, &log, &pages, NULL));
  assert_non_null(strstr(log.last_error, "Unable to write"));
  free(buffer.data);

  // Cancelled: quietly, and not a byte...
  memset(&buffer, 0, sizeof(buffer));
  assert_false(write_job(state, &job, true, &buffer, &log, &pages, NULL));
  assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 0);
  assert_int_equal(buffer.length, 0);
  free(buffer.data);

  // A resolution no printer has...
  job.resolution = 0;
  memset(&buffer, 0, sizeof(buffer));
  assert_false(write_job(state, &job, false, &buffer, &log, &pages, NULL));
  assert_non_null(strstr(log.last_error, "raster page"));
  assert_int_equal(buffer.length, 0);
  free(buffer.data);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_headers),
    cmocka_unit_test(test_copies),
    cmocka_unit_test(test_bands),
    cmocka_unit_test(test_black_1),
    cmocka_unit_test(test_media_fields),
    cmocka_unit_test(test_failures)
  };

  return (cmocka_run_group_tests(tests, setup_fixture, teardown_fixture));
}
