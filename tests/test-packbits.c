//
// Unit tests for raster row compression (core/packbits.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The encoder must write exactly the bytes libcups's cupsRasterWritePixels()
// writes for the same rows: pages of awkward rows are written both ways and
// compared, and a few rows against encodings worked out by hand.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "packbits-private.h"
#include <cups/raster.h>


//
// 'make_header()' - A page header for rows of "width" bytes of grey.
//

static void
make_header(cups_page_header2_t *header,// O - Header
            unsigned            width,	// I - Pixels (bytes) in a row
            unsigned            height)	// I - Rows
{
  memset(header, 0, sizeof(cups_page_header2_t));
  header->HWResolution[0]  = 300;
  header->HWResolution[1]  = 300;
  header->cupsWidth        = width;
  header->cupsHeight       = height;
  header->cupsBitsPerColor = 8;
  header->cupsBitsPerPixel = 8;
  header->cupsBytesPerLine = width;
  header->cupsColorOrder   = CUPS_ORDER_CHUNKED;
  header->cupsColorSpace   = CUPS_CSPACE_SW;
  header->cupsNumColors    = 1;
}


//
// 'fill_row()' - Fill a row with one of the awkward patterns.
//

static void
fill_row(unsigned char *row,		// O - Row
         unsigned      width,		// I - Bytes in the row
         int           pattern,		// I - Pattern number
         unsigned      y)		// I - Row number, for variety
{
  unsigned	x;			// Current byte
  unsigned	seed = y * 2654435761U + (unsigned)pattern;
					// Pseudo-random state


  for (x = 0; x < width; x ++)
  {
    switch (pattern)
    {
      case 0 :				// White
          row[x] = 255;
          break;
      case 1 :				// Alternating
          row[x] = (unsigned char)(x & 1 ? 0 : 255);
          break;
      case 2 :				// Pairs and singles: AAB AAB...
          row[x] = (unsigned char)(x % 3 == 2 ? 7 : 200);
          break;
      case 3 :				// Runs of 127, 128, 129 and more
          row[x] = (unsigned char)((x / (127 + y % 4)) & 1 ? 0 : 255);
          break;
      case 4 :				// Text-like: white with a few marks
          row[x] = (unsigned char)((x + y) % 97 < 3 ? (x * 37) & 255 : 255);
          break;
      default :				// Noise in a few values
          seed   = seed * 1103515245U + 12345U;
          row[x] = (unsigned char)(((seed >> 16) % 3) * 100);
          break;
    }
  }

  // The last pixel alone, now and then...
  if (width > 1 && y % 5 == 1)
    row[width - 1] = (unsigned char)(row[width - 2] ^ 0x5a);
}


//
// 'test_same_as_libcups()' - Pages of awkward rows compress as in libcups,
//                            in PWG and in Apple raster.
//

static void
test_same_as_libcups(void **state)	// I - Unused
{
  static const unsigned	widths[] = { 1, 2, 3, 127, 128, 129, 255, 256, 257, 1000, 4960 };
  static const cups_mode_t modes[] = { CUPS_RASTER_WRITE_PWG, CUPS_RASTER_WRITE_APPLE };
  size_t		i,		// Current mode and width
			m;		// Current mode
  const unsigned	height = 700;	// Rows: long groups of equal rows too
  size_t		w;		// Current width
  unsigned		y;		// Current row
  cups_page_header2_t	header;		// Page header
  cups_raster_t		*raster;	// libcups stream
  notice_packer_t	packer;		// Our encoder
  unit_buffer_t		theirs,		// libcups's bytes
			ours;		// Our bytes
  unsigned char		*row;		// Current row


  (void)state;

  for (i = 0; i < sizeof(modes) / sizeof(modes[0]) * sizeof(widths) / sizeof(widths[0]); i ++)
  {
    m = i / (sizeof(widths) / sizeof(widths[0]));
    w = i % (sizeof(widths) / sizeof(widths[0]));

    make_header(&header, widths[w], height);
    row = malloc(widths[w]);
    assert_non_null(row);
    memset(&theirs, 0, sizeof(theirs));
    memset(&ours, 0, sizeof(ours));

    // libcups writes header and rows; we write the rows after its header...
    raster = cupsRasterOpenIO(unit_raster_write, &theirs, modes[m]);
    assert_true(cupsRasterWriteHeader2(raster, &header));
    for (y = 0; y < height; y ++)
    {
      fill_row(row, widths[w], (int)(y / 50) % 7, y / 3);
      assert_int_equal(cupsRasterWritePixels(raster, row, widths[w]), widths[w]);
    }
    cupsRasterClose(raster);

    raster = cupsRasterOpenIO(unit_raster_write, &ours, modes[m]);
    assert_true(cupsRasterWriteHeader2(raster, &header));
    assert_true(noticePackerInit(&packer, widths[w], unit_write_cb, &ours));
    for (y = 0; y < height; y ++)
    {
      fill_row(row, widths[w], (int)(y / 50) % 7, y / 3);
      assert_true(noticePackerAddRow(&packer, row));
    }
    assert_true(noticePackerEndPage(&packer));
    noticePackerFree(&packer);
    cupsRasterClose(raster);

    if (theirs.length != ours.length || memcmp(theirs.data, ours.data, ours.length))
      fail_msg("%s, width %u: %u bytes from libcups, %u from us, or different bytes", m ? "Apple" : "PWG", widths[w], (unsigned)theirs.length, (unsigned)ours.length);

    free(theirs.data);
    free(ours.data);
    free(row);
  }
}


//
// 'test_rows()' - Rows encode as worked out by hand.
//

static void
test_rows(void **state)			// I - Unused
{
  static const struct
  {
    const char		*row;		// Row
    size_t		length;		// Its bytes
    const char		*packed;	// Expected encoding
    size_t		packed_length;	// Its bytes
  } cases[] =
  {
    { "A",	1, "\000A",			2 },	// The last pixel alone
    { "AAAA",	4, "\003A",			2 },	// A run
    { "AB",	2, "\377AB",			3 },	// Two pixels as they are
    { "ABC",	3, "\376ABC",			4 },
    { "AAB",	3, "\001A\000B",		4 },	// A run, then the last pixel
    { "ABB",	3, "\000A\001B",		4 },	// One pixel, then a run
    { "ABCC",	4, "\377AB\001C",		5 },
    { "ABCCD",	5, "\377AB\001C\000D",		7 }
  };
  unsigned char	out[16];		// Encoded row
  size_t	i;			// Looping var


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    if (noticePackRow((const unsigned char *)cases[i].row, cases[i].length, out) != cases[i].packed_length || memcmp(out, cases[i].packed, cases[i].packed_length))
      fail_msg("row \"%s\" encoded wrongly", cases[i].row);
  }
}


//
// 'test_bounds()' - No row ever needs more than noticePackRowMax() bytes.
//

static void
test_bounds(void **state)		// I - Unused
{
  unsigned char	row[3000],		// Row
		*out;			// Encoded row
  size_t	length,			// Bytes in the row
		max;			// Bound for that length
  int		pattern;		// Pattern number


  (void)state;

  out = malloc(noticePackRowMax(sizeof(row)));
  assert_non_null(out);

  for (length = 1; length <= sizeof(row); length += length < 300 ? 1 : 97)
  {
    max = noticePackRowMax(length);

    for (pattern = 0; pattern < 7; pattern ++)
    {
      fill_row(row, (unsigned)length, pattern, (unsigned)length);
      if (noticePackRow(row, length, out) > max)
        fail_msg("%u bytes of pattern %d took more than %u", (unsigned)length, pattern, (unsigned)max);
    }
  }

  free(out);
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
    cmocka_unit_test(test_rows),
    cmocka_unit_test(test_bounds)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
