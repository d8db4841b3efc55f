//
// Unit tests for reading a job and resolving its code (core/code.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "code-private.h"


//
// Tables of cases...
//

typedef struct resolve_case_s		// One job text and what it means
{
  const char		*text;		// Job text
  size_t		length;		// Length, 0 for strlen
  notice_lookup_t	lookup;		// Expected outcome
  notice_status_t	status;		// Expected status when found
} resolve_case_t;

#define OK_INVALID	NOTICE_LOOKUP_FOUND, NOTICE_STATUS_INVALID
#define OK_NO_RECORD	NOTICE_LOOKUP_FOUND, NOTICE_STATUS_NO_RECORD
#define REFUSED(s)	NOTICE_LOOKUP_ ## s, NOTICE_STATUS_INVALID

static const resolve_case_t resolve_cases[] =
{
  // The canonical codes, in any case and width, with any white space...
  { "invalid",					0, OK_INVALID },
  { "invalid\n",				0, OK_INVALID },
  { "INVALID\r\n",				0, OK_INVALID },
  { "Invalid",					0, OK_INVALID },
  { "  invalid \t\r\n",				0, OK_INVALID },
  { "\n\n\tinvalid\n\n",			0, OK_INVALID },
  { "invalid\r",				0, OK_INVALID },
  { "\xef\xbb\xbfinvalid\n",			0, OK_INVALID },
  { "ＩＮＶＡＬＩＤ",				0, OK_INVALID },
  { "ｉｎｖａｌｉｄ\n",			0, OK_INVALID },
  { "\xe3\x80\x80invalid\xe3\x80\x80\n",	0, OK_INVALID },
  { "「invalid」",				0, OK_INVALID },
  { "no-record",				0, OK_NO_RECORD },
  { "NO-RECORD\r\n",				0, OK_NO_RECORD },
  { "ＮＯ－ＲＥＣＯＲＤ",			0, OK_NO_RECORD },
  { "\nno-record\n\n",				0, OK_NO_RECORD },
  { "invalid\ninvalid\n",			0, OK_INVALID },
  { "invalid\r\nINVALID\r\n",			0, OK_INVALID },

  // The terminal's display strings and their usual variants...
  { "資格（無効）",				0, OK_INVALID },
  { "資格(無効)",				0, OK_INVALID },
  { "「資格（無効）」\n",			0, OK_INVALID },
  { "「資格(無効)」",				0, OK_INVALID },
  { " 「 資格（無効） 」 ",			0, OK_INVALID },
  { "資格情報なし",				0, OK_NO_RECORD },
  { "資格情報無し\r\n",				0, OK_NO_RECORD },
  { "「資格情報なし」",				0, OK_NO_RECORD },
  { "該当資格なし",				0, OK_NO_RECORD },
  { "該当資格無し\n",				0, OK_NO_RECORD },
  { "\xef\xbb\xbf資格情報なし\r\n",		0, OK_NO_RECORD },

  // QualificationValidity values...
  { "2",					0, OK_INVALID },
  { "２\n",					0, OK_INVALID },
  { "4\r\n",					0, OK_NO_RECORD },
  { "無効",					0, OK_INVALID },
  { "1",					0, REFUSED(NO_NOTICE) },
  { "3\n",					0, REFUSED(NO_NOTICE) },
  { "5",					0, REFUSED(NO_NOTICE) },
  { "有効",					0, REFUSED(NO_NOTICE) },
  { "無効（新しい資格あり）",			0, REFUSED(NO_NOTICE) },
  { "複数該当",					0, REFUSED(NO_NOTICE) },

  // Shift_JIS (CP932) and EUC-JP, told apart without being told...
  { "\x8e\x91\x8a\x69\x81\x69\x96\xb3\x8c\xf8\x81\x6a\r\n",	0, OK_INVALID },
  { "\xbb\xf1\xb3\xca\xa1\xca\xcc\xb5\xb8\xfa\xa1\xcb\n",	0, OK_INVALID },
  { "\x8e\x91\x8a\x69\x8f\xee\x95\xf1\x82\xc8\x82\xb5",		0, OK_NO_RECORD },
  { "\xbb\xf1\xb3\xca\xbe\xf0\xca\xf3\xa4\xca\xa4\xb7",		0, OK_NO_RECORD },
  { "\x8a\x59\x93\x96\x8e\x91\x8a\x69\x82\xc8\x82\xb5\r\n",	0, OK_NO_RECORD },
  { "\xb3\xba\xc5\xf6\xbb\xf1\xb3\xca\xa4\xca\xa4\xb7",		0, OK_NO_RECORD },
  { "\x81\x75\x8e\x91\x8a\x69\x81\x69\x96\xb3\x8c\xf8\x81\x6a\x81\x76",	0, OK_INVALID },
  { "\xa1\xd6\xbb\xf1\xb3\xca\xa1\xca\xcc\xb5\xb8\xfa\xa1\xcb\xa1\xd7",	0, OK_INVALID },
  { "\x82\x68\x82\x6d\x82\x75\x82\x60\x82\x6b\x82\x68\x82\x63",	0, OK_INVALID },
  { "\xa3\xc9\xa3\xce\xa3\xd6\xa3\xc1\xa3\xcc\xa3\xc9\xa3\xc4",	0, OK_INVALID },

  // What Windows' "Generic / Text Only" driver sends: CP932, CR LF, a form
  // feed, printer resets (ESC @) and a DOS end-of-file mark (Ctrl-Z)...
  { "invalid\r\n\f",				0, OK_INVALID },
  { "\x1b@invalid\r\n\f",			0, OK_INVALID },
  { "invalid\r\n\f\x1a",			0, OK_INVALID },
  { "\x1b@invalid\r\n\f\x1a",			0, OK_INVALID },
  { "\x1b@\x1b@no-record\r\n\x1b@\f\x1a\x1a",	0, OK_NO_RECORD },
  { "no-record\r\n\f\x1b@",			0, OK_NO_RECORD },
  { "\x1b@\x8e\x91\x8a\x69\x81\x69\x96\xb3\x8c\xf8\x81\x6a\r\n\f\x1a",	0, OK_INVALID },
  { "\x1b@\x8e\x91\x8a\x69\x8f\xee\x95\xf1\x82\xc8\x82\xb5\r\n\f\x1a",	0, OK_NO_RECORD },
  { "\x1b@\x82\x68\x82\x6d\x82\x75\x82\x60\x82\x6b\x82\x68\x82\x63\r\n\f",	0, OK_INVALID },
  { "\x1b@\xbb\xf1\xb3\xca\xbe\xf0\xca\xf3\xa4\xca\xa4\xb7\r\n\f\x1a",	0, OK_NO_RECORD },

  // Refused...
  { "",						0, REFUSED(EMPTY) },
  { " \n\t\r\n",				0, REFUSED(EMPTY) },
  { "\xe3\x80\x80\n\xe3\x80\x80",		0, REFUSED(EMPTY) },
  { "\xef\xbb\xbf",				0, REFUSED(EMPTY) },
  { "「」",					0, REFUSED(EMPTY) },
  { "valid",					0, REFUSED(UNKNOWN) },
  { "invalidx",					0, REFUSED(UNKNOWN) },
  { "in valid",					0, REFUSED(UNKNOWN) },
  { "no record",				0, REFUSED(UNKNOWN) },
  { "no-record no-record",			0, REFUSED(UNKNOWN) },
  { "資格",					0, REFUSED(UNKNOWN) },
  { "invalid\nhello\n",				0, REFUSED(UNKNOWN) },
  { "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",		0, REFUSED(UNKNOWN) },
  { "invalid\nno-record\n",			0, REFUSED(SEVERAL) },
  { "資格（無効）\r\n資格情報なし\r\n",		0, REFUSED(SEVERAL) },
  { "2\n4\n",					0, REFUSED(SEVERAL) },
  { "invalid\n1\n",				0, REFUSED(NO_NOTICE) },
  { "inva\0lid",				8, REFUSED(BINARY) },
  { "invalid\x1b[0m",				0, REFUSED(BINARY) },
  { "\x89PNG\r\n\x1a\n",			0, REFUSED(BINARY) },
  { "\x1b@",					0, REFUSED(EMPTY) },
  { "\x1b@\r\n\f\x1a",				0, REFUSED(EMPTY) },
  { "\x1b@hello\r\n\f\x1a",			0, REFUSED(UNKNOWN) },
  { "inv\x1b@alid\r\n",			0, REFUSED(BINARY) },	// A reset inside the text
  { "invalid\x1a\r\n",				0, REFUSED(BINARY) },	// Ctrl-Z not at the end
  { "\x1ainvalid",				0, REFUSED(BINARY) },
  { "\x1b" "Einvalid\r\n",			0, REFUSED(BINARY) },	// PCL's reset is not a text printer's
  { "\x1b@\x1b[0minvalid",			0, REFUSED(BINARY) },
  { "\x1b@inva\0lid\x1a",			11, REFUSED(BINARY) },
  { "invalid\x7f",				0, REFUSED(BINARY) },
  { "\xff\xfe\xff",				0, REFUSED(BAD_ENCODING) },
  { "\xe8\xb3",					0, REFUSED(UNKNOWN) },	// Cut UTF-8, but one CP932 kanji
  { "\xef\xbb\xbf\x8e\x91",			0, REFUSED(BAD_ENCODING) },
  { "\x82\xff\x82\xff",			0, REFUSED(BAD_ENCODING) }
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
  { "invalid \xff\n",			"not valid UTF-8" },
  { "invalid 資格（無効）\ninvalid 資格(無効)\n",	"listed twice" },
  { "invalid INVALID\ninvalid invalid\n",	"listed twice" },
  { "no-notice 1\n",			"needs a reason" }
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
  notice_jobcode_t	jobcode;	// What the text turned out to be
  notice_lookup_t	lookup;		// Outcome
  const resolve_case_t	*c;		// Current case


  for (i = 0, c = resolve_cases; i < sizeof(resolve_cases) / sizeof(resolve_cases[0]); i ++, c ++)
  {
    lookup = noticeCodesLookup(*state, c->text, c->length ? c->length : strlen(c->text), &jobcode);

    if (lookup != c->lookup || jobcode.lookup != lookup)
      fail_msg("case %u \"%s\": outcome %d, expected %d", (unsigned)i, c->text, (int)lookup, (int)c->lookup);

    if (lookup == NOTICE_LOOKUP_FOUND && jobcode.status != c->status)
      fail_msg("case %u \"%s\": status %d, expected %d", (unsigned)i, c->text, (int)jobcode.status, (int)c->status);

    if (lookup == NOTICE_LOOKUP_NO_NOTICE && (!jobcode.reason || !strstr(jobcode.reason, "needs no notice")))
      fail_msg("case %u \"%s\": no reason given", (unsigned)i, c->text);
  }
}


//
// 'test_encoding_reported()' - The encoding a job was read in is reported.
//

static void
test_encoding_reported(void **state)	// I - Table
{
  notice_jobcode_t	jobcode;	// What the text turned out to be


  assert_int_equal(noticeCodesLookup(*state, "invalid", 7, &jobcode), NOTICE_LOOKUP_FOUND);
  assert_string_equal(jobcode.encoding, "UTF-8");

  assert_int_equal(noticeCodesLookup(*state, "\x8e\x91\x8a\x69\x8f\xee\x95\xf1\x82\xc8\x82\xb5", 12, &jobcode), NOTICE_LOOKUP_FOUND);
  assert_string_equal(jobcode.encoding, "CP932");

  assert_int_equal(noticeCodesLookup(*state, "\xbb\xf1\xb3\xca\xbe\xf0\xca\xf3\xa4\xca\xa4\xb7", 12, &jobcode), NOTICE_LOOKUP_FOUND);
  assert_string_equal(jobcode.encoding, "EUC-JP");
}


//
// 'test_unknown_line()' - An unknown line is kept, printable and short.
//

static void
test_unknown_line(void **state)		// I - Table
{
  notice_jobcode_t	jobcode;	// What the text turned out to be
  char			longline[300];	// Line too long to be a code
  static const char	wide[] = "あいうえおかきくけこさしすせそたちつてとなにぬねの";
					// 75 bytes of kana


  assert_int_equal(noticeCodesLookup(*state, "Hello\tWorld\n", 12, &jobcode), NOTICE_LOOKUP_UNKNOWN);
  assert_string_equal(jobcode.line, "hello world");

  // Cut on a character boundary with "..."...
  assert_int_equal(noticeCodesLookup(*state, wide, strlen(wide), &jobcode), NOTICE_LOOKUP_UNKNOWN);
  assert_true(strlen(jobcode.line) < sizeof(jobcode.line));
  assert_string_equal(jobcode.line + strlen(jobcode.line) - 3, "...");
  assert_true(!strncmp(jobcode.line, wide, strlen(jobcode.line) - 3));
  assert_int_equal((strlen(jobcode.line) - 3) % 3, 0);

  memset(longline, 'x', sizeof(longline) - 1);
  longline[sizeof(longline) - 1] = '\0';
  assert_int_equal(noticeCodesLookup(*state, longline, strlen(longline), &jobcode), NOTICE_LOOKUP_UNKNOWN);
  assert_string_equal(jobcode.line, "(a line of 299 bytes)");
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
// 'read_job()' - Read a job from memory with noticeCodeReadJob().
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
  status = noticeCodeReadJob(fp, buffer, sizeof(buffer), got, &cb);
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
    cmocka_unit_test_setup_teardown(test_encoding_reported, setup_codes, teardown_codes),
    cmocka_unit_test_setup_teardown(test_unknown_line, setup_codes, teardown_codes),
    cmocka_unit_test(test_bad_tables),
    cmocka_unit_test(test_missing_table),
    cmocka_unit_test(test_job_read)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
