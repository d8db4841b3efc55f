//
// Unit tests for the date of issue (core/date.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The Japanese era form is checked at the boundaries of 平成 and 令和 and at
// the turn of a year; each translation has its own usual form.  Times become
// dates in the print server's time zone (TZ).
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "catalog-private.h"
#include "date-private.h"


//
// Dates and their expected form...
//

typedef struct date_case_s		// One date in one language
{
  const char	*language;		// Language
  int		year,			// Year
		month,			// Month
		day;			// Day
  const char	*expected;		// Expected text, NULL if it cannot be written
} date_case_t;

static const date_case_t date_cases[] =
{
  // The first and last days of 平成 and 令和, and the turn of their years...
  { "ja", 1989,  1,  7, NULL },
  { "ja", 1989,  1,  8, "平成元年1月8日" },
  { "ja", 1989, 12, 31, "平成元年12月31日" },
  { "ja", 1990,  1,  1, "平成2年1月1日" },
  { "ja", 2019,  4, 30, "平成31年4月30日" },
  { "ja", 2019,  5,  1, "令和元年5月1日" },
  { "ja", 2019, 12, 31, "令和元年12月31日" },
  { "ja", 2020,  1,  1, "令和2年1月1日" },
  { "ja", 2023,  7, 19, "令和5年7月19日" },
  { "ja", 2025, 12, 31, "令和7年12月31日" },
  { "ja", 2026,  1,  1, "令和8年1月1日" },
  { "ja", 2026, 11, 24, "令和8年11月24日" },

  // Each translation's own form...
  { "en", 2026, 11, 24, "24 November 2026" },
  { "en", 2026,  1,  1, "1 January 2026" },
  { "en", 2019,  4, 30, "30 April 2019" },
  { "pt-BR", 2026,  3,  5, "5 de março de 2026" },
  { "pt-BR", 2026, 12, 31, "31 de dezembro de 2026" },
  { "vi", 2026, 11, 24, "Ngày 24 tháng 11 năm 2026" },
  { "ko", 2026, 11, 24, "2026년 11월 24일" },
  { "zh-CN", 2026, 11, 24, "2026年11月24日" },
  { "zh-CN", 1985,  2,  3, "1985年2月3日" },
  { "zh-TW", 2026, 12,  5, "2026年12月5日" },
  { "fil", 2026, 12,  5, "Disyembre 5, 2026" },
  { "fil", 2026,  1, 31, "Enero 31, 2026" },
  { "ne", 2026, 12,  5, "5 डिसेम्बर 2026" },
  { "ne", 2026,  1,  1, "1 जनवरी 2026" },
  { "id", 2026, 12,  5, "5 Desember 2026" },
  { "id", 2026,  8, 17, "17 Agustus 2026" },
  { "my", 2026, 12,  5, "2026 ခုနှစ် ဒီဇင်ဘာလ 5 ရက်" },
  { "my", 2026,  8,  1, "2026 ခုနှစ် ဩဂုတ်လ 1 ရက်" },
  { "th", 2026, 12,  5, "5 ธันวาคม ค.ศ. 2026" },
  { "th", 2026,  4, 13, "13 เมษายน ค.ศ. 2026" },
  { "es", 2026, 12,  5, "5 de diciembre de 2026" },
  { "es", 2026,  9,  1, "1 de septiembre de 2026" },

  // Impossible dates...
  { "en", 2026, 13,  1, NULL },
  { "en", 2026,  0,  1, NULL },
  { "en", 2026,  1,  0, NULL },
  { "en", 2026,  1, 32, NULL },
  { "en",    0,  1,  1, NULL },
  { "ja", 10000, 1,  1, NULL }
};

typedef struct time_case_s		// One time in one time zone
{
  const char	*tz;			// Time zone
  time_t	t;			// Time
  int		year,			// Expected local year
		month,			// Expected local month
		day;			// Expected local day
} time_case_t;

static const time_case_t time_cases[] =
{
  { "Asia/Tokyo", 1795446000, 2026, 11, 24 },	// 2026-11-23T15:00:00Z
  { "UTC",        1795446000, 2026, 11, 23 },
  { "Asia/Tokyo", 1556636399, 2019,  4, 30 },	// 2019-04-30T14:59:59Z
  { "Asia/Tokyo", 1556636400, 2019,  5,  1 },	// 2019-04-30T15:00:00Z
  { "Asia/Tokyo", 1767193199, 2025, 12, 31 },	// 2025-12-31T14:59:59Z
  { "Asia/Tokyo", 1767193200, 2026,  1,  1 }	// 2025-12-31T15:00:00Z
};


//
// 'format_date()' - Write a date in a language, or fail the test on a bad file.
//

static bool				// O - Result of noticeDateFormat()
format_date(const char *language,	// I - Language
            int        year,		// I - Year
            int        month,		// I - Month
            int        day,		// I - Day
            char       *buffer,		// O - Date
            size_t     bufsize)		// I - Size of buffer
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_content_t	*content;	// Notice text
  bool			ok;		// Result


  if ((content = noticeContentLoad(TEST_DATADIR, language, &cb)) == NULL)
    fail_msg("%s: %s", language, log.last_error);

  ok = noticeDateFormat(content, year, month, day, buffer, bufsize);
  noticeContentDelete(content);

  return (ok);
}


//
// 'test_dates()' - Every language writes dates in its own form.
//

static void
test_dates(void **state)		// I - Unused
{
  const date_case_t	*c;		// Current case
  char			date[256];	// Date written
  bool			ok;		// Result
  size_t		i;		// Looping var


  (void)state;

  for (i = 0, c = date_cases; i < sizeof(date_cases) / sizeof(date_cases[0]); i ++, c ++)
  {
    ok = format_date(c->language, c->year, c->month, c->day, date, sizeof(date));

    if (!c->expected && ok)
      fail_msg("%s %04d-%02d-%02d: written as \"%s\"", c->language, c->year, c->month, c->day, date);
    else if (c->expected && !ok)
      fail_msg("%s %04d-%02d-%02d: not written", c->language, c->year, c->month, c->day);
    else if (c->expected)
      assert_string_equal(date, c->expected);
    else
      assert_string_equal(date, "");
  }
}


//
// 'test_small_buffer()' - A date that does not fit is refused, not cut.
//

static void
test_small_buffer(void **state)		// I - Unused
{
  char	date[32];			// Date written


  (void)state;

  // "令和8年11月24日" is 20 bytes and its nul...
  assert_false(format_date("ja", 2026, 11, 24, date, 20));
  assert_string_equal(date, "");
  assert_true(format_date("ja", 2026, 11, 24, date, 21));
  assert_string_equal(date, "令和8年11月24日");
  assert_false(format_date("en", 2026, 11, 24, NULL, 0));
}


//
// 'test_local_date()' - Times become dates in the print server's time zone.
//

static void
test_local_date(void **state)		// I - Unused
{
  const time_case_t	*c;		// Current case
  const char		*saved;		// TZ before the test
  char			saved_tz[256] = "";
					// Copy of it
  int			year,		// Year
			month,		// Month
			day;		// Day
  size_t		i;		// Looping var


  (void)state;

  if ((saved = getenv("TZ")) != NULL)
    snprintf(saved_tz, sizeof(saved_tz), "%s", saved);

  for (i = 0, c = time_cases; i < sizeof(time_cases) / sizeof(time_cases[0]); i ++, c ++)
  {
    setenv("TZ", c->tz, 1);
    tzset();

    assert_true(noticeDateFromTime(c->t, &year, &month, &day));
    if (year != c->year || month != c->month || day != c->day)
      fail_msg("%ld in %s: %04d-%02d-%02d, expected %04d-%02d-%02d", (long)c->t, c->tz, year, month, day, c->year, c->month, c->day);
  }

  if (saved)
    setenv("TZ", saved_tz, 1);
  else
    unsetenv("TZ");
  tzset();
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_dates),
    cmocka_unit_test(test_small_buffer),
    cmocka_unit_test(test_local_date)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
