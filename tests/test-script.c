//
// Unit tests for complex scripts in the page layout (core/layout.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Every notice file in the data directory, whatever its language, is laid
// out on A4 with its original and the longest clinic details: it fits one
// page, every glyph that pango returns is a real glyph of a font (no unknown
// glyph, no .notdef, no dotted circle for a mark without its letter), its
// paragraphs are set in one of its own fonts, and every line ends where the
// text allows a break.  Thai lines end only between words (pango's Thai
// word breaking), Burmese lines never inside a run of Burmese script.  Thai
// and Burmese sample text checks the same with word boundaries known in
// advance, whether or not their notice files are installed.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "catalog-private.h"
#include "layout-private.h"
#include "page-private.h"
#include <dirent.h>


//
// Local constants...
//

#define A4_WIDTH_PT	(210.0 * 72.0 / 25.4)
					// Width of A4 in points
#define A4_HEIGHT_PT	(297.0 * 72.0 / 25.4)
					// Height of A4 in points
#define A5_WIDTH_PT	(148.0 * 72.0 / 25.4)
					// Width of A5 in points
#define A5_HEIGHT_PT	(210.0 * 72.0 / 25.4)
					// Height of A5 in points
#define LANGUAGES_MAX	64		// Most notice files checked
#define LONG_NAME	"医療法人社団さくら会 さくら内科・小児科クリニック（本院）　さくら会さくら会さく"
					// 40 characters
#define LONG_CONTACT	"受付（電話 012-345-6789／FAX 012-345-6780、平日9時〜18時、土曜9時〜12時）までお電話を"
					// 60 characters or less


//
// Sample text with known word boundaries...
//

static const char * const thai_words[] =
{					// Thai words, written without spaces
  "ผู้ป่วย", "ทุก", "ท่าน", "กรุณา", "ติดต่อ", "บริษัท", "ประกัน", "สุขภาพ", "ของ"
};

static const char * const burmese_phrases[] =
{					// Burmese phrases, separated by spaces
  "လူနာများ", "သို့", "ကျန်းမာရေးအာမခံ", "ကတ်ပြားကို", "ပြပါ။"
};


//
// 'is_myanmar()' - Tell whether a character is of the Myanmar script.
//

static bool				// O - `true` if Myanmar
is_myanmar(gunichar ch)			// I - Character
{
  return ((ch >= 0x1000 && ch <= 0x109f) || (ch >= 0xa9e0 && ch <= 0xa9ff) || (ch >= 0xaa60 && ch <= 0xaa7f));
}


//
// 'is_thai_follower()' - Tell whether a Thai character may not start a line.
//
// Vowel signs above, below and after a consonant, tone marks and other
// marks, and the repetition mark belong to the letter before them.
//

static bool				// O - `true` if it follows a letter
is_thai_follower(gunichar ch)		// I - Character
{
  return (ch == 0x0e30 || ch == 0x0e31 || (ch >= 0x0e32 && ch <= 0x0e3a) || ch == 0x0e45 || ch == 0x0e46 || (ch >= 0x0e47 && ch <= 0x0e4e));
}


//
// 'list_languages()' - List the languages of the notice files in the data
//                      directory, sorted.
//

static size_t				// O - Number of languages
list_languages(char tags[][NOTICE_TAG_MAX],
					// O - Language tags
               size_t max)		// I - Size of tags array
{
  DIR		*dir;			// Data directory
  struct dirent	*entry;			// Directory entry
  size_t	count = 0,		// Number of languages
		len,			// Length of a name
		i, j;			// Looping vars
  char		temp[NOTICE_TAG_MAX];	// For sorting


  assert_non_null(dir = opendir(TEST_DATADIR));

  while ((entry = readdir(dir)) != NULL && count < max)
  {
    len = strlen(entry->d_name);
    if (len <= 7 || len - 7 >= NOTICE_TAG_MAX || strcmp(entry->d_name + len - 7, ".notice"))
      continue;

    memcpy(tags[count], entry->d_name, len - 7);
    tags[count ++][len - 7] = '\0';
  }

  closedir(dir);

  for (i = 0; i < count; i ++)
  {
    for (j = i + 1; j < count; j ++)
    {
      if (strcmp(tags[i], tags[j]) > 0)
      {
        memcpy(temp, tags[i], sizeof(temp));
        memcpy(tags[i], tags[j], sizeof(temp));
        memcpy(tags[j], temp, sizeof(temp));
      }
    }
  }

  return (count);
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
          bool             long_clinic,	// I - Longest clinic details?
          double           width_pt,	// I - Paper width
          double           height_pt,	// I - Paper height
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
  unit_set_clinic(&options, long_clinic ? LONG_NAME : "さくらクリニック", long_clinic ? LONG_CONTACT : "受付（電話 012-345-6789）", &cb);

  if ((*page = noticePageCreate(&options, status, &cb)) == NULL)
    fail_msg("%s: %s", language, log->last_error);

  return (noticeLayoutCreatePage(*page, width_pt, height_pt, 0.0, &cb));
}


//
// 'check_glyphs()' - Fail on any glyph that is not a real glyph of its font.
//
// Pango's unknown glyphs, glyph 0 (.notdef) and a dotted circle that the
// text does not hold: each would print a box or a circle instead of the
// character.
//

static void
check_glyphs(PangoLayout *text,		// I - Laid-out text
             const char  *what)		// I - Description for messages
{
  const char		*chars = pango_layout_get_text(text);
					// Text
  PangoLayoutIter	*iter;		// Iterator over runs
  PangoLayoutRun	*run;		// Current run
  hb_codepoint_t	dotted;		// Dotted circle in the run's font
  bool			has_dotted;	// Does the font have one?
  int			g;		// Glyph index
  PangoGlyph		glyph;		// Current glyph
  const char		*at;		// Text of the glyph's cluster


  iter = pango_layout_get_iter(text);
  do
  {
    if ((run = pango_layout_iter_get_run_readonly(iter)) == NULL)
      continue;

    assert_non_null(run->item->analysis.font);
    has_dotted = hb_font_get_nominal_glyph(pango_font_get_hb_font(run->item->analysis.font), 0x25cc, &dotted);

    for (g = 0; g < run->glyphs->num_glyphs; g ++)
    {
      glyph = run->glyphs->glyphs[g].glyph;
      at    = chars + run->item->offset + run->glyphs->log_clusters[g];

      if (glyph != PANGO_GLYPH_EMPTY && (glyph & PANGO_GLYPH_UNKNOWN_FLAG))
        fail_msg("%s: unknown glyph at \"%.24s\"", what, at);
      if (glyph == 0)
        fail_msg("%s: .notdef glyph at \"%.24s\"", what, at);
      if (has_dotted && glyph == dotted && !strstr(chars, "\u25cc"))
        fail_msg("%s: dotted circle at \"%.24s\"", what, at);
    }
  }
  while (pango_layout_iter_next_run(iter));

  pango_layout_iter_free(iter);
}


//
// 'check_breaks()' - Check where the lines of a text end.
//
// Every line ends where pango's log attributes of the laid-out text allow a
// line break, never where it only allows breaking between characters; Thai
// lines never start with a sign of the letter before; Burmese lines never
// end inside a run of Burmese script.  Returns the number of line ends.
//

static int				// O - Number of line ends checked
check_breaks(PangoLayout *text,		// I - Laid-out text
             const char  *language,	// I - Language of the text
             const char  *what)		// I - Description for messages
{
  const char		*chars = pango_layout_get_text(text);
					// Text
  const PangoLogAttr	*attrs;		// Log attributes
  PangoLayoutIter	*iter;		// Line iterator
  gint			num_attrs;	// Number of log attributes
  glong			offset;		// Character offset of a line start
  int			index,		// Byte index of a line start
			count = 0;	// Line ends checked
  gunichar		before,		// Last character of a line
			after;		// First character of the next


  attrs = pango_layout_get_log_attrs_readonly(text, &num_attrs);
  iter  = pango_layout_get_iter(text);

  while (pango_layout_iter_next_line(iter))
  {
    index  = pango_layout_iter_get_index(iter);
    offset = g_utf8_pointer_to_offset(chars, chars + index);
    before = g_utf8_get_char(g_utf8_prev_char(chars + index));
    after  = g_utf8_get_char(chars + index);
    count ++;

    assert_true(offset > 0 && offset < num_attrs);

    if (!attrs[offset].is_line_break)
      fail_msg("%s: a line ends where the text allows no break, before \"%.24s\"", what, chars + index);

    if (!strcmp(language, "th") && is_thai_follower(after))
      fail_msg("%s: a Thai line starts with a sign of the letter before, \"%.24s\"", what, chars + index);

    if (!strcmp(language, "my") && is_myanmar(before) && is_myanmar(after))
      fail_msg("%s: a Burmese line ends inside Burmese text, before \"%.24s\"", what, chars + index);
  }

  pango_layout_iter_free(iter);

  return (count);
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
// 'in_list()' - Tell whether a family is one of a comma-separated list.
//

static bool				// O - `true` if listed
in_list(const char *family,		// I - Family
        const char *list)		// I - Families, comma-separated
{
  size_t	len = strlen(family);	// Length of family
  const char	*ptr;			// Pointer into list


  for (ptr = list; ptr && *ptr; ptr = strchr(ptr, ','), ptr = ptr ? ptr + 1 : NULL)
  {
    while (*ptr == ' ')
      ptr ++;

    if (!strncmp(ptr, family, len) && (ptr[len] == ',' || ptr[len] == '\0'))
      return (true);
  }

  return (false);
}


//
// 'test_every_language()' - Every notice file prints on one A4 page with
//                           real glyphs, its own fonts and proper line ends.
//

static void
test_every_language(void **state)	// I - Unused
{
  char			tags[LANGUAGES_MAX][NOTICE_TAG_MAX];
					// Languages installed
  size_t		count,		// Number of languages
			l,		// Current language
			i;		// Current item
  int			r,		// Result
			breaks,		// Line ends checked in the page's language
			paragraphs;	// Paragraphs checked
  notice_layout_t	*layout;	// Layout
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  PangoLayout		*text;		// Item text
  notice_item_kind_t	kind;		// Item kind
  const char		*language;	// Item language
  char			what[1200],	// Description
			family[256];	// Font of a paragraph


  (void)state;

  count = list_languages(tags, LANGUAGES_MAX);
  assert_true(count >= 2);

  for (l = 0; l < count; l ++)
  {
    for (r = 0; r < NOTICE_STATUS_COUNT; r ++)
    {
      snprintf(what, sizeof(what), "%s/%s/A4", tags[l], noticeStatusName((notice_status_t)r));

      if ((layout = make_page(tags[l], NOTICE_EDITION_CURRENT, (notice_status_t)r, true, A4_WIDTH_PT, A4_HEIGHT_PT, &page, &log)) == NULL)
        fail_msg("%s: %s", what, log.last_error);

      assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);

      for (i = 0, breaks = 0, paragraphs = 0; i < noticeLayoutGetItemCount(layout); i ++)
      {
        kind     = noticeLayoutGetItem(layout, i, NULL, NULL, &text);
        language = noticeLayoutGetItemLanguage(layout, i);

        check_glyphs(text, what);

        if (kind == NOTICE_ITEM_CLINIC)
          continue;			// The clinic's Japanese name in a translation's line

        if (!strcmp(language, tags[l]))
          breaks += check_breaks(text, language, what);
        else
          check_breaks(text, language, what);

        // Each paragraph starts in one of the fonts of its language...
        if (kind == NOTICE_ITEM_PARAGRAPH)
        {
          first_family(text, family, sizeof(family));
          if (!in_list(family, !strcmp(language, page->content->language) ? page->content->fonts : page->original->fonts))
            fail_msg("%s: a %s paragraph is set in %s", what, language, family);
          paragraphs ++;
        }
      }

      // The checks mean something only if text wrapped and paragraphs were
      // seen...
      if (breaks < 5)
        fail_msg("%s: only %d line ends", what, breaks);
      assert_true(paragraphs >= 3);

      if (getenv("UNIT_VERBOSE"))
        print_message("%-24s body %.1f pt, %d line ends\n", what, noticeLayoutGetBodySize(layout), breaks);

      noticeLayoutDelete(layout);
      noticePageDelete(page);
    }
  }
}


//
// 'test_a5()' - On A5 every language prints on one page or says to use A4.
//

static void
test_a5(void **state)			// I - Unused
{
  char			tags[LANGUAGES_MAX][NOTICE_TAG_MAX];
					// Languages installed
  size_t		count,		// Number of languages
			l;		// Current language
  notice_layout_t	*layout;	// Layout
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log


  (void)state;

  count = list_languages(tags, LANGUAGES_MAX);

  for (l = 0; l < count; l ++)
  {
    if ((layout = make_page(tags[l], NOTICE_EDITION_CURRENT, NOTICE_STATUS_INVALID, true, A5_WIDTH_PT, A5_HEIGHT_PT, &page, &log)) == NULL)
    {
      if (!strstr(log.last_error, "does not fit on 148x210 mm paper - print it on A4"))
        fail_msg("%s on A5: %s", tags[l], log.last_error);
    }
    else if (noticeLayoutGetBodySize(layout) < NOTICE_BODY_MIN_PT - 0.01)
    {
      fail_msg("%s on A5: body text %.1f pt", tags[l], noticeLayoutGetBodySize(layout));
    }

    noticeLayoutDelete(layout);
    noticePageDelete(page);
  }
}


//
// 'test_lines_apart()' - The ink of one line never reaches into the next.
//
// Burmese marks reach far above and below the letters: its lines are spaced
// wider than the usual line height, as far as the page allows.  With usual
// clinic details every language has room for it.
//

static void
test_lines_apart(void **state)		// I - Unused
{
  char			tags[LANGUAGES_MAX][NOTICE_TAG_MAX];
					// Languages installed
  size_t		count,		// Number of languages
			l,		// Current language
			i;		// Current item
  int			pairs;		// Pairs of lines checked
  notice_layout_t	*layout;	// Layout
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  PangoLayout		*text;		// Item text
  PangoLayoutIter	*iter;		// Line iterator
  PangoRectangle	ink;		// Ink of a line
  double		bottom;		// Bottom of the previous line's ink


  (void)state;

  count = list_languages(tags, LANGUAGES_MAX);

  for (l = 0; l < count; l ++)
  {
    if ((layout = make_page(tags[l], NOTICE_EDITION_2023, NOTICE_STATUS_NO_RECORD, false, A4_WIDTH_PT, A4_HEIGHT_PT, &page, &log)) == NULL)
      fail_msg("%s: %s", tags[l], log.last_error);

    for (i = 0, pairs = 0; i < noticeLayoutGetItemCount(layout); i ++)
    {
      noticeLayoutGetItem(layout, i, NULL, NULL, &text);
      iter = pango_layout_get_iter(text);
      pango_layout_iter_get_line_extents(iter, &ink, NULL);
      bottom = (double)(ink.y + ink.height) / PANGO_SCALE;

      while (pango_layout_iter_next_line(iter))
      {
        pango_layout_iter_get_line_extents(iter, &ink, NULL);
        if ((double)ink.y / PANGO_SCALE < bottom)
          fail_msg("%s: item %u, the ink of \"%.24s\" reaches %.2f pt into the line above", tags[l], (unsigned)i, pango_layout_get_text(text) + pango_layout_iter_get_index(iter), bottom - (double)ink.y / PANGO_SCALE);
        bottom = (double)(ink.y + ink.height) / PANGO_SCALE;
        pairs ++;
      }

      pango_layout_iter_free(iter);
    }

    assert_true(pairs >= 5);

    noticeLayoutDelete(layout);
    noticePageDelete(page);
  }
}


//
// 'lay_out_sample()' - Lay out sample text of one language as a paragraph
//                      of a notice.
//

static notice_layout_t *		// O - Layout
lay_out_sample(
    const char *language,		// I - Language of the sample
    const char *fonts,			// I - Its fonts
    const char *sample)			// I - Sample text
{
  notice_content_t	copy;		// Notice carrying the sample
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_content_t	*en;		// English notice, the model
  notice_layout_t	*layout;	// Layout


  assert_non_null(en = noticeContentLoad(TEST_DATADIR, "en", &cb));

  copy                = *en;
  copy.language       = (char *)language;
  copy.fonts          = (char *)fonts;
  copy.blocks[0].text = (char *)sample;

  layout = noticeLayoutCreate(&copy, NOTICE_STATUS_INVALID, A4_WIDTH_PT, A4_HEIGHT_PT, 0.0, &cb);
  if (!layout)
    fail_msg("%s sample: %s", language, log.last_error);

  // The copy shares the English notice's strings; the layout keeps its own
  // copies of them...
  noticeContentDelete(en);

  return (layout);
}


//
// 'check_sample()' - Check that the sample's lines start only where wanted.
//

static void
check_sample(notice_layout_t *layout,	// I - Layout of the sample
             const char      *sample,	// I - Sample text
             const char      *language,	// I - Its language
             const size_t    *starts,	// I - Byte offsets where a line may start
             size_t          num_starts)// I - Number of offsets
{
  size_t		i,		// Item
			s;		// Allowed start
  PangoLayout		*text;		// Item text
  PangoLayoutIter	*iter;		// Line iterator
  int			index,		// Start of a line
			lines = 0;	// Lines checked


  for (i = 0; i < noticeLayoutGetItemCount(layout); i ++)
  {
    noticeLayoutGetItem(layout, i, NULL, NULL, &text);
    if (strcmp(pango_layout_get_text(text), sample))
      continue;

    check_glyphs(text, language);
    check_breaks(text, language, language);

    iter = pango_layout_get_iter(text);
    while (pango_layout_iter_next_line(iter))
    {
      index = pango_layout_iter_get_index(iter);
      for (s = 0; s < num_starts; s ++)
      {
        if (starts[s] == (size_t)index)
          break;
      }

      if (s >= num_starts)
        fail_msg("%s: a line starts inside a word, at \"%.24s\"", language, sample + index);

      lines ++;
    }
    pango_layout_iter_free(iter);
  }

  // The paragraph must have wrapped many times to mean anything...
  if (lines < 8)
    fail_msg("%s: only %d line ends", language, lines);
}


//
// 'test_thai_words()' - Thai text without spaces breaks between words only.
//

static void
test_thai_words(void **state)		// I - Unused
{
  char			sample[8192];	// Words without spaces, repeated
  size_t		starts[1024],	// Where each word starts
			num_starts = 0,	// Number of words
			w;		// Current word
  notice_layout_t	*layout;	// Layout


  (void)state;

  for (sample[0] = '\0', w = 0; strlen(sample) + 64 < sizeof(sample) && num_starts < 160; w ++)
  {
    starts[num_starts ++] = strlen(sample);
    strncat(sample, thai_words[w % (sizeof(thai_words) / sizeof(thai_words[0]))], sizeof(sample) - strlen(sample) - 1);
  }

  layout = lay_out_sample("th", "Noto Sans Thai,Loma,Garuda,Noto Sans CJK JP", sample);
  check_sample(layout, sample, "th", starts, num_starts);
  noticeLayoutDelete(layout);
}


//
// 'test_burmese_phrases()' - Burmese text breaks at its spaces only.
//

static void
test_burmese_phrases(void **state)	// I - Unused
{
  char			sample[8192];	// Phrases separated by spaces, repeated
  size_t		starts[1024],	// Where each phrase starts
			num_starts = 0,	// Number of phrases
			p;		// Current phrase
  notice_layout_t	*layout;	// Layout


  (void)state;

  for (sample[0] = '\0', p = 0; strlen(sample) + 64 < sizeof(sample) && num_starts < 60; p ++)
  {
    if (p > 0)
      strncat(sample, " ", sizeof(sample) - strlen(sample) - 1);
    starts[num_starts ++] = strlen(sample);
    strncat(sample, burmese_phrases[p % (sizeof(burmese_phrases) / sizeof(burmese_phrases[0]))], sizeof(sample) - strlen(sample) - 1);
  }

  layout = lay_out_sample("my", "Noto Sans Myanmar,Padauk,Noto Sans CJK JP", sample);
  check_sample(layout, sample, "my", starts, num_starts);
  noticeLayoutDelete(layout);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_thai_words),
    cmocka_unit_test(test_burmese_phrases),
    cmocka_unit_test(test_every_language),
    cmocka_unit_test(test_lines_apart),
    cmocka_unit_test(test_a5)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
