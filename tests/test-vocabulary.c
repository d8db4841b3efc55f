//
// Unit tests for the option vocabulary (core/options.c), linked with the
// core alone.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"
#include "notice.h"
#include <stdio.h>


//
// 'test_papers()' - Every paper is found by each of its names, in any case.
//

static void
test_papers(void **state)		// I - Unused
{
  const notice_paper_t	*papers,	// Table of papers
			*found;		// Paper found
  size_t		count,		// Number of papers
			i;		// Looping var
  char			lower[64];	// PPD name in lower case, as lp(1) takes it
  size_t		j;		// Looping var


  (void)state;

  papers = noticePapers(&count);
  assert_int_equal(count, 4);

  for (i = 0; i < count; i ++)
  {
    assert_ptr_equal(noticePaperFind(papers[i].pwg), papers + i);
    assert_ptr_equal(noticePaperFind(papers[i].ppd), papers + i);
    assert_ptr_equal(noticePaperFind(papers[i].legacy), papers + i);

    for (j = 0; papers[i].ppd[j] && j < sizeof(lower) - 1; j ++)
      lower[j] = (char)(papers[i].ppd[j] >= 'A' && papers[i].ppd[j] <= 'Z' ? papers[i].ppd[j] - 'A' + 'a' : papers[i].ppd[j]);
    lower[j] = '\0';

    found = noticePaperFind(lower);
    assert_ptr_equal(found, papers + i);
  }

  assert_null(noticePaperFind("B4"));
  assert_null(noticePaperFind(""));
  assert_null(noticePaperFind(NULL));
}


//
// 'test_vocabulary_table()' - The core comes to the table's verdict on each value.
//
// tests/options.table is the one list of values that the filter, the
// preview and the setup command are tested with too.
//

static void
test_vocabulary_table(void **state)	// I - Unused
{
  FILE			*fp;		// Table
  char			line[1024],	// Line of the table
			message[512],	// Core's message
			*option,	// Option name
			*value,		// Value
			*verdict,	// Expected verdict
			*tab;		// End of a field
  notice_options_t	options;	// Options
  notice_verdict_t	got;		// Core's verdict
  int			rows = 0;	// Rows read


  (void)state;

  fp = fopen(TEST_SRCDIR "/options.table", "r");
  assert_non_null(fp);

  while (fgets(line, sizeof(line), fp))
  {
    if (line[0] == '#' || line[0] == '\n')
      continue;

    option = line;
    assert_non_null(tab = strchr(option, '\t'));
    *tab  = '\0';
    value = tab + 1;
    assert_non_null(tab = strchr(value, '\t'));
    *tab    = '\0';
    verdict = tab + 1;
    assert_non_null(tab = strchr(verdict, '\t'));
    *tab = '\0';

    noticeOptionsInit(&options, TEST_DATADIR);
    got = noticeOptionsSet(&options, option, value, message, sizeof(message));

    if ((!strcmp(verdict, "taken") && (got != NOTICE_VERDICT_TAKEN || message[0])) ||
        (!strcmp(verdict, "changed") && (got != NOTICE_VERDICT_CHANGED || !message[0])) ||
        (!strcmp(verdict, "refused") && (got != NOTICE_VERDICT_REFUSED || !message[0])))
      fail_msg("%s=%s: verdict %d (\"%s\"), expected %s", option, value, (int)got, message, verdict);

    rows ++;
  }

  fclose(fp);

  assert_true(rows > 20);

  // Names the core does not know are not refused values, but unknown...
  noticeOptionsInit(&options, TEST_DATADIR);
  assert_int_equal(noticeOptionsSet(&options, "job-uuid", "urn:uuid:x", message, sizeof(message)), NOTICE_VERDICT_UNKNOWN);

  // ... and a refused value leaves the option as it was...
  assert_int_equal(noticeOptionsSet(&options, "media", "a5", message, sizeof(message)), NOTICE_VERDICT_TAKEN);
  assert_int_equal(noticeOptionsSet(&options, "media", "B4", message, sizeof(message)), NOTICE_VERDICT_REFUSED);
  assert_string_equal(options.media, "iso_a5_148x210mm");
  assert_string_equal(message, "The notice cannot be printed on B4 paper - use one of: A4, A5, B5, Letter.");

  // ... and raster output prints other resolutions at 300 or 600 dpi...
  options.format = NOTICE_FORMAT_PWG;
  assert_int_equal(noticeOptionsSet(&options, "printer-resolution", "150dpi", message, sizeof(message)), NOTICE_VERDICT_CHANGED);
  assert_int_equal(options.resolution, 300);
  options.format = NOTICE_FORMAT_PNG;
  assert_int_equal(noticeOptionsSet(&options, "Resolution", "150dpi", message, sizeof(message)), NOTICE_VERDICT_TAKEN);
  assert_int_equal(options.resolution, 150);
}


//
// 'main()' - Run the unit tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_papers),
    cmocka_unit_test(test_vocabulary_table)
  };


  return (cmocka_run_group_tests(tests, NULL, NULL));
}
