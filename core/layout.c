//
// Page layout and drawing of the patient notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Type sizes are chosen for A4 and scaled with the paper; when the notice
// does not fit (a long translation, small paper), every size shrinks in
// steps until it fits or every size has reached NOTICE_BODY_MIN_PT.  Line
// breaking is pango's (UAX #14 with the text tagged by language), so 、。」）
// never start a line.
//
// A Japanese page is the handout in large type.  A translated page carries
// the translation first and the Japanese original below it in smaller type,
// each part tagged with its own language and set in its own fonts, so that
// Korean and Chinese take their own forms of the Han characters.  The date
// of issue sits at the top right, the clinic line and the source at the
// foot.  A sample (a print system's test page) starts with a heavy frame
// holding the sample mark in Japanese, for the staff, and in the page's
// language.
//

#include "layout-private.h"
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>


//
// Local constants...
//

#define A4_WIDTH_PT	(210.0 * 72.0 / 25.4)
					// Width of A4 in points
#define A4_HEIGHT_PT	(297.0 * 72.0 / 25.4)
					// Height of A4 in points
#define MARGIN_PT	(22.0 * 72.0 / 25.4)
					// Margin on every side: 22 mm
#define MARGIN_TRANSLATED_PT NOTICE_MARGIN_MIN_PT
					// Margin of a translated page: 20 mm
#define ITEMS_MAX	(12 + 4 * NOTICE_BLOCKS_MAX)
					// Every item of a translation and its original
#define BOXES_MAX	3		// The sample frame, the result frame, the rule above the original
#define SAMPLE_FRAME_PT	3.0		// Line width of the sample frame
#define SHRINK_STEP	0.97		// Factor applied per attempt to fit
#define INK_GAP_EM	0.1		// Least white between the ink of two lines, in em
#define LINE_EM_MIN	1.3		// Smallest line height of any item, in em


//
// Local types...
//

typedef enum notice_size_e		// Type sizes of a page
{
  SIZE_DATE,				// Date of issue
  SIZE_MARK,				// "Reference translation" line
  SIZE_TITLE,				// Title
  SIZE_SUBTITLE,			// Subtitle
  SIZE_RESULT,				// Result box
  SIZE_BODY,				// Paragraphs
  SIZE_NOTE,				// Notes
  SIZE_HEADING,				// Heading above the original
  SIZE_ORIG_TITLE,			// Title of the original
  SIZE_ORIG_SUBTITLE,			// Subtitle of the original
  SIZE_ORIG_BODY,			// Paragraphs of the original
  SIZE_ORIG_NOTE,			// Notes of the original
  SIZE_CLINIC,				// Clinic line
  SIZE_FOOT,				// Edition note and source line
  SIZE_SAMPLE,				// Sample mark
  SIZE_SAMPLE_NOTE,			// Line under the sample mark
  SIZE_COUNT				// Number of sizes
} notice_size_t;

typedef struct notice_style_s		// Type sizes in points and line height
{
  double	size_pt[SIZE_COUNT];	// Type sizes in points, 0 if unused
  double	line_em;		// Line height of paragraphs and notes, in em
} notice_style_t;

typedef struct notice_face_s		// Fonts and language of one part of the page
{
  PangoFontDescription	*font;		// Font families (owned)
  PangoLanguage		*language;	// Language
  char			*tag;		// Language tag (owned)
  char			*package;	// Package that provides the fonts (owned)
  bool			keep_all;	// Keep Hangul words and Japanese names whole?
  double		ink_em;		// Height of the text's tallest ink, in em
} notice_face_t;

typedef struct notice_item_s		// One placed piece of text
{
  notice_item_kind_t	kind;		// What it is
  const notice_face_t	*face;		// Fonts and language
  PangoLayout		*text;		// Laid-out text
  double		x,		// Left of the layout box in points
			y,		// Top of the layout box in points
			size_pt,	// Type size in points
			top,		// Highest point it may mark, in points
			bottom;		// Lowest point it may mark, in points
} notice_item_t;

struct notice_layout_s			// A laid-out page
{
  double		page_width_pt,	// Page width
			page_height_pt,	// Page height
			margin_pt,	// Margin on every side
			body_pt,	// Size of paragraph text
			overflow_pt;	// How far the last attempt ran past the foot
  bool			sample_notes;	// Print the notes under the sample marks?
  size_t		num_boxes,	// Number of frames and rules
			result_box;	// Which of them frames the result
  notice_rect_t		boxes[BOXES_MAX];
					// The result frame, then rules (height 0)
  double		box_widths[BOXES_MAX];
					// Line width of each
  PangoFontMap		*fontmap;	// Font map (owned)
  PangoContext		*context;	// Pango context (owned)
  notice_face_t		main,		// Face of the page's language
			original;	// Face of the original under a translation
  bool			ink_spacing;	// Space lines by the ink of their script?
  char			*title;		// Title, for document metadata
  size_t		num_items;	// Number of placed items
  notice_item_t		items[ITEMS_MAX];
					// Placed items
};


//
// Local globals...
//

static const notice_style_t original_style =
{					// Sizes of a Japanese page on A4
  {
    [SIZE_DATE]     = 12.0,
    [SIZE_TITLE]    = 30.0,
    [SIZE_SUBTITLE] = 17.0,
    [SIZE_RESULT]   = 20.0,
    [SIZE_BODY]     = 17.0,
    [SIZE_NOTE]     = 15.0,
    [SIZE_CLINIC]   = 15.0,
    [SIZE_FOOT]     = 10.0,
    [SIZE_SAMPLE]   = 26.0,
    [SIZE_SAMPLE_NOTE] = 12.0
  },
  NOTICE_LINE_SPACING
};

static const notice_style_t translation_style =
{					// Sizes of a translated page on A4
  {
    [SIZE_DATE]          = 11.0,
    [SIZE_MARK]          = 11.0,
    [SIZE_TITLE]         = 22.0,
    [SIZE_SUBTITLE]      = 13.0,
    [SIZE_RESULT]        = 15.0,
    [SIZE_BODY]          = 13.0,
    [SIZE_NOTE]          = 12.0,
    [SIZE_HEADING]       = 10.0,
    [SIZE_ORIG_TITLE]    = 13.0,
    [SIZE_ORIG_SUBTITLE] = 10.0,
    [SIZE_ORIG_BODY]     = 10.5,
    [SIZE_ORIG_NOTE]     = 10.0,
    [SIZE_CLINIC]        = 11.0,
    [SIZE_FOOT]          = 10.0,
    [SIZE_SAMPLE]        = 17.0,
    [SIZE_SAMPLE_NOTE]   = 10.0
  },
  NOTICE_LINE_SPACING_MIN
};


//
// Local functions...
//

static notice_item_t	*add_item(notice_layout_t *layout, notice_item_kind_t kind, const notice_face_t *face, const char *text, double size_pt, bool bold, double line_em, double width_pt, PangoAlignment align);
static bool		add_box(notice_layout_t *layout, double x, double y, double width, double height, double line_width);
static void		clear_items(notice_layout_t *layout);
static bool		check_glyphs(const notice_layout_t *layout, const notice_callbacks_t *cb);
static void		face_free(notice_face_t *face);
static bool		face_init(notice_face_t *face, const notice_content_t *content);
static void		face_measure(notice_layout_t *layout, notice_face_t *face, const notice_content_t *content, const notice_callbacks_t *cb);
static gunichar		find_lone_mark(const char *text);
static const char	*find_missing_glyph(PangoLayout *text, gunichar *ch);
static bool		fit_page(notice_layout_t *layout, const notice_page_t *page);
static bool		is_visible(gunichar ch);
static double		item_height(const notice_item_t *item);
static void		keep_words(PangoAttrList *attrs, const char *text);
static bool		line_glyphs(PangoLayoutLine *line, double x, double y, notice_glyph_cb_t cb, void *data);
static void		log_fonts(const notice_layout_t *layout, const notice_callbacks_t *cb);
static void		measure_items(notice_layout_t *layout);
static bool		place_blocks(notice_layout_t *layout, const notice_face_t *face, const notice_content_t *content, double body_pt, double note_pt, double line_em, double *y);
static bool		place_foot(notice_layout_t *layout, const notice_page_t *page, const notice_style_t *style, double *bottom);
static bool		place_heading(notice_layout_t *layout, const notice_face_t *face, const notice_content_t *content, notice_status_t status, double title_pt, double subtitle_pt, double result_pt, double body_pt, double frame_width, double *y);
static bool		place_items(notice_layout_t *layout, const notice_page_t *page, const notice_style_t *style);
static bool		place_original(notice_layout_t *layout, const notice_content_t *original, const notice_style_t *style, double *y);
static bool		place_sample(notice_layout_t *layout, const notice_page_t *page, const notice_style_t *style, double *y);
static bool		place_top(notice_layout_t *layout, const notice_page_t *page, const notice_style_t *style, double *y);
static void		scale_style(const notice_style_t *base, double scale, notice_style_t *style, bool *at_minimum);
static void		set_face(notice_item_t *item, const notice_face_t *face, size_t start, size_t end);


//
// 'noticeLayoutCreate()' - Lay out the bare notice text for one result.
//
// The page carries the text alone: no original, date or clinic line.
//

notice_layout_t *			// O - Layout or NULL on error
noticeLayoutCreate(
    const notice_content_t   *content,	// I - Notice text
    notice_status_t          status,	// I - Status to show
    double                   page_width_pt,
					// I - Page width in points
    double                   page_height_pt,
					// I - Page height in points
    double                   margin_pt,	// I - Printer's unprintable margin in points
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_page_t	page;			// Page holding only the text


  memset(&page, 0, sizeof(page));
  page.content = (notice_content_t *)content;
  page.status  = status;

  return (content ? noticeLayoutCreatePage(&page, page_width_pt, page_height_pt, margin_pt, cb) : NULL);
}


//
// 'noticeLayoutCreatePage()' - Lay out a notice page.
//
// The margin is the layout's own (22 mm, 20 mm beside a translation), or a
// little more than the printer's unprintable margin when that is wider.
// Fails with an error message when a glyph of the notice is missing from
// every installed font (it would print as an empty box) or when the page
// cannot fit.  The caller frees the layout with noticeLayoutDelete().
//

notice_layout_t *			// O - Layout or NULL on error
noticeLayoutCreatePage(
    const notice_page_t      *page,	// I - What the page carries
    double                   page_width_pt,
					// I - Page width in points
    double                   page_height_pt,
					// I - Page height in points
    double                   margin_pt,	// I - Printer's unprintable margin in points
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_layout_t	*layout;	// Layout
  cairo_font_options_t	*options;	// Font options
  bool			fits;		// Did the notice fit?


  if (!page || !page->content || (unsigned)page->status >= NOTICE_STATUS_COUNT || margin_pt < 0.0 || margin_pt > 144.0 || page_width_pt < 144.0 || page_height_pt < 144.0 || page_width_pt > 14400.0 || page_height_pt > 14400.0)
    return (NULL);

  if ((layout = calloc(1, sizeof(notice_layout_t))) == NULL)
    return (NULL);

  layout->page_width_pt  = page_width_pt;
  layout->page_height_pt = page_height_pt;
  layout->margin_pt      = page->original ? MARGIN_TRANSLATED_PT : MARGIN_PT;
  if (layout->margin_pt < margin_pt + 1.0)
    layout->margin_pt = margin_pt + 1.0;	// 1 pt more keeps the frame's line printable
  layout->title          = strdup(page->content->title);

  // One context for the whole job: 72 dpi so that one unit is one point, and
  // no hinting so that PDF and raster output get the same line breaks...
  layout->fontmap = pango_cairo_font_map_new();
  layout->context = pango_font_map_create_context(layout->fontmap);

  pango_cairo_context_set_resolution(layout->context, 72.0);

  options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(layout->context, options);
  cairo_font_options_destroy(options);

  if (!layout->title || !face_init(&layout->main, page->content) || (page->original && !face_init(&layout->original, page->original)))
  {
    noticeLayoutDelete(layout);
    return (NULL);
  }

  pango_context_set_language(layout->context, layout->main.language);

  face_measure(layout, &layout->main, page->content, cb);
  if (page->original)
    face_measure(layout, &layout->original, page->original, cb);

  // Lines of a script with tall marks (Burmese) are spaced by their ink; if
  // that page cannot fit, it is tried again at the usual spacing before it
  // is refused...
  layout->ink_spacing = layout->main.ink_em + INK_GAP_EM > LINE_EM_MIN || layout->original.ink_em + INK_GAP_EM > LINE_EM_MIN;

  if (!(fits = fit_page(layout, page)) && layout->ink_spacing)
  {
    noticeDebug(cb, "Spaced by the ink of the script, the text needs %.0f pt more; trying the usual line spacing.", layout->overflow_pt);
    layout->ink_spacing = false;
    fits = fit_page(layout, page);
  }

  // Glyphs first: text without its font sets as wide boxes, so a page that
  // lacks a font often does not fit either, and only the font is to blame...
  if (!check_glyphs(layout, cb))
  {
    noticeLayoutDelete(layout);
    return (NULL);
  }

  if (!fits)
  {
    noticeDebug(cb, "At the smallest sizes the text needs %.0f pt more.", layout->overflow_pt);
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The notice does not fit on %.0fx%.0f mm paper - print it on A4.", page_width_pt * 25.4 / 72.0, page_height_pt * 25.4 / 72.0);
    noticeLayoutDelete(layout);
    return (NULL);
  }

  measure_items(layout);

  noticeDebug(cb, "Body text %.1f pt on %.0fx%.0f pt page.", layout->body_pt, page_width_pt, page_height_pt);
  log_fonts(layout, cb);

  return (layout);
}


//
// 'noticeLayoutDelete()' - Free a layout.
//

void
noticeLayoutDelete(
    notice_layout_t *layout)		// I - Layout or NULL
{
  if (!layout)
    return;

  clear_items(layout);
  face_free(&layout->main);
  face_free(&layout->original);

  if (layout->context)
    g_object_unref(layout->context);
  if (layout->fontmap)
    g_object_unref(layout->fontmap);

  free(layout->title);
  free(layout);
}


//
// 'noticeLayoutDraw()' - Draw the page in black on a cairo context.
//
// Only text that can reach the context's clip is drawn.  The context's user
// space must be points from the top left of the page.  Errors are left in
// the context's status for the caller to check.
//

void
noticeLayoutDraw(
    const notice_layout_t *layout,	// I - Layout
    cairo_t               *cr)		// I - Cairo context
{
  size_t		i;		// Looping var
  const notice_item_t	*item;		// Current item
  double		clip_x1,	// Clip extents in points
			clip_y1,
			clip_x2,
			clip_y2;


  if (!layout || !cr)
    return;

  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.0, 0.0, 0.0);
  cairo_clip_extents(cr, &clip_x1, &clip_y1, &clip_x2, &clip_y2);

  for (i = 0, item = layout->items; i < layout->num_items; i ++, item ++)
  {
    if (item->bottom < clip_y1 || item->top > clip_y2)
      continue;

    cairo_move_to(cr, item->x, item->y);
    pango_cairo_show_layout(cr, item->text);
  }

  cairo_restore(cr);

  noticeLayoutDrawFrames(layout, cr, NULL, 0);
}


//
// 'noticeLayoutDrawFrames()' - Draw the frames and rules of the page alone.
//
// The frame around the result box and the rule above the original, in
// black.  "ink" receives, for up to "max" of them, the box in points that
// each one's stroke covers, whatever the context's clip.  Errors are left in
// the context's status for the caller to check.
//

size_t					// O - Number of frames and rules
noticeLayoutDrawFrames(
    const notice_layout_t *layout,	// I - Layout
    cairo_t               *cr,		// I - Cairo context
    notice_rect_t         *ink,		// O - What each covers, or NULL
    size_t                max)		// I - Size of ink array
{
  size_t		i;		// Looping var
  const notice_rect_t	*box;		// Current frame or rule
  double		x1, y1, x2, y2;	// Extents of a stroke


  if (!layout || !cr)
    return (0);

  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.0, 0.0, 0.0);

  for (i = 0, box = layout->boxes; i < layout->num_boxes; i ++, box ++)
  {
    cairo_set_line_width(cr, layout->box_widths[i]);

    if (box->height > 0.0)
    {
      cairo_rectangle(cr, box->x, box->y, box->width, box->height);
    }
    else
    {
      cairo_move_to(cr, box->x, box->y);
      cairo_line_to(cr, box->x + box->width, box->y);
    }

    if (ink && i < max)
    {
      cairo_stroke_extents(cr, &x1, &y1, &x2, &y2);
      ink[i].x      = x1;
      ink[i].y      = y1;
      ink[i].width  = x2 - x1;
      ink[i].height = y2 - y1;
    }

    cairo_stroke(cr);
  }

  cairo_restore(cr);

  return (layout->num_boxes);
}


//
// 'noticeLayoutGetGlyphs()' - Report each glyph of the page's text where
//                             pango places it.
//
// For output that sets the glyphs itself (raster, see glyphs.c): "cb" gets
// each glyph with its font and its origin in points from the top left of
// the page, computed as pango's cairo renderer computes it for
// noticeLayoutDraw().  Stops at the first glyph "cb" refuses.
//

bool					// O - `true` if every glyph was taken
noticeLayoutGetGlyphs(
    const notice_layout_t *layout,	// I - Layout
    notice_glyph_cb_t     cb,		// I - Callback for each glyph
    void                  *data)	// I - Data for the callback
{
  size_t		i;		// Looping var
  const notice_item_t	*item;		// Current item
  PangoLayoutIter	*iter;		// Lines of an item
  PangoRectangle	logical;	// Logical extents of a line
  bool			ok = true;	// Was every glyph taken?


  if (!layout || !cb)
    return (false);

  for (i = 0, item = layout->items; ok && i < layout->num_items; i ++, item ++)
  {
    iter = pango_layout_get_iter(item->text);
    do
    {
      pango_layout_iter_get_line_extents(iter, NULL, &logical);
      ok = line_glyphs(pango_layout_iter_get_line_readonly(iter), item->x + (double)logical.x / PANGO_SCALE, item->y + (double)pango_layout_iter_get_baseline(iter) / PANGO_SCALE, cb, data);
    }
    while (ok && pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
  }

  return (ok);
}


//
// 'noticeLayoutGetBodySize()' - Return the size of paragraph text in points.
//

double					// O - Size in points
noticeLayoutGetBodySize(
    const notice_layout_t *layout)	// I - Layout
{
  return (layout ? layout->body_pt : 0.0);
}


//
// 'noticeLayoutGetBoxes()' - Return the frames and rules drawn on the page.
//
// A rule is a rectangle of height 0.  Returns the number of boxes, which may
// be more than "max".
//

size_t					// O - Number of boxes
noticeLayoutGetBoxes(
    const notice_layout_t *layout,	// I - Layout
    notice_rect_t         *boxes,	// O - Boxes or NULL
    size_t                max)		// I - Size of boxes array
{
  size_t	i;			// Looping var


  if (!layout)
    return (0);

  for (i = 0; boxes && i < max && i < layout->num_boxes; i ++)
    boxes[i] = layout->boxes[i];

  return (layout->num_boxes);
}


//
// 'noticeLayoutGetFrame()' - Return the frame drawn around the result box.
//

notice_rect_t				// O - Frame in points
noticeLayoutGetFrame(
    const notice_layout_t *layout)	// I - Layout
{
  notice_rect_t	none = { 0.0, 0.0, 0.0, 0.0 };
					// Empty rectangle


  return (layout && layout->result_box < layout->num_boxes ? layout->boxes[layout->result_box] : none);
}


//
// 'noticeLayoutGetItemCount()' - Return the number of placed text items.
//

size_t					// O - Number of items
noticeLayoutGetItemCount(
    const notice_layout_t *layout)	// I - Layout
{
  return (layout ? layout->num_items : 0);
}


//
// 'noticeLayoutGetItem()' - Describe a placed text item.
//
// "bounds" receives the logical extents of the text on the page.  The pango
// layout stays owned by the notice layout.
//

notice_item_kind_t			// O - Kind of item
noticeLayoutGetItem(
    const notice_layout_t *layout,	// I - Layout
    size_t                n,		// I - Item number, from 0
    notice_rect_t         *bounds,	// O - Logical extents or NULL
    double                *size_pt,	// O - Type size or NULL
    PangoLayout           **text)	// O - Pango layout or NULL
{
  const notice_item_t	*item;		// Item
  PangoRectangle	logical;	// Logical extents in pango units


  if (!layout || n >= layout->num_items)
    return (NOTICE_ITEM_TITLE);

  item = layout->items + n;

  if (bounds)
  {
    pango_layout_get_extents(item->text, NULL, &logical);
    bounds->x      = item->x + (double)logical.x / PANGO_SCALE;
    bounds->y      = item->y + (double)logical.y / PANGO_SCALE;
    bounds->width  = (double)logical.width / PANGO_SCALE;
    bounds->height = (double)logical.height / PANGO_SCALE;
  }

  if (size_pt)
    *size_pt = item->size_pt;

  if (text)
    *text = item->text;

  return (item->kind);
}


//
// 'noticeLayoutGetItemLanguage()' - Return the language tag an item is set in.
//

const char *				// O - Language tag or NULL
noticeLayoutGetItemLanguage(
    const notice_layout_t *layout,	// I - Layout
    size_t                n)		// I - Item number, from 0
{
  if (!layout || n >= layout->num_items)
    return (NULL);

  return (layout->items[n].face->tag);
}


//
// 'noticeLayoutGetTitle()' - Return the notice title for document metadata.
//

const char *				// O - Title
noticeLayoutGetTitle(
    const notice_layout_t *layout)	// I - Layout
{
  return (layout ? layout->title : NULL);
}


//
// 'noticeLayoutGetTextArea()' - Return the page inside the margins.
//

notice_rect_t				// O - Text area in points
noticeLayoutGetTextArea(
    const notice_layout_t *layout)	// I - Layout
{
  notice_rect_t	area = { 0.0, 0.0, 0.0, 0.0 };
					// Text area


  if (layout)
  {
    area.x      = layout->margin_pt;
    area.y      = layout->margin_pt;
    area.width  = layout->page_width_pt - 2.0 * layout->margin_pt;
    area.height = layout->page_height_pt - 2.0 * layout->margin_pt;
  }

  return (area);
}


//
// 'add_box()' - Add a frame or a rule (height 0).
//

static bool				// O - `true` on success
add_box(notice_layout_t *layout,	// I - Layout
        double          x,		// I - Left edge
        double          y,		// I - Top edge
        double          width,		// I - Width
        double          height,		// I - Height, 0 for a rule
        double          line_width)	// I - Line width
{
  notice_rect_t	*box;			// New box


  if (layout->num_boxes >= BOXES_MAX)
    return (false);

  box         = layout->boxes + layout->num_boxes;
  box->x      = x;
  box->y      = y;
  box->width  = width;
  box->height = height;

  layout->box_widths[layout->num_boxes ++] = line_width;

  return (true);
}


//
// 'add_item()' - Lay out a piece of text and add it to the page.
//
// The text is set as plain text, never parsed as markup.  The item is placed
// at the left margin and the top of the page; the caller moves it.  Returns
// NULL when the item table is full.
//

static notice_item_t *			// O - New item or NULL
add_item(notice_layout_t     *layout,	// I - Layout
         notice_item_kind_t  kind,	// I - Kind of item
         const notice_face_t *face,	// I - Fonts and language
         const char          *text,	// I - Text (UTF-8)
         double              size_pt,	// I - Type size in points
         bool                bold,	// I - Bold type?
         double              line_em,	// I - Line height in em
         double              width_pt,	// I - Width to wrap at in points
         PangoAlignment      align)	// I - Alignment
{
  notice_item_t		*item;		// New item
  PangoFontDescription	*font;		// Font at this size
  PangoAttrList		*attrs;		// Language and line height


  if (layout->num_items >= ITEMS_MAX)
    return (NULL);

  item          = layout->items + layout->num_items ++;
  item->kind    = kind;
  item->face    = face;
  item->x       = layout->margin_pt;
  item->y       = layout->margin_pt;
  item->size_pt = size_pt;
  item->text    = pango_layout_new(layout->context);

  font = pango_font_description_copy_static(face->font);
  pango_font_description_set_size(font, (gint)(size_pt * PANGO_SCALE + 0.5));
  pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(item->text, font);
  pango_font_description_free(font);

  attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_language_new(face->language));
  if (layout->ink_spacing && line_em < face->ink_em + INK_GAP_EM)
    line_em = face->ink_em + INK_GAP_EM;	// Tall scripts (Burmese) need more
  pango_attr_list_insert(attrs, pango_attr_line_height_new_absolute((int)(line_em * size_pt * PANGO_SCALE + 0.5)));
  if (face->keep_all)
    keep_words(attrs, text);
  pango_layout_set_attributes(item->text, attrs);
  pango_attr_list_unref(attrs);

  pango_layout_set_width(item->text, (int)(width_pt * PANGO_SCALE));
  pango_layout_set_wrap(item->text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(item->text, align);
  pango_layout_set_text(item->text, text, -1);

  return (item);
}


//
// 'check_glyphs()' - Refuse a page whose text would print a missing glyph.
//
// Every glyph pango returns is checked (see find_missing_glyph()).  A glyph
// of the notice that no installed font can show is an error naming the
// package to install.  In the clinic line, which an administrator typed, it
// is only a warning.
//

static bool				// O - `true` if the notice can print
check_glyphs(
    const notice_layout_t    *layout,	// I - Layout
    const notice_callbacks_t *cb)	// I - Callbacks
{
  size_t		i;		// Looping var
  int			pass;		// 0 for the original, 1 for the rest
  const notice_item_t	*item;		// Current item
  gunichar		ch;		// First character without a glyph
  const char		*why;		// How it would print


  // The original first: a translation quotes Japanese names, so a page
  // without Japanese fonts must name the Japanese font package...
  for (pass = 0; pass < 2; pass ++)
  {
    for (i = 0, item = layout->items; i < layout->num_items; i ++, item ++)
    {
      if ((pass == 0) != (item->face == &layout->original) || (why = find_missing_glyph(item->text, &ch)) == NULL)
        continue;

      if (item->kind == NOTICE_ITEM_CLINIC)
      {
        noticeLog(cb, NOTICE_LEVEL_WARNING, "No installed font has every character of the clinic's name and contact; some print as boxes.");
        continue;
      }

      noticeDebug(cb, "No font for U+%04X (%s) in \"%s\" (%s).", (unsigned)ch, why, pango_layout_get_text(item->text), item->face->tag);
      noticeLog(cb, NOTICE_LEVEL_ERROR, "No font for the notice text - install the package %s.", item->face->package);
      return (false);
    }
  }

  return (true);
}


//
// 'clear_items()' - Remove every placed item, frame and rule.
//

static void
clear_items(notice_layout_t *layout)	// I - Layout
{
  size_t	i;			// Looping var


  for (i = 0; i < layout->num_items; i ++)
    g_object_unref(layout->items[i].text);

  layout->num_items = 0;
  layout->num_boxes = 0;
}


//
// 'face_free()' - Free the fonts and language of a part of the page.
//

static void
face_free(notice_face_t *face)		// I - Face
{
  if (face->font)
    pango_font_description_free(face->font);

  free(face->tag);
  free(face->package);
  memset(face, 0, sizeof(notice_face_t));
}


//
// 'face_init()' - Set up the fonts and language of a notice text.
//

static bool				// O - `true` on success
face_init(notice_face_t          *face,	// O - Face
          const notice_content_t *content)
					// I - Notice text
{
  face->font     = pango_font_description_new();
  face->language = pango_language_from_string(content->language);
  face->tag      = strdup(content->language);
  face->package  = strdup(content->font_package);
  face->keep_all = content->keep_all;

  pango_font_description_set_family(face->font, content->fonts);

  return (face->tag && face->package);
}


//
// 'face_measure()' - Measure how tall the ink of a notice text is.
//
// The whole text on one line, so that the tallest vowel signs and the
// deepest stacked consonants of the script are all counted.  Lines of the
// text are then never closer than that height and INK_GAP_EM: Burmese,
// whose marks reach far above and below the letters, gets its lines spaced
// wider than the usual line height, other scripts keep it.
//

static void
face_measure(
    notice_layout_t          *layout,	// I - Layout
    notice_face_t            *face,	// I - Face
    const notice_content_t   *content,	// I - Its text
    const notice_callbacks_t *cb)	// I - Callbacks
{
  PangoLayout		*probe;		// The text on one line
  PangoFontDescription	*font;		// Font at 100 points
  PangoAttrList		*attrs;		// Language of the text
  PangoRectangle	ink;		// Ink extents
  char			*text;		// Title, subtitle, results and blocks
  size_t		size,		// Size of text
			i;		// Looping var
  const double		probe_pt = 100.0;
					// Size of the probe


  face->ink_em = 0.0;

  size = strlen(content->title) + (content->subtitle ? strlen(content->subtitle) : 0) + 8;
  for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
    size += strlen(content->status_label[i]) + 1;
  for (i = 0; i < content->num_blocks; i ++)
    size += strlen(content->blocks[i].text) + 1;

  if ((text = malloc(size)) == NULL)
    return;

  snprintf(text, size, "%s %s", content->title, content->subtitle ? content->subtitle : "");
  for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
  {
    strncat(text, " ", size - strlen(text) - 1);
    strncat(text, content->status_label[i], size - strlen(text) - 1);
  }
  for (i = 0; i < content->num_blocks; i ++)
  {
    strncat(text, " ", size - strlen(text) - 1);
    strncat(text, content->blocks[i].text, size - strlen(text) - 1);
  }

  probe = pango_layout_new(layout->context);
  font  = pango_font_description_copy_static(face->font);
  pango_font_description_set_size(font, (gint)(probe_pt * PANGO_SCALE));
  pango_layout_set_font_description(probe, font);
  pango_font_description_free(font);

  attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_language_new(face->language));
  pango_layout_set_attributes(probe, attrs);
  pango_attr_list_unref(attrs);

  pango_layout_set_text(probe, text, -1);
  pango_layout_get_extents(probe, &ink, NULL);

  face->ink_em = (double)ink.height / PANGO_SCALE / probe_pt;

  noticeDebug(cb, "Ink of the %s text: %.2f em high.", face->tag, face->ink_em);

  g_object_unref(probe);
  free(text);
}


//
// 'find_lone_mark()' - Find a combining mark that follows no letter.
//
// Returns the mark, or 0 when every mark follows a letter, a digit, another
// mark, a joiner or a dotted circle (which the text may show on purpose).
//

static gunichar				// O - Lone mark or 0
find_lone_mark(const char *text)	// I - UTF-8 text
{
  gunichar	ch,			// Current character
		previous = ' ';		// Character before it, a space at the start


  for (; *text; text = g_utf8_next_char(text), previous = ch)
  {
    ch = g_utf8_get_char(text);

    if (g_unichar_ismark(ch) && !g_unichar_isalnum(previous) && !g_unichar_ismark(previous) && previous != 0x200C && previous != 0x200D && previous != 0x25CC)
      return (ch);
  }

  return (0);
}


//
// 'find_missing_glyph()' - Find a character that would not print as itself.
//
// Walks every cluster of every run that pango laid out: a character, or a
// letter with its vowel signs and marks, and the glyphs it is drawn with.
// A cluster lacks its glyph when one of its glyphs is
//
// - pango's unknown glyph: no font has the character (drawn as a box),
// - glyph 0, the font's .notdef (drawn as a box or as nothing),
// - the dotted circle that HarfBuzz puts under a vowel sign or mark that the
//   font cannot attach to a letter, where the text has no dotted circle,
//
// or when its glyphs are all empty although it holds a visible character.
// A mark that follows no letter at all is refused from the text itself:
// whether HarfBuzz draws it on a dotted circle depends on the versions of
// pango and HarfBuzz (Debian 13's give the glyphs no dotted circle).
// Returns what is wrong, for the log, or NULL when every character has its
// glyph.
//

static const char *			// O - What is wrong or NULL
find_missing_glyph(PangoLayout *text,	// I - Laid-out text
                   gunichar    *ch)	// O - First character of the cluster
{
  const char		*chars = pango_layout_get_text(text),
					// Text of the layout
			*ptr,		// Pointer into a cluster's text
			*why = NULL;	// What is wrong
  PangoLayoutIter	*iter;		// Iterator over runs
  PangoLayoutRun	*run;		// Current run
  PangoGlyphItemIter	cluster;	// Current cluster of the run
  PangoGlyph		glyph;		// Current glyph
  hb_codepoint_t	dotted = 0;	// Dotted circle in the run's font
  bool			has_dotted,	// Does the run's font have one?
			in_text,	// Is a dotted circle in the cluster's text?
			visible,	// Does the cluster hold a visible character?
			all_empty,	// Are all of its glyphs empty?
			more;		// More clusters in the run?
  int			g,		// Current glyph index
			first,		// First glyph of the cluster
			last;		// Last glyph of the cluster


  *ch = 0;

  if ((*ch = find_lone_mark(chars)) != 0)
    return ("a mark without a letter to carry it");

  iter = pango_layout_get_iter(text);

  do
  {
    // Runs of a line, then NULL at its end...
    if ((run = pango_layout_iter_get_run_readonly(iter)) == NULL)
      continue;

    has_dotted = run->item->analysis.font && hb_font_get_nominal_glyph(pango_font_get_hb_font(run->item->analysis.font), 0x25CC, &dotted);

    for (more = pango_glyph_item_iter_init_start(&cluster, run, chars); more && !why; more = pango_glyph_item_iter_next_cluster(&cluster))
    {
      // The characters of the cluster...
      for (ptr = chars + cluster.start_index, visible = false, in_text = false; ptr < chars + cluster.end_index; ptr = g_utf8_next_char(ptr))
      {
        visible |= is_visible(g_utf8_get_char(ptr));
        in_text |= g_utf8_get_char(ptr) == 0x25CC;
      }

      // ... and its glyphs, which run backwards in right-to-left text...
      if (cluster.start_glyph <= cluster.end_glyph)
      {
        first = cluster.start_glyph;
        last  = cluster.end_glyph - 1;
      }
      else
      {
        first = cluster.end_glyph + 1;
        last  = cluster.start_glyph;
      }

      for (g = first, all_empty = true; g <= last && !why; g ++)
      {
        glyph = run->glyphs->glyphs[g].glyph;

        if (glyph == PANGO_GLYPH_EMPTY)
          continue;

        all_empty = false;

        if (glyph & PANGO_GLYPH_UNKNOWN_FLAG)
          why = "no installed font has it";
        else if (glyph == 0)
          why = "the font draws its .notdef glyph";
        else if (has_dotted && glyph == dotted && !in_text)
          why = "the font cannot attach it: a dotted circle";
      }

      if (!why && all_empty && visible && last >= first)
        why = "its glyph is empty";

      if (why)
        *ch = g_utf8_get_char(chars + cluster.start_index);
    }
  }
  while (!why && pango_layout_iter_next_run(iter));

  pango_layout_iter_free(iter);

  return (why);
}


//
// 'item_height()' - Return the logical height of an item in points.
//

static double				// O - Height in points
item_height(const notice_item_t *item)	// I - Item
{
  PangoRectangle	logical;	// Logical extents


  pango_layout_get_extents(item->text, NULL, &logical);

  return ((double)(logical.y + logical.height) / PANGO_SCALE);
}


//
// 'fit_page()' - Place everything at the A4 sizes scaled to the paper, then
//                shrink until it fits.
//

static bool				// O - `true` if the page fits
fit_page(notice_layout_t     *layout,	// I - Layout
         const notice_page_t *page)	// I - What the page carries
{
  const notice_style_t	*base;		// Sizes on A4
  notice_style_t	style;		// Sizes for this attempt
  double		scale,		// Scale from the A4 sizes
			start;		// Scale of the first attempt
  bool			fits,		// Does it fit?
			at_minimum;	// Is every size at its minimum?


  base  = page->original ? &translation_style : &original_style;
  scale = layout->page_width_pt / A4_WIDTH_PT;
  if (layout->page_height_pt / A4_HEIGHT_PT < scale)
    scale = layout->page_height_pt / A4_HEIGHT_PT;

  layout->sample_notes = page->sample;
  start                = scale;

  for (;;)
  {
    scale_style(base, scale, &style, &at_minimum);

    if ((fits = place_items(layout, page, &style)))
      break;

    if (!at_minimum)
    {
      scale *= SHRINK_STEP;
      continue;
    }

    // A sample that does not fit keeps its marks and loses their notes...
    if (!layout->sample_notes)
      break;

    layout->sample_notes = false;
    scale                = start;
  }

  return (fits);
}


//
// 'is_visible()' - Tell whether a character marks the paper.
//
// Spaces, controls and format characters (zero width space, joiners, soft
// hyphen) print nothing; every other character must have a glyph.
//

static bool				// O - `true` if visible
is_visible(gunichar ch)			// I - Character
{
  switch (g_unichar_type(ch))
  {
    case G_UNICODE_CONTROL :
    case G_UNICODE_FORMAT :
    case G_UNICODE_SPACE_SEPARATOR :
    case G_UNICODE_LINE_SEPARATOR :
    case G_UNICODE_PARAGRAPH_SEPARATOR :
        return (false);

    default :
        return (!(ch >= 0xfe00 && ch <= 0xfe0f) && !(ch >= 0xe0100 && ch <= 0xe01ef) && ch != 0x034f);
  }
}


//
// 'keep_words()' - Keep Hangul words and quoted Japanese names whole.
//
// Korean is set with breaks between words, at spaces and punctuation, not
// between any two syllables as UAX #14 allows; a translation keeps the
// Japanese names it quotes (「資格情報なし」) on one line, so a patient can
// find them as printed.  A run wider than the line still breaks
// (PANGO_WRAP_WORD_CHAR).
//

static void
keep_words(PangoAttrList *attrs,	// I - Attributes of the item
           const char    *text)		// I - Text of the item
{
  const char		*ptr,		// Pointer into text
			*start = text;	// Start of the current run
  gunichar		ch;		// Current character
  int			kind,		// 1 Hangul, 2 Japanese, 0 other
			run = 0;	// Kind of the current run
  PangoAttribute	*attr;		// No breaks inside the run


  for (ptr = text; ; ptr = g_utf8_next_char(ptr))
  {
    ch = g_utf8_get_char(ptr);

    if ((ch >= 0x1100 && ch <= 0x11ff) || (ch >= 0x3130 && ch <= 0x318f) || (ch >= 0xa960 && ch <= 0xa97f) || (ch >= 0xac00 && ch <= 0xd7ff))
      kind = 1;				// Hangul
    else if ((ch >= 0x3000 && ch <= 0x30ff) || (ch >= 0x4e00 && ch <= 0x9fff) || (ch >= 0xff01 && ch <= 0xff60))
      kind = 2;				// Kana, kanji, Japanese punctuation
    else
      kind = 0;

    if (kind != run)
    {
      if (run && ptr > start)
      {
        attr              = pango_attr_allow_breaks_new(FALSE);
        attr->start_index = (guint)(start - text);
        attr->end_index   = (guint)(ptr - text);
        pango_attr_list_insert(attrs, attr);
      }

      start = ptr;
      run   = kind;
    }

    if (!ch)
      break;
  }
}


//
// 'line_glyphs()' - Report each glyph of one line of text.
//
// The line's origin is at ("x", "y") in points.  Each glyph's origin is
// computed in the same steps as pango's cairo renderer (pango-renderer.c,
// pangocairo-render.c) take, so that the glyphs land where
// pango_cairo_show_layout_line() would draw them.  Empty glyphs are left
// out; check_glyphs() has refused pages with unknown ones.
//

static bool				// O - `true` if every glyph was taken
line_glyphs(PangoLayoutLine   *line,	// I - Line of text
            double            x,	// I - Left of the line in points
            double            y,	// I - Baseline in points
            notice_glyph_cb_t cb,	// I - Callback for each glyph
            void              *data)	// I - Data for the callback
{
  GSList		*runs;		// Current run of the line
  const PangoGlyphItem	*run;		// Glyphs of one font and script
  const PangoGlyphInfo	*glyph;		// Current glyph
  int			run_x = 0,	// Start of the run in pango units
			glyph_x,	// Start of the glyph within the run
			i;		// Looping var
  double		base_x,		// Run's origin in points
			base_y;


  for (runs = line->runs; runs; runs = runs->next)
  {
    run     = (const PangoGlyphItem *)runs->data;
    run_x  += run->start_x_offset;
    base_x  = x + (double)run_x / PANGO_SCALE;
    base_y  = y + (double)(-run->y_offset) / PANGO_SCALE;

    for (i = 0, glyph_x = 0; i < run->glyphs->num_glyphs; i ++)
    {
      glyph = run->glyphs->glyphs + i;

      if (glyph->glyph != PANGO_GLYPH_EMPTY && !(glyph->glyph & PANGO_GLYPH_UNKNOWN_FLAG))
      {
        if (!(cb)(data, run->item->analysis.font, glyph->glyph, base_x + (double)(glyph_x + glyph->geometry.x_offset) / PANGO_SCALE, glyph->geometry.y_offset == 0 ? base_y : base_y + (double)glyph->geometry.y_offset / PANGO_SCALE))
          return (false);
      }

      glyph_x += glyph->geometry.width;
    }

    run_x += glyph_x + run->end_x_offset;
  }

  return (true);
}


//
// 'log_fonts()' - Log the fonts that the paragraphs of each part actually use.
//

static void
log_fonts(const notice_layout_t    *layout,
					// I - Layout
          const notice_callbacks_t *cb)	// I - Callbacks
{
  size_t		i;		// Looping var
  const notice_face_t	*logged = NULL;	// Face logged last
  PangoLayoutIter	*iter;		// Iterator over runs
  PangoLayoutRun	*run;		// First run of the text
  PangoFontDescription	*used;		// Font of that run


  for (i = 0; i < layout->num_items; i ++)
  {
    if (layout->items[i].kind != NOTICE_ITEM_PARAGRAPH || layout->items[i].face == logged)
      continue;

    logged = layout->items[i].face;
    iter   = pango_layout_get_iter(layout->items[i].text);

    if ((run = pango_layout_iter_get_run_readonly(iter)) != NULL && run->item->analysis.font)
    {
      used = pango_font_describe(run->item->analysis.font);
      noticeDebug(cb, "Body text font (%s): %s", logged->tag, pango_font_description_get_family(used));
      pango_font_description_free(used);
    }

    pango_layout_iter_free(iter);
  }
}


//
// 'measure_items()' - Note how high and low each placed item may mark.
//
// The ink and logical extents together, with a point to spare for
// anti-aliasing.  The ink of the tallest line is the page's glyph height.
//

static void
measure_items(notice_layout_t *layout)	// I - Layout
{
  size_t		i;		// Looping var
  notice_item_t		*item;		// Current item
  PangoRectangle	ink,		// Ink extents in pango units
			logical;	// Logical extents in pango units
  double		top,		// Top of either, in points
			bottom;		// Bottom of either, in points


  for (i = 0, item = layout->items; i < layout->num_items; i ++, item ++)
  {
    pango_layout_get_extents(item->text, &ink, &logical);

    top    = (double)(ink.y < logical.y ? ink.y : logical.y) / PANGO_SCALE;
    bottom = (double)(ink.y + ink.height > logical.y + logical.height ? ink.y + ink.height : logical.y + logical.height) / PANGO_SCALE;

    item->top    = item->y + top - 1.0;
    item->bottom = item->y + bottom + 1.0;
  }
}


//
// 'place_blocks()' - Place paragraphs and notes with their markers hanging.
//

static bool				// O - `true` on success
place_blocks(
    notice_layout_t        *layout,	// I  - Layout
    const notice_face_t    *face,	// I  - Fonts and language
    const notice_content_t *content,	// I  - Notice text
    double                 body_pt,	// I  - Size of paragraphs
    double                 note_pt,	// I  - Size of notes
    double                 line_em,	// I  - Line height in em
    double                 *y)		// IO - Position on the page
{
  notice_item_t		*item;		// Current item
  const notice_block_t	*block;		// Current block
  double		width,		// Width of the text area
			indent,		// Hanging indent of a block
			size,		// Size of a block's type
			gap = 0.0;	// Space after the last block
  size_t		i;		// Looping var


  width = layout->page_width_pt - 2.0 * layout->margin_pt;

  for (i = 0, block = content->blocks; i < content->num_blocks; i ++, block ++)
  {
    size   = block->kind == NOTICE_BLOCK_NOTE ? note_pt : body_pt;
    indent = 1.5 * size;

    if (block->kind == NOTICE_BLOCK_NOTE && i > 0 && block[-1].kind == NOTICE_BLOCK_PARAGRAPH)
      *y += 0.5 * body_pt;

    if ((item = add_item(layout, NOTICE_ITEM_MARKER, face, block->marker, size, false, line_em, indent, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    item->y = *y;

    if ((item = add_item(layout, block->kind == NOTICE_BLOCK_NOTE ? NOTICE_ITEM_NOTE : NOTICE_ITEM_PARAGRAPH, face, block->text, size, false, line_em, width - indent, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    item->x = layout->margin_pt + indent;
    item->y = *y;
    gap     = 0.5 * size;
    *y     += item_height(item) + gap;
  }

  *y -= gap;

  return (true);
}


//
// 'place_foot()' - Place the foot of the page from the bottom up: source,
//                  edition note, clinic line.
//

static bool				// O - `true` on success
place_foot(
    notice_layout_t      *layout,	// I  - Layout
    const notice_page_t  *page,		// I  - What the page carries
    const notice_style_t *style,	// I  - Type sizes
    double               *bottom)	// IO - Lowest point text may reach
{
  const notice_content_t *content = page->content;
					// Text in the page's language
  notice_item_t		*item;		// Current item
  double		width = layout->page_width_pt - 2.0 * layout->margin_pt;
					// Width of the text area


  if (content->source)
  {
    if ((item = add_item(layout, NOTICE_ITEM_SOURCE, &layout->main, content->source, style->size_pt[SIZE_FOOT], false, 1.3, width, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    item->y = *bottom - item_height(item);
    *bottom = item->y;
  }

  if (content->edition_note)
  {
    if ((item = add_item(layout, NOTICE_ITEM_EDITION, &layout->main, content->edition_note, style->size_pt[SIZE_FOOT], false, 1.3, width, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    item->y = *bottom - item_height(item);
    *bottom = item->y;
  }

  if (page->clinic)
  {
    if ((item = add_item(layout, NOTICE_ITEM_CLINIC, &layout->main, page->clinic, style->size_pt[SIZE_CLINIC], true, 1.4, width, PANGO_ALIGN_LEFT)) == NULL)
      return (false);

    // The clinic's own name and contact are Japanese, whatever the page's
    // language: set them in the original's fonts and language...
    if (page->original && page->clinic_end > page->clinic_start)
      set_face(item, &layout->original, page->clinic_start, page->clinic_end);

    item->y = *bottom - item_height(item) - 0.3 * style->size_pt[SIZE_FOOT];
    *bottom = item->y;
  }

  if (page->clinic || content->edition_note || content->source)
    *bottom -= 0.8 * style->size_pt[SIZE_BODY];

  return (true);
}


//
// 'place_heading()' - Place the title, the subtitle and the framed result box.
//

static bool				// O - `true` on success
place_heading(
    notice_layout_t        *layout,	// I  - Layout
    const notice_face_t    *face,	// I  - Fonts and language
    const notice_content_t *content,	// I  - Notice text
    notice_status_t        status,	// I  - Status to show
    double                 title_pt,	// I  - Size of the title
    double                 subtitle_pt,	// I  - Size of the subtitle
    double                 result_pt,	// I  - Size of the result box
    double                 body_pt,	// I  - Size of paragraphs
    double                 frame_width,	// I  - Line width of the frame
    double                 *y)		// IO - Position on the page
{
  notice_item_t	*item;			// Current item
  double	width,			// Width of the text area
		pad_x,			// Padding inside the result box
		pad_y,			// Padding above and below its text
		height;			// Height of the result box


  width = layout->page_width_pt - 2.0 * layout->margin_pt;

  // Title and subtitle, centred...
  if ((item = add_item(layout, NOTICE_ITEM_TITLE, face, content->title, title_pt, true, 1.3, width, PANGO_ALIGN_CENTER)) == NULL)
    return (false);
  item->y = *y;
  *y += item_height(item) + 0.3 * title_pt;

  if (content->subtitle)
  {
    if ((item = add_item(layout, NOTICE_ITEM_SUBTITLE, face, content->subtitle, subtitle_pt, false, 1.4, width, PANGO_ALIGN_CENTER)) == NULL)
      return (false);
    item->y = *y;
    *y += item_height(item);
  }

  *y += 0.9 * body_pt;

  // The result box: bold text in a frame across the text area...
  pad_x = 0.8 * result_pt;
  pad_y = 0.4 * result_pt;

  if ((item = add_item(layout, NOTICE_ITEM_RESULT, face, content->status_label[status], result_pt, true, 1.4, width - 2.0 * pad_x, PANGO_ALIGN_CENTER)) == NULL)
    return (false);

  item->x = layout->margin_pt + pad_x;
  item->y = *y + pad_y;
  height  = item_height(item) + 2.0 * pad_y;

  layout->result_box = layout->num_boxes;

  if (!add_box(layout, layout->margin_pt, *y, width, height, frame_width))
    return (false);

  *y += height + 1.1 * body_pt;

  return (true);
}


//
// 'place_items()' - Lay out and place everything at the given sizes.
//
// Returns whether the page fits between the margins.
//

static bool				// O - `true` if it fits
place_items(
    notice_layout_t      *layout,	// I - Layout
    const notice_page_t  *page,		// I - What the page carries
    const notice_style_t *style)	// I - Type sizes
{
  double	bottom,			// Lowest point text may reach
		y;			// Current position


  clear_items(layout);

  layout->body_pt = style->size_pt[SIZE_BODY];
  bottom          = layout->page_height_pt - layout->margin_pt;
  y               = layout->margin_pt;

  // A sample's frame, the date and the translation's mark at the top, then
  // the notice in the page's language...
  if (page->sample && !place_sample(layout, page, style, &y))
    return (false);

  if (!place_top(layout, page, style, &y))
    return (false);

  if (!place_heading(layout, &layout->main, page->content, page->status, style->size_pt[SIZE_TITLE], style->size_pt[SIZE_SUBTITLE], style->size_pt[SIZE_RESULT], style->size_pt[SIZE_BODY], 1.5, &y))
    return (false);

  if (!place_blocks(layout, &layout->main, page->content, style->size_pt[SIZE_BODY], style->size_pt[SIZE_NOTE], style->line_em, &y))
    return (false);

  // The foot of the page, then under a translation the original: a rule, a
  // heading, then the text...
  if (!place_foot(layout, page, style, &bottom))
    return (false);

  if (page->original && !place_original(layout, page->original, style, &y))
    return (false);

  layout->overflow_pt = y - bottom;

  return (y <= bottom);
}


//
// 'place_original()' - Place the original under a translation, in smaller type.
//
// The title and subtitle share one line; the result box is left out, as the
// translation's box already quotes what the terminal showed.
//

static bool				// O - `true` on success
place_original(
    notice_layout_t        *layout,	// I  - Layout
    const notice_content_t *original,	// I  - Original text
    const notice_style_t   *style,	// I  - Type sizes
    double                 *y)		// IO - Position on the page
{
  notice_item_t		*item;		// Current item
  char			*heading;	// Title and subtitle on one line
  size_t		title_len,	// Length of title
			size;		// Size of heading buffer
  PangoAttrList		*attrs;		// Attributes of the heading
  PangoAttribute	*attr;		// Weight or size of a part
  double		width;		// Width of the text area
  bool			ok;		// Result of adding the heading


  width = layout->page_width_pt - 2.0 * layout->margin_pt;
  *y   += 0.8 * style->size_pt[SIZE_BODY];

  if (!add_box(layout, layout->margin_pt, *y, width, 0.0, 0.75))
    return (false);

  *y += 0.5 * style->size_pt[SIZE_BODY];

  if (original->original_heading)
  {
    if ((item = add_item(layout, NOTICE_ITEM_HEADING, &layout->original, original->original_heading, style->size_pt[SIZE_HEADING], false, 1.3, width, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    item->y = *y;
    *y += item_height(item) + 0.4 * style->size_pt[SIZE_ORIG_BODY];
  }

  // Title in bold, then the subtitle in smaller type, separated by an
  // ideographic space...
  title_len = strlen(original->title);
  size      = title_len + (original->subtitle ? strlen(original->subtitle) : 0) + 4;

  if ((heading = malloc(size)) == NULL)
    return (false);

  snprintf(heading, size, "%s%s%s", original->title, original->subtitle ? "\u3000" : "", original->subtitle ? original->subtitle : "");

  item = add_item(layout, NOTICE_ITEM_TITLE, &layout->original, heading, style->size_pt[SIZE_ORIG_TITLE], false, 1.3, width, PANGO_ALIGN_CENTER);
  free(heading);

  if ((ok = item != NULL) == true)
  {
    attrs = pango_attr_list_copy(pango_layout_get_attributes(item->text));

    attr              = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
    attr->start_index = 0;
    attr->end_index   = (guint)title_len;
    pango_attr_list_insert(attrs, attr);

    attr              = pango_attr_size_new((int)(style->size_pt[SIZE_ORIG_SUBTITLE] * PANGO_SCALE + 0.5));
    attr->start_index = (guint)title_len;
    attr->end_index   = G_MAXUINT;
    pango_attr_list_insert(attrs, attr);

    pango_layout_set_attributes(item->text, attrs);
    pango_attr_list_unref(attrs);

    item->y = *y;
    *y += item_height(item) + 0.5 * style->size_pt[SIZE_ORIG_BODY];
  }

  if (!ok || !place_blocks(layout, &layout->original, original, style->size_pt[SIZE_ORIG_BODY], style->size_pt[SIZE_ORIG_NOTE], style->line_em, y))
    return (false);

  if (original->edition_note)
  {
    *y += 0.5 * style->size_pt[SIZE_ORIG_BODY];

    if ((item = add_item(layout, NOTICE_ITEM_EDITION, &layout->original, original->edition_note, style->size_pt[SIZE_FOOT], false, 1.3, width, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    item->y = *y;
    *y += item_height(item);
  }

  return (true);
}


//
// 'place_sample()' - Place the sample frame at the top of the page.
//
// The mark in Japanese, which the staff read, followed on a translated page
// by the translation's mark, centred in bold; then, when there is room, the
// note under each mark.  All inside a heavy frame across the text area.
//

static bool				// O - `true` on success
place_sample(
    notice_layout_t      *layout,	// I  - Layout
    const notice_page_t  *page,		// I  - What the page carries
    const notice_style_t *style,	// I  - Type sizes
    double               *y)		// IO - Current position
{
  const notice_content_t *japanese,	// Text with the staff's mark
			*translation;	// Translation with a mark of its own, or NULL
  const notice_face_t	*face;		// Face of the Japanese mark
  notice_item_t		*item;		// Current item
  char			*marks;		// Both marks on one line
  size_t		size,		// Size of marks buffer
			mark_len;	// Length of the Japanese mark
  double		width,		// Width inside the frame
			pad,		// Padding inside the frame
			top = *y;	// Top of the frame


  japanese    = page->original ? page->original : page->content;
  translation = page->original && page->content->sample ? page->content : NULL;
  face        = page->original ? &layout->original : &layout->main;

  pad   = 0.5 * style->size_pt[SIZE_SAMPLE];
  width = layout->page_width_pt - 2.0 * layout->margin_pt - 2.0 * pad;
  *y   += pad;

  // The marks, the translation's set in its own fonts and language...
  mark_len = strlen(japanese->sample);
  size     = mark_len + (translation ? strlen(translation->sample) : 0) + 4;

  if ((marks = malloc(size)) == NULL)
    return (false);

  snprintf(marks, size, "%s%s%s", japanese->sample, translation ? "\u3000" : "", translation ? translation->sample : "");

  item = add_item(layout, NOTICE_ITEM_SAMPLE, face, marks, style->size_pt[SIZE_SAMPLE], true, 1.3, width, PANGO_ALIGN_CENTER);
  free(marks);

  if (!item)
    return (false);

  if (translation)
    set_face(item, &layout->main, mark_len + 3, strlen(pango_layout_get_text(item->text)));

  item->x = layout->margin_pt + pad;
  item->y = *y;
  *y     += item_height(item);

  // ... and the notes under them...
  if (layout->sample_notes)
  {
    if (japanese->sample_note)
    {
      if ((item = add_item(layout, NOTICE_ITEM_SAMPLE, face, japanese->sample_note, style->size_pt[SIZE_SAMPLE_NOTE], false, 1.3, width, PANGO_ALIGN_CENTER)) == NULL)
        return (false);
      item->x = layout->margin_pt + pad;
      item->y = *y;
      *y     += item_height(item);
    }

    if (translation && translation->sample_note)
    {
      if ((item = add_item(layout, NOTICE_ITEM_SAMPLE, &layout->main, translation->sample_note, style->size_pt[SIZE_SAMPLE_NOTE], false, 1.3, width, PANGO_ALIGN_CENTER)) == NULL)
        return (false);
      item->x = layout->margin_pt + pad;
      item->y = *y;
      *y     += item_height(item);
    }
  }

  *y += pad;

  // The frame's line lies inside the text area...
  if (!add_box(layout, layout->margin_pt + 0.5 * SAMPLE_FRAME_PT, top + 0.5 * SAMPLE_FRAME_PT, width + 2.0 * pad - SAMPLE_FRAME_PT, *y - top - SAMPLE_FRAME_PT, SAMPLE_FRAME_PT))
    return (false);

  *y += 0.8 * style->size_pt[SIZE_BODY];

  return (true);
}


//
// 'place_top()' - Place the date of issue at the top right and, on a
//                 translated page, the line saying what the translation is
//                 beside it.
//

static bool				// O - `true` on success
place_top(
    notice_layout_t      *layout,	// I  - Layout
    const notice_page_t  *page,		// I  - What the page carries
    const notice_style_t *style,	// I  - Type sizes
    double               *y)		// IO - Current position
{
  notice_item_t		*item,		// Current item
			*date = NULL;	// Date of issue
  PangoRectangle	logical;	// Logical extents of the date
  double		width = layout->page_width_pt - 2.0 * layout->margin_pt,
					// Width of the text area
			mark_width = width,
					// Width of the reference translation line
			top = *y;	// Bottom of the date and that line


  if (page->date)
  {
    if ((date = add_item(layout, NOTICE_ITEM_DATE, &layout->main, page->date, style->size_pt[SIZE_DATE], false, 1.3, width, PANGO_ALIGN_RIGHT)) == NULL)
      return (false);
    date->y = *y;
    top     = *y + item_height(date);
    pango_layout_get_extents(date->text, NULL, &logical);
    mark_width = width - (double)logical.width / PANGO_SCALE - style->size_pt[SIZE_DATE];
  }

  if (page->original && page->content->translation_mark)
  {
    if ((item = add_item(layout, NOTICE_ITEM_MARK, &layout->main, page->content->translation_mark, style->size_pt[SIZE_MARK], false, 1.3, mark_width, date ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER)) == NULL)
      return (false);
    item->y = *y;
    if (*y + item_height(item) > top)
      top = *y + item_height(item);
  }

  if (top > *y)
    *y = top + 0.6 * style->size_pt[SIZE_BODY];

  return (true);
}


//
// 'scale_style()' - Scale type sizes, never below NOTICE_BODY_MIN_PT.
//

static void
scale_style(
    const notice_style_t *base,		// I - Sizes on A4
    double               scale,		// I - Scale factor
    notice_style_t       *style,	// O - Scaled sizes
    bool                 *at_minimum)	// O - Is every size at the minimum?
{
  int		i;			// Looping var


  *at_minimum = true;

  for (i = 0; i < SIZE_COUNT; i ++)
  {
    style->size_pt[i] = base->size_pt[i] * scale;

    if (style->size_pt[i] > NOTICE_BODY_MIN_PT)
      *at_minimum = false;
    else if (base->size_pt[i] > 0.0)
      style->size_pt[i] = NOTICE_BODY_MIN_PT;
  }

  style->line_em = base->line_em;
}


//
// 'set_face()' - Set part of an item's text in another face's fonts and
//                language.
//

static void
set_face(notice_item_t       *item,	// I - Item
         const notice_face_t *face,	// I - Fonts and language
         size_t              start,	// I - First byte of the part
         size_t              end)	// I - Byte just past it
{
  PangoAttrList		*attrs;		// Attributes of the text
  PangoAttribute	*attr;		// Attribute of the part
  PangoFontDescription	*family;	// Fonts of the part


  attrs  = pango_attr_list_copy(pango_layout_get_attributes(item->text));
  family = pango_font_description_new();
  pango_font_description_set_family_static(family, pango_font_description_get_family(face->font));

  attr              = pango_attr_language_new(face->language);
  attr->start_index = (guint)start;
  attr->end_index   = (guint)end;
  pango_attr_list_insert(attrs, attr);

  attr              = pango_attr_font_desc_new(family);
  attr->start_index = (guint)start;
  attr->end_index   = (guint)end;
  pango_attr_list_insert(attrs, attr);

  pango_layout_set_attributes(item->text, attrs);
  pango_attr_list_unref(attrs);
  pango_font_description_free(family);
}
