//
// Glyph images for raster output: a glyph's coverage, kept small and added
// into rows of a page.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_GLYPH_IMAGE_PRIVATE_H
#  define NOTICE_GLYPH_IMAGE_PRIVATE_H
#  include "core-private.h"
#  include <stdint.h>

typedef struct notice_glyph_image_s	// Coverage of one glyph, run-length coded
{
  int			left,		// Image's left edge from the glyph's origin, in pixels
			top,		// Image's top edge from the origin, in pixels (up is negative)
			width,		// Width in pixels
			rows;		// Height in pixels
  const uint32_t	*starts;	// Offset of each row's runs in "runs", then the end
  const unsigned char	*runs;		// The rows' runs
} notice_glyph_image_t;

extern notice_glyph_image_t *noticeGlyphImageCreate(const unsigned char *coverage, int width, int rows, int pitch, bool bilevel, int left, int top);
extern void		noticeGlyphImageDelete(notice_glyph_image_t *image);
extern void		noticeGlyphImageAdd(const notice_glyph_image_t *image, int x, int y, unsigned char *pixels, int stride, int width, int first_row, int num_rows, int *ink_left, int *ink_right);

#endif // !NOTICE_GLYPH_IMAGE_PRIVATE_H
