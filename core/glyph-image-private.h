//
// Glyph images for raster output: a glyph's coverage, kept row by row from
// its first inked pixel to its last, and added into rows of a page.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_GLYPH_IMAGE_PRIVATE_H
#  define NOTICE_GLYPH_IMAGE_PRIVATE_H
#  include "arena-private.h"
#  include <stdint.h>

typedef struct notice_glyph_image_s	// Coverage of one glyph
{
  int			left,		// Image's left edge from the glyph's origin, in pixels
			top,		// Image's top edge from the origin, in pixels (up is negative)
			width,		// Width in pixels
			rows;		// Height in pixels
  const uint16_t	*firsts;	// Each row's first inked pixel
  const uint32_t	*offsets;	// Where each row's coverage starts in "coverage", then the end
  const unsigned char	*coverage;	// Coverage of each row from its first inked pixel to its last
} notice_glyph_image_t;

extern notice_glyph_image_t *noticeGlyphImageCreate(notice_arena_t *arena, const unsigned char *coverage, int width, int rows, int pitch, bool bilevel, int left, int top);
extern void		noticeGlyphImageAdd(const notice_glyph_image_t *image, int x, int y, unsigned char *pixels, int stride, int width, int first_row, int num_rows, int *ink_left, int *ink_right);

#endif // !NOTICE_GLYPH_IMAGE_PRIVATE_H
