//
// Unit tests for reading a result file and deciding (watch/result.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The documents are synthetic, written from the element names open-source
// readers of the terminal's files use; every personal detail is obviously
// fake (テスト太郎, born 19000101, insurer 99999999).
//

#include "unit.h"
#include "notice.h"
#include "result.h"
#include <fcntl.h>
#include <unistd.h>


//
// Documents...
//

#define XML_DECL	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define HEADER(seg)	"<XmlMsg><MessageHeader><ProcessExecutionTime>20260101093000</ProcessExecutionTime>" \
			"<SegmentOfResult>" seg "</SegmentOfResult><ErrorCode/><CharacterCodeIdentifier>0</CharacterCodeIdentifier>" \
			"</MessageHeader>"
#define PATIENT		"<ResultList><ResultOfQualificationConfirmation><InsurerNumber>99999999</InsurerNumber>" \
			"<Name>テスト太郎</Name><NameKana>テストタロウ</NameKana><Birthdate>19000101</Birthdate>" \
			"<Address>架空県架空市テスト町1-2-3</Address></ResultOfQualificationConfirmation></ResultList>"
#define SINGLE(seg, body) XML_DECL HEADER(seg) "<MessageBody><ProcessingResultStatus>1</ProcessingResultStatus>" body PATIENT "</MessageBody></XmlMsg>\n"
#define VALIDITY(v)	"<QualificationValidity>" v "</QualificationValidity>"
#define UNIT(v)		"<BulkConfirmUnit>" VALIDITY(v) PATIENT "</BulkConfirmUnit>"
#define BULK(units)	XML_DECL HEADER("1") "<MessageBody><ProcessingResultStatus>1</ProcessingResultStatus>" units "</MessageBody></XmlMsg>\n"

typedef struct parse_case_s		// A document and what it calls for
{
  const char		*name;		// What the case shows
  const char		*xml;		// Document
  watch_status_t	status;		// Expected status
  size_t		units;		// Expected validity elements
  size_t		invalid,	// Expected "invalid" notices
			no_record,	// Expected "no-record" notices
			silent;		// Expected values that print nothing
  const char		*value;		// Expected logged value
} parse_case_t;

static const parse_case_t parse_cases[] =
{
  // Every validity value of a single result...
  { "value 1 (valid)",		SINGLE("1", VALIDITY("1")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "1" },
  { "value 2 (invalid)",	SINGLE("1", VALIDITY("2")), WATCH_STATUS_RESULT, 1, 1, 0, 0, "2" },
  { "value 3 (newer record)",	SINGLE("1", VALIDITY("3")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "3" },
  { "value 4 (no record)",	SINGLE("1", VALIDITY("4")), WATCH_STATUS_RESULT, 1, 0, 1, 0, "4" },
  { "value 5 (several)",	SINGLE("1", VALIDITY("5")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "5" },
  { "value 6 (assistance)",	SINGLE("1", VALIDITY("6")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "6" },
  { "unknown value 9",		SINGLE("1", VALIDITY("9")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "9" },
  { "unknown value 22",		SINGLE("1", VALIDITY("22")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "22" },
  { "empty value",		SINGLE("1", VALIDITY("")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "" },
  { "missing value",		SINGLE("1", ""), WATCH_STATUS_RESULT, 0, 0, 0, 0, "" },
  { "white space around 2",	SINGLE("1", VALIDITY("\n  2\t")), WATCH_STATUS_RESULT, 1, 1, 0, 0, "2" },
  { "character reference 4",	SINGLE("1", VALIDITY("&#52;")), WATCH_STATUS_RESULT, 1, 0, 1, 0, "4" },
  { "label is no value",	SINGLE("1", VALIDITY("無効")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "" },
  { "text is never logged",	SINGLE("1", VALIDITY("テスト太郎")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "" },
  { "long digits not logged",	SINGLE("1", VALIDITY("1900")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "" },
  { "very long value",		SINGLE("1", VALIDITY("22222222222222222222222222222222222222222")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "" },
  { "value in a child element",	SINGLE("1", VALIDITY("<b>2</b>")), WATCH_STATUS_RESULT, 1, 0, 0, 1, "" },
  { "value elsewhere ignored",	SINGLE("1", "<Other>" VALIDITY("2") "</Other>"), WATCH_STATUS_RESULT, 0, 0, 0, 0, "" },

  // SegmentOfResult: only 1 is a result...
  { "segment 2 (in progress)",	SINGLE("2", VALIDITY("2")), WATCH_STATUS_NOT_NORMAL, 0, 0, 0, 0, "" },
  { "segment 3",		SINGLE("3", VALIDITY("2")), WATCH_STATUS_NOT_NORMAL, 0, 0, 0, 0, "" },
  { "segment 9 (abnormal)",	SINGLE("9", VALIDITY("4")), WATCH_STATUS_NOT_NORMAL, 0, 0, 0, 0, "" },
  { "segment empty",		SINGLE("", VALIDITY("4")), WATCH_STATUS_NOT_NORMAL, 0, 0, 0, 0, "" },
  { "segment 1 with spaces",	SINGLE(" 1 ", VALIDITY("4")), WATCH_STATUS_RESULT, 1, 0, 1, 0, "4" },
  { "segment missing",		XML_DECL "<XmlMsg><MessageHeader/><MessageBody>" VALIDITY("2") "</MessageBody></XmlMsg>", WATCH_STATUS_NOT_NORMAL, 0, 0, 0, 0, "" },
  { "header missing",		XML_DECL "<XmlMsg><MessageBody>" VALIDITY("2") "</MessageBody></XmlMsg>", WATCH_STATUS_NOT_NORMAL, 0, 0, 0, 0, "" },

  // Bulk results: one value per unit...
  { "bulk of five",		BULK(UNIT("2") UNIT("4") UNIT("1") UNIT("3") UNIT("2")), WATCH_STATUS_RESULT, 5, 2, 1, 2, "2" },
  { "bulk, none prints",	BULK(UNIT("1") UNIT("1") UNIT("5")), WATCH_STATUS_RESULT, 3, 0, 0, 3, "1" },
  { "bulk unit without value",	BULK(UNIT("4") "<BulkConfirmUnit/>"), WATCH_STATUS_RESULT, 1, 0, 1, 0, "4" },

  // Not results, not XML...
  { "other root element",	XML_DECL "<Other>" VALIDITY("2") "</Other>", WATCH_STATUS_NOT_RESULT, 0, 0, 0, 0, "" },
  { "truncated",		XML_DECL HEADER("1") "<MessageBody>" VALIDITY("2") "<ResultList><Name>テスト太郎", WATCH_STATUS_MALFORMED, 0, 0, 0, 0, "" },
  { "empty file",		"", WATCH_STATUS_MALFORMED, 0, 0, 0, 0, "" },
  { "plain text",		"2\n", WATCH_STATUS_MALFORMED, 0, 0, 0, 0, "" },
  { "undeclared entity",	SINGLE("1", VALIDITY("&two;")), WATCH_STATUS_MALFORMED, 0, 0, 0, 0, "" },

  // Anything with a document type declaration is refused before its
  // declarations are read...
  { "billion laughs",		"<?xml version=\"1.0\"?>\n<!DOCTYPE XmlMsg [\n<!ENTITY a \"2\">\n"
				"<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
				"<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
				"<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n]>\n"
				"<XmlMsg><MessageHeader><SegmentOfResult>1</SegmentOfResult></MessageHeader>"
				"<MessageBody><QualificationValidity>&g;</QualificationValidity></MessageBody></XmlMsg>",
				WATCH_STATUS_DTD, 0, 0, 0, 0, "" },
  { "external entity",		"<?xml version=\"1.0\"?>\n<!DOCTYPE XmlMsg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
				"<XmlMsg><MessageHeader><SegmentOfResult>1</SegmentOfResult></MessageHeader>"
				"<MessageBody><QualificationValidity>&x;</QualificationValidity></MessageBody></XmlMsg>",
				WATCH_STATUS_DTD, 0, 0, 0, 0, "" },
  { "external DTD",		"<?xml version=\"1.0\"?>\n<!DOCTYPE XmlMsg SYSTEM \"http://192.0.2.1/x.dtd\">\n"
				"<XmlMsg><MessageHeader><SegmentOfResult>1</SegmentOfResult></MessageHeader>"
				"<MessageBody><QualificationValidity>2</QualificationValidity></MessageBody></XmlMsg>",
				WATCH_STATUS_DTD, 0, 0, 0, 0, "" },
  { "default attribute DTD",	"<?xml version=\"1.0\"?>\n<!DOCTYPE XmlMsg [<!ATTLIST XmlMsg a CDATA \"x\">]>\n"
				"<XmlMsg><MessageHeader><SegmentOfResult>1</SegmentOfResult></MessageHeader>"
				"<MessageBody><QualificationValidity>2</QualificationValidity></MessageBody></XmlMsg>",
				WATCH_STATUS_DTD, 0, 0, 0, 0, "" },
  { "bare DOCTYPE",		"<!DOCTYPE XmlMsg><XmlMsg><MessageHeader><SegmentOfResult>1</SegmentOfResult></MessageHeader>"
				"<MessageBody><QualificationValidity>2</QualificationValidity></MessageBody></XmlMsg>",
				WATCH_STATUS_DTD, 0, 0, 0, 0, "" }
};


//
// Shift_JIS (CP932) documents, as many terminals write them: 「テスト太郎」
// in CP932 bytes...
//

#define SJIS_NAME	"\x83\x65\x83\x58\x83\x67\x91\xbe\x98\x59"
#define SJIS_DOC(enc, v) "<?xml version=\"1.0\" encoding=\"" enc "\"?>\r\n" HEADER("1") \
			"<MessageBody>" VALIDITY(v) "<ResultList><ResultOfQualificationConfirmation><Name>" SJIS_NAME \
			"</Name></ResultOfQualificationConfirmation></ResultList></MessageBody></XmlMsg>\r\n"


//
// 'setup_triggers()' - Load the code table and the default trigger list.
//

static int				// O - 0 on success
setup_triggers(void **state)		// O - Trigger list
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_codes_t	*codes;		// Code table
  watch_triggers_t	*triggers;	// Trigger list
  bool			ok;		// Did the list parse?


  if ((codes = noticeCodesLoad(TEST_DATADIR, &cb)) == NULL || (triggers = calloc(1, sizeof(watch_triggers_t))) == NULL)
    return (-1);

  ok = watchTriggersParse("2,4", codes, triggers, &cb);
  noticeCodesDelete(codes);
  *state = triggers;

  return (ok ? 0 : -1);
}


//
// 'teardown_triggers()' - Free the trigger list.
//

static int				// O - 0 on success
teardown_triggers(void **state)		// I - Trigger list
{
  free(*state);

  return (0);
}


//
// 'test_parse_table()' - Every document gives the expected decision.
//

static void
test_parse_table(void **state)		// I - Trigger list
{
  const watch_triggers_t *triggers = (const watch_triggers_t *)*state;
					// Trigger list
  size_t		i;		// Looping var
  watch_result_t	result;		// Decision
  int			failures = 0;	// Cases that failed


  for (i = 0; i < sizeof(parse_cases) / sizeof(parse_cases[0]); i ++)
  {
    const parse_case_t *c = parse_cases + i;
					// Current case

    watchResultParse(c->xml, strlen(c->xml), triggers, &result);

    if (result.status != c->status || result.units != c->units || result.notices[NOTICE_STATUS_INVALID] != c->invalid || result.notices[NOTICE_STATUS_NO_RECORD] != c->no_record || result.silent != c->silent || strcmp(result.value, c->value) || watchResultNotices(&result) != (c->status == WATCH_STATUS_RESULT ? c->invalid + c->no_record : 0))
    {
      print_error("%s: got status %d units %u invalid %u no-record %u silent %u value \"%s\", expected %d %u %u %u %u \"%s\"\n", c->name, (int)result.status, (unsigned)result.units, (unsigned)result.notices[0], (unsigned)result.notices[1], (unsigned)result.silent, result.value, (int)c->status, (unsigned)c->units, (unsigned)c->invalid, (unsigned)c->no_record, (unsigned)c->silent, c->value);
      failures ++;
    }
  }

  assert_int_equal(failures, 0);
}


//
// 'test_encodings()' - Shift_JIS, CP932, a byte-order mark and UTF-16 decode.
//

static void
test_encodings(void **state)		// I - Trigger list
{
  const watch_triggers_t *triggers = (const watch_triggers_t *)*state;
					// Trigger list
  watch_result_t	result;		// Decision
  static const char	bom_doc[] = "\xef\xbb\xbf" SINGLE("1", VALIDITY("4"));
					// UTF-8 with a byte-order mark
  static const char	utf16_doc[] = "\xff\xfe<\0X\0m\0l\0M\0s\0g\0>\0<\0M\0e\0s\0s\0a\0g\0e\0H\0e\0a\0d\0e\0r\0>\0"
			  "<\0S\0e\0g\0m\0e\0n\0t\0O\0f\0R\0e\0s\0u\0l\0t\0>\0" "1\0<\0/\0S\0e\0g\0m\0e\0n\0t\0O\0f\0R\0e\0s\0u\0l\0t\0>\0"
			  "<\0/\0M\0e\0s\0s\0a\0g\0e\0H\0e\0a\0d\0e\0r\0>\0<\0M\0e\0s\0s\0a\0g\0e\0B\0o\0d\0y\0>\0"
			  "<\0Q\0u\0a\0l\0i\0f\0i\0c\0a\0t\0i\0o\0n\0V\0a\0l\0i\0d\0i\0t\0y\0>\0" "2\0"
			  "<\0/\0Q\0u\0a\0l\0i\0f\0i\0c\0a\0t\0i\0o\0n\0V\0a\0l\0i\0d\0i\0t\0y\0>\0"
			  "<\0/\0M\0e\0s\0s\0a\0g\0e\0B\0o\0d\0y\0>\0<\0/\0X\0m\0l\0M\0s\0g\0>\0";
					// UTF-16LE with a byte-order mark
  static const char	* const sjis_names[] = { "Shift_JIS", "shift_jis", "CP932", "Windows-31J" };
					// Names Windows software writes
  size_t		i;		// Looping var


  for (i = 0; i < sizeof(sjis_names) / sizeof(sjis_names[0]); i ++)
  {
    char	doc[1024];		// Document

    snprintf(doc, sizeof(doc), "<?xml version=\"1.0\" encoding=\"%s\"?>\r\n%s", sjis_names[i], SJIS_DOC("x", "2") + strlen("<?xml version=\"1.0\" encoding=\"x\"?>\r\n"));
    assert_int_equal(watchResultParse(doc, strlen(doc), triggers, &result), WATCH_STATUS_RESULT);
    assert_int_equal(result.notices[NOTICE_STATUS_INVALID], 1);
  }

  // The same bytes declared as UTF-8 are not well-formed...
  assert_int_equal(watchResultParse(SJIS_DOC("UTF-8", "2"), strlen(SJIS_DOC("UTF-8", "2")), triggers, &result), WATCH_STATUS_MALFORMED);

  assert_int_equal(watchResultParse(bom_doc, strlen(bom_doc), triggers, &result), WATCH_STATUS_RESULT);
  assert_int_equal(result.notices[NOTICE_STATUS_NO_RECORD], 1);

  assert_int_equal(watchResultParse(utf16_doc, sizeof(utf16_doc) - 1, triggers, &result), WATCH_STATUS_RESULT);
  assert_int_equal(result.notices[NOTICE_STATUS_INVALID], 1);
}


//
// 'test_limits()' - Too large, binary junk, deep nesting.
//

static void
test_limits(void **state)		// I - Trigger list
{
  const watch_triggers_t *triggers = (const watch_triggers_t *)*state;
					// Trigger list
  watch_result_t	result;		// Decision
  char			*big;		// Large document
  size_t		i,		// Looping var
			len;		// Length so far
  unsigned		seed = 12345;	// Junk generator


  // One byte over the limit is refused without being parsed...
  big = malloc(WATCH_RESULT_MAX_BYTES + 1);
  assert_non_null(big);
  memset(big, ' ', WATCH_RESULT_MAX_BYTES + 1);
  memcpy(big, SINGLE("1", VALIDITY("2")), strlen(SINGLE("1", VALIDITY("2"))));
  assert_int_equal(watchResultParse(big, WATCH_RESULT_MAX_BYTES + 1, triggers, &result), WATCH_STATUS_TOO_LARGE);
  assert_int_equal(watchResultNotices(&result), 0);

  // ... and the limit itself is read (trailing white space is allowed)...
  assert_int_equal(watchResultParse(big, WATCH_RESULT_MAX_BYTES, triggers, &result), WATCH_STATUS_RESULT);
  assert_int_equal(result.notices[NOTICE_STATUS_INVALID], 1);

  // Binary junk...
  for (i = 0; i < 65536; i ++)
  {
    seed    = seed * 1103515245 + 12345;
    big[i]  = (char)(seed >> 16);
  }
  assert_int_equal(watchResultParse(big, 65536, triggers, &result), WATCH_STATUS_MALFORMED);

  // Nesting far deeper than libxml2's default limit...
  for (len = 0, i = 0; i < 100000; i ++, len += 3)
    memcpy(big + len, "<a>", 3);
  assert_int_not_equal(watchResultParse(big, len, triggers, &result), WATCH_STATUS_RESULT);

  free(big);
}


//
// 'test_quiet()' - libxml2 never writes to stderr: its messages quote the file.
//

static void
test_quiet(void **state)		// I - Trigger list
{
  const watch_triggers_t *triggers = (const watch_triggers_t *)*state;
					// Trigger list
  watch_result_t	result;		// Decision
  char			path[] = "/tmp/test-watch-result.XXXXXX";
					// Captured stderr
  int			fd,		// Capture file
			saved;		// Saved stderr
  struct stat		st;		// Capture status
  size_t		i;		// Looping var
  static const char	bad[] = XML_DECL "<XmlMsg><Name>テスト太郎</Nam></XmlMsg>";
					// Broken document with a name in it


  fd    = mkstemp(path);
  assert_true(fd >= 0);
  fflush(stderr);
  saved = dup(2);
  dup2(fd, 2);

  watchResultParse(bad, strlen(bad), triggers, &result);
  for (i = 0; i < sizeof(parse_cases) / sizeof(parse_cases[0]); i ++)
    watchResultParse(parse_cases[i].xml, strlen(parse_cases[i].xml), triggers, &result);
  watchResultParse(SJIS_DOC("EUC-XX", "2"), strlen(SJIS_DOC("EUC-XX", "2")), triggers, &result);

  fflush(stderr);
  dup2(saved, 2);
  close(saved);

  assert_int_equal(fstat(fd, &st), 0);
  close(fd);
  unlink(path);

  assert_int_equal(result.status, WATCH_STATUS_MALFORMED);
  assert_int_equal(st.st_size, 0);
}


//
// 'test_triggers()' - Trigger lists map through codes.txt.
//

static void
test_triggers(void **state)		// I - Unused
{
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_codes_t	*codes;		// Code table
  watch_triggers_t	triggers;	// Trigger list
  watch_result_t	result;		// Decision


  (void)state;

  codes = noticeCodesLoad(TEST_DATADIR, &cb);
  assert_non_null(codes);

  // The default, with duplicates and spaces...
  assert_true(watchTriggersParse(" 2, 4 ,2\t", codes, &triggers, &cb));
  assert_int_equal(triggers.count, 2);
  assert_string_equal(triggers.items[0].value, "2");
  assert_int_equal(triggers.items[0].status, NOTICE_STATUS_INVALID);
  assert_string_equal(triggers.items[1].value, "4");
  assert_int_equal(triggers.items[1].status, NOTICE_STATUS_NO_RECORD);

  // Only 4: a 2 then prints nothing...
  assert_true(watchTriggersParse("4", codes, &triggers, &cb));
  assert_int_equal(watchResultParse(SINGLE("1", VALIDITY("2")), strlen(SINGLE("1", VALIDITY("2"))), &triggers, &result), WATCH_STATUS_RESULT);
  assert_int_equal(watchResultNotices(&result), 0);
  assert_int_equal(result.silent, 1);

  // Values that print no notice, or are unknown, are refused...
  assert_false(watchTriggersParse("2,1", codes, &triggers, &cb));
  assert_non_null(strstr(log.last_error, "\"1\" prints no notice"));
  assert_false(watchTriggersParse("6", codes, &triggers, &cb));
  assert_false(watchTriggersParse("x", codes, &triggers, &cb));
  assert_false(watchTriggersParse("", codes, &triggers, &cb));
  assert_false(watchTriggersParse(" , ", codes, &triggers, &cb));
  assert_false(watchTriggersParse("22222222222", codes, &triggers, &cb));
  assert_false(watchTriggersParse(NULL, codes, &triggers, &cb));

  noticeCodesDelete(codes);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test_setup_teardown(test_parse_table, setup_triggers, teardown_triggers),
    cmocka_unit_test_setup_teardown(test_encodings, setup_triggers, teardown_triggers),
    cmocka_unit_test_setup_teardown(test_limits, setup_triggers, teardown_triggers),
    cmocka_unit_test_setup_teardown(test_quiet, setup_triggers, teardown_triggers),
    cmocka_unit_test(test_triggers)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
