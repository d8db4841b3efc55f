//
// Unit tests for glyph images (core/glyph-image.c) and the arena they live
// in (core/arena.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// A glyph image must give back exactly the coverage it was made from,
// added (saturating) to what a page holds, clipped to the page and to any
// strip of its rows, and must say which columns of each row it touched.
// The patterns have blank rows, blank edges, ink at either edge only, and
// widths that are and are not whole words of eight pixels.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "glyph-image-private.h"
#include <math.h>


//
// Local constants...
//

#define PAGE_WIDTH	300		// Width of the test page in pixels
#define PAGE_ROWS	200		// Height of the test page


//
// Local types...
//

typedef struct pattern_s		// A coverage pattern to encode
{
  const char	*name;			// What it is
  int		width,			// Width in pixels
		rows;			// Height in pixels
} pattern_t;


//
// Local globals...
//

static const pattern_t patterns[] =
{
  { "blank",				 17,  5 },
  { "full",				 70,  3 },
  { "disc (a glyph)",			140, 140 },
  { "ramp",				 300, 4 },
  { "0 and 128 alternating",		 65, 2 },
  { "0 and 255 alternating",		 66, 2 },
  { "long runs of each kind",		 200, 6 },
  { "one pixel",				  1, 1 },
  { "noise",				 129, 33 },
  { "ink at the right edge only",	 64, 3 }
};


//
// 'fill_pattern()' - Make the coverage of a pattern.
//

static unsigned char *			// O - Coverage, width x rows bytes
fill_pattern(size_t n)			// I - Pattern number
{
  const pattern_t *p = patterns + n;	// Pattern
  unsigned char	*coverage;		// Coverage
  unsigned	seed = 12345;		// Pseudo-random state
  int		x, y,			// Position
		dx, dy;			// From the disc's centre
  unsigned char	value;			// Coverage of a pixel
  double	distance;		// From the disc's centre in pixels


  coverage = calloc((size_t)p->width * (size_t)p->rows, 1);
  assert_non_null(coverage);

  for (y = 0; y < p->rows; y ++)
  {
    for (x = 0; x < p->width; x ++)
    {
      switch (n)
      {
        case 0 :
            value = 0;
            break;
        case 1 :
            value = 255;
            break;
        case 2 :			// Full inside, antialiased at the edge
            dx       = 2 * x + 1 - p->width;
            dy       = 2 * y + 1 - p->rows;
            distance = sqrt((double)(dx * dx + dy * dy)) / 2.0;
            value    = (unsigned char)(distance < 64.5 ? 255 : distance < 65.5 ? (65.5 - distance) * 255.0 : 0);
            break;
        case 3 :
            value = (unsigned char)(x * 255 / (p->width - 1));
            break;
        case 4 :
            value = (unsigned char)(x & 1 ? 128 : 0);
            break;
        case 5 :
            value = (unsigned char)(x & 1 ? 255 : 0);
            break;
        case 6 :			// 0, 255 and 77 in runs of 70, 130...
            value = (unsigned char)((x / (70 + 60 * (y % 2))) % 3 == 0 ? 0 : (x / (70 + 60 * (y % 2))) % 3 == 1 ? 255 : 77);
            break;
        case 7 :
            value = 200;
            break;
        case 8 :
            seed  = seed * 1103515245U + 12345U;
            value = (unsigned char)((seed >> 16) % 4 == 0 ? 255 : (seed >> 16) % 4 == 1 ? 0 : (seed >> 8) & 255);
            break;
        default :
            value = (unsigned char)(x == p->width - 1 ? 9 : 0);
            break;
      }

      coverage[y * p->width + x] = value;
    }
  }

  return (coverage);
}


//
// 'add_expected()' - Add coverage to a page the way an image should.
//

static void
add_expected(unsigned char       *page,	// IO - Page, PAGE_WIDTH x PAGE_ROWS
             const unsigned char *coverage,
					// I  - Coverage
             int                 width,	// I  - Its width
             int                 rows,	// I  - Its rows
             int                 left,	// I  - Page column of its left edge
             int                 top)	// I  - Page row of its top edge
{
  int		x, y;			// Position in the coverage
  unsigned	sum;			// Coverage added up


  for (y = 0; y < rows; y ++)
  {
    for (x = 0; x < width; x ++)
    {
      if (left + x < 0 || left + x >= PAGE_WIDTH || top + y < 0 || top + y >= PAGE_ROWS)
        continue;

      sum = page[(top + y) * PAGE_WIDTH + left + x] + coverage[y * width + x];
      page[(top + y) * PAGE_WIDTH + left + x] = (unsigned char)(sum > 255 ? 255 : sum);
    }
  }
}


//
// 'test_round_trip()' - Every pattern comes back as it went in, added to
//                       what the page holds.
//

static void
test_round_trip(void **state)		// I - Arena
{
  notice_arena_t	*arena = (notice_arena_t *)*state;
					// Where images live
  size_t		n;		// Current pattern
  const pattern_t	*p;		// Pattern
  unsigned char		*coverage,	// Its coverage
			*page,		// Page the image is added into
			*expected;	// What the page should hold
  notice_glyph_image_t	*image;		// Image of the pattern
  int			i;		// Looping var



  page     = malloc(PAGE_WIDTH * PAGE_ROWS);
  expected = malloc(PAGE_WIDTH * PAGE_ROWS);
  assert_non_null(page);
  assert_non_null(expected);

  for (n = 0; n < sizeof(patterns) / sizeof(patterns[0]); n ++)
  {
    p        = patterns + n;
    coverage = fill_pattern(n);
    image    = noticeGlyphImageCreate(arena, coverage, p->width, p->rows, p->width, false, -3, -p->rows);
    assert_non_null(image);
    assert_int_equal(image->width, p->width);
    assert_int_equal(image->rows, p->rows);

    // Into a page with some coverage of its own, twice, so that sums reach
    // and pass 255...
    for (i = 0; i < PAGE_WIDTH * PAGE_ROWS; i ++)
      page[i] = expected[i] = (unsigned char)(i % 7 * 20);

    add_expected(expected, coverage, p->width, p->rows, 5 - 3, 170 - p->rows);
    add_expected(expected, coverage, p->width, p->rows, 5 - 3, 170 - p->rows);
    noticeGlyphImageAdd(image, 5, 170, page, PAGE_WIDTH, PAGE_WIDTH, 0, PAGE_ROWS, NULL, NULL);
    noticeGlyphImageAdd(image, 5, 170, page, PAGE_WIDTH, PAGE_WIDTH, 0, PAGE_ROWS, NULL, NULL);

    if (memcmp(page, expected, PAGE_WIDTH * PAGE_ROWS))
      fail_msg("%s: the page does not hold the coverage added", p->name);

    free(coverage);
  }

  free(page);
  free(expected);
}


//
// 'test_strips()' - An image added strip by strip, partly off the page,
//                   gives the same pixels as added into the whole page.
//

static void
test_strips(void **state)		// I - Arena
{
  notice_arena_t	*arena = (notice_arena_t *)*state;
					// Where images live
  static const int	strip_rows[] = { 1, 7, 64, PAGE_ROWS };
  static const int	origins[][2] =	// Origins: inside, off each edge
  {
    { 80, 150 }, { -40, 150 }, { 250, 150 }, { 80, 60 }, { 80, 260 }
  };
  unsigned char		*coverage,	// Disc's coverage
			*whole,		// Page the image is added into whole
			*strips;	// Same, strip by strip
  notice_glyph_image_t	*image;		// Image of the disc
  size_t		o, s;		// Current origin and strip height
  int			first;		// First row of a strip



  coverage = fill_pattern(2);
  image    = noticeGlyphImageCreate(arena, coverage, patterns[2].width, patterns[2].rows, patterns[2].width, false, 0, -patterns[2].rows);
  whole    = calloc(PAGE_WIDTH * PAGE_ROWS, 1);
  strips   = calloc(PAGE_WIDTH * PAGE_ROWS, 1);
  assert_non_null(image);
  assert_non_null(whole);
  assert_non_null(strips);

  for (o = 0; o < sizeof(origins) / sizeof(origins[0]); o ++)
  {
    memset(whole, 0, PAGE_WIDTH * PAGE_ROWS);
    add_expected(whole, coverage, patterns[2].width, patterns[2].rows, origins[o][0], origins[o][1] - patterns[2].rows);

    for (s = 0; s < sizeof(strip_rows) / sizeof(strip_rows[0]); s ++)
    {
      memset(strips, 0, PAGE_WIDTH * PAGE_ROWS);

      for (first = 0; first < PAGE_ROWS; first += strip_rows[s])
        noticeGlyphImageAdd(image, origins[o][0], origins[o][1], strips + first * PAGE_WIDTH, PAGE_WIDTH, PAGE_WIDTH, first, first + strip_rows[s] > PAGE_ROWS ? PAGE_ROWS - first : strip_rows[s], NULL, NULL);

      if (memcmp(whole, strips, PAGE_WIDTH * PAGE_ROWS))
        fail_msg("origin %d,%d: strips of %d rows give other pixels", origins[o][0], origins[o][1], strip_rows[s]);
    }
  }

  free(coverage);
  free(whole);
  free(strips);
}


//
// 'test_ink_columns()' - The columns reported for each row hold all of its
//                        ink, and rows without ink are left as they were.
//

static void
test_ink_columns(void **state)		// I - Arena
{
  notice_arena_t	*arena = (notice_arena_t *)*state;
					// Where images live
  size_t		n;		// Current pattern
  const pattern_t	*p;		// Pattern
  unsigned char		*coverage,	// Its coverage
			*page;		// Page the image is added into
  notice_glyph_image_t	*image;		// Image of the pattern
  int			left[PAGE_ROWS],// First column with ink, for each row
			right[PAGE_ROWS],
					// Column after the last
			x, y;		// Position on the page



  page = malloc(PAGE_WIDTH * PAGE_ROWS);
  assert_non_null(page);

  for (n = 0; n < sizeof(patterns) / sizeof(patterns[0]); n ++)
  {
    p        = patterns + n;
    coverage = fill_pattern(n);
    image    = noticeGlyphImageCreate(arena, coverage, p->width, p->rows, p->width, false, 0, 0);
    assert_non_null(image);

    memset(page, 0, PAGE_WIDTH * PAGE_ROWS);
    for (y = 0; y < PAGE_ROWS; y ++)
    {
      left[y]  = PAGE_WIDTH;
      right[y] = 0;
    }

    // Partly off the right edge, so that clipping counts too...
    noticeGlyphImageAdd(image, PAGE_WIDTH - p->width / 2 - 1, 10, page, PAGE_WIDTH, PAGE_WIDTH, 0, PAGE_ROWS, left, right);

    for (y = 0; y < PAGE_ROWS; y ++)
    {
      for (x = 0; x < PAGE_WIDTH; x ++)
      {
        if (page[y * PAGE_WIDTH + x] && (x < left[y] || x >= right[y]))
          fail_msg("%s: ink at %d,%d outside the columns %d to %d reported", p->name, x, y, left[y], right[y]);
      }

      if ((y < 10 || y >= 10 + p->rows) && (left[y] != PAGE_WIDTH || right[y] != 0))
        fail_msg("%s: row %d, which has no part of the image, was widened", p->name, y);
    }

    free(coverage);
  }

  free(page);
}


//
// 'test_bilevel()' - One-bit coverage gives the same image as bytes of 0
//                    and 255.
//

static void
test_bilevel(void **state)		// I - Arena
{
  notice_arena_t	*arena = (notice_arena_t *)*state;
					// Where images live
  const int		width = 77,	// Pixels in a row (not whole bytes)
			rows = 9,	// Rows
			pitch = 12;	// Bytes from one row to the next
  unsigned char		bits[9 * 12],	// One bit a pixel
			bytes[9 * 77],	// One byte a pixel
			*from_bits,	// Page from the bits
			*from_bytes;	// Page from the bytes
  notice_glyph_image_t	*a, *b;		// Images of each
  int			x, y;		// Position



  memset(bits, 0, sizeof(bits));
  for (y = 0; y < rows; y ++)
  {
    for (x = 0; x < width; x ++)
    {
      bytes[y * width + x] = (unsigned char)((x * 7 + y * 3) % 5 < 2 ? 255 : 0);
      if (bytes[y * width + x])
        bits[y * pitch + x / 8] |= (unsigned char)(0x80 >> (x % 8));
    }
  }

  a          = noticeGlyphImageCreate(arena, bits, width, rows, pitch, true, 0, 0);
  b          = noticeGlyphImageCreate(arena, bytes, width, rows, width, false, 0, 0);
  from_bits  = calloc(PAGE_WIDTH * PAGE_ROWS, 1);
  from_bytes = calloc(PAGE_WIDTH * PAGE_ROWS, 1);
  assert_non_null(a);
  assert_non_null(b);
  assert_non_null(from_bits);
  assert_non_null(from_bytes);

  noticeGlyphImageAdd(a, 3, 4, from_bits, PAGE_WIDTH, PAGE_WIDTH, 0, PAGE_ROWS, NULL, NULL);
  noticeGlyphImageAdd(b, 3, 4, from_bytes, PAGE_WIDTH, PAGE_WIDTH, 0, PAGE_ROWS, NULL, NULL);
  assert_memory_equal(from_bits, from_bytes, PAGE_WIDTH * PAGE_ROWS);

  free(from_bits);
  free(from_bytes);
}


//
// 'test_saturation()' - Every pair of coverage values adds up as cairo's
//                       ADD operator would, in every byte of a word and in
//                       the pixels after the last whole word.
//

static void
test_saturation(void **state)		// I - Arena
{
  notice_arena_t	*arena = (notice_arena_t *)*state;
					// Where images live
  unsigned char		ramp[259],	// Coverage 1 to 255, then 3 more
			page[PAGE_WIDTH];
					// One row of the page
  notice_glyph_image_t	*image;		// Image of the ramp
  int			a, b;		// Coverage on the page and in the image


  for (b = 0; b < (int)sizeof(ramp); b ++)
    ramp[b] = (unsigned char)(b % 255 + 1);

  image = noticeGlyphImageCreate(arena, ramp, (int)sizeof(ramp), 1, (int)sizeof(ramp), false, 0, 0);
  assert_non_null(image);

  for (a = 0; a < 256; a ++)
  {
    memset(page, a, sizeof(page));
    noticeGlyphImageAdd(image, 1, 0, page, PAGE_WIDTH, PAGE_WIDTH, 0, 1, NULL, NULL);

    assert_int_equal(page[0], a);
    for (b = 0; b < (int)sizeof(ramp); b ++)
    {
      if (page[b + 1] != (a + ramp[b] > 255 ? 255 : a + ramp[b]))
        fail_msg("%d + %d gave %d", a, ramp[b], page[b + 1]);
    }
    assert_int_equal(page[sizeof(ramp) + 1], a);
  }
}


//
// 'test_kept()' - An image keeps each row from its first inked pixel to its
//                 last, and nothing of a blank row.
//

static void
test_kept(void **state)			// I - Arena
{
  notice_arena_t	*arena = (notice_arena_t *)*state;
					// Where images live
  static const char	*rows[] =	// Coverage: '.' blank, 'x' ink
  {
    "..........................",
    "....x.....x...............",
    "x.........................",
    ".........................x",
    "xxxxxxxxxxxxxxxxxxxxxxxxxx",
    "................x........."
  };
  static const int	firsts[] = { 0, 4, 0, 25, 0, 16 },
			lengths[] = { 0, 7, 1, 1, 26, 1 };
  unsigned char		coverage[6 * 26];
					// The rows as coverage
  notice_glyph_image_t	*image;		// Their image
  int			r, x;		// Position


  for (r = 0; r < 6; r ++)
    for (x = 0; x < 26; x ++)
      coverage[r * 26 + x] = (unsigned char)(rows[r][x] == 'x' ? 200 : 0);

  image = noticeGlyphImageCreate(arena, coverage, 26, 6, 26, false, 0, 0);
  assert_non_null(image);

  for (r = 0; r < 6; r ++)
  {
    assert_int_equal(image->offsets[r + 1] - image->offsets[r], lengths[r]);
    if (lengths[r])
      assert_int_equal(image->firsts[r], firsts[r]);
  }
}


//
// 'test_bad_input()' - Impossible sizes are refused; an empty image is not.
//

static void
test_bad_input(void **state)		// I - Arena
{
  notice_arena_t	*arena = (notice_arena_t *)*state;
					// Where images live
  unsigned char		coverage[16] = { 0 };
					// Some coverage
  notice_glyph_image_t	*image;		// Image


  assert_null(noticeGlyphImageCreate(arena, coverage, -1, 1, 16, false, 0, 0));
  assert_null(noticeGlyphImageCreate(arena, coverage, 1, -1, 16, false, 0, 0));
  assert_null(noticeGlyphImageCreate(arena, coverage, 40000, 1, 40000, false, 0, 0));
  assert_null(noticeGlyphImageCreate(arena, coverage, 8, 2, 4, false, 0, 0));
  assert_null(noticeGlyphImageCreate(arena, NULL, 8, 2, 8, false, 0, 0));
  assert_null(noticeGlyphImageCreate(NULL, coverage, 8, 2, 8, false, 0, 0));

  image = noticeGlyphImageCreate(arena, NULL, 0, 0, 0, false, 0, 0);
  assert_non_null(image);
  assert_int_equal(image->rows, 0);
  noticeGlyphImageAdd(image, 0, 0, coverage, 16, 16, 0, 1, NULL, NULL);
}


//
// 'test_arena()' - An arena hands out zeroed, aligned, separate pieces, in
//                  whole huge pages, however large.
//

static void
test_arena(void **state)		// I - Unused
{
  notice_arena_t	*arena;		// Arena
  unsigned char		*pieces[300];	// Pieces handed out
  size_t		sizes[300];	// Their sizes
  size_t		i, j;		// Looping vars


  (void)state;

  assert_non_null(arena = noticeArenaCreate());
  assert_int_equal(noticeArenaGetSize(arena), 0);

  // Pieces of many sizes, some larger than a chunk, each filled with its own
  // number after checking that it came zeroed...
  for (i = 0; i < 300; i ++)
  {
    sizes[i]  = i == 150 ? 5 * 1024 * 1024 : (i * 7919) % 40000;
    pieces[i] = noticeArenaAlloc(arena, sizes[i]);
    assert_non_null(pieces[i]);
    assert_int_equal((uintptr_t)pieces[i] % 16, 0);

    for (j = 0; j < sizes[i]; j ++)
      assert_int_equal(pieces[i][j], 0);

    memset(pieces[i], (int)(i & 255), sizes[i]);
  }

  for (i = 0; i < 300; i ++)
  {
    for (j = 0; j < sizes[i]; j ++)
    {
      if (pieces[i][j] != (i & 255))
        fail_msg("piece %u was overwritten at byte %u", (unsigned)i, (unsigned)j);
    }
  }

  assert_int_equal(noticeArenaGetSize(arena) % (2 * 1024 * 1024), 0);
  assert_true(noticeArenaGetSize(arena) >= 5 * 1024 * 1024);

  noticeArenaDelete(arena);
  noticeArenaDelete(NULL);
  assert_null(noticeArenaAlloc(NULL, 16));
}


//
// 'setup()' - Make an arena for a test's images.
//

static int				// O - 0 on success
setup(void **state)			// O - Arena
{
  return ((*state = noticeArenaCreate()) != NULL ? 0 : -1);
}


//
// 'teardown()' - Free a test's arena.
//

static int				// O - 0 on success
teardown(void **state)			// I - Arena
{
  noticeArenaDelete((notice_arena_t *)*state);

  return (0);
}


//
// 'main()' - Run the tests.
//

int					// O - Exit status
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown(test_strips, setup, teardown),
    cmocka_unit_test_setup_teardown(test_ink_columns, setup, teardown),
    cmocka_unit_test_setup_teardown(test_bilevel, setup, teardown),
    cmocka_unit_test_setup_teardown(test_saturation, setup, teardown),
    cmocka_unit_test_setup_teardown(test_kept, setup, teardown),
    cmocka_unit_test_setup_teardown(test_bad_input, setup, teardown),
    cmocka_unit_test(test_arena)
  };


  return (cmocka_run_group_tests(tests, NULL, NULL));
}
