//
// The text of a page as glyph images, for raster output.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_GLYPHS_PRIVATE_H
#  define NOTICE_GLYPHS_PRIVATE_H
#  include "layout-private.h"

typedef struct notice_glyphs_s notice_glyphs_t;
					// A page's glyphs, rendered and placed

extern notice_glyphs_t	*noticeGlyphsCreate(const notice_layout_t *layout, int resolution);
extern void		noticeGlyphsDelete(notice_glyphs_t *glyphs);
extern bool		noticeGlyphsDraw(notice_glyphs_t *glyphs, unsigned char *pixels, int stride, int width, int first_row, int num_rows, int *ink_left, int *ink_right);
extern size_t		noticeGlyphsGetCount(notice_glyphs_t *glyphs, size_t *images, size_t *cut);
extern bool		noticeGlyphsRender(notice_glyphs_t *glyphs);

#endif // !NOTICE_GLYPHS_PRIVATE_H
