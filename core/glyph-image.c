//
// Glyph images for raster output: a glyph's coverage, kept small and added
// into rows of a page.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// At 600 dpi a glyph of body text is some 140 pixels square, and a page uses
// a few hundred different glyphs: kept as 8-bit coverage they take megabytes,
// and on a virtual machine the first touch of each page of that memory costs
// more than drawing the glyph.  Most of a glyph's pixels are either empty or
// fully covered, so each row is kept as runs: a byte whose top two bits say
// "skip", "fill" (full coverage) or "copy" and whose low six bits hold the
// length less one, "copy" followed by that many coverage bytes.  A row's
// trailing empty pixels are left out.  Adding an image into a surface adds
// coverage, saturating at 255, as cairo's ADD operator does on an A8 surface.
//

#include "glyph-image-private.h"
#include <stdlib.h>
#include <string.h>


//
// Local constants...
//

#define RUN_SKIP	0x00		// Pixels left as they are
#define RUN_FILL	0x40		// Pixels fully covered
#define RUN_COPY	0x80		// Pixels with the coverage bytes that follow
#define RUN_MAX		64		// Longest run one byte describes
#define IMAGE_SIDE_MAX	32767		// Widest and tallest image accepted


//
// Local functions...
//

static unsigned char	*add_runs(unsigned char *out, unsigned char kind, int count, const unsigned char *bytes);
static unsigned char	*encode_row(const unsigned char *row, int width, unsigned char *out);


//
// 'noticeGlyphImageCreate()' - Keep a glyph's coverage as a glyph image.
//
// "coverage" holds "rows" rows of "width" pixels, "pitch" bytes apart: one
// byte a pixel (0 to 255), or with "bilevel" one bit a pixel, most
// significant first, as FreeType renders them.  "left" and "top" place the
// image's top left corner from the glyph's origin.  Returns NULL when out of
// memory or for an image too large.  Free with noticeGlyphImageDelete().
//

notice_glyph_image_t *			// O - Glyph image or NULL
noticeGlyphImageCreate(
    const unsigned char *coverage,	// I - Coverage rows
    int                 width,		// I - Width in pixels
    int                 rows,		// I - Height in pixels
    int                 pitch,		// I - Bytes from one row to the next
    bool                bilevel,	// I - One bit a pixel?
    int                 left,		// I - Left edge from the origin
    int                 top)		// I - Top edge from the origin
{
  notice_glyph_image_t	*image = NULL,	// New image
			*bigger;	// Same, with more room
  unsigned char		*bytes = NULL;	// A row of one-bit coverage as bytes
  const unsigned char	*row;		// Current row of coverage
  size_t		runs_at,	// Offset of the runs in the image
			used,		// Bytes of runs so far
			room,		// Bytes of runs the image has room for
			worst;		// Most bytes one row can take
  int			r,		// Current row
			x;		// Current pixel


  if (width < 0 || rows < 0 || width > IMAGE_SIDE_MAX || rows > IMAGE_SIDE_MAX || pitch < (bilevel ? (width + 7) / 8 : width) || (!coverage && width > 0 && rows > 0))
    return (NULL);

  if (bilevel && (bytes = malloc((size_t)width + 1)) == NULL)
    return (NULL);

  // Room for a quarter of the pixels at first (most glyphs need less), and
  // at least for one row at its worst: two bytes a pixel, a one-pixel "copy"
  // after each one-pixel "skip"...
  runs_at = sizeof(notice_glyph_image_t) + ((size_t)rows + 1) * sizeof(uint32_t);
  worst   = 2 * (size_t)width;
  room    = (size_t)width * (size_t)rows / 4 + worst;
  used    = 0;

  if ((image = malloc(runs_at + room)) == NULL)
    goto fail;

  for (r = 0; r < rows; r ++)
  {
    if (used + worst > room)
    {
      room = 2 * room > used + worst ? 2 * room : used + worst;
      if ((bigger = realloc(image, runs_at + room)) == NULL)
        goto fail;
      image = bigger;
    }

    row = coverage + (size_t)r * (size_t)pitch;

    if (bilevel)
    {
      for (x = 0; x < width; x ++)
        bytes[x] = (row[x / 8] & (0x80 >> (x % 8))) ? 255 : 0;
      row = bytes;
    }

    ((uint32_t *)(image + 1))[r] = (uint32_t)used;
    used = (size_t)(encode_row(row, width, (unsigned char *)image + runs_at + used) - ((unsigned char *)image + runs_at));
  }

  ((uint32_t *)(image + 1))[rows] = (uint32_t)used;
  free(bytes);

  // Give back what the runs did not use...
  if ((bigger = realloc(image, runs_at + used)) != NULL)
    image = bigger;

  image->left   = left;
  image->top    = top;
  image->width  = width;
  image->rows   = rows;
  image->starts = (const uint32_t *)(image + 1);
  image->runs   = (const unsigned char *)image + runs_at;

  return (image);

  fail:

  free(image);
  free(bytes);

  return (NULL);
}


//
// 'noticeGlyphImageDelete()' - Free a glyph image.
//

void
noticeGlyphImageDelete(
    notice_glyph_image_t *image)	// I - Glyph image or NULL
{
  free(image);
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
  const unsigned char	*run,		// Current run
			*end;		// End of the row's runs
  unsigned char		*line;		// Row of the strip
  int			r,		// Current row of the image
			r_end,		// Row of the image below the strip
			px,		// Page column of the run's first pixel
			count,		// Pixels in the run
			lo,		// First pixel of the run on the page
			hi,		// Pixel after the run's last on the page
			i;		// Looping var
  unsigned		sum;		// Coverage added up
  size_t		line_row;	// Row of the strip


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
    line_row = (size_t)(y + image->top + r - first_row);
    line     = pixels + line_row * (size_t)stride;
    run      = image->runs + image->starts[r];
    end  = image->runs + image->starts[r + 1];
    px   = x + image->left;

    while (run < end)
    {
      count = (*run & (RUN_MAX - 1)) + 1;
      lo    = px < 0 ? 0 : px;
      hi    = px + count > width ? width : px + count;

      switch (*run++ & ~(RUN_MAX - 1))
      {
        case RUN_FILL :
            if (lo < hi)
              memset(line + lo, 255, (size_t)(hi - lo));
            break;

        case RUN_COPY :
            for (i = lo; i < hi; i ++)
            {
              sum     = line[i] + run[i - px];
              line[i] = (unsigned char)(sum > 255 ? 255 : sum);
            }
            run += count;
            break;

        default :			// RUN_SKIP
            break;
      }

      px += count;
    }

    // What the row added, from its first pixel to its last (the runs leave
    // out trailing blank pixels)...
    if (ink_left && ink_right && image->starts[r + 1] > image->starts[r])
    {
      lo = x + image->left < 0 ? 0 : x + image->left;
      hi = px > width ? width : px;

      if (lo < hi && lo < ink_left[line_row])
        ink_left[line_row] = lo;
      if (lo < hi && hi > ink_right[line_row])
        ink_right[line_row] = hi;
    }
  }
}


//
// 'add_runs()' - Add runs for a stretch of pixels of one kind.
//
// A stretch longer than one run takes several; "bytes" are the coverage of
// a "copy" stretch.  Returns the byte after them.
//

static unsigned char *			// O - Next byte of runs
add_runs(unsigned char       *out,	// I - Where the runs go
         unsigned char       kind,	// I - RUN_SKIP, RUN_FILL or RUN_COPY
         int                 count,	// I - Pixels
         const unsigned char *bytes)	// I - Coverage for RUN_COPY
{
  int	n;				// Pixels in one run


  for (; count > 0; count -= n)
  {
    n      = count > RUN_MAX ? RUN_MAX : count;
    *out++ = (unsigned char)(kind | (n - 1));

    if (kind == RUN_COPY)
    {
      memcpy(out, bytes, (size_t)n);
      out   += n;
      bytes += n;
    }
  }

  return (out);
}


//
// 'encode_row()' - Describe a row of coverage as runs.
//
// Blank and fully covered stretches, most of a glyph, are found eight
// pixels at a time.  Returns the byte after the row's runs.
//

static unsigned char *			// O - Next byte of runs
encode_row(const unsigned char *row,	// I - Coverage, one byte a pixel
           int                 width,	// I - Width in pixels
           unsigned char       *out)	// I - Where the runs go
{
  int		x,			// Current pixel
		end;			// End of its stretch
  uint64_t	word;			// Eight pixels


  // Trailing empty pixels are left out...
  while (width > 0 && row[width - 1] == 0)
    width --;

  for (x = 0; x < width; x = end)
  {
    if (row[x] == 0 || row[x] == 255)
    {
      // A stretch of one value, ending before "width" when it is 0 (the
      // row's last pixel is not)...
      for (end = x + 1; end + 8 <= width; end += 8)
      {
        memcpy(&word, row + end, sizeof(word));
        if (word != (row[x] ? UINT64_MAX : 0))
          break;
      }

      while (end < width && row[end] == row[x])
        end ++;

      out = add_runs(out, row[x] ? RUN_FILL : RUN_SKIP, end - x, NULL);
    }
    else
    {
      // Partial coverage up to the next empty or full pixel...
      for (end = x + 1; end < width && row[end] != 0 && row[end] != 255; end ++);

      out = add_runs(out, RUN_COPY, end - x, row + x);
    }
  }

  return (out);
}
