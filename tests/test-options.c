//
// Unit tests for CUPS option resolution (filter/options.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"
#include "options.h"
#include <unistd.h>


//
// 'resolve()' - Resolve options the way the filter's main() does.
//

static bool				// O - Result of noticeOptionsFromCUPS()
resolve(const char       *argv5,	// I - Job options
        int              copies,	// I - Copies argument
        const char       *ppdfile,	// I - PPD file or NULL
        const char       *final_type,	// I - FINAL_CONTENT_TYPE or NULL
        notice_options_t *options,	// O - Options
        unit_log_t       *log)		// O - Log
{
  notice_cupsjob_t	job;		// What CUPS says
  notice_callbacks_t	cb = unit_callbacks(log);
					// Callbacks
  bool			ok;		// Result


  noticeOptionsInit(options, TEST_DATADIR);

  job.num_options = cupsParseOptions(argv5, 0, &job.options);
  job.copies      = copies;
  job.ppdfile     = ppdfile;
  job.final_type  = final_type;

  ok = noticeOptionsFromCUPS(options, &job, &cb);
  cupsFreeOptions(job.num_options, job.options);

  return (ok);
}


//
// 'test_ppd_defaults()' - The PPD gives A4 and leaves copies to the printer.
//

static void
test_ppd_defaults(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log


  (void)state;

  assert_true(resolve("", 3, TEST_PPDDIR "/onshi-notice.ppd", "application/pdf", &options, &log));
  assert_string_equal(options.media, "iso_a4_210x297mm");
  assert_true(options.page_width_pt > 595.27 && options.page_width_pt < 595.28);
  assert_true(options.page_height_pt > 841.88 && options.page_height_pt < 841.9);
  assert_int_equal(options.copies, 1);
  assert_int_equal(options.format, NOTICE_FORMAT_PDF);
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
}


//
// 'test_media()' - The job's paper, by any of its names, wins over the default.
//

static void
test_media(void **state)		// I - Unused
{
  static const char * const a5[] =	// Ways a job asks for A5
  {
    "media=iso_a5_148x210mm",
    "media=A5",
    "PageSize=A5",
    "media=iso-a5"
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  for (i = 0; i < sizeof(a5) / sizeof(a5[0]); i ++)
  {
    assert_true(resolve(a5[i], 1, TEST_PPDDIR "/onshi-notice.ppd", NULL, &options, &log));
    assert_string_equal(options.media, "iso_a5_148x210mm");

    assert_true(resolve(a5[i], 1, NULL, NULL, &options, &log));
    assert_string_equal(options.media, "iso_a5_148x210mm");
    assert_true(options.page_width_pt > 419.5 && options.page_width_pt < 419.6);
  }

  // Paper the notice is not laid out for falls back to A4 with a warning...
  assert_true(resolve("media=na_legal_8.5x14in", 1, NULL, NULL, &options, &log));
  assert_string_equal(options.media, "iso_a4_210x297mm");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);

  assert_true(resolve("media=../../etc/passwd", 1, NULL, NULL, &options, &log));
  assert_string_equal(options.media, "iso_a4_210x297mm");
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);
}


//
// 'test_manual_copies()' - Copies are made here when the PPD says so.
//

static void
test_manual_copies(void **state)	// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  char			ppdfile[] = "/tmp/onshi-notice-XXXXXX";
					// Temporary PPD
  FILE			*in,		// Our PPD
			*out;		// Copy with manual copies
  char			line[1024];	// Line of PPD
  int			fd;		// Temporary file


  (void)state;

  in = fopen(TEST_PPDDIR "/onshi-notice.ppd", "r");
  assert_non_null(in);
  fd = mkstemp(ppdfile);
  assert_true(fd >= 0);
  out = fdopen(fd, "w");
  assert_non_null(out);

  while (fgets(line, sizeof(line), in))
  {
    if (!strncmp(line, "*cupsManualCopies:", 18))
      fputs("*cupsManualCopies: True\n", out);
    else
      fputs(line, out);
  }

  fclose(in);
  fclose(out);

  assert_true(resolve("", 3, ppdfile, NULL, &options, &log));
  assert_int_equal(options.copies, 3);

  assert_true(resolve("", 1000, ppdfile, NULL, &options, &log));
  assert_int_equal(options.copies, 1);
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);

  unlink(ppdfile);
}


//
// 'test_job_time()' - The job's creation time is used when well-formed.
//

static void
test_job_time(void **state)		// I - Unused
{
  static const char * const bad[] =	// Malformed times
  {
    "time-at-creation=",
    "time-at-creation=abc",
    "time-at-creation=12x",
    "time-at-creation=-5",
    "time-at-creation=99999999999999999999"
  };
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log
  size_t		i;		// Looping var


  (void)state;

  assert_true(resolve("time-at-creation=1764000000", 1, NULL, NULL, &options, &log));
  assert_int_equal(options.job_time, 1764000000);

  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i ++)
  {
    assert_true(resolve(bad[i], 1, NULL, NULL, &options, &log));
    assert_int_equal(options.job_time, 0);
    assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 1);
  }
}


//
// 'test_output_type()' - Output types other than PDF are refused.
//

static void
test_output_type(void **state)		// I - Unused
{
  notice_options_t	options;	// Options
  unit_log_t		log;		// Log


  (void)state;

  assert_false(resolve("", 1, NULL, "image/pwg-raster", &options, &log));
  assert_non_null(strstr(log.last_error, "image/pwg-raster"));

  assert_true(resolve("", 1, NULL, NULL, &options, &log));
  assert_int_equal(options.format, NOTICE_FORMAT_PDF);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_ppd_defaults),
    cmocka_unit_test(test_media),
    cmocka_unit_test(test_manual_copies),
    cmocka_unit_test(test_job_time),
    cmocka_unit_test(test_output_type)
  };

  return (unit_run(cmocka_run_group_tests(tests, NULL, NULL)));
}
