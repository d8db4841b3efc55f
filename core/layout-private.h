//
// Page layout and drawing of the patient notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The layout is made once per job in points, independent of any surface, and
// can then be drawn on any cairo context whose user space is points with the
// origin at the top left of the page.
//

#ifndef NOTICE_LAYOUT_PRIVATE_H
#  define NOTICE_LAYOUT_PRIVATE_H
#  include "page-private.h"
#  include <cairo.h>
#  include <pango/pango.h>

#  define NOTICE_MARGIN_MIN_PT	(20.0 * 72.0 / 25.4)
					// Smallest margin: 20 mm
#  define NOTICE_BODY_MIN_PT	10.0	// Smallest text of any kind on any paper
#  define NOTICE_LINE_SPACING	1.6	// Line height of body text, in em
#  define NOTICE_LINE_SPACING_MIN 1.4	// Line height of body text on a translated page

typedef struct notice_layout_s notice_layout_t;
					// A laid-out page

typedef enum notice_item_kind_e		// What a placed piece of text is
{
  NOTICE_ITEM_TITLE,			// Title
  NOTICE_ITEM_SUBTITLE,			// Subtitle
  NOTICE_ITEM_RESULT,			// Text in the result box
  NOTICE_ITEM_MARKER,			// Marker (○, ※) of a block
  NOTICE_ITEM_PARAGRAPH,		// Text of a paragraph
  NOTICE_ITEM_NOTE,			// Text of a note
  NOTICE_ITEM_SOURCE,			// Source line
  NOTICE_ITEM_DATE,			// Date of issue
  NOTICE_ITEM_MARK,			// "Reference translation" line of a translation
  NOTICE_ITEM_EDITION,			// Line saying how the edition differs
  NOTICE_ITEM_HEADING,			// Heading above the original under a translation
  NOTICE_ITEM_CLINIC,			// Clinic line
  NOTICE_ITEM_SAMPLE			// Sample mark and its note, in the frame at the top
} notice_item_kind_t;

typedef bool (*notice_glyph_cb_t)(void *data, PangoFont *font, PangoGlyph glyph, double x_pt, double y_pt);
					// Takes one glyph of the page, its origin in points;
					// returns `false` to stop

typedef struct notice_rect_s		// Rectangle in points from the top left
{
  double	x,			// Left edge
		y,			// Top edge
		width,			// Width
		height;			// Height
} notice_rect_t;

extern notice_layout_t	*noticeLayoutCreate(const notice_content_t *content, notice_status_t status, double page_width_pt, double page_height_pt, double margin_pt, const notice_callbacks_t *cb);
extern notice_layout_t	*noticeLayoutCreatePage(const notice_page_t *page, double page_width_pt, double page_height_pt, double margin_pt, const notice_callbacks_t *cb);
extern void		noticeLayoutDelete(notice_layout_t *layout);
extern void		noticeLayoutDraw(const notice_layout_t *layout, cairo_t *cr);
extern size_t		noticeLayoutDrawFrames(const notice_layout_t *layout, cairo_t *cr, notice_rect_t *ink, size_t max);
extern double		noticeLayoutGetBodySize(const notice_layout_t *layout);
extern size_t		noticeLayoutGetBoxes(const notice_layout_t *layout, notice_rect_t *boxes, size_t max);
extern notice_rect_t	noticeLayoutGetFrame(const notice_layout_t *layout);
extern bool		noticeLayoutGetGlyphs(const notice_layout_t *layout, notice_glyph_cb_t cb, void *data);
extern size_t		noticeLayoutGetItemCount(const notice_layout_t *layout);
extern notice_item_kind_t noticeLayoutGetItem(const notice_layout_t *layout, size_t n, notice_rect_t *bounds, double *size_pt, PangoLayout **text);
extern const char	*noticeLayoutGetItemLanguage(const notice_layout_t *layout, size_t n);
extern const char	*noticeLayoutGetTitle(const notice_layout_t *layout);
extern notice_rect_t	noticeLayoutGetTextArea(const notice_layout_t *layout);

#endif // !NOTICE_LAYOUT_PRIVATE_H
