//
// Unit tests for reading a job and resolving its code (filter/code.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"
#include "code.h"


//
// Tables of cases...
//

typedef struct resolve_case_s		// One job text and what it means
{
  const char		*text;		// Job text
  size_t		length;		// Length, 0 for strlen
  notice_code_t		status;		// Expected outcome
  notice_result_t	result;		// Expected result when OK
} resolve_case_t;

static const resolve_case_t resolve_cases[] =
{
  { "invalid",			0,  NOTICE_CODE_OK,       NOTICE_RESULT_INVALID },
  { "invalid\n",		0,  NOTICE_CODE_OK,       NOTICE_RESULT_INVALID },
  { "  invalid \t\r\n",		0,  NOTICE_CODE_OK,       NOTICE_RESULT_INVALID },
  { "no-record",		0,  NOTICE_CODE_OK,       NOTICE_RESULT_NO_RECORD },
  { "\nno-record\n\n",		0,  NOTICE_CODE_OK,       NOTICE_RESULT_NO_RECORD },
  { "資格（無効）",		0,  NOTICE_CODE_OK,       NOTICE_RESULT_INVALID },
  { "資格（無効）\n",		0,  NOTICE_CODE_OK,       NOTICE_RESULT_INVALID },
  { "資格情報なし",		0,  NOTICE_CODE_OK,       NOTICE_RESULT_NO_RECORD },
  { " 資格情報なし\r\n",	0,  NOTICE_CODE_OK,       NOTICE_RESULT_NO_RECORD },
  { "",				0,  NOTICE_CODE_EMPTY,    NOTICE_RESULT_INVALID },
  { " \n\t\r\n",		0,  NOTICE_CODE_EMPTY,    NOTICE_RESULT_INVALID },
  { "valid",			0,  NOTICE_CODE_UNKNOWN,  NOTICE_RESULT_INVALID },
  { "invalidx",			0,  NOTICE_CODE_UNKNOWN,  NOTICE_RESULT_INVALID },
  { "in valid",			0,  NOTICE_CODE_UNKNOWN,  NOTICE_RESULT_INVALID },
  { "no-record no-record",	0,  NOTICE_CODE_UNKNOWN,  NOTICE_RESULT_INVALID },
  { "資格",			0,  NOTICE_CODE_UNKNOWN,  NOTICE_RESULT_INVALID },
  { "inva\0lid",		8,  NOTICE_CODE_NOT_TEXT, NOTICE_RESULT_INVALID },
  { "\xff\xfeinvalid",		0,  NOTICE_CODE_NOT_TEXT, NOTICE_RESULT_INVALID },
  { "\xe8\xb3",			0,  NOTICE_CODE_NOT_TEXT, NOTICE_RESULT_INVALID }
};

typedef struct bad_table_s		// A malformed codes.txt
{
  const char		*text;		// File contents
  const char		*message;	// Part of the expected error
} bad_table_t;

static const bad_table_t bad_tables[] =
{
  { "",					"lists no codes" },
  { "# only a comment\n",		"lists no codes" },
  { "valid invalid\n",			"unknown result" },
  { "invalid\n",			"missing spelling" },
  { "invalid x\nno-record x\n",		"listed twice" },
  { "invalid x\n(bad line\n",		"line 2: not a record" },
  { "invalid \xff\n",			"not valid UTF-8" }
};


//
// 'setup_codes()' - Load the installed table of spellings.
//

static int				// O - 0 on success
setup_codes(void **state)		// O - Table
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks


  *state = noticeCodesLoad(TEST_DATADIR, &cb);

  return (*state ? 0 : -1);
}


//
// 'teardown_codes()' - Free the table.
//

static int				// O - 0 on success
teardown_codes(void **state)		// I - Table
{
  noticeCodesDelete(*state);

  return (0);
}


//
// 'test_resolve_table()' - Every case resolves as expected.
//

static void
test_resolve_table(void **state)	// I - Table
{
  size_t		i;		// Looping var
  notice_result_t	result;		// Result found
  notice_code_t		status;		// Outcome
  const resolve_case_t	*c;		// Current case


  for (i = 0, c = resolve_cases; i < sizeof(resolve_cases) / sizeof(resolve_cases[0]); i ++, c ++)
  {
    result = NOTICE_RESULT_COUNT;
    status = noticeCodesResolve(*state, c->text, c->length ? c->length : strlen(c->text), &result);

    if (status != c->status)
      fail_msg("case %u \"%s\": outcome %d, expected %d", (unsigned)i, c->text, (int)status, (int)c->status);

    if (status == NOTICE_CODE_OK && result != c->result)
      fail_msg("case %u \"%s\": result %d, expected %d", (unsigned)i, c->text, (int)result, (int)c->result);
  }
}


//
// 'test_list()' - The list of spellings names every accepted code.
//

static void
test_list(void **state)			// I - Table
{
  char	list[256];			// List


  assert_true(noticeCodesList(*state, list, sizeof(list)) > 0);
  assert_non_null(strstr(list, "invalid"));
  assert_non_null(strstr(list, "no-record"));
  assert_non_null(strstr(list, "資格（無効）"));
  assert_non_null(strstr(list, "資格情報なし"));

  // A short buffer holds whole spellings only...
  assert_int_equal(noticeCodesList(*state, list, 12), strlen("invalid"));
  assert_string_equal(list, "invalid");
}


//
// 'test_bad_tables()' - Malformed tables are refused with a clear message.
//

static void
test_bad_tables(void **state)		// I - Unused
{
  size_t		i;		// Looping var
  unit_log_t		log;		// Log
  notice_callbacks_t	cb;		// Callbacks
  notice_codes_t	*codes;		// Parsed table


  (void)state;

  for (i = 0; i < sizeof(bad_tables) / sizeof(bad_tables[0]); i ++)
  {
    cb    = unit_callbacks(&log);
    codes = noticeCodesParse(bad_tables[i].text, strlen(bad_tables[i].text), "codes.txt", &cb);

    if (codes)
    {
      noticeCodesDelete(codes);
      fail_msg("table %u was accepted", (unsigned)i);
    }

    if (!strstr(log.last_error, bad_tables[i].message))
      fail_msg("table %u: error \"%s\", expected \"%s\"", (unsigned)i, log.last_error, bad_tables[i].message);
  }
}


//
// 'test_missing_table()' - A missing data directory is an error, not a crash.
//

static void
test_missing_table(void **state)	// I - Unused
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks


  (void)state;

  assert_null(noticeCodesLoad("/nonexistent/onshi-notice", &cb));
  assert_non_null(strstr(log.last_error, "reinstall onshi-notice"));
}


//
// 'read_job()' - Read a job from memory with noticeJobRead().
//

static notice_jobread_t			// O - Outcome
read_job(const char *text,		// I - Job bytes
         size_t     length,		// I - Number of bytes
         size_t     *got,		// O - Bytes read
         bool       cancel)		// I - Report cancellation?
{
  FILE			*fp;		// Job stream
  char			buffer[NOTICE_JOB_MAX];
					// Job buffer
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_jobread_t	status;		// Outcome


  log.cancel = cancel;
  fp         = fmemopen((void *)text, length, "rb");
  assert_non_null(fp);
  status = noticeJobRead(fp, buffer, sizeof(buffer), got, &cb);
  fclose(fp);

  return (status);
}


//
// 'test_job_read()' - Jobs up to the bound are read, larger ones refused.
//

static void
test_job_read(void **state)		// I - Unused
{
  char		*big;			// Large job
  size_t	got;			// Bytes read


  (void)state;

  assert_int_equal(read_job("invalid\n", 8, &got, false), NOTICE_JOBREAD_OK);
  assert_int_equal(got, 8);

  big = malloc(NOTICE_JOB_MAX + 1);
  assert_non_null(big);
  memset(big, ' ', NOTICE_JOB_MAX + 1);

  assert_int_equal(read_job(big, NOTICE_JOB_MAX, &got, false), NOTICE_JOBREAD_OK);
  assert_int_equal(got, NOTICE_JOB_MAX);
  assert_int_equal(read_job(big, NOTICE_JOB_MAX + 1, &got, false), NOTICE_JOBREAD_TOO_LARGE);
  assert_int_equal(read_job("invalid", 7, &got, true), NOTICE_JOBREAD_CANCELED);

  free(big);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test_setup_teardown(test_resolve_table, setup_codes, teardown_codes),
    cmocka_unit_test_setup_teardown(test_list, setup_codes, teardown_codes),
    cmocka_unit_test(test_bad_tables),
    cmocka_unit_test(test_missing_table),
    cmocka_unit_test(test_job_read)
  };

  return (unit_run(cmocka_run_group_tests(tests, NULL, NULL)));
}
