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
// steps until it fits or body text would go below NOTICE_BODY_MIN_PT.
// Line breaking is pango's (UAX #14 with the text tagged by language), so
// 、。」） never start a line.
//

#include "layout.h"
#include "log.h"
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
#define ITEMS_MAX	(4 + 2 * NOTICE_BLOCKS_MAX)
					// Title, subtitle, result, source and blocks
#define SHRINK_STEP	0.95		// Factor applied per attempt to fit


//
// Local types...
//

typedef struct notice_style_s		// Type sizes in points
{
  double	title_pt,		// Title
		subtitle_pt,		// Subtitle
		result_pt,		// Result box
		body_pt,		// Paragraphs
		note_pt,		// Notes
		source_pt;		// Source line
} notice_style_t;

typedef struct notice_item_s		// One placed piece of text
{
  notice_item_kind_t	kind;		// What it is
  PangoLayout		*text;		// Laid-out text
  double		x,		// Left of the layout box in points
			y,		// Top of the layout box in points
			size_pt;	// Type size in points
} notice_item_t;

struct notice_layout_s			// A laid-out page
{
  double		page_width_pt,	// Page width
			page_height_pt,	// Page height
			margin_pt,	// Margin on every side
			body_pt;	// Size of paragraph text
  notice_rect_t		frame;		// Frame around the result box
  PangoFontMap		*fontmap;	// Font map (owned)
  PangoContext		*context;	// Pango context (owned)
  PangoFontDescription	*font;		// Fonts of the notice (owned)
  PangoLanguage		*language;	// Language of the text
  char			*title;		// Title, for document metadata
  size_t		num_items;	// Number of placed items
  notice_item_t		items[ITEMS_MAX];
					// Placed items
};


//
// Local globals...
//

static const notice_style_t a4_style =	// Sizes on A4; scaled for other paper
{
  30.0,					// Title
  17.0,					// Subtitle
  20.0,					// Result box
  17.0,					// Paragraphs
  15.0,					// Notes
  10.0					// Source line
};


//
// Local functions...
//

static notice_item_t	*add_item(notice_layout_t *layout, notice_item_kind_t kind, const char *text, double size_pt, bool bold, double line_em, double width_pt, PangoAlignment align);
static void		clear_items(notice_layout_t *layout);
static int		count_unknown_glyphs(const notice_layout_t *layout);
static double		item_height(const notice_item_t *item);
static void		log_font(const notice_layout_t *layout, const notice_callbacks_t *cb);
static bool		place_items(notice_layout_t *layout, const notice_content_t *content, notice_result_t result, const notice_style_t *style);


//
// 'noticeLayoutCreate()' - Lay out the notice for one result on one page.
//
// The margin is MARGIN_PT, or a little more than the printer's unprintable
// margin when that is wider.  Fails with an error message when a glyph is missing from every
// installed font (it would print as an empty box) or when the notice cannot
// fit.  The caller frees the layout with noticeLayoutDelete().
//

notice_layout_t *			// O - Layout or NULL on error
noticeLayoutCreate(
    const notice_content_t   *content,	// I - Notice text
    notice_result_t          result,	// I - Result to show
    double                   page_width_pt,
					// I - Page width in points
    double                   page_height_pt,
					// I - Page height in points
    double                   margin_pt,	// I - Printer's unprintable margin in points
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_layout_t	*layout;	// Layout
  notice_style_t	style;		// Sizes for this attempt
  cairo_font_options_t	*options;	// Font options
  double		scale;		// Scale from the A4 sizes
  bool			fits;		// Did the notice fit?


  if (!content || (unsigned)result >= NOTICE_RESULT_COUNT || margin_pt < 0.0 || margin_pt > 144.0 || page_width_pt < 144.0 || page_height_pt < 144.0 || page_width_pt > 14400.0 || page_height_pt > 14400.0)
    return (NULL);

  if ((layout = calloc(1, sizeof(notice_layout_t))) == NULL)
    return (NULL);

  layout->page_width_pt  = page_width_pt;
  layout->page_height_pt = page_height_pt;
  layout->margin_pt      = margin_pt + 1.0 > MARGIN_PT ? margin_pt + 1.0 : MARGIN_PT;
					// 1 pt more keeps the frame's line printable
  layout->title          = strdup(content->title);

  // One context for the whole job: 72 dpi so that one unit is one point, and
  // no hinting so that PDF and raster output get the same line breaks...
  layout->fontmap  = pango_cairo_font_map_new();
  layout->context  = pango_font_map_create_context(layout->fontmap);
  layout->font     = pango_font_description_from_string(content->fonts);
  layout->language = pango_language_from_string(content->language);

  pango_cairo_context_set_resolution(layout->context, 72.0);
  pango_context_set_language(layout->context, layout->language);

  options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(layout->context, options);
  cairo_font_options_destroy(options);

  if (!layout->title)
  {
    noticeLayoutDelete(layout);
    return (NULL);
  }

  // Start from the A4 sizes scaled to the paper, then shrink until it fits...
  scale = page_width_pt / A4_WIDTH_PT;
  if (page_height_pt / A4_HEIGHT_PT < scale)
    scale = page_height_pt / A4_HEIGHT_PT;

  for (fits = false; !fits; scale *= SHRINK_STEP)
  {
    style.title_pt    = a4_style.title_pt * scale;
    style.subtitle_pt = a4_style.subtitle_pt * scale;
    style.result_pt   = a4_style.result_pt * scale;
    style.body_pt     = a4_style.body_pt * scale;
    style.note_pt     = a4_style.note_pt * scale;
    style.source_pt   = a4_style.source_pt * scale;

    if (style.body_pt < NOTICE_BODY_MIN_PT)
      style.body_pt = NOTICE_BODY_MIN_PT;
    if (style.note_pt < NOTICE_BODY_MIN_PT)
      style.note_pt = NOTICE_BODY_MIN_PT;
    if (style.source_pt < 0.8 * NOTICE_BODY_MIN_PT)
      style.source_pt = 0.8 * NOTICE_BODY_MIN_PT;

    fits = place_items(layout, content, result, &style);

    if (!fits && a4_style.body_pt * scale <= NOTICE_BODY_MIN_PT)
      break;
  }

  if (!fits)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The notice does not fit on %.0fx%.0f mm paper - print it on A4.", page_width_pt * 25.4 / 72.0, page_height_pt * 25.4 / 72.0);
    noticeLayoutDelete(layout);
    return (NULL);
  }

  if (count_unknown_glyphs(layout) > 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "No font for the notice text - install the package %s.", content->font_package);
    noticeLayoutDelete(layout);
    return (NULL);
  }

  noticeLog(cb, NOTICE_LEVEL_DEBUG, "Body text %.1f pt on %.0fx%.0f pt page.", layout->body_pt, page_width_pt, page_height_pt);
  log_font(layout, cb);

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

  if (layout->font)
    pango_font_description_free(layout->font);
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
// The context's user space must be points from the top left of the page.
// Errors are left in the context's status for the caller to check.
//

void
noticeLayoutDraw(
    const notice_layout_t *layout,	// I - Layout
    cairo_t               *cr)		// I - Cairo context
{
  size_t		i;		// Looping var
  const notice_item_t	*item;		// Current item


  if (!layout || !cr)
    return;

  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.0, 0.0, 0.0);

  for (i = 0, item = layout->items; i < layout->num_items; i ++, item ++)
  {
    cairo_move_to(cr, item->x, item->y);
    pango_cairo_show_layout(cr, item->text);
  }

  // Frame around the result box...
  cairo_set_line_width(cr, 1.5);
  cairo_rectangle(cr, layout->frame.x, layout->frame.y, layout->frame.width, layout->frame.height);
  cairo_stroke(cr);

  cairo_restore(cr);
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
// 'noticeLayoutGetFrame()' - Return the frame drawn around the result box.
//

notice_rect_t				// O - Frame in points
noticeLayoutGetFrame(
    const notice_layout_t *layout)	// I - Layout
{
  notice_rect_t	none = { 0.0, 0.0, 0.0, 0.0 };
					// Empty rectangle


  return (layout ? layout->frame : none);
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
// 'add_item()' - Lay out a piece of text and add it to the page.
//
// The item is placed at the left margin and the top of the page; the caller
// moves it.  Returns NULL when the item table is full.
//

static notice_item_t *			// O - New item or NULL
add_item(notice_layout_t    *layout,	// I - Layout
         notice_item_kind_t kind,	// I - Kind of item
         const char         *text,	// I - Text (UTF-8)
         double             size_pt,	// I - Type size in points
         bool               bold,	// I - Bold type?
         double             line_em,	// I - Line height in em
         double             width_pt,	// I - Width to wrap at in points
         PangoAlignment     align)	// I - Alignment
{
  notice_item_t		*item;		// New item
  PangoFontDescription	*font;		// Font at this size
  PangoAttrList		*attrs;		// Language and line height


  if (layout->num_items >= ITEMS_MAX)
    return (NULL);

  item          = layout->items + layout->num_items ++;
  item->kind    = kind;
  item->x       = layout->margin_pt;
  item->y       = layout->margin_pt;
  item->size_pt = size_pt;
  item->text    = pango_layout_new(layout->context);

  font = pango_font_description_copy_static(layout->font);
  pango_font_description_set_size(font, (gint)(size_pt * PANGO_SCALE + 0.5));
  pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(item->text, font);
  pango_font_description_free(font);

  attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_language_new(layout->language));
  pango_attr_list_insert(attrs, pango_attr_line_height_new_absolute((int)(line_em * size_pt * PANGO_SCALE + 0.5)));
  pango_layout_set_attributes(item->text, attrs);
  pango_attr_list_unref(attrs);

  pango_layout_set_width(item->text, (int)(width_pt * PANGO_SCALE));
  pango_layout_set_wrap(item->text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(item->text, align);
  pango_layout_set_text(item->text, text, -1);

  return (item);
}


//
// 'clear_items()' - Remove every placed item.
//

static void
clear_items(notice_layout_t *layout)	// I - Layout
{
  size_t	i;			// Looping var


  for (i = 0; i < layout->num_items; i ++)
    g_object_unref(layout->items[i].text);

  layout->num_items = 0;
}


//
// 'count_unknown_glyphs()' - Count glyphs that no installed font has.
//

static int				// O - Number of unknown glyphs
count_unknown_glyphs(
    const notice_layout_t *layout)	// I - Layout
{
  size_t	i;			// Looping var
  int		count = 0;		// Unknown glyphs


  for (i = 0; i < layout->num_items; i ++)
    count += pango_layout_get_unknown_glyphs_count(layout->items[i].text);

  return (count);
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
// 'log_font()' - Log the font that the body text actually uses.
//

static void
log_font(const notice_layout_t    *layout,
					// I - Layout
         const notice_callbacks_t *cb)	// I - Callbacks
{
  size_t		i;		// Looping var
  PangoLayoutIter	*iter;		// Iterator over runs
  PangoLayoutRun	*run;		// First run of the text
  PangoFontDescription	*used;		// Font of that run


  for (i = 0; i < layout->num_items; i ++)
  {
    if (layout->items[i].kind != NOTICE_ITEM_PARAGRAPH)
      continue;

    iter = pango_layout_get_iter(layout->items[i].text);
    if ((run = pango_layout_iter_get_run_readonly(iter)) != NULL && run->item->analysis.font)
    {
      used = pango_font_describe(run->item->analysis.font);
      noticeLog(cb, NOTICE_LEVEL_DEBUG, "Body text font: %s", pango_font_description_get_family(used));
      pango_font_description_free(used);
    }
    pango_layout_iter_free(iter);
    break;
  }
}


//
// 'place_items()' - Lay out and place everything at the given sizes.
//
// Returns whether the notice fits between the margins.
//

static bool				// O - `true` if it fits
place_items(
    notice_layout_t        *layout,	// I - Layout
    const notice_content_t *content,	// I - Notice text
    notice_result_t        result,	// I - Result to show
    const notice_style_t   *style)	// I - Type sizes
{
  notice_item_t	*item,			// Current item
		*source = NULL;		// Source line
  double	width,			// Width of the text area
		bottom,			// Lowest point text may reach
		y,			// Current position
		pad_x,			// Padding inside the result box
		pad_y,			// Padding above and below its text
		indent,			// Hanging indent of a block
		size,			// Size of a block's type
		gap = 0.0;		// Space after the last block
  size_t	i;			// Looping var
  const notice_block_t *block;		// Current block


  clear_items(layout);

  layout->body_pt = style->body_pt;
  width           = layout->page_width_pt - 2.0 * layout->margin_pt;
  bottom          = layout->page_height_pt - layout->margin_pt;
  y               = layout->margin_pt;

  // Title and subtitle, centred...
  if ((item = add_item(layout, NOTICE_ITEM_TITLE, content->title, style->title_pt, true, 1.3, width, PANGO_ALIGN_CENTER)) == NULL)
    return (false);
  item->y = y;
  y += item_height(item) + 0.3 * style->title_pt;

  if (content->subtitle)
  {
    if ((item = add_item(layout, NOTICE_ITEM_SUBTITLE, content->subtitle, style->subtitle_pt, false, 1.4, width, PANGO_ALIGN_CENTER)) == NULL)
      return (false);
    item->y = y;
    y += item_height(item);
  }

  y += 0.9 * style->body_pt;

  // The result box: bold text in a frame across the text area...
  pad_x = 0.8 * style->result_pt;
  pad_y = 0.4 * style->result_pt;

  if ((item = add_item(layout, NOTICE_ITEM_RESULT, content->result_label[result], style->result_pt, true, 1.4, width - 2.0 * pad_x, PANGO_ALIGN_CENTER)) == NULL)
    return (false);

  item->x               = layout->margin_pt + pad_x;
  item->y               = y + pad_y;
  layout->frame.x       = layout->margin_pt;
  layout->frame.y       = y;
  layout->frame.width   = width;
  layout->frame.height  = item_height(item) + 2.0 * pad_y;
  y += layout->frame.height + 1.1 * style->body_pt;

  // The source line sits at the foot of the page...
  if (content->source)
  {
    if ((source = add_item(layout, NOTICE_ITEM_SOURCE, content->source, style->source_pt, false, 1.3, width, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    source->y = bottom - item_height(source);
    bottom    = source->y - style->body_pt;
  }

  // Paragraphs and notes with their markers hanging beside the text...
  for (i = 0, block = content->blocks; i < content->num_blocks; i ++, block ++)
  {
    size   = block->kind == NOTICE_BLOCK_NOTE ? style->note_pt : style->body_pt;
    indent = 1.5 * size;

    if (block->kind == NOTICE_BLOCK_NOTE && i > 0 && block[-1].kind == NOTICE_BLOCK_PARAGRAPH)
      y += 0.5 * style->body_pt;

    if ((item = add_item(layout, NOTICE_ITEM_MARKER, block->marker, size, false, NOTICE_LINE_SPACING, indent, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    item->y = y;

    if ((item = add_item(layout, block->kind == NOTICE_BLOCK_NOTE ? NOTICE_ITEM_NOTE : NOTICE_ITEM_PARAGRAPH, block->text, size, false, NOTICE_LINE_SPACING, width - indent, PANGO_ALIGN_LEFT)) == NULL)
      return (false);
    item->x = layout->margin_pt + indent;
    item->y = y;
    gap = 0.5 * size;
    y += item_height(item) + gap;
  }

  return (y - gap <= bottom);
}
