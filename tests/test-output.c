//
// Unit tests for output formats (filter/output.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"
#include "catalog.h"
#include "layout.h"
#include "output.h"


//
// 'setup_layout()' - Lay out the Japanese notice on A4.
//

static int				// O - 0 on success
setup_layout(void **state)		// O - Layout
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_content_t	*content;	// Notice text


  if ((content = noticeContentLoad(TEST_DATADIR, "ja", &cb)) == NULL)
    return (-1);

  *state = noticeLayoutCreate(content, NOTICE_RESULT_INVALID, 210.0 * 72.0 / 25.4, 297.0 * 72.0 / 25.4, 0.0, &cb);
  noticeContentDelete(content);

  return (*state ? 0 : -1);
}


//
// 'teardown_layout()' - Free the layout.
//

static int				// O - 0 on success
teardown_layout(void **state)		// I - Layout
{
  noticeLayoutDelete(*state);

  return (0);
}


//
// 'write_pdf()' - Write the page as PDF into memory.
//

static bool				// O - Result of noticeOutputWrite()
write_pdf(void          **state,	// I - Layout
          int           copies,		// I - Copies
          time_t        job_time,	// I - Job time
          unit_buffer_t *buffer,	// O - Output
          unit_log_t    *log,		// O - Log
          int           *pages)		// O - Pages written
{
  notice_options_t	options;	// Options
  notice_callbacks_t	cb;		// Callbacks
  bool			cancel = log->cancel;
					// Cancel already requested?


  cb         = unit_callbacks(log);
  log->cancel = cancel;

  noticeOptionsInit(&options, TEST_DATADIR);
  options.copies   = copies;
  options.job_time = job_time;

  return (noticeOutputWrite(*state, &options, unit_write_cb, buffer, &cb, pages));
}


//
// 'test_pdf()' - One well-formed A4 page with the text and fonts embedded.
//

static void
test_pdf(void **state)			// I - Layout
{
  unit_buffer_t	buffer = { NULL, 0, 0 };// Output
  unit_log_t	log = { { 0 }, "", "", false };
					// Log
  int		pages;			// Pages written


  assert_true(write_pdf(state, 1, 1764000000, &buffer, &log, &pages));
  assert_int_equal(pages, 1);
  assert_true(buffer.length > 1000);
  assert_memory_equal(buffer.data, "%PDF-1.", 7);
  assert_int_equal(unit_count(&buffer, "/Type /Page\n") + unit_count(&buffer, "/Type /Page "), 1);
  assert_int_equal(unit_count(&buffer, "/MediaBox [ 0 0 595.275591 841.889764 ]"), 1);
  assert_true(unit_count(&buffer, "/FontFile2") >= 1);
  assert_true(unit_count(&buffer, "/ToUnicode") >= 1);
  assert_int_equal(unit_count(&buffer, "/CreationDate ("), 1);
  assert_int_equal(unit_count(&buffer, "20251124160000Z)"), 1);
  assert_non_null(strstr((char *)buffer.data + buffer.length - 7, "%%EOF"));

  free(buffer.data);
}


//
// 'test_copies()' - Copies made here are whole pages.
//

static void
test_copies(void **state)		// I - Layout
{
  unit_buffer_t	buffer = { NULL, 0, 0 };// Output
  unit_log_t	log = { { 0 }, "", "", false };
					// Log
  int		pages;			// Pages written


  assert_true(write_pdf(state, 3, 1764000000, &buffer, &log, &pages));
  assert_int_equal(pages, 3);
  assert_int_equal(unit_count(&buffer, "/Count 3"), 1);

  free(buffer.data);
}


//
// 'test_reproducible()' - The same job gives the same bytes.
//

static void
test_reproducible(void **state)		// I - Layout
{
  unit_buffer_t	first = { NULL, 0, 0 },	// First output
		second = { NULL, 0, 0 },// Second output
		later = { NULL, 0, 0 };	// Output for a later job
  unit_log_t	log = { { 0 }, "", "", false };
					// Log
  int		pages;			// Pages written


  assert_true(write_pdf(state, 1, 1764000000, &first, &log, &pages));
  assert_true(write_pdf(state, 1, 1764000000, &second, &log, &pages));
  assert_true(write_pdf(state, 1, 1764003600, &later, &log, &pages));

  assert_int_equal(first.length, second.length);
  assert_memory_equal(first.data, second.data, first.length);
  assert_true(first.length != later.length || memcmp(first.data, later.data, first.length));

  free(first.data);
  free(second.data);
  free(later.data);
}


//
// 'test_write_failure()' - A failing printer connection is an error.
//

static void
test_write_failure(void **state)	// I - Layout
{
  unit_buffer_t	buffer = { NULL, 0, 100 };
					// Output failing after 100 bytes
  unit_log_t	log = { { 0 }, "", "", false };
					// Log
  int		pages;			// Pages written


  assert_false(write_pdf(state, 1, 1764000000, &buffer, &log, &pages));
  assert_non_null(strstr(log.last_error, "Unable to write"));

  free(buffer.data);
}


//
// 'test_canceled()' - A cancelled job stops quietly.
//

static void
test_canceled(void **state)		// I - Layout
{
  unit_buffer_t	buffer = { NULL, 0, 0 };// Output
  unit_log_t	log = { { 0 }, "", "", true };
					// Log, cancel requested
  int		pages;			// Pages written


  assert_false(write_pdf(state, 1, 1764000000, &buffer, &log, &pages));
  assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 0);
  assert_int_equal(buffer.length, 0);

  free(buffer.data);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_pdf),
    cmocka_unit_test(test_copies),
    cmocka_unit_test(test_reproducible),
    cmocka_unit_test(test_write_failure),
    cmocka_unit_test(test_canceled)
  };

  return (unit_run(cmocka_run_group_tests(tests, setup_layout, teardown_layout)));
}
