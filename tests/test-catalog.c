//
// Unit tests for the notice catalog (filter/catalog.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The expected text of the handout is kept apart from the data file, in
// tests/expected/handout-ja.txt (title, subtitle, then each block as
// "MARKER TEXT"), so an accidental edit to the data is caught.
//

#include "unit.h"
#include "catalog.h"
#include "datafile.h"


//
// Cases of malformed notice files...
//

typedef struct bad_notice_s		// A malformed notice file
{
  const char	*text;			// Contents
  const char	*message;		// Part of the expected error
} bad_notice_t;

#define GOOD_HEAD "language ja\nfonts Sans\nfont-package fonts-x\ntitle T\nresult.invalid A\nresult.no-record B\n"

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
  { GOOD_HEAD "paragraph ○ P\n○ stray text\n",		"line 8: not a record" },
  { GOOD_HEAD "paragraph ○ P\nsource \xe3\x81\n",	"not valid UTF-8" },
  { "language ../x\nfonts S\nfont-package f\ntitle T\nresult.invalid A\nresult.no-record B\nparagraph ○ P\n",
							"lacks a valid language" },
  { "language ja\nfonts S\nfont-package f\ntitle T\nresult.invalid A\nparagraph ○ P\n",
							"lacks a result label" }
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
  assert_non_null(strstr(content->result_label[NOTICE_RESULT_INVALID], "「資格（無効）」"));
  assert_non_null(strstr(content->result_label[NOTICE_RESULT_NO_RECORD], "「資格情報なし」"));
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
  static const char	text[] = "# comment\n\nkey  value with  spaces \r\nnext\t\tv\nbare\n";
  notice_reader_t	reader;		// Reader
  notice_record_t	record;		// Record


  (void)state;

  noticeReaderInit(&reader, text, sizeof(text) - 1);

  assert_int_equal(noticeReaderNext(&reader, &record), NOTICE_READ_RECORD);
  assert_string_equal(record.key, "key");
  assert_int_equal(record.number, 3);
  assert_int_equal(record.value_len, strlen("value with  spaces"));
  assert_memory_equal(record.value, "value with  spaces", record.value_len);

  assert_int_equal(noticeReaderNext(&reader, &record), NOTICE_READ_RECORD);
  assert_string_equal(record.key, "next");
  assert_memory_equal(record.value, "v", 1);

  assert_int_equal(noticeReaderNext(&reader, &record), NOTICE_READ_RECORD);
  assert_string_equal(record.key, "bare");
  assert_int_equal(record.value_len, 0);

  assert_int_equal(noticeReaderNext(&reader, &record), NOTICE_READ_END);
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
    cmocka_unit_test(test_bad_notices),
    cmocka_unit_test(test_language_is_not_a_path),
    cmocka_unit_test(test_reader)
  };

  return (unit_run(cmocka_run_group_tests(tests, NULL, NULL)));
}
