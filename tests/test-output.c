//
// Unit tests for the vector output formats, PDF and PostScript
// (core/output.c).  Raster output is tested in test-raster.c.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#define NOTICE_BUILDING_CORE		// A test of the core's insides
#include "unit.h"
#include "catalog-private.h"
#include "layout-private.h"
#include "output-private.h"
#include <unistd.h>


//
// 'pdf_tool()' - Run a poppler tool on a PDF held in memory.
//
// The PDF goes to a temporary file; "tool" is run on it, with "after" after
// the file's name, and its standard output returned.  Tests ask poppler what a PDF holds - pages, paper, fonts,
// text - rather than search the bytes, which change with cairo's version
// (cairo 1.18 puts the page objects into compressed object streams).  A test
// skips when the tool is not installed.
//

static char *				// O - Tool's output, to free
pdf_tool(const unit_buffer_t *buffer,	// I - PDF
         const char          *tool,	// I - Tool and options, e.g. "pdfinfo"
         const char          *after)	// I - Arguments after the file name
{
  char		path[1024],		// Temporary file
		command[1200];		// Command line
  const char	*tmpdir;		// Temporary directory
  int		fd;			// Temporary file
  FILE		*fp;			// Tool's output
  char		*output = NULL;		// Output collected
  size_t	length = 0,		// Bytes collected
		bytes;			// Bytes read
  char		chunk[4096];		// One read


  snprintf(command, sizeof(command), "command -v %.*s >/dev/null 2>&1", (int)strcspn(tool, " "), tool);
  if (system(command) != 0)
    skip();

  if ((tmpdir = getenv("TMPDIR")) == NULL || !*tmpdir || strchr(tmpdir, '\''))
    tmpdir = "/tmp";

  snprintf(path, sizeof(path), "%s/test-output-XXXXXX", tmpdir);
  assert_true((fd = mkstemp(path)) >= 0);
  assert_int_equal(write(fd, buffer->data, buffer->length), (ssize_t)buffer->length);
  close(fd);

  snprintf(command, sizeof(command), "%s '%s' %s 2>/dev/null", tool, path, after);
  fp = popen(command, "r");
  assert_non_null(fp);

  while ((bytes = fread(chunk, 1, sizeof(chunk), fp)) > 0)
  {
    output = realloc(output, length + bytes + 1);
    assert_non_null(output);
    memcpy(output + length, chunk, bytes);
    length += bytes;
    output[length] = '\0';
  }

  assert_int_equal(pclose(fp), 0);
  unlink(path);
  assert_non_null(output);

  return (output);
}


//
// 'pdf_info()' - Return the value of a pdfinfo field, e.g. "Pages".
//

static const char *			// O - Value, up to the end of its line
pdf_info(const char *info,		// I - pdfinfo's output
         const char *field,		// I - Field name
         char       *value,		// O - Value
         size_t     size)		// I - Size of value
{
  const char	*line;			// Current line
  size_t	flen = strlen(field);	// Length of field name


  *value = '\0';

  for (line = info; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL)
  {
    if (!strncmp(line, field, flen) && line[flen] == ':')
    {
      line += flen + 1;
      while (*line == ' ')
        line ++;

      snprintf(value, size, "%.*s", (int)strcspn(line, "\n"), line);
      break;
    }
  }

  return (value);
}


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

  *state = noticeLayoutCreate(content, NOTICE_STATUS_INVALID, 210.0 * 72.0 / 25.4, 297.0 * 72.0 / 25.4, 0.0, &cb);
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
// 'write_doc()' - Write the page as PDF or PostScript into memory.
//

static bool				// O - Result of noticeOutputWrite()
write_doc(void            **state,	// I - Layout
          notice_format_t format,	// I - Format
          int             copies,	// I - Copies
          time_t          job_time,	// I - Job time
          unit_buffer_t   *buffer,	// O - Output
          unit_log_t      *log,		// O - Log
          int             *pages)	// O - Pages written
{
  notice_options_t	options;	// Options
  notice_callbacks_t	cb;		// Callbacks
  bool			cancel = log->cancel;
					// Cancel already requested?


  cb         = unit_callbacks(log);
  log->cancel = cancel;

  noticeOptionsInit(&options, TEST_DATADIR);
  options.format   = format;
  options.copies   = copies;
  options.job_time = job_time;

  return (noticeOutputWrite(*state, &options, unit_write_cb, buffer, &cb, pages));
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
  return (write_doc(state, NOTICE_FORMAT_PDF, copies, job_time, buffer, log, pages));
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
  char		*info,			// pdfinfo's output
		*fonts,			// pdffonts's output
		*text,			// pdftotext's output
		*line,			// Line of pdffonts's output
		copy[1024],		// Copy of that line
		*word,			// Word of the copy
		*next,			// Rest of the copy
		*words[16],		// Its words
		value[256];		// pdfinfo field
  int		count,			// Words in the line
		embedded = 0;		// Fonts listed


  assert_true(write_pdf(state, 1, 1764000000, &buffer, &log, &pages));
  assert_int_equal(pages, 1);
  assert_true(buffer.length > 1000);
  assert_memory_equal(buffer.data, "%PDF-1.", 7);
  assert_non_null(strstr((char *)buffer.data + buffer.length - 7, "%%EOF"));

  // One A4 page, made at the job's time, with the notice's title...
  info = pdf_tool(&buffer, "pdfinfo -isodates", "");
  assert_string_equal(pdf_info(info, "Pages", value, sizeof(value)), "1");
  assert_string_equal(pdf_info(info, "Page size", value, sizeof(value)), "595.276 x 841.89 pts (A4)");
  assert_string_equal(pdf_info(info, "CreationDate", value, sizeof(value)), "2025-11-24T16:00:00Z");
  assert_string_equal(pdf_info(info, "Title", value, sizeof(value)), "患者の皆様へ");
  free(info);

  // Every font embedded, as a subset, with a ToUnicode map: the last five
  // columns of each font's line are "emb sub uni object-number generation"...
  fonts = pdf_tool(&buffer, "pdffonts", "");
  assert_non_null(line = strstr(fonts, "\n---"));
  for (line = strchr(line + 1, '\n'); line && line[1]; line = strchr(line + 1, '\n'))
  {
    snprintf(copy, sizeof(copy), "%.*s", (int)strcspn(line + 1, "\n"), line + 1);

    for (count = 0, word = strtok_r(copy, " ", &next); word && count < 16; word = strtok_r(NULL, " ", &next))
      words[count ++] = word;

    assert_true(count >= 7);
    if (strcmp(words[count - 5], "yes") || strcmp(words[count - 4], "yes") || strcmp(words[count - 3], "yes"))
      fail_msg("font %s: emb=%s sub=%s uni=%s", words[0], words[count - 5], words[count - 4], words[count - 3]);

    embedded ++;
  }
  assert_true(embedded >= 1);
  free(fonts);

  // ...so the text comes back out, Japanese and all...
  text = pdf_tool(&buffer, "pdftotext -enc UTF-8", "-");
  assert_non_null(strstr(text, "患者の皆様へ"));
  assert_non_null(strstr(text, "今回の確認結果：「資格（無効）」"));
  free(text);

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
  char		*info,			// pdfinfo's output
		value[256];		// pdfinfo field


  assert_true(write_pdf(state, 3, 1764000000, &buffer, &log, &pages));
  assert_int_equal(pages, 3);

  info = pdf_tool(&buffer, "pdfinfo", "");
  assert_string_equal(pdf_info(info, "Pages", value, sizeof(value)), "3");
  free(info);

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
// 'test_postscript()' - Level 2 PostScript with the fonts inside and every
//                       mark between the margins.
//

static void
test_postscript(void **state)		// I - Layout
{
  unit_buffer_t	buffer = { NULL, 0, 0 };// Output
  unit_log_t	log = { { 0 }, "", "", false };
					// Log
  int		pages;			// Pages written
  const char	*bbox;			// %%BoundingBox: line
  int		left, bottom,		// Bounding box in points,
		right, top;		// from the bottom left
  notice_rect_t	area = noticeLayoutGetTextArea(*state);
					// Text area, from the top left
  const double	slack = 1.75;		// Half the frame's line, whole points


  assert_true(write_doc(state, NOTICE_FORMAT_PS, 1, 1764000000, &buffer, &log, &pages));
  assert_int_equal(pages, 1);
  assert_memory_equal(buffer.data, "%!PS-Adobe-3.0\n", 15);
  assert_int_equal(unit_count(&buffer, "\n%%LanguageLevel: 2\n"), 1);
  assert_int_equal(unit_count(&buffer, "\n%%Pages: 1\n"), 1);
  assert_int_equal(unit_count(&buffer, "\n%%Page: "), 1);
  assert_int_equal(unit_count(&buffer, "\n%%DocumentMedia: A4 595 842 "), 1);
  assert_true(unit_count(&buffer, "/FontType 42") >= 1);
  assert_int_equal(unit_count(&buffer, "\nshowpage\n"), unit_count(&buffer, "\n%%Page: "));
  assert_non_null(strstr((char *)buffer.data + buffer.length - 7, "%%EOF"));

  // Everything drawn lies between the margins: the frame's line sticks out
  // by half its width, and the box is in whole points...
  bbox = strstr((char *)buffer.data, "\n%%BoundingBox: ");
  assert_non_null(bbox);
  assert_int_equal(sscanf(bbox, "\n%%%%BoundingBox: %d %d %d %d", &left, &bottom, &right, &top), 4);
  assert_true(left >= area.x - slack && left <= area.x + slack);
  assert_true(right <= area.x + area.width + slack && right >= area.x + area.width - slack);
  assert_true(842 - top >= area.y - slack);
  assert_true(842 - bottom <= area.y + area.height + slack);

  free(buffer.data);
}


//
// 'test_postscript_copies()' - Copies made here are whole PostScript pages.
//

static void
test_postscript_copies(void **state)	// I - Layout
{
  unit_buffer_t	buffer = { NULL, 0, 0 };// Output
  unit_log_t	log = { { 0 }, "", "", false };
					// Log
  int		pages;			// Pages written


  assert_true(write_doc(state, NOTICE_FORMAT_PS, 3, 1764000000, &buffer, &log, &pages));
  assert_int_equal(pages, 3);
  assert_int_equal(unit_count(&buffer, "\n%%Pages: 3\n"), 1);
  assert_int_equal(unit_count(&buffer, "\n%%Page: "), 3);
  assert_int_equal(unit_count(&buffer, "\nshowpage\n"), 3);

  free(buffer.data);

  // A printer that goes away is an error here too...
  memset(&buffer, 0, sizeof(buffer));
  buffer.fail_after = 1000;
  assert_false(write_doc(state, NOTICE_FORMAT_PS, 1, 1764000000, &buffer, &log, &pages));
  assert_non_null(strstr(log.last_error, "Unable to write"));

  free(buffer.data);
}


//
// 'test_png()' - A preview image of the page, at the asked resolution.
//

static void
test_png(void **state)			// I - Layout
{
  unit_buffer_t		buffer = { NULL, 0, 0 };
					// Output
  unit_log_t		log;		// Log
  notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks
  notice_options_t	options;	// Options
  int			pages;		// Pages written
  unsigned		width,		// Image width from the IHDR chunk
			height;		// Image height


  noticeOptionsInit(&options, TEST_DATADIR);
  options.format     = NOTICE_FORMAT_PNG;
  options.resolution = 100;
  options.copies     = 3;

  assert_true(noticeOutputWrite(*state, &options, unit_write_cb, &buffer, &cb, &pages));
  assert_int_equal(pages, 1);
  assert_true(buffer.length > 24);
  assert_memory_equal(buffer.data, "\x89PNG\r\n\x1a\n", 8);
  assert_memory_equal(buffer.data + 12, "IHDR", 4);

  width  = (unsigned)buffer.data[16] << 24 | (unsigned)buffer.data[17] << 16 | (unsigned)buffer.data[18] << 8 | buffer.data[19];
  height = (unsigned)buffer.data[20] << 24 | (unsigned)buffer.data[21] << 16 | (unsigned)buffer.data[22] << 8 | buffer.data[23];
  assert_int_equal(width, 827);			// 210 mm at 100 dpi
  assert_int_equal(height, 1169);		// 297 mm at 100 dpi
  free(buffer.data);

  // A resolution no preview needs is refused...
  memset(&buffer, 0, sizeof(buffer));
  cb                 = unit_callbacks(&log);
  options.resolution = 1200;
  assert_false(noticeOutputWrite(*state, &options, unit_write_cb, &buffer, &cb, &pages));
  assert_non_null(strstr(log.last_error, "not supported for an image"));
  assert_int_equal(buffer.length, 0);
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
    cmocka_unit_test(test_canceled),
    cmocka_unit_test(test_postscript),
    cmocka_unit_test(test_postscript_copies),
    cmocka_unit_test(test_png)
  };

  return (cmocka_run_group_tests(tests, setup_layout, teardown_layout));
}
