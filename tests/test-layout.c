//
// Unit tests for page layout (filter/layout.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Checks geometry and line breaking, never pixels: everything inside the
// margins, type sizes and line spacing, no forbidden character at a line
// start, and clear failures for text that cannot print.
//

#include "unit.h"
#include "catalog.h"
#include "layout.h"


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
    for (r = 0; r < NOTICE_RESULT_COUNT; r ++)
    {
      cb     = unit_callbacks(&log);
      layout = noticeLayoutCreate(*state, (notice_result_t)r, papers[p].width_pt, papers[p].height_pt, 0.0, &cb);
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
    layout = noticeLayoutCreate(*state, NOTICE_RESULT_INVALID, papers[p].width_pt, papers[p].height_pt, 0.0, &cb);
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
    layout = noticeLayoutCreate(*state, NOTICE_RESULT_NO_RECORD, papers[p].width_pt, papers[p].height_pt, 0.0, &cb);
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


  for (r = 0; r < NOTICE_RESULT_COUNT; r ++)
  {
    layout = noticeLayoutCreate(content, (notice_result_t)r, papers[0].width_pt, papers[0].height_pt, 0.0, &cb);
    assert_non_null(layout);

    for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
    {
      if (noticeLayoutGetItem(layout, i, NULL, NULL, &text) == NOTICE_ITEM_RESULT)
        break;
    }

    assert_true(i < noticeLayoutGetItemCount(layout));
    assert_string_equal(pango_layout_get_text(text), content->result_label[r]);
    noticeLayoutDelete(layout);
  }

  assert_string_not_equal(content->result_label[NOTICE_RESULT_INVALID], content->result_label[NOTICE_RESULT_NO_RECORD]);
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

  assert_null(noticeLayoutCreate(&copy, NOTICE_RESULT_INVALID, papers[0].width_pt, papers[0].height_pt, 0.0, &cb));
  assert_non_null(strstr(log.last_error, "fonts-morisawa-bizud-gothic"));
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

  assert_null(noticeLayoutCreate(&copy, NOTICE_RESULT_INVALID, papers[1].width_pt, papers[1].height_pt, 0.0, &cb));
  assert_non_null(strstr(log.last_error, "does not fit"));

  free(text);
}


//
// 'test_bad_arguments()' - Nonsense page sizes are refused.
//

static void
test_bad_arguments(void **state)	// I - Content
{
  assert_null(noticeLayoutCreate(*state, NOTICE_RESULT_INVALID, 0.0, 842.0, 0.0, NULL));
  assert_null(noticeLayoutCreate(*state, NOTICE_RESULT_INVALID, 595.0, -1.0, 0.0, NULL));
  assert_null(noticeLayoutCreate(*state, NOTICE_RESULT_COUNT, 595.0, 842.0, 0.0, NULL));
  assert_null(noticeLayoutCreate(NULL, NOTICE_RESULT_INVALID, 595.0, 842.0, 0.0, NULL));
  assert_null(noticeLayoutCreate(*state, NOTICE_RESULT_INVALID, 595.0, 842.0, -1.0, NULL));
  assert_null(noticeLayoutCreate(*state, NOTICE_RESULT_INVALID, 595.0, 842.0, 200.0, NULL));
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
    layout = noticeLayoutCreate(*state, NOTICE_RESULT_INVALID, papers[0].width_pt, papers[0].height_pt, margins[m], &cb);
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
    cmocka_unit_test_setup_teardown(test_too_long, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_bad_arguments, setup_content, teardown_content),
    cmocka_unit_test_setup_teardown(test_printer_margin, setup_content, teardown_content)
  };

  return (unit_run(cmocka_run_group_tests(tests, NULL, NULL)));
}
