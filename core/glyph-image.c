//
// Glyph images for raster output: a glyph's coverage, kept row by row from
// its first inked pixel to its last, and added into rows of a page.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// An image keeps, for each row, the coverage from the row's first inked
// pixel to its last, one byte a pixel (0 to 255), in memory from an arena
// (arena.c), so that the few megabytes a 600 dpi page's glyphs take cost
// few page faults.  Adding an image into a surface adds coverage,
// saturating at 255, as cairo's ADD operator does on an A8 surface, eight
// pixels at a time.
//

#include "glyph-image-private.h"
#include <stdlib.h>
#include <string.h>


//
// Local constants...
//

#define IMAGE_SIDE_MAX	32767		// Widest and tallest image accepted
#define LOW_BITS	0x7f7f7f7f7f7f7f7fULL
					// All but the top bit of each byte
#define HIGH_BITS	0x8080808080808080ULL
					// The top bit of each byte


//
// Local functions...
//

static void	add_saturating(unsigned char *dst, const unsigned char *src, int count);
static void	find_ink(const unsigned char *row, int width, int *first, int *end);
static const unsigned char *row_bytes(const unsigned char *row, int width, bool bilevel, unsigned char *bytes);


//
// 'noticeGlyphImageCreate()' - Keep a glyph's coverage as a glyph image.
//
// "coverage" holds "rows" rows of "width" pixels, "pitch" bytes apart: one
// byte a pixel (0 to 255), or with "bilevel" one bit a pixel, most
// significant first, as FreeType renders them.  "left" and "top" place the
// image's top left corner from the glyph's origin.  The image lives as long
// as "arena".  Returns NULL when out of memory or for an image too large.
//

notice_glyph_image_t *			// O - Glyph image or NULL
noticeGlyphImageCreate(
    notice_arena_t      *arena,		// I - Where the image's memory comes from
    const unsigned char *coverage,	// I - Coverage rows
    int                 width,		// I - Width in pixels
    int                 rows,		// I - Height in pixels
    int                 pitch,		// I - Bytes from one row to the next
    bool                bilevel,	// I - One bit a pixel?
    int                 left,		// I - Left edge from the origin
    int                 top)		// I - Top edge from the origin
{
  notice_glyph_image_t	*image;		// New image
  uint16_t		*firsts;	// Each row's first inked pixel
  uint32_t		*offsets;	// Where each row's coverage starts
  unsigned char		*kept,		// Coverage kept
			*bytes = NULL;	// A row of one-bit coverage as bytes
  const unsigned char	*row;		// Current row, a byte a pixel
  size_t		total;		// Bytes of coverage kept
  int			r,		// Current row
			first,		// Row's first inked pixel
			end;		// Pixel after its last


  if (!arena || width < 0 || rows < 0 || width > IMAGE_SIDE_MAX || rows > IMAGE_SIDE_MAX || pitch < (bilevel ? (width + 7) / 8 : width) || (!coverage && width > 0 && rows > 0))
    return (NULL);

  if (bilevel && (bytes = malloc((size_t)width + 1)) == NULL)
    return (NULL);

  // First where each row's ink lies, then the ink...
  image   = noticeArenaAlloc(arena, sizeof(notice_glyph_image_t));
  firsts  = noticeArenaAlloc(arena, (size_t)rows * sizeof(uint16_t) + 1);
  offsets = noticeArenaAlloc(arena, ((size_t)rows + 1) * sizeof(uint32_t));

  if (!image || !firsts || !offsets)
  {
    free(bytes);
    return (NULL);
  }

  for (r = 0, total = 0; r < rows; r ++)
  {
    row = row_bytes(coverage + (size_t)r * (size_t)pitch, width, bilevel, bytes);
    find_ink(row, width, &first, &end);

    firsts[r]  = (uint16_t)first;
    offsets[r] = (uint32_t)total;
    total      += (size_t)(end - first);
  }

  offsets[rows] = (uint32_t)total;

  if ((kept = noticeArenaAlloc(arena, total + 1)) == NULL)
  {
    free(bytes);
    return (NULL);
  }

  for (r = 0; r < rows; r ++)
  {
    row = row_bytes(coverage + (size_t)r * (size_t)pitch, width, bilevel, bytes);
    memcpy(kept + offsets[r], row + firsts[r], offsets[r + 1] - offsets[r]);
  }

  free(bytes);

  image->left     = left;
  image->top      = top;
  image->width    = width;
  image->rows     = rows;
  image->firsts   = firsts;
  image->offsets  = offsets;
  image->coverage = kept;

  return (image);
}


//
// 'noticeGlyphImageAdd()' - Add a glyph's coverage into rows of a page.
//
// The glyph's origin is at pixel ("x", "y") of the page.  "pixels" holds
// "num_rows" rows of the page from row "first_row", each "width" pixels of
// 8-bit coverage, "stride" bytes apart; what of the image lies outside them
// is left out, so that the same glyph added into consecutive strips of the
// page gives the same pixels as added into the whole page.  Unless NULL,
// "ink_left" and "ink_right" hold for each row of the strip the first column
// that may hold ink and the column after the last; they are widened to
// include what the image adds.
//

void
noticeGlyphImageAdd(
    const notice_glyph_image_t *image,	// I - Glyph image
    int                        x,	// I - Origin's column on the page
    int                        y,	// I - Origin's row on the page
    unsigned char              *pixels,	// I - First row of the strip
    int                        stride,	// I - Bytes from one row to the next
    int                        width,	// I - Page width in pixels
    int                        first_row,
					// I - Page row of the strip's first row
    int                        num_rows,// I - Rows in the strip
    int                        *ink_left,
					// IO - First column with ink, for each row, or NULL
    int                        *ink_right)
					// IO - Column after the last with ink, or NULL
{
  int		r,			// Current row of the image
		r_end,			// Row of the image below the strip
		lo,			// First pixel of the row's ink on the page
		hi;			// Pixel after its last
  size_t	line_row;		// Row of the strip


  if (!image || !pixels)
    return;

  // The image's rows that fall in the strip...
  r     = first_row - (y + image->top);
  r_end = first_row + num_rows - (y + image->top);

  if (r < 0)
    r = 0;
  if (r_end > image->rows)
    r_end = image->rows;

  for (; r < r_end; r ++)
  {
    // The row's ink, cut to the page...
    lo = x + image->left + image->firsts[r];
    hi = lo + (int)(image->offsets[r + 1] - image->offsets[r]);

    if (lo < 0)
      lo = 0;
    if (hi > width)
      hi = width;
    if (lo >= hi)
      continue;

    line_row = (size_t)(y + image->top + r - first_row);
    add_saturating(pixels + line_row * (size_t)stride + lo, image->coverage + image->offsets[r] + (lo - (x + image->left + image->firsts[r])), hi - lo);

    if (ink_left && lo < ink_left[line_row])
      ink_left[line_row] = lo;
    if (ink_right && hi > ink_right[line_row])
      ink_right[line_row] = hi;
  }
}


//
// 'add_saturating()' - Add coverage, saturating at 255.
//
// Eight pixels at a time in a 64-bit word: the low seven bits of each byte
// are added without carrying into the next byte, the top bits added on
// their own, and a byte that carried out of its top bit is set to 255.
//

static void
add_saturating(
    unsigned char       *dst,		// IO - Coverage added to
    const unsigned char *src,		// I  - Coverage to add
    int                 count)		// I  - Pixels
{
  uint64_t	a,			// Eight pixels of "dst"
		b,			// Eight pixels of "src"
		sum,			// Their sums, without carries between bytes
		carry;			// Top bits of the bytes that carried out
  unsigned	one;			// Sum of one pixel


  for (; count >= 8; count -= 8, dst += 8, src += 8)
  {
    memcpy(&a, dst, sizeof(a));
    memcpy(&b, src, sizeof(b));

    sum   = ((a & LOW_BITS) + (b & LOW_BITS)) ^ ((a ^ b) & HIGH_BITS);
    carry = ((a & b) | ((a | b) & ~sum)) & HIGH_BITS;
    sum  |= (carry >> 7) * 0xff;

    memcpy(dst, &sum, sizeof(sum));
  }

  for (; count > 0; count --, dst ++, src ++)
  {
    one  = *dst + *src;
    *dst = (unsigned char)(one > 255 ? 255 : one);
  }
}


//
// 'find_ink()' - Find a row's first and last inked pixels.
//
// Blank stretches are skipped eight pixels at a time.  A blank row gives an
// empty stretch at 0.
//

static void
find_ink(const unsigned char *row,	// I - Row, a byte a pixel
         int                 width,	// I - Width in pixels
         int                 *first,	// O - First inked pixel
         int                 *end)	// O - Pixel after the last
{
  int		lo = 0,			// First inked pixel
		hi = width;		// Pixel after the last
  uint64_t	word;			// Eight pixels


  while (lo + 8 <= hi && (memcpy(&word, row + lo, sizeof(word)), word == 0))
    lo += 8;
  while (lo < hi && row[lo] == 0)
    lo ++;

  while (hi - 8 >= lo && (memcpy(&word, row + hi - 8, sizeof(word)), word == 0))
    hi -= 8;
  while (hi > lo && row[hi - 1] == 0)
    hi --;

  *first = lo < hi ? lo : 0;
  *end   = lo < hi ? hi : 0;
}


//
// 'row_bytes()' - Return a row of coverage a byte a pixel.
//
// A one-bit row is spread into "bytes" (0 or 255); a row of bytes is
// returned as it is.
//

static const unsigned char *		// O - Row, a byte a pixel
row_bytes(const unsigned char *row,	// I - Row as rendered
          int                 width,	// I - Width in pixels
          bool                bilevel,	// I - One bit a pixel?
          unsigned char       *bytes)	// I - Room for a row of bytes
{
  int	x;				// Current pixel


  if (!bilevel)
    return (row);

  for (x = 0; x < width; x ++)
    bytes[x] = (row[x / 8] & (0x80 >> (x % 8))) ? 255 : 0;

  return (bytes);
}
