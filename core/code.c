//
// Reading a job and resolving the status code it holds.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The accepted spellings live in the data file "codes.txt" (see
// data/README.md).  Job text and spellings pass through the same
// normalisation before they are compared:
//
// - full-width ASCII (ＩＮＶＡＬＩＤ, （）) becomes ASCII and the full-width
//   space a space;
// - ASCII letters become lower case;
// - white space around a line and one pair of 「」, 『』 or "" around the
//   whole line are removed; a byte-order mark is ignored.
//
// A job may hold several lines; blank lines are skipped and every other line
// must be the same code.  Text that is not valid UTF-8 is tried as EUC-JP and
// then as Shift_JIS (CP932): the first reading in which every line is an
// accepted spelling wins, so bytes that happen to be valid in both encodings
// still resolve correctly.
//
// What a text-only printer driver (Windows' "Generic / Text Only") wraps
// around the text is not binary data: printer resets (ESC @) before the text
// and among the white space after it, and DOS end-of-file marks (Ctrl-Z) as
// the last bytes are dropped before anything else is looked at; line ends
// (CR LF) and form feeds are white space anyway.
//

#include "code-private.h"
#include "datafile-private.h"
#include "utf8-private.h"
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>


//
// Local constants...
//

#define LINE_MAX_BYTES	256		// Longest line that can be a code


//
// Local types...
//

typedef struct notice_spelling_s	// One accepted spelling
{
  char			*text;		// Normalised spelling (UTF-8)
  bool			has_notice;	// Does this code print a notice?
  notice_status_t	status;		// Status, if it has a notice
  char			*reason;	// Why no notice is needed, otherwise
} notice_spelling_t;

struct notice_codes_s			// Table of accepted spellings
{
  size_t		count;		// Number of spellings
  notice_spelling_t	*spellings;	// Spellings in file order
};


//
// Local globals...
//

static const char * const legacy_encodings[] =
{					// Tried in order when text is not UTF-8
  "EUC-JP",
  "CP932"
};


//
// Local functions...
//

static const notice_spelling_t *find_spelling(const notice_codes_t *codes, const char *text, size_t length);
static bool	has_control_bytes(const char *bytes, size_t length);
static bool	is_blank(long ch);
static void	copy_printable(char *dst, size_t dstsize, const char *src, size_t srclen);
static bool	normalize_line(const char *line, size_t length, char *buffer, size_t bufsize, size_t *norm_len);
static notice_lookup_t resolve_text(const notice_codes_t *codes, const char *text, size_t length, notice_jobcode_t *jobcode);
static bool	strip_pair(const char **text, size_t *length, const char *open, const char *close);
static void	strip_printer_codes(const char **bytes, size_t *length);
static char	*to_utf8(const char *encoding, const char *bytes, size_t length, size_t *utf8_len);


//
// 'noticeCodesLoad()' - Load the table of accepted spellings.
//
// The caller frees the table with noticeCodesDelete().
//

notice_codes_t *			// O - Table or NULL on error
noticeCodesLoad(
    const char               *data_dir,	// I - Data directory
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char			*text;		// File contents
  size_t		length;		// Length of file
  notice_codes_t	*codes;		// Table


  if ((text = noticeDataFileLoad(data_dir, "codes.txt", &length, cb)) == NULL)
    return (NULL);

  codes = noticeCodesParse(text, length, "codes.txt", cb);
  free(text);

  return (codes);
}


//
// 'noticeCodesParse()' - Parse the table of accepted spellings.
//
// Each record is "RESULT SPELLING" for a code that prints a notice
// ("invalid", "no-record"), or "no-notice SPELLING REASON" for a valid
// result that needs none.  A spelling may appear once after normalisation.
//

notice_codes_t *			// O - Table or NULL on error
noticeCodesParse(
    const char               *text,	// I - File contents
    size_t                   length,	// I - Length in bytes
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_codes_t	*codes;		// Table
  notice_reader_t	reader;		// Reader
  notice_record_t	record;		// Current record
  notice_read_t		status;		// Outcome of reading
  notice_spelling_t	spelling,	// New spelling
			*temp;		// Grown array
  const char		*rest;		// Text after the spelling
  size_t		word_len,	// Length of spelling as written
			rest_len,	// Length of rest
			norm_len;	// Length of normalised spelling
  char			norm[LINE_MAX_BYTES];
					// Normalised spelling


  if (!text || !name)
    return (NULL);

  if (!noticeUTF8IsValid(text, length))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s is not valid UTF-8 - reinstall onshi-notice.", name);
    return (NULL);
  }

  if ((codes = calloc(1, sizeof(notice_codes_t))) == NULL)
    return (NULL);

  noticeDataFileReaderInit(&reader, text, length);

  while ((status = noticeDataFileReaderNext(&reader, &record)) == NOTICE_READ_RECORD)
  {
    memset(&spelling, 0, sizeof(spelling));

    // Result...
    if (!strcmp(record.key, "no-notice"))
      spelling.has_notice = false;
    else if (noticeStatusFromName(record.key, &spelling.status))
      spelling.has_notice = true;
    else
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: unknown result \"%s\" - reinstall onshi-notice.", name, record.number, record.key);
      goto error;
    }

    // Spelling and, for codes without a notice, the reason...
    word_len = noticeDataFileSplitWord(record.value, record.value_len, &rest, &rest_len);
    if (!normalize_line(record.value, word_len, norm, sizeof(norm), &norm_len) || norm_len == 0)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: missing spelling - reinstall onshi-notice.", name, record.number);
      goto error;
    }

    if (!spelling.has_notice && rest_len == 0)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: no-notice needs a reason - reinstall onshi-notice.", name, record.number);
      goto error;
    }

    if (find_spelling(codes, norm, norm_len))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: spelling listed twice - reinstall onshi-notice.", name, record.number);
      goto error;
    }

    // Add it...
    if ((temp = realloc(codes->spellings, (codes->count + 1) * sizeof(notice_spelling_t))) == NULL)
      goto error;

    codes->spellings = temp;
    spelling.text    = noticeDataFileCopyText(norm, norm_len);
    spelling.reason  = spelling.has_notice ? NULL : noticeDataFileCopyText(rest, rest_len);
    codes->spellings[codes->count ++] = spelling;

    if (!spelling.text || (!spelling.has_notice && !spelling.reason))
      goto error;
  }

  if (status == NOTICE_READ_BAD)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: not a record - reinstall onshi-notice.", name, record.number);
    goto error;
  }

  if (codes->count == 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s lists no codes - reinstall onshi-notice.", name);
    goto error;
  }

  return (codes);

  error:

  noticeCodesDelete(codes);
  return (NULL);
}


//
// 'noticeCodesDelete()' - Free a table of spellings.
//

void
noticeCodesDelete(notice_codes_t *codes)// I - Table or NULL
{
  size_t	i;			// Looping var


  if (!codes)
    return;

  for (i = 0; i < codes->count; i ++)
  {
    free(codes->spellings[i].text);
    free(codes->spellings[i].reason);
  }

  free(codes->spellings);
  free(codes);
}


//
// 'noticeCodesGet()' - Get one spelling of the table, in file order.
//
// Spellings are given normalised, as they are compared.
//

bool					// O - `false` past the last spelling
noticeCodesGet(
    const notice_codes_t *codes,	// I - Table
    size_t               n,		// I - Spelling number, from 0
    const char           **spelling,	// O - Normalised spelling
    bool                 *has_notice,	// O - Does it print a notice?
    notice_status_t      *status)	// O - Status, when it does
{
  if (!codes || n >= codes->count || !spelling || !has_notice || !status)
    return (false);

  *spelling   = codes->spellings[n].text;
  *has_notice = codes->spellings[n].has_notice;
  *status     = codes->spellings[n].status;

  return (true);
}


//
// 'noticeCodesLookup()' - Find the status a job's text stands for.
//
// "jobcode" receives the outcome and what a message about it needs; its
// "reason" points into the table and lives as long as the table.
//

notice_lookup_t				// O - Outcome
noticeCodesLookup(
    const notice_codes_t *codes,	// I - Table
    const char           *bytes,	// I - Job bytes
    size_t               length,	// I - Number of bytes
    notice_jobcode_t  *jobcode)	// O - What the text turned out to be
{
  char			*utf8;		// Text converted to UTF-8
  size_t		utf8_len,	// Its length
			i;		// Looping var
  notice_jobcode_t	first;		// Outcome in the first legacy encoding that fits
  bool			converted = false;
					// Did any legacy encoding fit?


  if (!jobcode)
    return (NOTICE_LOOKUP_UNKNOWN);

  memset(&first, 0, sizeof(first));
  memset(jobcode, 0, sizeof(notice_jobcode_t));
  jobcode->lookup = NOTICE_LOOKUP_UNKNOWN;

  if (!codes || !bytes)
    return (NOTICE_LOOKUP_UNKNOWN);

  strip_printer_codes(&bytes, &length);

  // Binary data is refused before any decoding: no encoding we read uses
  // bytes below 0x20 other than white space...
  if (has_control_bytes(bytes, length))
    return (jobcode->lookup = NOTICE_LOOKUP_BINARY);

  // A byte-order mark promises UTF-8...
  if (length >= 3 && !memcmp(bytes, "\xef\xbb\xbf", 3))
  {
    bytes  += 3;
    length -= 3;

    if (!noticeUTF8IsValid(bytes, length))
      return (jobcode->lookup = NOTICE_LOOKUP_BAD_ENCODING);
  }

  if (noticeUTF8IsValid(bytes, length))
  {
    jobcode->encoding = "UTF-8";
    return (resolve_text(codes, bytes, length, jobcode));
  }

  // Otherwise try the encodings Japanese Windows and Unix software write...
  for (i = 0; i < sizeof(legacy_encodings) / sizeof(legacy_encodings[0]); i ++)
  {
    notice_jobcode_t	attempt;	// Outcome in this encoding


    if ((utf8 = to_utf8(legacy_encodings[i], bytes, length, &utf8_len)) == NULL)
      continue;

    memset(&attempt, 0, sizeof(attempt));
    attempt.encoding = legacy_encodings[i];
    resolve_text(codes, utf8, utf8_len, &attempt);
    free(utf8);

    if (attempt.lookup != NOTICE_LOOKUP_UNKNOWN)
    {
      *jobcode = attempt;
      return (jobcode->lookup);
    }

    if (!converted)
      first = attempt;

    converted = true;
  }

  if (!converted)
    return (jobcode->lookup = NOTICE_LOOKUP_BAD_ENCODING);

  *jobcode = first;

  return (jobcode->lookup);
}


//
// 'noticeCodeReadJob()' - Read the whole job, refusing more than fits.
//
// Reads at most one byte more than the buffer holds, so that a large document
// sent to the wrong queue is refused at once instead of being read in full.
//

notice_jobread_t			// O - Outcome
noticeCodeReadJob(
    FILE                     *fp,	// I - Job stream
    char                     *buffer,	// O - Job bytes
    size_t                   bufsize,	// I - Size of buffer
    size_t                   *length,	// O - Bytes read
    const notice_callbacks_t *cb)	// I - Callbacks
{
  size_t	bytes;			// Bytes read this time
  char		extra;			// One byte past the buffer


  if (!fp || !buffer || !length)
    return (NOTICE_JOBREAD_ERROR);

  *length = 0;

  while (*length < bufsize)
  {
    bytes = fread(buffer + *length, 1, bufsize - *length, fp);
    *length += bytes;

    if (noticeIsCanceled(cb))
      return (NOTICE_JOBREAD_CANCELED);

    if (bytes == 0)
    {
      if (feof(fp))
        return (NOTICE_JOBREAD_OK);

      if (ferror(fp) && errno != EINTR)
        return (NOTICE_JOBREAD_ERROR);

      clearerr(fp);
    }
  }

  // The buffer is full: the job is too large unless the stream ends here...
  if (fread(&extra, 1, 1, fp) == 1)
    return (NOTICE_JOBREAD_TOO_LARGE);

  return (noticeIsCanceled(cb) ? NOTICE_JOBREAD_CANCELED : NOTICE_JOBREAD_OK);
}


//
// 'copy_printable()' - Copy text for a log message, cut short if needed.
//
// Whole characters only; control characters become spaces; "..." marks a
// cut.
//

static void
copy_printable(char       *dst,		// O - Copy
               size_t     dstsize,	// I - Size of copy
               const char *src,		// I - UTF-8 text
               size_t     srclen)	// I - Length in bytes
{
  const char	*ptr = src,		// Pointer into text
		*end = src + srclen,	// End of text
		*start;			// Start of this character
  size_t	used = 0,		// Bytes copied
		bytes;			// Bytes of this character
  long		ch;			// Current character


  while (ptr < end)
  {
    start = ptr;

    if ((ch = noticeUTF8Decode(&ptr, end)) < 0)
      break;

    if (ch < 0x20)
      ch = ' ';

    if ((bytes = noticeUTF8Encode(ch, dst + used, dstsize - used - 4)) == 0)
    {
      ptr = start;
      break;
    }

    used += bytes;
  }

  memcpy(dst + used, ptr < end ? "..." : "", ptr < end ? 4 : 1);
}


//
// 'find_spelling()' - Look up a normalised spelling.
//

static const notice_spelling_t *	// O - Spelling or NULL
find_spelling(
    const notice_codes_t *codes,	// I - Table
    const char           *text,		// I - Normalised text
    size_t               length)	// I - Length in bytes
{
  size_t	i;			// Looping var


  for (i = 0; i < codes->count; i ++)
  {
    if (strlen(codes->spellings[i].text) == length && !memcmp(codes->spellings[i].text, text, length))
      return (codes->spellings + i);
  }

  return (NULL);
}


//
// 'has_control_bytes()' - Tell whether bytes hold NUL or control characters.
//
// Tabs, line ends, form feeds and vertical tabs are white space, not control.
//

static bool				// O - `true` if binary
has_control_bytes(const char *bytes,	// I - Bytes
                  size_t     length)	// I - Number of bytes
{
  size_t	i;			// Looping var
  unsigned char	ch;			// Current byte


  for (i = 0; i < length; i ++)
  {
    ch = (unsigned char)bytes[i];

    if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\v' && ch != '\f' && ch != '\r') || ch == 0x7f)
      return (true);
  }

  return (false);
}


//
// 'is_blank()' - Tell whether a character is white space within a line.
//

static bool				// O - `true` for white space
is_blank(long ch)			// I - Character
{
  return (ch == ' ' || ch == '\t' || ch == '\v' || ch == '\f');
}


//
// 'normalize_line()' - Normalise one line of UTF-8 text for comparison.
//
// Returns `false` for a line too long to be a code; a blank line gives
// length 0.
//

static bool				// O - `true` on success
normalize_line(const char *line,	// I - Line (valid UTF-8)
               size_t     length,	// I - Length in bytes
               char       *buffer,	// O - Normalised text
               size_t     bufsize,	// I - Size of buffer
               size_t     *norm_len)	// O - Length of normalised text
{
  const char	*ptr = line,		// Pointer into line
		*end = line + length,	// End of line
		*text;			// Normalised text without the pair
  size_t	used = 0,		// Bytes written
		bytes,			// Bytes of this character
		text_len;		// Length without the pair
  long		ch;			// Current character


  *norm_len = 0;

  // Map character by character...
  while (ptr < end)
  {
    if ((ch = noticeUTF8Decode(&ptr, end)) < 0)
      return (false);

    if (ch == 0xfeff)			// Byte-order mark inside the text
      continue;
    else if (ch == 0x3000)		// Ideographic (full-width) space
      ch = ' ';
    else if (ch >= 0xff01 && ch <= 0xff5e)
      ch -= 0xfee0;			// Full-width ASCII

    if (ch >= 'A' && ch <= 'Z')
      ch += 'a' - 'A';

    if ((bytes = noticeUTF8Encode(ch, buffer + used, bufsize - used - 1)) == 0)
      return (false);

    used += bytes;
  }

  // Trim, then remove one pair of brackets or quotes around the whole line
  // and trim again...
  text     = buffer;
  text_len = used;

  do
  {
    while (text_len > 0 && is_blank(*text))
    {
      text ++;
      text_len --;
    }

    while (text_len > 0 && is_blank(text[text_len - 1]))
      text_len --;
  }
  while (strip_pair(&text, &text_len, "「", "」") || strip_pair(&text, &text_len, "『", "』") || strip_pair(&text, &text_len, "\"", "\""));

  memmove(buffer, text, text_len);
  buffer[text_len] = '\0';
  *norm_len        = text_len;

  return (true);
}


//
// 'resolve_text()' - Resolve UTF-8 text line by line.
//

static notice_lookup_t			// O - Outcome
resolve_text(
    const notice_codes_t *codes,	// I - Table
    const char           *text,		// I - UTF-8 text
    size_t               length,	// I - Length in bytes
    notice_jobcode_t  *jobcode)	// IO - Outcome
{
  const char		*line,		// Start of line
			*end = text + length,
					// End of text
			*eol;		// End of line
  char			norm[LINE_MAX_BYTES];
					// Normalised line
  size_t		norm_len;	// Its length
  const notice_spelling_t *spelling,	// Spelling of this line
			*found = NULL;	// Spelling of the first code line


  for (line = text; line < end; line = eol + 1)
  {
    for (eol = line; eol < end && *eol != '\n' && *eol != '\r'; eol ++);

    if (!normalize_line(line, (size_t)(eol - line), norm, sizeof(norm), &norm_len))
    {
      snprintf(jobcode->line, sizeof(jobcode->line), "(a line of %u bytes)", (unsigned)(eol - line));
      return (jobcode->lookup = NOTICE_LOOKUP_UNKNOWN);
    }

    if (norm_len == 0)
      continue;

    if ((spelling = find_spelling(codes, norm, norm_len)) == NULL)
    {
      copy_printable(jobcode->line, sizeof(jobcode->line), norm, norm_len);
      return (jobcode->lookup = NOTICE_LOOKUP_UNKNOWN);
    }

    if (!spelling->has_notice)
    {
      jobcode->reason = spelling->reason;
      return (jobcode->lookup = NOTICE_LOOKUP_NO_NOTICE);
    }

    if (found && found->status != spelling->status)
      return (jobcode->lookup = NOTICE_LOOKUP_SEVERAL);

    found = spelling;
  }

  if (!found)
    return (jobcode->lookup = NOTICE_LOOKUP_EMPTY);

  jobcode->status = found->status;

  return (jobcode->lookup = NOTICE_LOOKUP_FOUND);
}


//
// 'strip_pair()' - Remove an opening and closing string around text.
//

static bool				// O - `true` if removed
strip_pair(const char **text,		// IO - Text
           size_t     *length,		// IO - Length in bytes
           const char *open,		// I  - Opening string
           const char *close)		// I  - Closing string
{
  size_t	open_len = strlen(open),// Length of opening
		close_len = strlen(close);
					// Length of closing


  if (*length < open_len + close_len || memcmp(*text, open, open_len) || memcmp(*text + *length - close_len, close, close_len))
    return (false);

  *text   += open_len;
  *length -= open_len + close_len;

  return (true);
}


//
// 'strip_printer_codes()' - Drop what a text-only printer driver adds.
//
// Removes printer resets (ESC @) at the start, DOS end-of-file marks
// (Ctrl-Z) at the very end, and printer resets among the white space before
// those.  None of these bytes can be part of a Shift_JIS or EUC-JP
// character, so this works on the bytes before any decoding.  Any other
// control byte, or these anywhere else, stays and makes the job binary.
//

static void
strip_printer_codes(const char **bytes,	// IO - Job bytes
                    size_t     *length)	// IO - Number of bytes
{
  const char	*text = *bytes;		// Start of the text
  size_t	len = *length,		// Length of the text
		end;			// End of the trailing white space scan


  while (len >= 2 && text[0] == 0x1b && text[1] == '@')
  {
    text += 2;
    len  -= 2;
  }

  while (len > 0 && text[len - 1] == 0x1a)
    len --;

  for (end = len; end > 0;)
  {
    if (end >= 2 && text[end - 2] == 0x1b && text[end - 1] == '@')
    {
      end -= 2;
      len  = end;
    }
    else if (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' || text[end - 1] == '\v' || text[end - 1] == '\f' || text[end - 1] == '\r')
      end --;
    else
      break;
  }

  *bytes  = text;
  *length = len;
}


//
// 'to_utf8()' - Convert text from a legacy encoding to UTF-8.
//
// Returns NULL when the bytes are not valid in that encoding.  The caller
// frees the result with free().
//

static char *				// O - UTF-8 text or NULL
to_utf8(const char *encoding,		// I - Encoding of the bytes
        const char *bytes,		// I - Bytes
        size_t     length,		// I - Number of bytes
        size_t     *utf8_len)		// O - Length of UTF-8 text
{
  iconv_t	cd;			// Converter
  char		*utf8,			// Converted text
		*in = (char *)bytes,	// Input pointer (iconv wants it non-const)
		*out;			// Output pointer
  size_t	in_left = length,	// Input left
		out_left,		// Room left
		size;			// Size of output buffer


  if ((cd = iconv_open("UTF-8", encoding)) == (iconv_t)-1)
    return (NULL);

  // Each input byte becomes at most 3 bytes of UTF-8 in these encodings...
  size = 3 * length + 1;
  if ((utf8 = malloc(size)) == NULL)
  {
    iconv_close(cd);
    return (NULL);
  }

  out      = utf8;
  out_left = size - 1;

  if (iconv(cd, &in, &in_left, &out, &out_left) == (size_t)-1 || in_left > 0 || iconv(cd, NULL, NULL, &out, &out_left) == (size_t)-1)
  {
    iconv_close(cd);
    free(utf8);
    return (NULL);
  }

  iconv_close(cd);

  *out      = '\0';
  *utf8_len = (size_t)(out - utf8);

  if (!noticeUTF8IsValid(utf8, *utf8_len))
  {
    free(utf8);
    return (NULL);
  }

  return (utf8);
}
