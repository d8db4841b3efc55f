//
// Unit tests for the raster stream and page headers (core/raster-header.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// raster-header.c writes PWG and Apple raster headers without libcups; they
// must be the bytes libcups writes for the same page.  Each case builds the
// header both ways, libcups's with cupsRasterInitPWGHeader() and
// cupsRasterWriteHeader2() into memory, and compares the streams' starts (two
// pages, so that a stream header written once and page headers written per
// page are both covered).  This test program links libcups; the core does
// not.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "notice.h"
#include "raster-header-private.h"
#include <cups/raster.h>
#include <stdio.h>


//
// Local types...
//

typedef struct header_case_s		// One page to build both ways
{
  notice_format_t	format;		// PWG or URF
  const char		*media;		// Paper by PWG name, or NULL for by size
  double		width_pt,	// Paper width in points, when by size
			height_pt;	// Paper height in points, when by size
  const char		*pwg;		// PWG name libcups is given
  int			resolution;	// Dots per inch
  notice_color_t	color;		// Colour space and depth
  const char		*media_type;	// MediaType
  unsigned		media_position;	// MediaPosition
  int			print_quality;	// PrintQuality
  int			copies;		// TotalPageCount
} header_case_t;


//
// 'libcups_stream()' - Write the start of a two-page stream with libcups.
//

static void
libcups_stream(const header_case_t *c,	// I - Case
               unit_buffer_t       *out)	// O - Bytes libcups wrote
{
  cups_page_header2_t	header;		// Page header
  cups_raster_t		*raster;	// Raster stream
  pwg_media_t		*media;		// Paper


  assert_non_null(media = pwgMediaForPWG(c->pwg));
  assert_true(cupsRasterInitPWGHeader(&header, media, c->color == NOTICE_COLOR_BLACK_1 ? "black_1" : "sgray_8", c->resolution, c->resolution, "one-sided", NULL));

  header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount] = (unsigned)c->copies;
  header.cupsInteger[CUPS_RASTER_PWG_PrintQuality]   = (unsigned)c->print_quality;
  header.MediaPosition                               = c->media_position;
  snprintf(header.MediaType, sizeof(header.MediaType), "%s", c->media_type);

  memset(out, 0, sizeof(unit_buffer_t));
  assert_non_null(raster = cupsRasterOpenIO(unit_raster_write, out, c->format == NOTICE_FORMAT_URF ? CUPS_RASTER_WRITE_APPLE : CUPS_RASTER_WRITE_PWG));
  assert_true(cupsRasterWriteHeader2(raster, &header));
  assert_true(cupsRasterWriteHeader2(raster, &header));
  cupsRasterClose(raster);
}


//
// 'notice_stream()' - Write the start of a two-page stream with the core.
//

static void
notice_stream(const header_case_t *c,	// I - Case
              unit_buffer_t       *out)	// O - Bytes the core wrote
{
  notice_options_t	options;	// Options
  notice_raster_header_t header;	// Page header
  unsigned char		buffer[NOTICE_RASTER_HEADER_MAX];
					// One header
  size_t		length;		// Its length
  int			i;		// Looping var


  noticeOptionsInit(&options, "");
  options.format         = c->format;
  options.resolution     = c->resolution;
  options.color          = c->color;
  options.media_position = c->media_position;
  options.print_quality  = c->print_quality;
  options.copies         = c->copies;
  snprintf(options.media, sizeof(options.media), "%s", c->media ? c->media : "");
  snprintf(options.media_type, sizeof(options.media_type), "%s", c->media_type);
  if (c->width_pt > 0.0)
  {
    options.page_width_pt  = c->width_pt;
    options.page_height_pt = c->height_pt;
  }

  assert_true(noticeRasterHeaderInit(&header, &options));

  memset(out, 0, sizeof(unit_buffer_t));
  assert_int_not_equal(length = noticeRasterHeaderEncodeStart(&header, buffer, sizeof(buffer)), 0);
  unit_raster_write(out, buffer, length);

  for (i = 0; i < 2; i ++)
  {
    assert_int_not_equal(length = noticeRasterHeaderEncodePage(&header, buffer, sizeof(buffer)), 0);
    unit_raster_write(out, buffer, length);
  }
}


//
// 'test_same_as_libcups()' - Headers are byte for byte libcups's.
//

static void
test_same_as_libcups(void **state)	// I - Unused
{
  static const header_case_t cases[] =
  {
    { NOTICE_FORMAT_PWG, "iso_a4_210x297mm", 0, 0, "iso_a4_210x297mm", 300, NOTICE_COLOR_BLACK_1, "", 0, 0, 1 },
    { NOTICE_FORMAT_PWG, "iso_a4_210x297mm", 0, 0, "iso_a4_210x297mm", 600, NOTICE_COLOR_SGRAY_8, "stationery", 4, 5, 3 },
    { NOTICE_FORMAT_PWG, "iso_a5_148x210mm", 0, 0, "iso_a5_148x210mm", 600, NOTICE_COLOR_BLACK_1, "labels", 0, 3, 2 },
    { NOTICE_FORMAT_PWG, "jis_b5_182x257mm", 0, 0, "jis_b5_182x257mm", 300, NOTICE_COLOR_SGRAY_8, "", 1, 4, 1 },
    { NOTICE_FORMAT_PWG, "na_letter_8.5x11in", 0, 0, "na_letter_8.5x11in", 600, NOTICE_COLOR_BLACK_1, "", 0, 0, 1 },
    { NOTICE_FORMAT_PWG, "", 595.27559, 841.88976, "iso_a4_210x297mm", 300, NOTICE_COLOR_SGRAY_8, "", 0, 0, 1 },
    { NOTICE_FORMAT_URF, "iso_a4_210x297mm", 0, 0, "iso_a4_210x297mm", 300, NOTICE_COLOR_SGRAY_8, "", 0, 0, 1 },
    { NOTICE_FORMAT_URF, "iso_a5_148x210mm", 0, 0, "iso_a5_148x210mm", 600, NOTICE_COLOR_SGRAY_8, "stationery-letterhead", 5, 5, 4 },
    { NOTICE_FORMAT_URF, "jis_b5_182x257mm", 0, 0, "jis_b5_182x257mm", 600, NOTICE_COLOR_SGRAY_8, "cardstock", 0, 3, 1 },
    { NOTICE_FORMAT_URF, "na_letter_8.5x11in", 0, 0, "na_letter_8.5x11in", 300, NOTICE_COLOR_SGRAY_8, "not-in-apples-list", 2, 4, 2 },
    { NOTICE_FORMAT_URF, "iso_a4_210x297mm", 0, 0, "iso_a4_210x297mm", 600, NOTICE_COLOR_BLACK_1, "", 0, 0, 1 }
  };
  size_t	i,			// Looping var
		j;			// Byte
  unit_buffer_t	expected,		// libcups's bytes
		actual;			// The core's bytes


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    libcups_stream(cases + i, &expected);
    notice_stream(cases + i, &actual);

    if (actual.length != expected.length)
      fail_msg("case %u (%s %d dpi): %u bytes, libcups wrote %u", (unsigned)i, cases[i].pwg, cases[i].resolution, (unsigned)actual.length, (unsigned)expected.length);

    for (j = 0; j < actual.length; j ++)
    {
      if (actual.data[j] != expected.data[j])
        fail_msg("case %u (%s %d dpi): byte %u is %02x, libcups wrote %02x", (unsigned)i, cases[i].pwg, cases[i].resolution, (unsigned)j, actual.data[j], expected.data[j]);
    }

    free(expected.data);
    free(actual.data);
  }
}


//
// 'test_sync_words()' - Streams start with the sync words of their format.
//
// Checked against the formats' documents rather than libcups, so that a
// change in both would still be noticed.
//

static void
test_sync_words(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  notice_raster_header_t header;	// Page header
  unsigned char		buffer[NOTICE_RASTER_HEADER_MAX];
					// Encoded header


  (void)state;

  noticeOptionsInit(&options, "");
  snprintf(options.media, sizeof(options.media), "iso_a4_210x297mm");
  options.format     = NOTICE_FORMAT_PWG;
  options.resolution = 600;
  options.copies     = 2;
  options.color      = NOTICE_COLOR_SGRAY_8;

  assert_true(noticeRasterHeaderInit(&header, &options));
  assert_int_equal(header.width, 4960);
  assert_int_equal(header.height, 7015);
  assert_int_equal(noticeRasterHeaderEncodeStart(&header, buffer, sizeof(buffer)), 4);
  assert_memory_equal(buffer, "RaS2", 4);
  assert_int_equal(noticeRasterHeaderEncodePage(&header, buffer, sizeof(buffer)), 1796);
  assert_string_equal((char *)buffer, "PwgRaster");
  assert_string_equal((char *)buffer + 1732, "iso_a4_210x297mm");
  assert_memory_equal(buffer + 372, "\0\0\x13\x60", 4);	// Width 4960

  options.format = NOTICE_FORMAT_URF;
  assert_true(noticeRasterHeaderInit(&header, &options));
  assert_int_equal(noticeRasterHeaderEncodeStart(&header, buffer, sizeof(buffer)), 12);
  assert_memory_equal(buffer, "UNIRAST\0\0\0\0\2", 12);
  assert_int_equal(noticeRasterHeaderEncodePage(&header, buffer, sizeof(buffer)), 32);
  assert_int_equal(buffer[0], 8);
}


//
// 'test_refused()' - Pages the writer cannot describe are refused.
//

static void
test_refused(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  notice_raster_header_t header;	// Page header
  unsigned char		buffer[NOTICE_RASTER_HEADER_MAX];
					// Encoded header


  (void)state;

  noticeOptionsInit(&options, "");
  snprintf(options.media, sizeof(options.media), "iso_a4_210x297mm");
  options.format     = NOTICE_FORMAT_PWG;
  options.resolution = 300;
  options.copies     = 1;

  // A buffer too small for the header...
  assert_true(noticeRasterHeaderInit(&header, &options));
  assert_int_equal(noticeRasterHeaderEncodePage(&header, buffer, 1795), 0);
  assert_int_equal(noticeRasterHeaderEncodeStart(&header, buffer, 3), 0);

  // A paper that is not one of the notice's...
  snprintf(options.media, sizeof(options.media), "na_legal_8.5x14in");
  options.page_width_pt  = 612.0;
  options.page_height_pt = 1008.0;
  assert_false(noticeRasterHeaderInit(&header, &options));

  // Not a raster format, no copies...
  snprintf(options.media, sizeof(options.media), "iso_a4_210x297mm");
  options.format = NOTICE_FORMAT_PDF;
  assert_false(noticeRasterHeaderInit(&header, &options));
  options.format = NOTICE_FORMAT_URF;
  options.copies = 0;
  assert_false(noticeRasterHeaderInit(&header, &options));
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_same_as_libcups),
    cmocka_unit_test(test_sync_words),
    cmocka_unit_test(test_refused)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
