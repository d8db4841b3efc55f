//
// Unit tests for what a notice page carries (core/page.c): the language
// and its original, the date of issue, and the clinic's details as plain,
// cut text.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "page-private.h"
#include "date-private.h"


//
// Clinic text and what becomes of it...
//

#define A10	"aaaaaaaaaa"		// Ten characters
#define KANA10	"ああああああああああ"	// Ten kana

typedef struct clinic_case_s		// One clinic name
{
  const char	*name;			// Name as set
  const char	*expected;		// Name as printed
  int		warnings;		// Warnings expected
} clinic_case_t;

static const clinic_case_t clinic_cases[] =
{
  { "さくらクリニック",			"さくらクリニック",		0 },
  { "<b>Sakura</b> &amp; \"Co\" 'x'",	"<b>Sakura</b> &amp; \"Co\" 'x'", 0 },
  { "  Sakura \t Clinic \r\n",		"Sakura Clinic",		0 },
  { "A\nB\x1b" "C\x7f" "D",		"A B C D",			0 },
  { "さくら\u3000クリニック",		"さくら\u3000クリニック",	0 },
  { "\u202eevil\u202c name\ufeff",	"evil name",			0 },
  { "\u2028\u2029",			"",				0 },
  { A10 A10 A10 A10,			A10 A10 A10 A10,		0 },
  { A10 A10 A10 A10 "b",		A10 A10 A10 A10,		1 },
  { KANA10 KANA10 KANA10 KANA10 KANA10,	KANA10 KANA10 KANA10 KANA10,	1 },
  { A10 A10 A10 "aaaaaaaaa bcd",	A10 A10 A10 "aaaaaaaaa",	1 },
  { A10 A10 A10 "aaaaaaaaae\u0301",	A10 A10 A10 "aaaaaaaaa",	1 },
  { A10 A10 A10 "aaaaaaaae\u0301x",	A10 A10 A10 "aaaaaaaae\u0301", 1 },
  { A10 A10 A10 "aaaaaaaaa\U0001F600x",	A10 A10 A10 "aaaaaaaaa\U0001F600", 1 },
  { "bad \xff\xfe utf-8",		"",				1 },
  { "",					"",				0 }
};


//
// 'make_page()' - Make a page for some options, failing the test on error.
//

static notice_page_t *			// O - Page
make_page(const notice_options_t *options,
					// I - Options
          unit_log_t             *log)	// O - Log
{
  notice_callbacks_t	cb = unit_callbacks(log);
					// Callbacks
  notice_page_t		*page;		// Page


  if ((page = noticePageCreate(options, NOTICE_STATUS_INVALID, &cb)) == NULL)
    fail_msg("%s", log->last_error);

  assert_int_equal(log->count[NOTICE_LEVEL_ERROR], 0);

  return (page);
}


//
// 'setup_tz()' - Print dates in Japan Standard Time.
//

static int				// O - 0 on success
setup_tz(void **state)			// I - Unused
{
  (void)state;

  setenv("TZ", "Asia/Tokyo", 1);
  tzset();

  return (0);
}


//
// 'test_japanese()' - The default page: Japanese, dated, no clinic line.
//

static void
test_japanese(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log


  (void)state;

  noticeOptionsInit(&options, TEST_DATADIR);
  options.job_time = 1795446000;	// 2026-11-24 00:00 JST

  page = make_page(&options, &log);
  assert_string_equal(page->content->language, "ja");
  assert_null(page->original);
  assert_int_equal(page->status, NOTICE_STATUS_INVALID);
  assert_non_null(page->date);
  assert_string_equal(page->date, "令和8年11月24日");
  assert_null(page->clinic);
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
  noticePageDelete(page);

  // The date is optional...
  options.show_date = false;
  page = make_page(&options, &log);
  assert_null(page->date);
  noticePageDelete(page);
}


//
// 'test_translation()' - A translation comes with its Japanese original.
//

static void
test_translation(void **state)		// I - Unused
{
  static const struct
  {
    const char	*option;		// notice-language as given
    const char	*date;			// Date expected
  } cases[] =
  {
    { "ko",	"2026년 11월 24일" },
    { "pt-BR",	"24 de novembro de 2026" },
    { "en",	"24 November 2026" },
    { "zh-TW",	"2026年11月24日" },
    { "th",	"24 พฤศจิกายน ค.ศ. 2026" },
    { "es",	"24 de noviembre de 2026" }
  };
  notice_options_t	options;	// Options
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    noticeOptionsInit(&options, TEST_DATADIR);
    options.job_time = 1795446000;
    options.edition  = NOTICE_EDITION_CURRENT;
    strncpy(options.language, cases[i].option, sizeof(options.language) - 1);

    page = make_page(&options, &log);
    assert_string_equal(page->content->language, cases[i].option);
    assert_int_equal(page->content->edition, NOTICE_EDITION_CURRENT);
    assert_non_null(page->original);
    assert_string_equal(page->original->language, "ja");
    assert_int_equal(page->original->edition, NOTICE_EDITION_CURRENT);
    assert_non_null(page->original->edition_note);
    assert_string_equal(page->date, cases[i].date);
    noticePageDelete(page);
  }
}


//
// 'test_fallback()' - A language that is not installed prints Japanese.
//

static void
test_fallback(void **state)		// I - Unused
{
  static const char * const languages[] =
  {					// Languages without a notice
    "fr",
    "../data/en",
    "en/../ja",
    "x"
  };
  notice_options_t	options;	// Options
  notice_callbacks_t	cb;		// Callbacks
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(languages) / sizeof(languages[0]); i ++)
  {
    noticeOptionsInit(&options, TEST_DATADIR);
    strncpy(options.language, languages[i], sizeof(options.language) - 1);

    page = make_page(&options, &log);
    assert_string_equal(page->content->language, "ja");
    assert_null(page->original);
    assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);
    assert_non_null(strstr(log.last_warning, "not installed"));
    noticePageDelete(page);
  }

  // Case does not matter: "PT-br" is pt-BR...
  noticeOptionsInit(&options, TEST_DATADIR);
  strncpy(options.language, "PT-br", sizeof(options.language) - 1);
  page = make_page(&options, &log);
  assert_string_equal(page->content->language, "pt-BR");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
  noticePageDelete(page);

  // A broken installation is an error, not a fallback...
  noticeOptionsInit(&options, "/nonexistent");
  cb = unit_callbacks(&log);
  assert_null(noticePageCreate(&options, NOTICE_STATUS_INVALID, &cb));
  assert_non_null(strstr(log.last_error, "reinstall"));
}


//
// 'test_dates()' - The date comes from the job, or the clock when unknown.
//

static void
test_dates(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  char			before[64],	// Today before making the page
			after[64];	// Today after making it
  int			year,		// Year
			month,		// Month
			day;		// Day


  (void)state;

  // Before the first era the Japanese page leaves the date off...
  noticeOptionsInit(&options, TEST_DATADIR);
  options.job_time = 600000000;		// 1989-01-05 19:40 JST
  page = make_page(&options, &log);
  assert_null(page->date);
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);
  assert_non_null(strstr(log.last_warning, "1989-01-05"));
  assert_non_null(strstr(log.last_warning, "clock"));
  noticePageDelete(page);

  // ... and a translation prints it in its own calendar...
  strncpy(options.language, "en", sizeof(options.language) - 1);
  page = make_page(&options, &log);
  assert_non_null(page->date);
  assert_string_equal(page->date, "5 January 1989");
  noticePageDelete(page);

  // The last day of 平成, in Japan...
  noticeOptionsInit(&options, TEST_DATADIR);
  options.job_time = 1556636399;	// 2019-04-30 23:59:59 JST
  page = make_page(&options, &log);
  assert_string_equal(page->date, "平成31年4月30日");
  noticePageDelete(page);

  // Without a job time, today...
  noticeOptionsInit(&options, TEST_DATADIR);
  options.job_time = 0;
  noticeDateFromTime(time(NULL), &year, &month, &day);
  snprintf(before, sizeof(before), "%d月%d日", month, day);
  page = make_page(&options, &log);
  noticeDateFromTime(time(NULL), &year, &month, &day);
  snprintf(after, sizeof(after), "%d月%d日", month, day);
  assert_non_null(page->date);
  assert_true(strstr(page->date, before) || strstr(page->date, after));
  assert_non_null(strstr(page->date, "令和"));
  noticePageDelete(page);
}


//
// 'test_clinic_text()' - Clinic text is plain, one line, and cut to a length.
//

static void
test_clinic_text(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  notice_callbacks_t	cb;		// Callbacks
  unit_log_t		log;		// Log
  const clinic_case_t	*c;		// Current case
  size_t		i;		// Looping var


  (void)state;

  for (i = 0, c = clinic_cases; i < sizeof(clinic_cases) / sizeof(clinic_cases[0]); i ++, c ++)
  {
    noticeOptionsInit(&options, TEST_DATADIR);
    cb = unit_callbacks(&log);
    unit_set_clinic(&options, c->name, NULL, &cb);

    if (strcmp(options.clinic_name, c->expected))
      fail_msg("case %u: \"%s\", expected \"%s\"", (unsigned)i, options.clinic_name, c->expected);
    if (log.count[NOTICE_LEVEL_WARNING] != c->warnings)
      fail_msg("case %u: %d warnings, expected %d", (unsigned)i, log.count[NOTICE_LEVEL_WARNING], c->warnings);
    if (c->warnings && c->expected[0] && !strstr(log.last_warning, "longer than 40 characters"))
      fail_msg("case %u: warning \"%s\"", (unsigned)i, log.last_warning);
  }

  // The contact has its own, longer limit...
  noticeOptionsInit(&options, TEST_DATADIR);
  cb = unit_callbacks(&log);
  unit_set_clinic(&options, NULL, A10 A10 A10 A10 A10 A10 "zzz", &cb);
  assert_string_equal(options.clinic_contact, A10 A10 A10 A10 A10 A10);
  assert_string_equal(options.clinic_name, "");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);
  assert_non_null(strstr(log.last_warning, "contact is longer than 60 characters"));
}


//
// 'test_clinic_line()' - The clinic line joins name and contact in the page's language.
//

static void
test_clinic_line(void **state)		// I - Unused
{
  static const struct
  {
    const char	*language;		// Language
    const char	*name;			// Clinic's name
    const char	*contact;		// Clinic's contact
    const char	*line;			// Clinic line expected
    const char	*details;		// Clinic's own text in it
  } cases[] =
  {
    { "ja", "さくらクリニック", "受付（電話 012-345-6789）", "お問い合わせ：さくらクリニック 受付（電話 012-345-6789）", "さくらクリニック 受付（電話 012-345-6789）" },
    { "ja", "さくらクリニック", NULL, "お問い合わせ：さくらクリニック", "さくらクリニック" },
    { "ja", "", "電話 012-345-6789", "お問い合わせ：電話 012-345-6789", "電話 012-345-6789" },
    { "en", "<i>Sakura</i>", "&lt;reception&gt;", "Questions: <i>Sakura</i> &lt;reception&gt;", "<i>Sakura</i> &lt;reception&gt;" },
    { "ko", "さくら", "受付", "문의: さくら 受付", "さくら 受付" },
    { "ja", NULL, NULL, NULL, NULL },
    { "ja", " \t", "\n", NULL, NULL }
  };
  notice_options_t	options;	// Options
  notice_callbacks_t	cb;		// Callbacks
  notice_page_t		*page;		// Page
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    noticeOptionsInit(&options, TEST_DATADIR);
    strncpy(options.language, cases[i].language, sizeof(options.language) - 1);
    cb = unit_callbacks(&log);
    unit_set_clinic(&options, cases[i].name, cases[i].contact, &cb);

    page = make_page(&options, &log);

    if (!cases[i].line)
    {
      assert_null(page->clinic);
    }
    else
    {
      assert_non_null(page->clinic);
      assert_string_equal(page->clinic, cases[i].line);
      assert_int_equal(page->clinic_end - page->clinic_start, strlen(cases[i].details));
      assert_memory_equal(page->clinic + page->clinic_start, cases[i].details, strlen(cases[i].details));
    }

    noticePageDelete(page);
  }

  // Options filled in by another front end are cleaned all the same...
  noticeOptionsInit(&options, TEST_DATADIR);
  snprintf(options.clinic_name, sizeof(options.clinic_name), "%s", A10 A10 A10 A10 A10);
  snprintf(options.clinic_contact, sizeof(options.clinic_contact), "a\nb");
  page = make_page(&options, &log);
  assert_string_equal(page->clinic, "お問い合わせ：" A10 A10 A10 A10 " a b");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);
  noticePageDelete(page);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_japanese),
    cmocka_unit_test(test_translation),
    cmocka_unit_test(test_fallback),
    cmocka_unit_test(test_dates),
    cmocka_unit_test(test_clinic_text),
    cmocka_unit_test(test_clinic_line)
  };

  return (cmocka_run_group_tests(tests, setup_tz, NULL));
}
