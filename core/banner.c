//
// Recognising a print system's banner files in a job: CUPS's test page and
// its banner pages (job sheets).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// CUPS prints its test page, and the banner pages a queue's "job-sheets" add
// before and after a job, from small text files of one shape: a first line
// naming the format, then one "Keyword value" record a line.
//
//   #PDF-BANNER                      (cups-filters, CUPS 1.6 and later)
//   Template default-testpage.pdf    the test page; "standard.pdf",
//   Show printer-name ...            "classified.pdf", ... for banners
//
//   #CUPS-BANNER                     (CUPS 1.2 to 1.5)
//   Header Printer Test Page         the test page; "Cover Page",
//   Footer Printer Test Page         "Classified", ... for banners
//
// A file of this shape is the test page only when every template (or every
// header and footer) it names is the test page's; any other such file,
// including one whose template is unknown here, is a banner.  Bytes that
// start like a banner file but break its shape (a line that is no record,
// control characters, text that is not UTF-8) are no banner file at all:
// the job is then read as a code, and refused like any other unknown text.
//

#include "banner-private.h"
#include "utf8-private.h"
#include <string.h>
#include <strings.h>


//
// Local constants...
//

#define PDF_BANNER	"#PDF-BANNER"	// First line of a cups-filters banner file
#define CUPS_BANNER	"#CUPS-BANNER"	// First line of an old CUPS banner file
#define TEST_TEMPLATE	"default-testpage.pdf"
					// Template of the PDF test page
#define TEST_HEADER	"Printer Test Page"
					// Header and footer of the old test page


//
// Local types...
//

typedef struct banner_scan_s		// What the records of a banner file said
{
  int		tests,			// Records that name the test page
		others;			// Records that name anything else
} banner_scan_t;


//
// Local functions...
//

static void	count_record(banner_scan_t *scan, notice_banner_t *banner, bool test, const char *value, size_t length);
static const char *first_line(const char *bytes, size_t length, const char **next);
static bool	read_record(const char *line, size_t length, const char **value, size_t *value_len, size_t *key_len);
static void	set_name(notice_banner_t *banner, const char *value, size_t length);
static size_t	trim_line(const char *line, size_t length);


//
// 'noticeBannerRead()' - Tell a test page, a banner page and anything else apart.
//
// Returns NOTICE_JOBKIND_TEST_PAGE, NOTICE_JOBKIND_BANNER, or
// NOTICE_JOBKIND_CODE when the bytes are not a banner file.
//

notice_jobkind_t			// O - What the bytes are
noticeBannerRead(
    const char      *bytes,		// I - Job bytes
    size_t          length,		// I - Number of bytes
    notice_banner_t *banner)		// O - Details, or NULL
{
  notice_banner_t	scratch;	// Details when the caller wants none
  banner_scan_t		scan;		// Records seen
  const char		*line,		// Current line
			*next,		// Line after it
			*end,		// End of the bytes
			*value;		// Value of a record
  size_t		line_len,	// Length of the line
			value_len,	// Length of the value
			key_len;	// Length of the keyword
  bool			pdf;		// A #PDF-BANNER file?


  if (!banner)
    banner = &scratch;

  memset(banner, 0, sizeof(notice_banner_t));
  banner->kind = NOTICE_JOBKIND_CODE;

  if (!bytes)
    return (NOTICE_JOBKIND_CODE);

  // The first line names the format, alone on its line...
  if ((banner->format = first_line(bytes, length, &next)) == NULL)
    return (NOTICE_JOBKIND_CODE);

  pdf = !strcmp(banner->format, PDF_BANNER);

  // Every byte is UTF-8 text: tabs and line ends are the only controls...
  if (!noticeUTF8IsValid(bytes, length))
  {
    banner->format = NULL;
    return (NOTICE_JOBKIND_CODE);
  }

  for (line = bytes; line < bytes + length; line ++)
  {
    if ((*line & 255) < ' ' && *line != '\t' && *line != '\r' && *line != '\n')
    {
      banner->format = NULL;
      return (NOTICE_JOBKIND_CODE);
    }
  }

  // Then one record a line; the test page's template or header decides...
  memset(&scan, 0, sizeof(scan));
  end = bytes + length;

  for (line = next; line < end; line = next)
  {
    if ((next = memchr(line, '\n', (size_t)(end - line))) == NULL)
      next = end;

    line_len = trim_line(line, (size_t)(next - line));

    if (next < end)
      next ++;

    if (line_len == 0 || *line == '#')
      continue;

    if (!read_record(line, line_len, &value, &value_len, &key_len))
    {
      banner->format = NULL;
      banner->name[0] = '\0';
      return (NOTICE_JOBKIND_CODE);
    }

    if (pdf && key_len == 8 && !strncmp(line, "Template", 8))
    {
      const char *base = value + value_len;
					// File name without its directory

      while (base > value && base[-1] != '/')
        base --;

      count_record(&scan, banner, (size_t)(value + value_len - base) == strlen(TEST_TEMPLATE) && !strncasecmp(base, TEST_TEMPLATE, strlen(TEST_TEMPLATE)), value, value_len);
    }
    else if (!pdf && ((key_len == 6 && !strncmp(line, "Header", 6)) || (key_len == 6 && !strncmp(line, "Footer", 6))))
    {
      count_record(&scan, banner, value_len == strlen(TEST_HEADER) && !strncasecmp(value, TEST_HEADER, value_len), value, value_len);
    }
  }

  banner->kind = scan.tests > 0 && scan.others == 0 ? NOTICE_JOBKIND_TEST_PAGE : NOTICE_JOBKIND_BANNER;

  return (banner->kind);
}


//
// 'count_record()' - Count a record that names a template or header.
//
// The log names the first one, or the first that is not the test page's.
//

static void
count_record(banner_scan_t   *scan,	// IO - Records seen
             notice_banner_t *banner,	// IO - Banner
             bool            test,	// I  - Does it name the test page?
             const char      *value,	// I  - Template or header
             size_t          length)	// I  - Length of value
{
  if (test)
    scan->tests ++;
  else
    scan->others ++;

  if ((scan->tests + scan->others) == 1 || (!test && scan->others == 1))
    set_name(banner, value, length);
}


//
// 'first_line()' - Return the banner format that the first line names.
//
// The name must be the whole line, white space after it aside.
//

static const char *			// O - Format or NULL
first_line(const char  *bytes,		// I - Job bytes
           size_t      length,		// I - Number of bytes
           const char  **next)		// O - Start of the second line
{
  static const char * const formats[] =
  {					// First lines of banner files
    PDF_BANNER,
    CUPS_BANNER
  };
  const char	*end;			// End of the first line
  size_t	line_len,		// Length of the first line
		i;			// Looping var


  if ((end = memchr(bytes, '\n', length)) == NULL)
    end = bytes + length;

  line_len = trim_line(bytes, (size_t)(end - bytes));
  *next    = end < bytes + length ? end + 1 : end;

  for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i ++)
  {
    if (line_len == strlen(formats[i]) && !memcmp(bytes, formats[i], line_len))
      return (formats[i]);
  }

  return (NULL);
}


//
// 'read_record()' - Split a "Keyword value" line.
//
// A keyword starts with an upper-case ASCII letter and holds letters,
// digits and "-"; the value, after spaces or tabs, may be empty.
//

static bool				// O - `true` if the line is a record
read_record(const char *line,		// I - Line, trimmed
            size_t     length,		// I - Length of line
            const char **value,		// O - Value
            size_t     *value_len,	// O - Length of value
            size_t     *key_len)	// O - Length of keyword
{
  size_t	i;			// Looping var


  if (length == 0 || line[0] < 'A' || line[0] > 'Z')
    return (false);

  for (i = 1; i < length && ((line[i] >= 'A' && line[i] <= 'Z') || (line[i] >= 'a' && line[i] <= 'z') || (line[i] >= '0' && line[i] <= '9') || line[i] == '-'); i ++);

  if (i < length && line[i] != ' ' && line[i] != '\t')
    return (false);

  *key_len = i;

  while (i < length && (line[i] == ' ' || line[i] == '\t'))
    i ++;

  *value     = line + i;
  *value_len = length - i;

  return (true);
}


//
// 'set_name()' - Keep what decided, printable and cut short, for the log.
//

static void
set_name(notice_banner_t *banner,	// I - Banner
         const char      *value,	// I - Template or header
         size_t          length)	// I - Length of value
{
  size_t	i;			// Looping var


  // Cut on a character boundary...
  if (length >= sizeof(banner->name))
  {
    length = sizeof(banner->name) - 1;

    while (length > 0 && (value[length] & 0xc0) == 0x80)
      length --;
  }

  for (i = 0; i < length; i ++)
    banner->name[i] = value[i] == '\t' ? ' ' : value[i];

  banner->name[length] = '\0';
}


//
// 'trim_line()' - Return the length of a line without its trailing white space.
//

static size_t				// O - Trimmed length
trim_line(const char *line,		// I - Line
          size_t     length)		// I - Length with CR, spaces and tabs
{
  while (length > 0 && (line[length - 1] == '\r' || line[length - 1] == ' ' || line[length - 1] == '\t'))
    length --;

  return (length);
}
