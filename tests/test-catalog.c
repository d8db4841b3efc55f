//
// Unit tests for the notice catalog (core/catalog.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The expected text of the handout is kept apart from the data file, in
// tests/expected/handout-ja.txt (title, subtitle, then each block as
// "MARKER TEXT"), so an accidental edit to the data is caught.  The current
// edition and the translations are checked against that text: the same
// blocks, the one sentence that differs between editions, and the Japanese
// names a patient must find kept in each translated block.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "catalog-private.h"
#include "datafile-private.h"


//
// Cases of malformed notice files...
//

typedef struct bad_notice_s		// A malformed notice file
{
  const char	*text;			// Contents
  const char	*message;		// Part of the expected error
} bad_notice_t;

static const char * const translations[] =
{					// Every reference translation
  "en",
  "zh-CN",
  "zh-TW",
  "ko",
  "vi",
  "pt-BR",
  "fil",
  "ne",
  "id",
  "my",
  "th",
  "es"
};

static const char * const japanese_names[] =
{					// Names a patient must find, kept in translations
  "マイナンバーカード",
  "マイナポータル",
  "健康保険組合",
  "協会けんぽ",
  "市区町村",
  "被用者保険",
  "社保",
  "「資格（無効）」",
  "「資格情報なし」",
  "「わたしの情報」",
  "「健康・医療」",
  "「健康保険証情報」",
  "「証明書」",
  "「健康保険証」"
};

#define OLD_PATH	"「わたしの情報」→「健康・医療」→「健康保険証情報」"
					// マイナポータル path in the 2023 handout
#define NEW_PATH	"「証明書」→「健康保険証」"
					// The path as the portal shows it now
#define EDITION_LINE	"この案内は、厚生労働省の周知資料（令和5年7月）のマイナポータルの操作手順を現在の画面表示に合わせて更新したものです。"
					// Line at the foot of the current edition

#define GOOD_HEAD "language ja\nlanguage-name J\nfonts Sans\nfont-package fonts-x\ntitle T\nresult.invalid A\nresult.no-record B\ndate {year}-{month}-{day}\nclinic C: {clinic}\n"
#define GOOD_TRANSLATION "language en\nlanguage-name E\noriginal ja\ntranslation-mark M\nfonts Sans\nfont-package fonts-x\ntitle T\nresult.invalid A\nresult.no-record B\nclinic C: {clinic}\nparagraph o P\n"

static const bad_notice_t bad_notices[] =
{
  { "",							"lacks language" },
  { GOOD_HEAD,						"lacks a paragraph" },
  { GOOD_HEAD "note ※ N\n",				"lacks a paragraph before any note" },
  { GOOD_HEAD "paragraph ○\n",				"needs a marker and text" },
  { GOOD_HEAD "paragraph ○ P\ntitle T2\n",		"\"title\" given twice" },
  { GOOD_HEAD "paragraph ○ P\nheadline H\n",		"unknown keyword \"headline\"" },
  { GOOD_HEAD "paragraph ○ P\nresult.valid V\n",	"unknown result \"valid\"" },
  { GOOD_HEAD "paragraph ○ P\nsubtitle\n",		"\"subtitle\" has no text" },
  { GOOD_HEAD "paragraph ○ P\n○ stray text\n",		"line 11: not a record" },
  { GOOD_HEAD "paragraph ○ P\nsource \xe3\x81\n",	"not valid UTF-8" },
  { "language ../x\nlanguage-name X\nfonts S\nfont-package f\ntitle T\nresult.invalid A\nresult.no-record B\nparagraph ○ P\n",
							"lacks a valid language" },
  { "language ja\nlanguage-name J\nfonts S\nfont-package f\ntitle T\nresult.invalid A\nparagraph ○ P\n",
							"lacks a result label" },
  { GOOD_HEAD "paragraph ○ P\nnote@2024 ※ N\n",	"line 11: unknown edition \"2024\"" },
  { GOOD_HEAD "paragraph ○ P\nnote@Current ※ N\n",	"unknown edition \"Current\"" },
  { GOOD_HEAD "paragraph ○ P\nsource@ S\n",		"unknown edition \"\"" },
  { GOOD_HEAD "paragraph ○ P\nsource S\nsource@2023 S2\n",
							"\"source\" given twice" },
  { GOOD_TRANSLATION "date {year}\n",			"a date that shows the day, the month and the year" },
  { GOOD_TRANSLATION "date {day} {month} {year} {hour}\n",
							"a date with only" },
  { GOOD_TRANSLATION "date {day} {month-name} {year}\n",
							"month-names for {month-name}" },
  { GOOD_TRANSLATION "date {day} {month-name} {year}\nmonth-names a,b,c,d,e,f,g,h,i,j,k\n",
							"needs 12 names" },
  { GOOD_TRANSLATION "date {day} {month-name} {year}\nmonth-names a,b,c,d,e,f,g,h,i,j,k,l,m\n",
							"needs 12 names" },
  { GOOD_TRANSLATION "date {day} {month-name} {year}\nmonth-names a,b,c,d,e,f,g,h,i,j,k,\n",
							"needs 12 names" },
  { GOOD_TRANSLATION "date {era}{era-year}/{month}/{day}\n",
							"an era for {era}" },
  { GOOD_TRANSLATION "date {day} {month} {year\n",	"a date with only" },
  { GOOD_TRANSLATION "date {day}} {month} {year}\n",	"a date with only" },
  { GOOD_HEAD "paragraph ○ P\nera 2019-05-01 R\nera 1989-01-08 H\n",
							"oldest first" },
  { GOOD_HEAD "paragraph ○ P\nera 2019-02-30 R\n",	"impossible date" },
  { GOOD_HEAD "paragraph ○ P\nera 2019-5-1 R\n",	"needs YYYY-MM-DD and a name" },
  { GOOD_HEAD "paragraph ○ P\nera 2019-05-01\n",	"needs YYYY-MM-DD and a name" },
  { "language en\nlanguage-name E\noriginal ja\nfonts S\nfont-package f\ntitle T\nresult.invalid A\nresult.no-record B\ndate {year}-{month}-{day}\nclinic {clinic}\nparagraph ○ P\n",
							"lacks translation-mark" },
  { GOOD_HEAD "paragraph ○ P\ntranslation-mark M\n",	"lacks original" },
  { GOOD_HEAD "paragraph ○ P\noriginal ja\ntranslation-mark M\n",
							"lacks a valid original language" },
  { GOOD_TRANSLATION "date {year}-{month}-{day}\nclinic {clinic} {clinic}\n",
							"\"clinic\" given twice" },
  { "language ja\nlanguage-name J\nfonts S\nfont-package f\ntitle T\nresult.invalid A\nresult.no-record B\ndate {year}-{month}-{day}\nclinic {clinic} {clinic}\nparagraph ○ P\n",
							"a clinic line with {clinic} once" },
  { "language ja\nlanguage-name J\nfonts S\nfont-package f\ntitle T\nresult.invalid A\nresult.no-record B\ndate {year}-{month}-{day}\nclinic Ask us\nparagraph ○ P\n",
							"a clinic line with {clinic} once" },
  { "language ja\nlanguage-name J\nfonts S\nfont-package f\ntitle T\nresult.invalid A\nresult.no-record B\nclinic {clinic}\nparagraph ○ P\n",
							"lacks date" },
  { GOOD_HEAD "paragraph ○ P\nline-break strict\n",	"must be normal or keep-all" }
};


//
// 'read_expected()' - Read the expected handout text, one line per entry.
//

static size_t				// O - Number of lines
read_expected(char lines[][1024],	// O - Lines
              size_t max)		// I - Most lines
{
  FILE		*fp;			// Expected text
  size_t	count = 0;		// Lines read


  fp = fopen(TEST_SRCDIR "/expected/handout-ja.txt", "r");
  assert_non_null(fp);

  while (count < max && fgets(lines[count], 1024, fp))
  {
    lines[count][strcspn(lines[count], "\n")] = '\0';
    count ++;
  }

  fclose(fp);

  return (count);
}


//
// 'test_handout_text()' - The Japanese notice is the handout, exactly.
//

static void
test_handout_text(void **state)		// I - Unused
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_content_t	*content;	// Loaded notice
  char			expected[16][1024],
					// Expected lines
			block[1024];	// Block as "MARKER TEXT"
  size_t		count,		// Number of expected lines
			i;		// Looping var
  int			paragraphs = 0,	// Paragraphs seen
			notes = 0;	// Notes seen


  (void)state;

  count = read_expected(expected, 16);
  assert_int_equal(count, 7);

  content = noticeContentLoad(TEST_DATADIR, "ja", &cb);
  assert_non_null(content);

  assert_string_equal(content->language, "ja");
  assert_string_equal(content->title, expected[0]);
  assert_string_equal(content->subtitle, expected[1]);
  assert_int_equal(content->num_blocks, count - 2);

  for (i = 0; i < content->num_blocks; i ++)
  {
    snprintf(block, sizeof(block), "%s %s", content->blocks[i].marker, content->blocks[i].text);
    assert_string_equal(block, expected[i + 2]);

    if (content->blocks[i].kind == NOTICE_BLOCK_PARAGRAPH)
    {
      assert_string_equal(content->blocks[i].marker, "○");
      paragraphs ++;
    }
    else
    {
      assert_string_equal(content->blocks[i].marker, "※");
      notes ++;
    }
  }

  assert_int_equal(paragraphs, 3);
  assert_int_equal(notes, 2);

  // The result labels name what the terminal showed, and differ...
  assert_non_null(strstr(content->status_label[NOTICE_STATUS_INVALID], "「資格（無効）」"));
  assert_non_null(strstr(content->status_label[NOTICE_STATUS_NO_RECORD], "「資格情報なし」"));
  assert_non_null(content->source);
  assert_non_null(strstr(content->source, "厚生労働省"));
  assert_string_equal(content->font_package, "fonts-morisawa-bizud-gothic");
  assert_true(!strncmp(content->fonts, "BIZ UDPGothic,", 14));

  noticeContentDelete(content);
  assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 0);
}


//
// 'test_bad_notices()' - Malformed notice files are refused whole.
//

static void
test_bad_notices(void **state)		// I - Unused
{
  size_t		i;		// Looping var
  unit_log_t		log;		// Log
  notice_callbacks_t	cb;		// Callbacks
  notice_content_t	*content;	// Parsed notice


  (void)state;

  for (i = 0; i < sizeof(bad_notices) / sizeof(bad_notices[0]); i ++)
  {
    cb      = unit_callbacks(&log);
    content = noticeContentParse(bad_notices[i].text, strlen(bad_notices[i].text), "xx.notice", &cb);

    if (content)
    {
      noticeContentDelete(content);
      fail_msg("notice %u was accepted", (unsigned)i);
    }

    if (!strstr(log.last_error, bad_notices[i].message))
      fail_msg("notice %u: error \"%s\", expected \"%s\"", (unsigned)i, log.last_error, bad_notices[i].message);
  }
}


//
// 'test_language_is_not_a_path()' - A language can never name another file.
//

static void
test_language_is_not_a_path(void **state)
					// I - Unused
{
  static const char * const languages[] =
  {					// Languages that must be refused
    "",
    "../ja",
    "ja/../ja",
    "/etc/passwd",
    "ja.notice",
    "-ja",
    "abcdefghijklmnopq"
  };
  size_t		i;		// Looping var
  unit_log_t		log;		// Log
  notice_callbacks_t	cb;		// Callbacks


  (void)state;

  for (i = 0; i < sizeof(languages) / sizeof(languages[0]); i ++)
  {
    cb = unit_callbacks(&log);
    assert_null(noticeContentLoad(TEST_DATADIR, languages[i], &cb));
    assert_non_null(strstr(log.last_error, "Unsupported notice language"));
  }

  // A well-formed tag without a file is a missing file...
  cb = unit_callbacks(&log);
  assert_null(noticeContentLoad(TEST_DATADIR, "xx", &cb));
  assert_non_null(strstr(log.last_error, "missing"));
}


//
// 'test_reader()' - The record reader skips comments and splits fields.
//

static void
test_reader(void **state)		// I - Unused
{
  static const char	text[] = "# comment\n\nkey  value with  spaces \r\nnext\t\tv\nbare\nnote@current x\n";
  notice_reader_t	reader;		// Reader
  notice_record_t	record;		// Record


  (void)state;

  noticeDataFileReaderInit(&reader, text, sizeof(text) - 1);

  assert_int_equal(noticeDataFileReaderNext(&reader, &record), NOTICE_READ_RECORD);
  assert_string_equal(record.key, "key");
  assert_int_equal(record.number, 3);
  assert_int_equal(record.value_len, strlen("value with  spaces"));
  assert_memory_equal(record.value, "value with  spaces", record.value_len);

  assert_int_equal(noticeDataFileReaderNext(&reader, &record), NOTICE_READ_RECORD);
  assert_string_equal(record.key, "next");
  assert_memory_equal(record.value, "v", 1);

  assert_int_equal(noticeDataFileReaderNext(&reader, &record), NOTICE_READ_RECORD);
  assert_string_equal(record.key, "bare");
  assert_int_equal(record.value_len, 0);

  assert_int_equal(noticeDataFileReaderNext(&reader, &record), NOTICE_READ_RECORD);
  assert_string_equal(record.key, "note@current");

  assert_int_equal(noticeDataFileReaderNext(&reader, &record), NOTICE_READ_END);
}


//
// 'load()' - Load a notice text or fail the test.
//

static notice_content_t *		// O - Content
load(const char       *language,	// I - Language
     notice_edition_t edition)		// I - Edition
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_content_t	*content;	// Content


  if ((content = noticeContentLoadEdition(TEST_DATADIR, language, edition, &cb)) == NULL)
    fail_msg("%s/%s: %s", language, noticeEditionName(edition), log.last_error);

  assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 0);
  assert_int_equal(content->edition, edition);

  return (content);
}


//
// 'count_differences()' - Count the blocks that differ between two texts.
//

static int				// O - Number of differing blocks
count_differences(
    const notice_content_t *a,		// I - First text
    const notice_content_t *b,		// I - Second text
    size_t                 *which)	// O - Last differing block
{
  size_t	i;			// Looping var
  int		count = 0;		// Differences


  assert_int_equal(a->num_blocks, b->num_blocks);

  for (i = 0; i < a->num_blocks; i ++)
  {
    assert_int_equal(a->blocks[i].kind, b->blocks[i].kind);
    assert_string_equal(a->blocks[i].marker, b->blocks[i].marker);

    if (strcmp(a->blocks[i].text, b->blocks[i].text))
    {
      *which = i;
      count ++;
    }
  }

  return (count);
}


//
// 'test_current_edition()' - The current edition differs in the path only.
//

static void
test_current_edition(void **state)	// I - Unused
{
  notice_content_t	*handout,	// 2023 edition
			*current;	// Current edition
  size_t		which = 0;	// Block that differs
  char			expected[1024],	// Current sentence expected
			*path;		// Path in the 2023 sentence
  int			i;		// Looping var


  (void)state;

  handout = load("ja", NOTICE_EDITION_2023);
  current = load("ja", NOTICE_EDITION_CURRENT);

  // Same title, subtitle, results and source...
  assert_string_equal(handout->title, current->title);
  assert_string_equal(handout->subtitle, current->subtitle);
  assert_string_equal(handout->source, current->source);
  for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
    assert_string_equal(handout->status_label[i], current->status_label[i]);

  // One sentence differs, and only in its path...
  assert_int_equal(count_differences(handout, current, &which), 1);
  assert_non_null(path = strstr(handout->blocks[which].text, OLD_PATH));
  snprintf(expected, sizeof(expected), "%.*s%s%s", (int)(path - handout->blocks[which].text), handout->blocks[which].text, NEW_PATH, path + strlen(OLD_PATH));
  assert_string_equal(current->blocks[which].text, expected);
  assert_null(strstr(current->blocks[which].text, "わたしの情報"));

  // The foot of the current edition says so; the handout says nothing...
  assert_null(handout->edition_note);
  assert_non_null(current->edition_note);
  assert_string_equal(current->edition_note, EDITION_LINE);

  noticeContentDelete(handout);
  noticeContentDelete(current);
}


//
// 'test_translations()' - Translations follow the original block by block.
//

static void
test_translations(void **state)		// I - Unused
{
  notice_content_t	*ja[NOTICE_EDITION_COUNT],
					// Japanese original
			*tr[NOTICE_EDITION_COUNT];
					// Translation
  size_t		t,		// Translation
			n,		// Name
			b,		// Block
			which_ja = 0,	// Block that differs in Japanese
			which_tr = 0;	// Block that differs in the translation
  int			e;		// Edition
  const char		*name;		// Japanese name


  (void)state;

  for (e = 0; e < NOTICE_EDITION_COUNT; e ++)
    ja[e] = load("ja", (notice_edition_t)e);

  assert_null(ja[0]->original);
  assert_null(ja[0]->translation_mark);
  assert_non_null(ja[0]->original_heading);

  for (t = 0; t < sizeof(translations) / sizeof(translations[0]); t ++)
  {
    for (e = 0; e < NOTICE_EDITION_COUNT; e ++)
    {
      tr[e] = load(translations[t], (notice_edition_t)e);

      // A marked translation of the Japanese original...
      assert_string_equal(tr[e]->language, translations[t]);
      assert_non_null(tr[e]->original);
      assert_string_equal(tr[e]->original, "ja");
      assert_non_null(tr[e]->translation_mark);
      assert_non_null(strstr(tr[e]->translation_mark, "onshi-notice"));
      assert_string_not_equal(tr[e]->title, ja[e]->title);

      // ... with the same blocks, each keeping the names the patient must
      // find on a Japanese screen, card or sign...
      assert_int_equal(tr[e]->num_blocks, ja[e]->num_blocks);

      for (b = 0; b < ja[e]->num_blocks; b ++)
      {
        assert_int_equal(tr[e]->blocks[b].kind, ja[e]->blocks[b].kind);
        assert_string_equal(tr[e]->blocks[b].marker, ja[e]->blocks[b].marker);

        for (n = 0; n < sizeof(japanese_names) / sizeof(japanese_names[0]); n ++)
        {
          name = japanese_names[n];
          if (strstr(ja[e]->blocks[b].text, name) && !strstr(tr[e]->blocks[b].text, name))
            fail_msg("%s/%s block %u lacks %s", translations[t], noticeEditionName((notice_edition_t)e), (unsigned)b, name);
        }
      }

      assert_non_null(strstr(tr[e]->subtitle, "マイナンバーカード"));
      assert_non_null(strstr(tr[e]->status_label[NOTICE_STATUS_INVALID], "「資格（無効）」"));
      assert_non_null(strstr(tr[e]->status_label[NOTICE_STATUS_NO_RECORD], "「資格情報なし」"));
      assert_non_null(tr[e]->source);
    }

    // The editions differ in the same sentence as the Japanese, with the new
    // path, and the current edition says so in its own language...
    assert_int_equal(count_differences(tr[0], tr[1], &which_tr), 1);
    assert_int_equal(count_differences(ja[0], ja[1], &which_ja), 1);
    assert_int_equal(which_tr, which_ja);
    assert_non_null(strstr(tr[NOTICE_EDITION_2023]->blocks[which_tr].text, "「健康保険証情報」"));
    assert_null(strstr(tr[NOTICE_EDITION_CURRENT]->blocks[which_tr].text, "「わたしの情報」"));
    assert_non_null(strstr(tr[NOTICE_EDITION_CURRENT]->blocks[which_tr].text, "「証明書」"));
    assert_non_null(strstr(tr[NOTICE_EDITION_CURRENT]->blocks[which_tr].text, "「健康保険証」"));
    assert_null(tr[NOTICE_EDITION_2023]->edition_note);
    assert_non_null(tr[NOTICE_EDITION_CURRENT]->edition_note);
    assert_non_null(strstr(tr[NOTICE_EDITION_CURRENT]->edition_note, "マイナポータル"));

    for (e = 0; e < NOTICE_EDITION_COUNT; e ++)
      noticeContentDelete(tr[e]);
  }

  for (e = 0; e < NOTICE_EDITION_COUNT; e ++)
    noticeContentDelete(ja[e]);
}


//
// 'test_list_languages()' - The installed languages are listed, original first.
//

static void
test_list_languages(void **state)	// I - Unused
{
  char		tags[NOTICE_LANGUAGES_MAX][NOTICE_TAG_MAX];
					// Languages found
  size_t	count,			// Number found
		i,			// Looping var
		j;			// Looping var


  (void)state;

  count = noticeLanguageList(TEST_DATADIR, tags, NOTICE_LANGUAGES_MAX);
  assert_int_equal(count, 1 + sizeof(translations) / sizeof(translations[0]));
  assert_string_equal(tags[0], "ja");

  for (i = 0; i < sizeof(translations) / sizeof(translations[0]); i ++)
  {
    for (j = 1; j < count; j ++)
    {
      if (!strcmp(tags[j], translations[i]))
        break;
    }

    if (j >= count)
      fail_msg("%s is not listed", translations[i]);

    assert_true(noticeCatalogHasLanguage(TEST_DATADIR, translations[i]));
  }

  assert_true(noticeCatalogHasLanguage(TEST_DATADIR, "ja"));
  assert_false(noticeCatalogHasLanguage(TEST_DATADIR, "fr"));
  assert_false(noticeCatalogHasLanguage(TEST_DATADIR, "../data/ja"));
  assert_int_equal(noticeLanguageList("/nonexistent", tags, NOTICE_LANGUAGES_MAX), 0);
  assert_int_equal(noticeLanguageList(TEST_DATADIR, tags, 2), 2);
}


//
// 'test_canonical_tags()' - Language tags are checked and put in canonical case.
//

static void
test_canonical_tags(void **state)	// I - Unused
{
  static const struct
  {
    const char	*value;			// Tag as given
    const char	*tag;			// Canonical tag, NULL if refused
  } cases[] =
  {
    { "ja",		"ja" },
    { "JA",		"ja" },
    { "pt-br",		"pt-BR" },
    { "PT_BR",		"pt-BR" },
    { "zh-cn",		"zh-CN" },
    { "zh_tw",		"zh-TW" },
    { "FIL",		"fil" },
    { "zh-hans-cn",	"zh-Hans-CN" },
    { "yue",		"yue" },
    { "",		NULL },
    { "j",		NULL },
    { "japanese",	NULL },
    { "ja-",		NULL },
    { "-ja",		NULL },
    { "ja--jp",		NULL },
    { "ja/../x",	NULL },
    { "ja.notice",	NULL },
    { "j1",		NULL },
    { "ja-abcdefghi",	NULL },
    { "zh-Hans-CN-xyz",	"zh-Hans-CN-xyz" },
    { "zh-Hans-CN-xyzwv",	NULL },
    { "ja jp",		NULL }
  };
  char		tag[NOTICE_TAG_MAX];	// Canonical tag
  size_t	i;			// Looping var
  bool		ok;			// Accepted?


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    ok = noticeCatalogCanonicalTag(cases[i].value, tag, sizeof(tag));

    if (ok != (cases[i].tag != NULL))
      fail_msg("\"%s\" was %s", cases[i].value, ok ? "accepted" : "refused");
    if (ok)
      assert_string_equal(tag, cases[i].tag);
  }
}


//
// 'test_format()' - Templates fill their placeholders, nothing else.
//

static void
test_format(void **state)		// I - Unused
{
  const char	*names[] = { "a", "long-name", "none" };
					// Placeholders
  const char	*values[] = { "1", "two", NULL };
					// Their values
  char		buffer[16];		// Result


  (void)state;

  assert_true(noticeContentFormat("x{a}y{long-name}{a}", names, values, 3, buffer, sizeof(buffer)));
  assert_string_equal(buffer, "x1ytwo1");
  assert_true(noticeContentFormat("", names, values, 3, buffer, sizeof(buffer)));
  assert_string_equal(buffer, "");

  assert_false(noticeContentFormat("{none}", names, values, 3, buffer, sizeof(buffer)));
  assert_false(noticeContentFormat("{b}", names, values, 3, buffer, sizeof(buffer)));
  assert_false(noticeContentFormat("{a", names, values, 3, buffer, sizeof(buffer)));
  assert_false(noticeContentFormat("a}", names, values, 3, buffer, sizeof(buffer)));
  assert_true(noticeContentFormat("{long-name}{long-name}{long-name}{long-name}{long-name}", names, values, 3, buffer, sizeof(buffer)));
  assert_string_equal(buffer, "twotwotwotwotwo");
  assert_false(noticeContentFormat("{long-name}{long-name}{long-name}{long-name}{long-name}{a}", names, values, 3, buffer, sizeof(buffer)));
  assert_false(noticeContentFormat("0123456789abcdefg", names, values, 3, buffer, sizeof(buffer)));
  assert_true(noticeContentFormat("0123456789abcde", names, values, 3, buffer, sizeof(buffer)));
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_handout_text),
    cmocka_unit_test(test_current_edition),
    cmocka_unit_test(test_translations),
    cmocka_unit_test(test_list_languages),
    cmocka_unit_test(test_canonical_tags),
    cmocka_unit_test(test_format),
    cmocka_unit_test(test_bad_notices),
    cmocka_unit_test(test_language_is_not_a_path),
    cmocka_unit_test(test_reader)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
