//
// Unit tests for the core as a whole (core/job.c): job bytes in, the
// right page or a clear error out, and never a page for a bad job.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"


//
// 'print_job()' - Run the core on a job held in memory.
//

static bool				// O - Result of noticePrintJob()
print_job(const char       *job_text,	// I - Job bytes
          size_t           length,	// I - Number of bytes
          const char       *data_dir,	// I - Data directory
          unit_buffer_t    *output,	// O - Output
          unit_log_t       *log,	// O - Log
          notice_summary_t *summary)	// O - Summary
{
  FILE			*job;		// Job stream
  notice_options_t	options;	// Options
  notice_callbacks_t	cb = unit_callbacks(log);
					// Callbacks
  bool			ok;		// Result


  noticeOptionsInit(&options, data_dir);
  options.job_time = 1764000000;

  job = fmemopen((void *)job_text, length, "rb");
  assert_non_null(job);
  ok = noticePrintJob(job, &options, &cb, unit_write_cb, output, summary);
  fclose(job);

  return (ok);
}


//
// 'test_codes_print()' - Each code prints one page for its result.
//

static void
test_codes_print(void **state)		// I - Unused
{
  static const struct
  {
    const char		*job;		// Job text
    notice_status_t	status;		// Expected status
  } cases[] =
  {
    { "invalid\n",	NOTICE_STATUS_INVALID },
    { "no-record",	NOTICE_STATUS_NO_RECORD },
    { "資格（無効）\n",	NOTICE_STATUS_INVALID },
    { "資格情報なし\r\n",	NOTICE_STATUS_NO_RECORD }
  };
  unit_buffer_t		output;		// Output
  unit_log_t		log;		// Log
  notice_summary_t	summary;	// Summary
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    memset(&output, 0, sizeof(output));
    if (!print_job(cases[i].job, strlen(cases[i].job), TEST_DATADIR, &output, &log, &summary))
      fail_msg("job \"%s\": %s", cases[i].job, log.last_error);

    assert_int_equal(summary.status, cases[i].status);
    assert_int_equal(summary.pages, 1);
    assert_false(summary.refused);
    assert_memory_equal(output.data, "%PDF-", 5);
    free(output.data);
  }
}


//
// 'test_bad_jobs()' - Bad jobs give an error and not a byte of output.
//

static void
test_bad_jobs(void **state)		// I - Unused
{
  static const struct
  {
    const char	*job;			// Job text
    size_t	length;			// Length, 0 for strlen
    const char	*message;		// Part of the expected error
  } cases[] =
  {
    { "",		0, "Empty job" },
    { "\n  \n",		0, "Empty job" },
    { "valid",		0, "Unknown notice code" },
    { "%PDF-1.7\n",	0, "Unknown notice code" },
    { "in\0valid",	8, "binary data" },
    { "\x89PNG\r\n\x1a\n", 0, "binary data" },
    { "\xff\xfe\xff",	0, "not UTF-8, Shift_JIS or EUC-JP" },
    { "invalid\nno-record", 0, "Several different codes" },
    { "1\n",		0, "needs no notice: the patient's insurance is valid" },
    { "3",		0, "a newer record exists" },
    { "5",		0, "several records" }
  };
  unit_buffer_t		output;		// Output
  unit_log_t		log;		// Log
  notice_summary_t	summary;	// Summary
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    memset(&output, 0, sizeof(output));
    assert_false(print_job(cases[i].job, cases[i].length ? cases[i].length : strlen(cases[i].job), TEST_DATADIR, &output, &log, &summary));

    if (!strstr(log.last_error, cases[i].message))
      fail_msg("job %u: error \"%s\", expected \"%s\"", (unsigned)i, log.last_error, cases[i].message);

    assert_int_equal(output.length, 0);
    assert_int_equal(summary.pages, 0);
    assert_true(summary.refused);
  }
}


//
// 'test_unknown_lists_codes()' - The error for an unknown code names the
//                                codes and does not quote the job.
//

static void
test_unknown_lists_codes(void **state)	// I - Unused
{
  unit_buffer_t		output = { NULL, 0, 0 };
					// Output
  unit_log_t		log;		// Log
  notice_summary_t	summary;	// Summary


  (void)state;

  assert_false(print_job("hello", 5, TEST_DATADIR, &output, &log, &summary));
  assert_string_equal(log.last_error, "Unknown notice code - send the code invalid or no-record.");
}


//
// 'test_large_job()' - A document sent to the wrong queue is refused at once.
//

static void
test_large_job(void **state)		// I - Unused
{
  unit_buffer_t		output = { NULL, 0, 0 };
					// Output
  unit_log_t		log;		// Log
  notice_summary_t	summary;	// Summary
  char			*big;		// Large job
  size_t		size = 1024 * 1024;
					// Its size


  (void)state;

  big = malloc(size);
  assert_non_null(big);
  memset(big, 'x', size);

  assert_false(print_job(big, size, TEST_DATADIR, &output, &log, &summary));
  assert_non_null(strstr(log.last_error, "notice codes only"));
  assert_int_equal(output.length, 0);
  assert_true(summary.refused);

  free(big);
}


//
// 'test_missing_data()' - A broken installation is reported, not printed.
//

static void
test_missing_data(void **state)		// I - Unused
{
  unit_buffer_t		output = { NULL, 0, 0 };
					// Output
  unit_log_t		log;		// Log
  notice_summary_t	summary;	// Summary


  (void)state;

  assert_false(print_job("invalid", 7, "/nonexistent", &output, &log, &summary));
  assert_non_null(strstr(log.last_error, "reinstall"));
  assert_false(summary.refused);		// A fault of the system, not of the job
  assert_int_equal(output.length, 0);
}


//
// 'test_languages_print()' - Each language and edition prints one page.
//

static void
test_languages_print(void **state)	// I - Unused
{
  static const char * const languages[] =
  {					// Languages to print
    "ja",
    "en",
    "zh-CN",
    "ko",
    "vi",
    "pt-BR",
    "zh-TW",
    "fil",
    "ne",
    "id",
    "my",
    "th",
    "es",
    "fr"				// Not installed: Japanese, with a warning
  };
  unit_buffer_t		output;		// Output
  unit_log_t		log;		// Log
  notice_callbacks_t	cb;		// Callbacks
  notice_summary_t	summary;	// Summary
  notice_options_t	options;	// Options
  FILE			*job;		// Job stream
  size_t		i;		// Looping var
  int			e;		// Edition


  (void)state;

  for (i = 0; i < sizeof(languages) / sizeof(languages[0]); i ++)
  {
    for (e = 0; e < NOTICE_EDITION_COUNT; e ++)
    {
      memset(&output, 0, sizeof(output));
      cb = unit_callbacks(&log);
      noticeOptionsInit(&options, TEST_DATADIR);
      options.job_time = 1764000000;
      options.edition  = (notice_edition_t)e;
      strncpy(options.language, languages[i], sizeof(options.language) - 1);
      unit_set_clinic(&options, "さくらクリニック", "受付", &cb);

      job = fmemopen((void *)"no-record\n", 10, "rb");
      assert_non_null(job);
      if (!noticePrintJob(job, &options, &cb, unit_write_cb, &output, &summary))
        fail_msg("%s: %s", languages[i], log.last_error);
      fclose(job);

      assert_int_equal(summary.status, NOTICE_STATUS_NO_RECORD);
      assert_int_equal(summary.pages, 1);
      assert_memory_equal(output.data, "%PDF-", 5);
      assert_int_equal(log.count[NOTICE_LEVEL_WARNING], strcmp(languages[i], "fr") ? 0 : 1);
      free(output.data);
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
    cmocka_unit_test(test_codes_print),
    cmocka_unit_test(test_bad_jobs),
    cmocka_unit_test(test_unknown_lists_codes),
    cmocka_unit_test(test_large_job),
    cmocka_unit_test(test_missing_data),
    cmocka_unit_test(test_languages_print)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
