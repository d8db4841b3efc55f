//
// Unit tests for the banner files of a print system (core/banner.c): CUPS's
// test page prints a sample notice, its banner pages print nothing, and
// bytes that only start like one are read as a code.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "banner-private.h"
#include <dirent.h>
#include <stdio.h>
#include <unistd.h>


//
// Local constants...
//

#define MARK		"見本（テスト印刷）"
					// The Japanese sample mark
#define CLINIC		"さくら テスト診療所"
					// An obviously fake clinic
#define INVALID_LABEL	"今回の確認結果：「資格（無効）」"
					// Result box of "invalid"


//
// 'pdf_text()' - Return the text of a PDF in memory, white space removed.
//
// Skips the test when pdftotext is not installed.  The caller frees the text.
//

static char *				// O - Text
pdf_text(const unit_buffer_t *pdf)	// I - PDF
{
  char		path[1024],		// Scratch file
		command[1200],		// pdftotext command
		*text = NULL;		// Text read
  const char	*tmpdir;		// Scratch folder
  size_t	length = 0;		// Bytes of text
  int		fd,			// Scratch file
		ch;			// Character read
  FILE		*fp;			// pdftotext's output


  if (system("command -v pdftotext >/dev/null 2>&1") != 0)
    skip();

  if ((tmpdir = getenv("TMPDIR")) == NULL || !*tmpdir || strchr(tmpdir, '\''))
    tmpdir = "/tmp";

  snprintf(path, sizeof(path), "%s/test-banner-XXXXXX", tmpdir);
  assert_true((fd = mkstemp(path)) >= 0);
  assert_int_equal(write(fd, pdf->data, pdf->length), (ssize_t)pdf->length);
  close(fd);

  snprintf(command, sizeof(command), "pdftotext -enc UTF-8 '%s' - 2>/dev/null", path);
  assert_non_null(fp = popen(command, "r"));
  assert_non_null(text = malloc(1));

  while ((ch = getc(fp)) != EOF)
  {
    if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '\f')
      continue;

    assert_non_null(text = realloc(text, length + 2));
    text[length ++] = (char)ch;
  }

  text[length] = '\0';
  assert_int_equal(pclose(fp), 0);
  unlink(path);

  return (text);
}


//
// 'print_job()' - Run the core on a job held in memory.
//
// The queue's options: a clinic name, and "notice-sample" when given.
//

static bool				// O - Result of noticePrintJob()
print_job(const char       *job_text,	// I - Job bytes
          const char       *language,	// I - Notice language
          const char       *sample,	// I - notice-sample value or NULL
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


  memset(output, 0, sizeof(unit_buffer_t));
  noticeOptionsInit(&options, data_dir);
  options.job_time = 1764000000;
  unit_set_clinic(&options, CLINIC, NULL, &cb);
  assert_int_equal(noticeOptionsSet(&options, "notice-language", language, NULL, 0), NOTICE_VERDICT_TAKEN);
  if (sample)
    assert_int_equal(noticeOptionsSet(&options, "notice-sample", sample, NULL, 0), NOTICE_VERDICT_TAKEN);

  job = fmemopen((void *)job_text, strlen(job_text), "rb");
  assert_non_null(job);
  ok = noticePrintJob(job, &options, &cb, unit_write_cb, output, summary);
  fclose(job);

  return (ok);
}


//
// 'test_detect()' - Test pages, banners and look-alikes, both formats.
//

static void
test_detect(void **state)		// I - Unused
{
  static const struct
  {
    const char		*bytes;		// Job bytes
    notice_jobkind_t	kind;		// What they are
    const char		*name;		// Template or header logged, NULL for none
  } cases[] =
  {
    // cups-filters' test page, as CUPS's "testprint" holds it, and variants...
    { "#PDF-BANNER\nTemplate default-testpage.pdf\nShow printer-name printer-info printer-location printer-make-and-model printer-driver-name printer-driver-version paper-size imageable-area job-id options time-at-creation time-at-processing\n\n", NOTICE_JOBKIND_TEST_PAGE, "default-testpage.pdf" },
    { "#PDF-BANNER\r\nTemplate default-testpage.pdf\r\nShow printer-name\r\n", NOTICE_JOBKIND_TEST_PAGE, "default-testpage.pdf" },
    { "#PDF-BANNER\nTemplate /usr/share/cups/data/default-testpage.pdf\n", NOTICE_JOBKIND_TEST_PAGE, "/usr/share/cups/data/default-testpage.pdf" },
    { "#PDF-BANNER  \n\n# a comment\nTemplate\tDEFAULT-TESTPAGE.PDF  \n", NOTICE_JOBKIND_TEST_PAGE, "DEFAULT-TESTPAGE.PDF" },
    { "#PDF-BANNER\nTemplate default-testpage.pdf", NOTICE_JOBKIND_TEST_PAGE, "default-testpage.pdf" },

    // ... its banner pages, and any other template...
    { "#PDF-BANNER\nTemplate standard.pdf\nShow printer-name job-id\n", NOTICE_JOBKIND_BANNER, "standard.pdf" },
    { "#PDF-BANNER\nTemplate classified.pdf\nShow printer-name job-id\n", NOTICE_JOBKIND_BANNER, "classified.pdf" },
    { "#PDF-BANNER\nTemplate form_english.pdf\nFont UseDefault\nFont-size 11\n", NOTICE_JOBKIND_BANNER, "form_english.pdf" },
    { "#PDF-BANNER\nTemplate a-template-nobody-knows.pdf\n", NOTICE_JOBKIND_BANNER, "a-template-nobody-knows.pdf" },
    { "#PDF-BANNER\nTemplate default-testpage.pdf.orig\n", NOTICE_JOBKIND_BANNER, "default-testpage.pdf.orig" },
    { "#PDF-BANNER\nTemplate default-testpage.pdf\nTemplate standard.pdf\n", NOTICE_JOBKIND_BANNER, "standard.pdf" },
    { "#PDF-BANNER\nShow printer-name job-id\n", NOTICE_JOBKIND_BANNER, NULL },
    { "#PDF-BANNER\n", NOTICE_JOBKIND_BANNER, NULL },
    { "#PDF-BANNER\nHeader Printer Test Page\n", NOTICE_JOBKIND_BANNER, NULL },

    // CUPS's own format before 1.6: the test page, a cover page, a banner...
    { "#CUPS-BANNER\nShow printer-name printer-info printer-location printer-make-and-model printer-driver-name printer-driver-version paper-size imageable-area\nHeader Printer Test Page\nFooter Printer Test Page\nNotice CUPS 1.5.\nImage images/cups.png\nImage images/color-wheel.png\n", NOTICE_JOBKIND_TEST_PAGE, "Printer Test Page" },
    { "#CUPS-BANNER\nShow job-id job-name job-originating-user-name job-originating-host-name job-billing\nHeader Cover Page\nFooter Cover Page\nImage images/cups.png\n", NOTICE_JOBKIND_BANNER, "Cover Page" },
    { "#CUPS-BANNER\nHeader Classified\nFooter Printer Test Page\n", NOTICE_JOBKIND_BANNER, "Classified" },
    { "#CUPS-BANNER\nTemplate default-testpage.pdf\n", NOTICE_JOBKIND_BANNER, NULL },

    // ... and what only starts like a banner file: read as a code...
    { "#PDF-BANNER\ninvalid\n", NOTICE_JOBKIND_CODE, NULL },
    { "#PDF-BANNER\nTemplate default-testpage.pdf\ninvalid\n", NOTICE_JOBKIND_CODE, NULL },
    { "#PDF-BANNER\nTemplate default-testpage.pdf\n\x01\x02\x03\n", NOTICE_JOBKIND_CODE, NULL },
    { "#PDF-BANNER\nTemplate default-testpage.pdf\n\x1b@", NOTICE_JOBKIND_CODE, NULL },
    { "#PDF-BANNER\nTemplate \xff\xfe.pdf\n", NOTICE_JOBKIND_CODE, NULL },
    { "#PDF-BANNERinvalid\n", NOTICE_JOBKIND_CODE, NULL },
    { "#PDF-BANNER invalid\nTemplate default-testpage.pdf\n", NOTICE_JOBKIND_CODE, NULL },
    { " #PDF-BANNER\nTemplate default-testpage.pdf\n", NOTICE_JOBKIND_CODE, NULL },
    { "#pdf-banner\nTemplate default-testpage.pdf\n", NOTICE_JOBKIND_CODE, NULL },
    { "\xef\xbb\xbf#PDF-BANNER\nTemplate default-testpage.pdf\n", NOTICE_JOBKIND_CODE, NULL },
    { "#CUPS-BANNER\n資格（無効）\n", NOTICE_JOBKIND_CODE, NULL },
    { "invalid\n", NOTICE_JOBKIND_CODE, NULL },
    { "%!PS-Adobe-3.0\n", NOTICE_JOBKIND_CODE, NULL },
    { "", NOTICE_JOBKIND_CODE, NULL }
  };
  size_t		i;		// Looping var
  notice_banner_t	banner;		// What was read


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    if (noticeBannerRead(cases[i].bytes, strlen(cases[i].bytes), &banner) != cases[i].kind || banner.kind != cases[i].kind)
      fail_msg("case %u: kind %d, expected %d", (unsigned)i, (int)banner.kind, (int)cases[i].kind);

    if (cases[i].kind == NOTICE_JOBKIND_CODE)
      assert_null(banner.format);
    else
      assert_non_null(banner.format);

    if (strcmp(banner.name, cases[i].name ? cases[i].name : ""))
      fail_msg("case %u: name \"%s\", expected \"%s\"", (unsigned)i, banner.name, cases[i].name ? cases[i].name : "");
  }

  // No details asked for, no bytes, and bytes cut short of the first line...
  assert_int_equal(noticeBannerRead(cases[0].bytes, strlen(cases[0].bytes), NULL), NOTICE_JOBKIND_TEST_PAGE);
  assert_int_equal(noticeBannerRead(NULL, 10, &banner), NOTICE_JOBKIND_CODE);
  assert_int_equal(noticeBannerRead(cases[0].bytes, 8, &banner), NOTICE_JOBKIND_CODE);
}


//
// 'test_long_name()' - A long template is logged cut on a character boundary.
//

static void
test_long_name(void **state)		// I - Unused
{
  char			bytes[512];	// Banner file
  notice_banner_t	banner;		// What was read


  (void)state;

  // 63 bytes of room: "x" and 31 two-byte characters take 63; the 32nd
  // must go whole...
  snprintf(bytes, sizeof(bytes), "#PDF-BANNER\nTemplate x%s.pdf\n", "ééééééééééééééééééééééééééééééééééééééééé");
  assert_int_equal(noticeBannerRead(bytes, strlen(bytes), &banner), NOTICE_JOBKIND_BANNER);
  assert_int_equal(strlen(banner.name), 63);
  assert_memory_equal(banner.name, "xéé", 5);
  assert_true((banner.name[62] & 0xc0) == 0x80);
}


//
// 'test_system_files()' - The system's own test page and banner pages.
//
// Skipped where CUPS's banner files (package cups-filters) are not
// installed.
//

static void
test_system_files(void **state)		// I - Unused
{
  char			bytes[NOTICE_JOB_MAX],
					// A file's bytes
			path[1024];	// Its name
  size_t		length;		// Its length
  FILE			*fp;		// Open file
  DIR			*dir;		// Banner folder
  struct dirent		*entry;		// One banner
  int			banners = 0;	// Banners read
  notice_banner_t	banner;		// What was read


  (void)state;

  if ((fp = fopen("/usr/share/cups/data/testprint", "rb")) == NULL)
    skip();

  length = fread(bytes, 1, sizeof(bytes), fp);
  fclose(fp);
  assert_int_equal(noticeBannerRead(bytes, length, &banner), NOTICE_JOBKIND_TEST_PAGE);

  if ((dir = opendir("/usr/share/cups/banners")) == NULL)
    return;

  while ((entry = readdir(dir)) != NULL)
  {
    if (entry->d_name[0] == '.')
      continue;

    snprintf(path, sizeof(path), "/usr/share/cups/banners/%s", entry->d_name);
    if ((fp = fopen(path, "rb")) == NULL)
      continue;

    length = fread(bytes, 1, sizeof(bytes), fp);
    fclose(fp);

    if (noticeBannerRead(bytes, length, &banner) != NOTICE_JOBKIND_BANNER)
      fail_msg("%s: not read as a banner page (%d)", path, (int)banner.kind);
    banners ++;
  }

  closedir(dir);
  assert_true(banners > 0);
}


//
// 'test_print_test_page()' - The test page prints the queue's notice, marked.
//

static void
test_print_test_page(void **state)	// I - Unused
{
  unit_buffer_t		output;		// Output
  unit_log_t		log;		// Log
  notice_summary_t	summary;	// Summary
  char			*text;		// Text of the page


  (void)state;

  // CUPS's test page: one page, the notice for "invalid" with the clinic's
  // name and the mark...
  if (!print_job("#PDF-BANNER\nTemplate default-testpage.pdf\nShow printer-name job-id\n", "ja", NULL, TEST_DATADIR, &output, &log, &summary))
    fail_msg("test page: %s", log.last_error);

  assert_int_equal(summary.kind, NOTICE_JOBKIND_TEST_PAGE);
  assert_int_equal(summary.status, NOTICE_STATUS_INVALID);
  assert_int_equal(summary.pages, 1);
  assert_false(summary.refused);
  text = pdf_text(&output);
  assert_non_null(strstr(text, MARK));
  assert_non_null(strstr(text, INVALID_LABEL));
  assert_non_null(strstr(text, "さくらテスト診療所"));
  free(text);
  free(output.data);

  // The same queue's notice carries no mark...
  if (!print_job("invalid\n", "ja", NULL, TEST_DATADIR, &output, &log, &summary))
    fail_msg("invalid: %s", log.last_error);

  assert_int_equal(summary.kind, NOTICE_JOBKIND_CODE);
  text = pdf_text(&output);
  assert_non_null(strstr(text, INVALID_LABEL));
  assert_null(strstr(text, MARK));
  assert_null(strstr(text, "見本"));
  free(text);
  free(output.data);

  // ... unless asked for; and no option takes the mark off a test page...
  assert_true(print_job("no-record\n", "ja", "on", TEST_DATADIR, &output, &log, &summary));
  text = pdf_text(&output);
  assert_non_null(strstr(text, MARK));
  assert_non_null(strstr(text, "今回の確認結果：「資格情報なし」"));
  free(text);
  free(output.data);

  assert_true(print_job("#CUPS-BANNER\nHeader Printer Test Page\nFooter Printer Test Page\n", "ja", "off", TEST_DATADIR, &output, &log, &summary));
  assert_int_equal(summary.kind, NOTICE_JOBKIND_TEST_PAGE);
  text = pdf_text(&output);
  assert_non_null(strstr(text, MARK));
  free(text);
  free(output.data);

  // A translation's test page: in its language, with both marks...
  assert_true(print_job("#PDF-BANNER\nTemplate default-testpage.pdf\n", "en", NULL, TEST_DATADIR, &output, &log, &summary));
  text = pdf_text(&output);
  assert_non_null(strstr(text, MARK));
  assert_non_null(strstr(text, "SAMPLE(testprint)"));
  assert_non_null(strstr(text, "ToOurPatients"));
  free(text);
  free(output.data);
}


//
// 'test_print_banner()' - A banner page prints nothing and is no refusal;
//                         a look-alike is refused as an unknown code.
//

static void
test_print_banner(void **state)		// I - Unused
{
  unit_buffer_t		output;		// Output
  unit_log_t		log;		// Log
  notice_summary_t	summary;	// Summary


  (void)state;

  assert_true(print_job("#PDF-BANNER\nTemplate standard.pdf\nShow printer-name job-id\n", "ja", NULL, TEST_DATADIR, &output, &log, &summary));
  assert_int_equal(summary.kind, NOTICE_JOBKIND_BANNER);
  assert_int_equal(summary.pages, 0);
  assert_false(summary.refused);
  assert_int_equal(output.length, 0);
  assert_int_equal(log.count[NOTICE_LEVEL_ERROR], 0);
  assert_int_equal(log.count[NOTICE_LEVEL_WARNING], 0);
  free(output.data);

  assert_false(print_job("#PDF-BANNER\ninvalid\n", "ja", NULL, TEST_DATADIR, &output, &log, &summary));
  assert_int_equal(summary.kind, NOTICE_JOBKIND_CODE);
  assert_true(summary.refused);
  assert_int_equal(output.length, 0);
  assert_string_equal(log.last_error, "Unknown notice code - send the code invalid or no-record.");
  free(output.data);
}


//
// 'test_no_mark()' - A sample never prints without its mark.
//
// Notice data whose Japanese text lacks the mark refuse a sample, in
// Japanese and in a translation, and still print the notice.
//

static void
test_no_mark(void **state)		// I - Unused
{
  unit_buffer_t		output;		// Output
  unit_log_t		log;		// Log
  notice_summary_t	summary;	// Summary
  char			dir[1024],	// Scratch data folder
			command[3200];	// Command that fills it
  const char		*tmpdir;	// Scratch folder


  (void)state;

  if ((tmpdir = getenv("TMPDIR")) == NULL || !*tmpdir || strchr(tmpdir, '\''))
    tmpdir = "/tmp";

  snprintf(dir, sizeof(dir), "%s/test-banner-XXXXXX", tmpdir);
  assert_non_null(mkdtemp(dir));
  snprintf(command, sizeof(command), "cp '%s'/codes.txt '%s'/*.notice '%s' && sed -i '/^sample/d' '%s/ja.notice'", TEST_DATADIR, TEST_DATADIR, dir, dir);
  assert_int_equal(system(command), 0);

  assert_false(print_job("#PDF-BANNER\nTemplate default-testpage.pdf\n", "ja", NULL, dir, &output, &log, &summary));
  assert_string_equal(log.last_error, "ja.notice has no sample mark - reinstall onshi-notice.");
  assert_int_equal(output.length, 0);
  free(output.data);

  assert_false(print_job("#PDF-BANNER\nTemplate default-testpage.pdf\n", "en", NULL, dir, &output, &log, &summary));
  assert_string_equal(log.last_error, "ja.notice has no sample mark - reinstall onshi-notice.");
  assert_int_equal(output.length, 0);
  free(output.data);

  assert_true(print_job("invalid", "ja", NULL, dir, &output, &log, &summary));
  assert_int_equal(summary.pages, 1);
  free(output.data);

  snprintf(command, sizeof(command), "rm -rf '%s'", dir);
  assert_int_equal(system(command), 0);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_detect),
    cmocka_unit_test(test_long_name),
    cmocka_unit_test(test_system_files),
    cmocka_unit_test(test_print_test_page),
    cmocka_unit_test(test_print_banner),
    cmocka_unit_test(test_no_mark)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
