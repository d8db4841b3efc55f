//
// Unit tests for page layout (core/layout.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Checks geometry and line breaking, never pixels: everything inside the
// margins, type sizes and line spacing, no forbidden character at a line
// start, and clear failures for text that cannot print.  Every language,
// edition and result is laid out on each paper, with the longest clinic
// details allowed.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "catalog-private.h"
#include "layout-private.h"
#include "page-private.h"


//
// Every language and the fonts its text must use...
//

typedef struct language_s		// One language
{
  const char	*tag;			// Language tag
  const char	*family;		// Font family its paragraphs must use
} language_t;

static const language_t languages[] =
{
  { "ja",	"BIZ UDPGothic" },
  { "en",	"DejaVu Sans" },
  { "zh-CN",	"Noto Sans CJK SC" },
  { "ko",	"Noto Sans CJK KR" },
  { "vi",	"DejaVu Sans" },
  { "pt-BR",	"DejaVu Sans" },
  { "zh-TW",	"Noto Sans CJK TC" },
  { "fil",	"DejaVu Sans" },
  { "ne",	"Noto Sans Devanagari" },
  { "id",	"DejaVu Sans" },
  { "my",	"Noto Sans Myanmar" },
  { "th",	"Noto Sans Thai" },
  { "es",	"DejaVu Sans" }
};

#define LONG_NAME	"医療法人社団さくら会 さくら内科・小児科クリニック（本院）　さくら会さくら会さく"
					// 40 characters
#define LONG_CONTACT	"受付（電話 012-345-6789／FAX 012-345-6780、平日9時〜18時、土曜9時〜12時）までお電話を"
					// 60 characters or less


//
// Paper the layout must handle...
//

typedef struct paper_s			// One paper size
{
  const char	*name;			// Name for messages
  double	width_pt,		// Width in points
		height_pt,		// Height in points
		min_body_pt;		// Smallest acceptable body text
} paper_t;

static const paper_t papers[] =
{
  { "A4", 210.0 * 72.0 / 25.4, 297.0 * 72.0 / 25.4, 14.0 },
  { "A5", 148.0 * 72.0 / 25.4, 210.0 * 72.0 / 25.4, 10.0 },
  { "JIS B5", 182.0 * 72.0 / 25.4, 257.0 * 72.0 / 25.4, 12.0 },
  { "Letter", 612.0, 792.0, 14.0 }
};


//
// 'setup_content()' - Load the Japanese notice.
//

static int				// O - 0 on success
setup_content(void **state)		// O - Content
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks


  *state = noticeContentLoad(TEST_DATADIR, "ja", &cb);

  return (*state ? 0 : -1);
}


//
// 'teardown_content()' - Free the notice.
//

static int				// O - 0 on success
teardown_content(void **state)		// I - Content
{
  noticeContentDelete(*state);

  return (0);
}


//
// 'inside()' - Tell whether a rectangle lies inside another.
//

static bool				// O - `true` if inside
inside(notice_rect_t r,			// I - Rectangle
       notice_rect_t area)		// I - Area
{
  const double	slack = 0.01;		// Rounding allowance in points


  return (r.x >= area.x - slack && r.y >= area.y - slack && r.x + r.width <= area.x + area.width + slack && r.y + r.height <= area.y + area.height + slack);
}


//
// 'test_inside_margins()' - Every item lies inside margins of 20 mm or more.
//

static void
test_inside_margins(void **state)	// I - Content
{
  size_t		p,		// Paper
			i;		// Item
  int			r;		// Result
  unit_log_t		log;		// Log
  notice_callbacks_t	cb;		// Callbacks
  notice_layout_t	*layout;	// Layout
  notice_rect_t		area,		// Text area
			bounds;		// Item bounds
  PangoLayout		*text;		// Item text
  PangoRectangle	ink;		// Ink extents


  for (p = 0; p < sizeof(papers) / sizeof(papers[0]); p ++)
  {
    for (r = 0; r < NOTICE_STATUS_COUNT; r ++)
    {
      cb     = unit_callbacks(&log);
      layout = noticeLayoutCreate(*state, (notice_status_t)r, papers[p].width_pt, papers[p].height_pt, 0.0, &cb);
      if (!layout)
        fail_msg("%s: %s", papers[p].name, log.last_error);

      area = noticeLayoutGetTextArea(layout);
      assert_true(area.x >= NOTICE_MARGIN_MIN_PT && area.y >= NOTICE_MARGIN_MIN_PT);
      assert_true(papers[p].width_pt - area.x - area.width >= NOTICE_MARGIN_MIN_PT);
      assert_true(papers[p].height_pt - area.y - area.height >= NOTICE_MARGIN_MIN_PT);
      assert_true(inside(noticeLayoutGetFrame(layout), area));

      for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
      {
        noticeLayoutGetItem(layout, i, &bounds, NULL, &text);
        if (!inside(bounds, area))
          fail_msg("%s: item %u at %.1f,%.1f %.1fx%.1f outside the margins", papers[p].name, (unsigned)i, bounds.x, bounds.y, bounds.width, bounds.height);

        // Ink may not spill past the logical box into the margin either...
        pango_layout_get_extents(text, &ink, NULL);
        assert_true((double)ink.width / PANGO_SCALE <= area.width + 0.01);
      }

      noticeLayoutDelete(layout);
    }
  }
}


//
// 'test_type_sizes()' - Body text is large, lines are spaced, title larger.
//

static void
test_type_sizes(void **state)		// I - Content
{
  size_t		p,		// Paper
			i;		// Item
  unit_log_t		log;		// Log
  notice_callbacks_t	cb;		// Callbacks
  notice_layout_t	*layout;	// Layout
  notice_rect_t		bounds;		// Item bounds
  PangoLayout		*text;		// Item text
  double		size,		// Item type size
			title = 0.0,	// Title size
			body;		// Body size
  int			lines;		// Lines in item
  notice_item_kind_t	kind;		// Item kind


  for (p = 0; p < sizeof(papers) / sizeof(papers[0]); p ++)
  {
    cb     = unit_callbacks(&log);
    layout = noticeLayoutCreate(*state, NOTICE_STATUS_INVALID, papers[p].width_pt, papers[p].height_pt, 0.0, &cb);
    assert_non_null(layout);

    body = noticeLayoutGetBodySize(layout);
    if (body < papers[p].min_body_pt)
      fail_msg("%s: body text %.1f pt, expected at least %.1f", papers[p].name, body, papers[p].min_body_pt);

    for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
    {
      kind = noticeLayoutGetItem(layout, i, &bounds, &size, &text);

      if (kind == NOTICE_ITEM_TITLE)
        title = size;

      if (kind != NOTICE_ITEM_PARAGRAPH && kind != NOTICE_ITEM_NOTE)
        continue;

      // Notes are body text too: never below the minimum...
      if (size < papers[p].min_body_pt)
        fail_msg("%s: item %u set at %.1f pt", papers[p].name, (unsigned)i, size);

      lines = pango_layout_get_line_count(text);
      assert_true(lines >= 1);
      if (bounds.height / lines < 1.5 * size - 0.01)
        fail_msg("%s: item %u line height %.2f pt for %.1f pt type", papers[p].name, (unsigned)i, bounds.height / lines, size);
    }

    assert_true(title >= 1.5 * body);
    noticeLayoutDelete(layout);
  }
}


//
// 'test_line_starts()' - No line starts with closing punctuation.
//

static void
test_line_starts(void **state)		// I - Content
{
  static const char * const forbidden[] =
  {					// May not start a line (UAX #14 CL/CP/NS)
    "、", "。", "」", "）", "・", "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ",
    "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ"
  };
  size_t		p,		// Paper
			i,		// Item
			f;		// Forbidden character
  unit_log_t		log;		// Log
  notice_callbacks_t	cb;		// Callbacks
  notice_layout_t	*layout;	// Layout
  PangoLayout		*text;		// Item text
  PangoLayoutIter	*iter;		// Line iterator
  const char		*chars;		// Item text bytes
  int			index,		// Start of line
			breaks = 0;	// Lines checked after a break


  for (p = 0; p < sizeof(papers) / sizeof(papers[0]); p ++)
  {
    cb     = unit_callbacks(&log);
    layout = noticeLayoutCreate(*state, NOTICE_STATUS_NO_RECORD, papers[p].width_pt, papers[p].height_pt, 0.0, &cb);
    assert_non_null(layout);

    for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
    {
      noticeLayoutGetItem(layout, i, NULL, NULL, &text);
      chars = pango_layout_get_text(text);
      iter  = pango_layout_get_iter(text);

      while (pango_layout_iter_next_line(iter))
      {
        index = pango_layout_iter_get_index(iter);
        breaks ++;

        for (f = 0; f < sizeof(forbidden) / sizeof(forbidden[0]); f ++)
        {
          if (!strncmp(chars + index, forbidden[f], strlen(forbidden[f])))
            fail_msg("%s: item %u has a line starting with %s", papers[p].name, (unsigned)i, forbidden[f]);
        }
      }

      pango_layout_iter_free(iter);
    }

    noticeLayoutDelete(layout);
  }

  // The check means something only if text actually wrapped...
  assert_true(breaks > 10);
}


//
// 'test_results_differ()' - Each result gets its own result box text.
//

static void
test_results_differ(void **state)	// I - Content
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_layout_t	*layout;	// Layout
  PangoLayout		*text;		// Item text
  size_t		i;		// Looping var
  int			r;		// Result
  const notice_content_t *content = *state;
					// Notice text


  for (r = 0; r < NOTICE_STATUS_COUNT; r ++)
  {
    layout = noticeLayoutCreate(content, (notice_status_t)r, papers[0].width_pt, papers[0].height_pt, 0.0, &cb);
    assert_non_null(layout);

    for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
    {
      if (noticeLayoutGetItem(layout, i, NULL, NULL, &text) == NOTICE_ITEM_RESULT)
        break;
    }

    assert_true(i < noticeLayoutGetItemCount(layout));
    assert_string_equal(pango_layout_get_text(text), content->status_label[r]);
    noticeLayoutDelete(layout);
  }

  assert_string_not_equal(content->status_label[NOTICE_STATUS_INVALID], content->status_label[NOTICE_STATUS_NO_RECORD]);
}


//
// 'test_missing_glyph()' - Text no font can show is refused, not boxed.
//

static void
test_missing_glyph(void **state)	// I - Content
{
  notice_content_t	copy;		// Content with an unprintable title
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  char			title[64];	// Title with a private-use character


  // U+10FFFD is a private-use character that no system font draws...
  snprintf(title, sizeof(title), "%s\xf4\x8f\xbf\xbd", ((notice_content_t *)*state)->title);
  copy       = *(notice_content_t *)*state;
  copy.title = title;

  assert_null(noticeLayoutCreate(&copy, NOTICE_STATUS_INVALID, papers[0].width_pt, papers[0].height_pt, 0.0, &cb));
  assert_non_null(strstr(log.last_error, "fonts-morisawa-bizud-gothic"));
}


//
// 'test_broken_cluster()' - A mark that no letter carries is refused.
//
// A Devanagari vowel sign at the start of a word has no letter to attach
// to: HarfBuzz would print it on a dotted circle, which pango does not count
// as an unknown glyph.  The same sign after its letter prints.
//

static void
test_broken_cluster(void **state)	// I - Content
{
  notice_content_t	copy;		// Content with a Devanagari word in the title
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_layout_t	*layout;	// Layout
  char			title[256];	// Title with the word


  copy       = *(notice_content_t *)*state;
  copy.title = title;

  // "कि" (KA, vowel sign I) prints...
  snprintf(title, sizeof(title), "%s \u0915\u093f", ((notice_content_t *)*state)->title);
  layout = noticeLayoutCreate(&copy, NOTICE_STATUS_INVALID, papers[0].width_pt, papers[0].height_pt, 0.0, &cb);
  if (!layout)
    fail_msg("KA with vowel sign I refused: %s", log.last_error);
  noticeLayoutDelete(layout);

  // ... the vowel sign alone does not...
  snprintf(title, sizeof(title), "%s \u093f", ((notice_content_t *)*state)->title);
  assert_null(noticeLayoutCreate(&copy, NOTICE_STATUS_INVALID, papers[0].width_pt, papers[0].height_pt, 0.0, &cb));
  assert_non_null(strstr(log.last_error, "install the package fonts-morisawa-bizud-gothic"));
}


//
// 'test_too_long()' - A notice that cannot fit is refused, not clipped.
//

static void
test_too_long(void **state)		// I - Content
{
  notice_content_t	copy;		// Content with a long paragraph
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  char			*text;		// Long text
  size_t		i;		// Looping var
  const char		*word = "資格確認";
					// Repeated text


  text = malloc(4000 * strlen(word) + 1);
  assert_non_null(text);
  for (i = 0, text[0] = '\0'; i < 4000; i ++)
    strcat(text, word);

  copy                = *(notice_content_t *)*state;
  copy.blocks[0].text = text;

  assert_null(noticeLayoutCreate(&copy, NOTICE_STATUS_INVALID, papers[1].width_pt, papers[1].height_pt, 0.0, &cb));
  assert_non_null(strstr(log.last_error, "does not fit"));

  free(text);
}


//
// 'test_bad_arguments()' - Nonsense page sizes are refused.
//

static void
test_bad_arguments(void **state)	// I - Content
{
  assert_null(noticeLayoutCreate(*state, NOTICE_STATUS_INVALID, 0.0, 842.0, 0.0, NULL));
  assert_null(noticeLayoutCreate(*state, NOTICE_STATUS_INVALID, 595.0, -1.0, 0.0, NULL));
  assert_null(noticeLayoutCreate(*state, NOTICE_STATUS_COUNT, 595.0, 842.0, 0.0, NULL));
  assert_null(noticeLayoutCreate(NULL, NOTICE_STATUS_INVALID, 595.0, 842.0, 0.0, NULL));
  assert_null(noticeLayoutCreate(*state, NOTICE_STATUS_INVALID, 595.0, 842.0, -1.0, NULL));
  assert_null(noticeLayoutCreate(*state, NOTICE_STATUS_INVALID, 595.0, 842.0, 200.0, NULL));
}


//
// 'test_printer_margin()' - A printer that needs a wide margin gets one.
//

static void
test_printer_margin(void **state)	// I - Content
{
  static const double margins[] = { 0.0, 12.0, 80.0 };
					// Printer margins in points
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_layout_t	*layout;	// Layout
  notice_rect_t		area,		// Text area
			frame;		// Result frame
  size_t		m;		// Looping var


  for (m = 0; m < sizeof(margins) / sizeof(margins[0]); m ++)
  {
    layout = noticeLayoutCreate(*state, NOTICE_STATUS_INVALID, papers[0].width_pt, papers[0].height_pt, margins[m], &cb);
    assert_non_null(layout);

    area  = noticeLayoutGetTextArea(layout);
    frame = noticeLayoutGetFrame(layout);

    // Never less than the usual margin; always the frame's line clear of
    // what the printer cannot print...
    assert_true(area.x >= NOTICE_MARGIN_MIN_PT);
    assert_true(frame.x - 0.75 > margins[m]);
    assert_true(papers[0].width_pt - (frame.x + frame.width) - 0.75 > margins[m]);
    assert_true(area.y > margins[m] && papers[0].height_pt - area.y - area.height > margins[m]);

    if (margins[m] > 70.0)
      assert_true(area.x > margins[m]);

    noticeLayoutDelete(layout);
  }
}


//
// 'make_page()' - Lay out a whole page as the filter does.
//
// Returns NULL with the error in the log when the page cannot be laid out.
//

static notice_layout_t *		// O - Layout or NULL
make_page(const char       *language,	// I - Language
          notice_edition_t edition,	// I - Edition
          notice_status_t  status,	// I - Status
          const paper_t    *paper,	// I - Paper
          const char       *name,	// I - Clinic's name
          const char       *contact,	// I - Clinic's contact
          notice_page_t    **page,	// O - Page (caller frees)
          unit_log_t       *log)	// O - Log
{
  notice_options_t	options;	// Options
  notice_callbacks_t	cb = unit_callbacks(log);
					// Callbacks


  noticeOptionsInit(&options, TEST_DATADIR);
  strncpy(options.language, language, sizeof(options.language) - 1);
  options.edition  = edition;
  options.job_time = 1795446000;
  unit_set_clinic(&options, name, contact, &cb);

  if ((*page = noticePageCreate(&options, status, &cb)) == NULL)
    fail_msg("%s: %s", language, log->last_error);

  return (noticeLayoutCreatePage(*page, paper->width_pt, paper->height_pt, 0.0, &cb));
}


//
// 'find_text()' - Tell whether an item of a language holds a text exactly.
//

static bool				// O - `true` if found
find_text(const notice_layout_t *layout,// I - Layout
          const char            *language,
					// I - Language
          const char            *text)	// I - Text
{
  size_t	i;			// Looping var
  PangoLayout	*item;			// Item text


  for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
  {
    noticeLayoutGetItem(layout, i, NULL, NULL, &item);
    if (!strcmp(noticeLayoutGetItemLanguage(layout, i), language) && strstr(pango_layout_get_text(item), text))
      return (true);
  }

  return (false);
}


//
// 'first_family()' - Return the family of the font used at the start of a text.
//

static void
first_family(PangoLayout *text,		// I - Text
             char        *family,	// O - Family
             size_t      size)		// I - Size of family buffer
{
  PangoLayoutIter	*iter;		// Iterator
  PangoLayoutRun	*run;		// First run
  PangoFontDescription	*desc;		// Its font


  *family = '\0';
  iter    = pango_layout_get_iter(text);

  if ((run = pango_layout_iter_get_run_readonly(iter)) != NULL && run->item->analysis.font)
  {
    desc = pango_font_describe(run->item->analysis.font);
    snprintf(family, size, "%s", pango_font_description_get_family(desc));
    pango_font_description_free(desc);
  }

  pango_layout_iter_free(iter);
}


//
// 'check_page()' - Check a laid-out page: inside the margins, sizes, contents.
//

static void
check_page(const notice_layout_t *layout,
					// I - Layout
           const notice_page_t   *page,	// I - What it carries
           const paper_t         *paper,// I - Paper
           const char            *what)	// I - Description for messages
{
  notice_rect_t		area,		// Text area
			bounds,		// Item bounds
			other,		// Another item's bounds
			boxes[4];	// Frames and rules
  PangoLayout		*text;		// Item text
  PangoRectangle	ink;		// Ink extents
  notice_item_kind_t	kind,		// Item kind
			other_kind;	// Another item's kind
  double		size,		// Item size
			main_min = 1000.0,
					// Smallest paragraph of the page's language
			original_max = 0.0;
					// Largest paragraph of the original
  size_t		i,		// Looping var
			j,		// Looping var
			count;		// Number of boxes
  int			lines;		// Lines of an item
  const char		*language;	// Item language
  const notice_content_t *original = page->original ? page->original : page->content;
					// Japanese text on the page


  area = noticeLayoutGetTextArea(layout);
  assert_true(area.x >= NOTICE_MARGIN_MIN_PT - 0.01 && area.y >= NOTICE_MARGIN_MIN_PT - 0.01);
  assert_true(paper->width_pt - area.x - area.width >= NOTICE_MARGIN_MIN_PT - 0.01);
  assert_true(paper->height_pt - area.y - area.height >= NOTICE_MARGIN_MIN_PT - 0.01);

  count = noticeLayoutGetBoxes(layout, boxes, 4);
  assert_true(count >= 1 && count <= 4);
  for (i = 0; i < count; i ++)
  {
    if (!inside(boxes[i], area))
      fail_msg("%s: box %u outside the margins", what, (unsigned)i);
  }

  for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
  {
    kind     = noticeLayoutGetItem(layout, i, &bounds, &size, &text);
    language = noticeLayoutGetItemLanguage(layout, i);

    // Inside the margins, ink included...
    if (!inside(bounds, area))
      fail_msg("%s: item %u (kind %d) at %.1f,%.1f %.1fx%.1f outside the margins", what, (unsigned)i, kind, bounds.x, bounds.y, bounds.width, bounds.height);

    pango_layout_get_extents(text, &ink, NULL);
    assert_true((double)ink.width / PANGO_SCALE <= area.width + 0.01);

    // Nothing below the smallest size, nothing that no font can show...
    if (size < NOTICE_BODY_MIN_PT - 0.01)
      fail_msg("%s: item %u (kind %d) set at %.1f pt", what, (unsigned)i, kind, size);
    if (kind != NOTICE_ITEM_CLINIC && pango_layout_get_unknown_glyphs_count(text) > 0)
      fail_msg("%s: item %u has a missing glyph", what, (unsigned)i);

    // Paragraphs and notes: spaced lines; the original may be smaller...
    if (kind == NOTICE_ITEM_PARAGRAPH || kind == NOTICE_ITEM_NOTE)
    {
      lines = pango_layout_get_line_count(text);
      if (bounds.height / lines < NOTICE_LINE_SPACING_MIN * size - 0.01)
        fail_msg("%s: item %u line height %.2f pt for %.1f pt type", what, (unsigned)i, bounds.height / lines, size);

      if (kind == NOTICE_ITEM_PARAGRAPH && !strcmp(language, page->content->language) && size < main_min)
        main_min = size;
      if (kind == NOTICE_ITEM_PARAGRAPH && page->original && !strcmp(language, "ja") && size > original_max)
        original_max = size;
    }

    // No two items overlap...
    for (j = i + 1; j < noticeLayoutGetItemCount(layout); j ++)
    {
      other_kind = noticeLayoutGetItem(layout, j, &other, NULL, NULL);

      if (bounds.x < other.x + other.width - 0.5 && other.x < bounds.x + bounds.width - 0.5 && bounds.y < other.y + other.height - 0.5 && other.y < bounds.y + bounds.height - 0.5)
        fail_msg("%s: items %u (kind %d) and %u (kind %d) overlap", what, (unsigned)i, kind, (unsigned)j, other_kind);
    }
  }

  // The original may be set smaller than the translation, never larger...
  if (page->original && original_max > main_min + 0.01)
    fail_msg("%s: original at %.1f pt, translation at %.1f pt", what, original_max, main_min);

  // Every sentence of the Japanese text, tagged as Japanese...
  assert_true(find_text(layout, "ja", original->title));
  assert_true(find_text(layout, "ja", original->subtitle));
  for (i = 0; i < original->num_blocks; i ++)
  {
    if (!find_text(layout, "ja", original->blocks[i].text))
      fail_msg("%s: Japanese block %u missing", what, (unsigned)i);
  }

  // ... and of the translation, tagged with its language...
  for (i = 0; i < page->content->num_blocks; i ++)
  {
    if (!find_text(layout, page->content->language, page->content->blocks[i].text))
      fail_msg("%s: block %u missing", what, (unsigned)i);
  }

  if (page->original)
    assert_true(find_text(layout, page->content->language, page->content->translation_mark));
  if (page->date)
    assert_true(find_text(layout, page->content->language, page->date));
  if (page->clinic)
    assert_true(find_text(layout, page->content->language, page->clinic));
  if (page->content->edition_note)
    assert_true(find_text(layout, page->content->language, page->content->edition_note));
}


//
// 'test_every_page()' - Every language, edition and result fits with everything.
//

static void
test_every_page(void **state)		// I - Unused
{
  size_t		l,		// Language
			p;		// Paper
  int			e,		// Edition
			r;		// Result
  notice_layout_t	*layout;	// Layout
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  char			what[256];	// Description
  const char		*name,		// Clinic's name
			*contact;	// Clinic's contact
  bool			translated;	// Is it a translation?


  (void)state;

  for (l = 0; l < sizeof(languages) / sizeof(languages[0]); l ++)
  {
    translated = strcmp(languages[l].tag, "ja") != 0;

    for (p = 0; p < sizeof(papers) / sizeof(papers[0]); p ++)
    {
      // A translation with its original needs A4 or Letter: on A5 and B5
      // it would go below the smallest size (see test_small_paper)...
      if (translated && strcmp(papers[p].name, "A4") && strcmp(papers[p].name, "Letter"))
        continue;

      // The longest clinic details on A4 and on every paper for Japanese,
      // usual ones otherwise...
      if (!translated || !strcmp(papers[p].name, "A4"))
      {
        name    = LONG_NAME;
        contact = LONG_CONTACT;
      }
      else
      {
        name    = "さくらクリニック";
        contact = "受付（電話 012-345-6789）";
      }

      for (e = 0; e < NOTICE_EDITION_COUNT; e ++)
      {
        for (r = 0; r < NOTICE_STATUS_COUNT; r ++)
        {
          snprintf(what, sizeof(what), "%s/%s/%s/%s", languages[l].tag, noticeEditionName((notice_edition_t)e), noticeStatusName((notice_status_t)r), papers[p].name);

          if ((layout = make_page(languages[l].tag, (notice_edition_t)e, (notice_status_t)r, papers + p, name, contact, &page, &log)) == NULL)
            fail_msg("%s: %s", what, log.last_error);

          assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
          assert_non_null(page->clinic);
          check_page(layout, page, papers + p, what);

          // The Japanese page keeps its large type...
          if (!translated && noticeLayoutGetBodySize(layout) < papers[p].min_body_pt)
            fail_msg("%s: body text %.1f pt", what, noticeLayoutGetBodySize(layout));

          if (getenv("UNIT_VERBOSE"))
            print_message("%-28s body %.1f pt\n", what, noticeLayoutGetBodySize(layout));

          noticeLayoutDelete(layout);
          noticePageDelete(page);
        }
      }
    }
  }
}


//
// 'test_small_paper()' - A translation that cannot fit says to use A4.
//

static void
test_small_paper(void **state)		// I - Unused
{
  size_t		l;		// Language
  notice_layout_t	*layout;	// Layout
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log


  (void)state;

  for (l = 1; l < sizeof(languages) / sizeof(languages[0]); l ++)
  {
    layout = make_page(languages[l].tag, NOTICE_EDITION_CURRENT, NOTICE_STATUS_INVALID, papers + 1, NULL, NULL, &page, &log);
    if (layout)
      fail_msg("%s fits on A5 at %.1f pt", languages[l].tag, noticeLayoutGetBodySize(layout));

    assert_non_null(strstr(log.last_error, "does not fit on 148x210 mm paper - print it on A4"));
    noticePageDelete(page);
  }
}


//
// 'test_fonts()' - Each language is set in its own fonts, the original in Japanese ones.
//

static void
test_fonts(void **state)		// I - Unused
{
  size_t		l,		// Language
			i;		// Item
  notice_layout_t	*layout;	// Layout
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  PangoLayout		*text;		// Item text
  char			family[256];	// Font family used
  int			checked;	// Paragraphs checked


  (void)state;

  for (l = 0; l < sizeof(languages) / sizeof(languages[0]); l ++)
  {
    layout = make_page(languages[l].tag, NOTICE_EDITION_2023, NOTICE_STATUS_INVALID, papers, NULL, NULL, &page, &log);
    assert_non_null(layout);

    for (i = 0, checked = 0; i < noticeLayoutGetItemCount(layout); i ++)
    {
      if (noticeLayoutGetItem(layout, i, NULL, NULL, &text) != NOTICE_ITEM_PARAGRAPH)
        continue;

      first_family(text, family, sizeof(family));

      if (!strcmp(noticeLayoutGetItemLanguage(layout, i), "ja"))
      {
        if (strcmp(family, languages[0].family))
          fail_msg("%s: Japanese paragraph in %s", languages[l].tag, family);
      }
      else if (strcmp(family, languages[l].family))
        fail_msg("%s: paragraph in %s, expected %s", languages[l].tag, family, languages[l].family);

      checked ++;
    }

    assert_int_equal(checked, l == 0 ? 3 : 6);

    noticeLayoutDelete(layout);
    noticePageDelete(page);
  }
}


//
// 'char_class()' - Classify a character: 1 Hangul, 2 Japanese, 0 other.
//

static int				// O - Class
char_class(gunichar ch)			// I - Character
{
  if (ch >= 0xac00 && ch <= 0xd7a3)
    return (1);
  else if ((ch >= 0x3040 && ch <= 0x30ff) || (ch >= 0x4e00 && ch <= 0x9fff))
    return (2);
  else
    return (0);
}


//
// 'test_kept_words()' - Korean words and quoted Japanese names stay whole.
//

static void
test_kept_words(void **state)		// I - Unused
{
  static const char * const tags[] = { "ko", "en", "vi", "pt-BR", "fil", "ne", "id", "my", "th", "es" };
					// Languages that keep words whole
  size_t		i,		// Item
			t;		// Language
  notice_layout_t	*layout;	// Layout
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  PangoLayout		*text;		// Item text
  PangoLayoutIter	*iter;		// Line iterator
  const char		*chars;		// Item text bytes
  gunichar		before,		// Character before a break
			after;		// Character after it
  int			index,		// Start of a line
			breaks;		// Breaks checked


  (void)state;

  for (t = 0; t < sizeof(tags) / sizeof(tags[0]); t ++)
  {
    layout = make_page(tags[t], NOTICE_EDITION_2023, NOTICE_STATUS_NO_RECORD, papers, NULL, NULL, &page, &log);
    assert_non_null(layout);

    for (i = 0, breaks = 0; i < noticeLayoutGetItemCount(layout); i ++)
    {
      noticeLayoutGetItem(layout, i, NULL, NULL, &text);
      if (strcmp(noticeLayoutGetItemLanguage(layout, i), tags[t]))
        continue;

      chars = pango_layout_get_text(text);
      iter  = pango_layout_get_iter(text);

      while (pango_layout_iter_next_line(iter))
      {
        index  = pango_layout_iter_get_index(iter);
        before = g_utf8_get_char(g_utf8_prev_char(chars + index));
        after  = g_utf8_get_char(chars + index);
        breaks ++;

        if (char_class(before) && char_class(before) == char_class(after))
          fail_msg("%s: item %u breaks inside a word at \"%.12s\"", tags[t], (unsigned)i, chars + index);
      }

      pango_layout_iter_free(iter);
    }

    assert_true(breaks > 5);

    noticeLayoutDelete(layout);
    noticePageDelete(page);
  }
}


//
// 'test_clinic_plain()' - The clinic's text is printed as text, never as markup.
//

static void
test_clinic_plain(void **state)		// I - Unused
{
  size_t		i;		// Item
  notice_layout_t	*layout;	// Layout
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  PangoLayout		*text;		// Item text
  int			found = 0;	// Clinic lines found


  (void)state;

  layout = make_page("en", NOTICE_EDITION_2023, NOTICE_STATUS_NO_RECORD, papers, "<b>Sakura</b> & <span size=\"99999\">", "&amp; 03-1234-5678", &page, &log);
  assert_non_null(layout);

  for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
  {
    if (noticeLayoutGetItem(layout, i, NULL, NULL, &text) != NOTICE_ITEM_CLINIC)
      continue;

    assert_string_equal(pango_layout_get_text(text), "Questions: <b>Sakura</b> & <span size=\"99999\"> &amp; 03-1234-5678");
    assert_int_equal(pango_layout_get_line_count(text), 1);
    found ++;
  }

  assert_int_equal(found, 1);

  noticeLayoutDelete(layout);
  noticePageDelete(page);
}


//
// 'test_sample()' - A sample starts with a frame holding the Japanese mark
//                   and the translation's; a notice has none.
//
// Wherever a language's notice fits, its sample fits too.
//

static void
test_sample(void **state)		// I - Unused
{
  static const struct
  {
    const char	*tag;			// Language
    const char	*mark;			// Its own mark, NULL for the original
  } marks[] =
  {
    { "ja",	NULL },
    { "en",	"SAMPLE (test print)" },
    { "zh-CN",	"样本（测试打印）" },
    { "ko",	"견본(테스트 인쇄)" },
    { "vi",	"BẢN MẪU (in thử)" },
    { "pt-BR",	"AMOSTRA (impressão de teste)" }
  };
  size_t		i,		// Language
			p,		// Paper
			n,		// Item
			samples,	// Sample items
			plain_boxes;	// Frames and rules of the notice
  int			sample;		// 0 for the notice, 1 for the sample
  notice_options_t	options;	// Options
  notice_callbacks_t	cb;		// Callbacks
  unit_log_t		log;		// Log
  notice_page_t		*page;		// Page
  notice_layout_t	*layout;	// Layout
  notice_rect_t		bounds,		// An item's extents
			area,		// Text area
			boxes[4];	// Frames and rules
  double		mark_bottom,	// Lowest sample item
			title_top;	// Top of the title
  PangoLayout		*text;		// An item's text
  const char		*first;		// Text of the first sample item


  (void)state;

  for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i ++)
  {
    for (p = 0; p < sizeof(papers) / sizeof(papers[0]); p ++)
    {
      plain_boxes = 0;

      for (sample = 0; sample < 2; sample ++)
      {
        cb = unit_callbacks(&log);
        noticeOptionsInit(&options, TEST_DATADIR);
        assert_int_equal(noticeOptionsSet(&options, "notice-language", marks[i].tag, NULL, 0), NOTICE_VERDICT_TAKEN);
        assert_int_equal(noticeOptionsSet(&options, "notice-sample", sample ? "on" : "off", NULL, 0), NOTICE_VERDICT_TAKEN);
        options.job_time = 1795446000;

        if ((page = noticePageCreate(&options, NOTICE_STATUS_INVALID, &cb)) == NULL)
          fail_msg("%s: %s", marks[i].tag, log.last_error);

        layout = noticeLayoutCreatePage(page, papers[p].width_pt, papers[p].height_pt, 0.0, &cb);

        if (!layout)
        {
          // A notice that does not fit has no sample to fit either...
          if (sample)
            fail_msg("%s on %s: the notice fits, its sample does not: %s", marks[i].tag, papers[p].name, log.last_error);
          noticePageDelete(page);
          break;
        }

        area        = noticeLayoutGetTextArea(layout);
        samples     = 0;
        mark_bottom = 0.0;
        title_top   = -1.0;
        first       = NULL;

        for (n = 0; n < noticeLayoutGetItemCount(layout); n ++)
        {
          switch (noticeLayoutGetItem(layout, n, &bounds, NULL, &text))
          {
            case NOTICE_ITEM_SAMPLE :
                if (!samples ++)
                  first = pango_layout_get_text(text);
                if (bounds.y + bounds.height > mark_bottom)
                  mark_bottom = bounds.y + bounds.height;
                assert_true(inside(bounds, area));
                break;
            case NOTICE_ITEM_TITLE :
                if (title_top < 0.0)
                  title_top = bounds.y;
                break;
            default :
                break;
          }
        }

        if (!sample)
        {
          // The notice: no mark, no frame for one...
          assert_int_equal(samples, 0);
          plain_boxes = noticeLayoutGetBoxes(layout, NULL, 0);
        }
        else
        {
          // The sample: the Japanese mark first, the translation's beside
          // it, above the title, one frame more...
          assert_true(samples >= 1);
          assert_non_null(first);
          assert_memory_equal(first, "見本（テスト印刷）", strlen("見本（テスト印刷）"));
          if (marks[i].mark && !strstr(first, marks[i].mark))
            fail_msg("%s: the first sample line \"%s\" lacks \"%s\"", marks[i].tag, first, marks[i].mark);
          assert_true(mark_bottom <= title_top);
          assert_int_equal(noticeLayoutGetBoxes(layout, boxes, 4), plain_boxes + 1);
          assert_true(boxes[0].height > 0.0 && boxes[0].y + boxes[0].height <= title_top);
          assert_true(inside(boxes[0], area));
          assert_true(boxes[0].y < noticeLayoutGetFrame(layout).y);
        }

        noticeLayoutDelete(layout);
        noticePageDelete(page);
      }
    }
  }
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test_setup_teardown(test_inside_margins, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_type_sizes, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_line_starts, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_results_differ, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_missing_glyph, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_broken_cluster, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_too_long, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_bad_arguments, setup_content, teardown_content),
    cmocka_unit_test(test_every_page),
    cmocka_unit_test(test_small_paper),
    cmocka_unit_test(test_fonts),
    cmocka_unit_test(test_kept_words),
    cmocka_unit_test(test_clinic_plain),
    cmocka_unit_test(test_sample),
    cmocka_unit_test_setup_teardown(test_printer_margin, setup_content, teardown_content)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
