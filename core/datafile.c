//
// Line-oriented data files (codes and notice texts) for onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "datafile-private.h"
#include "utf8-private.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>


//
// Local functions...
//

static bool	is_blank(char ch);


//
// 'noticeDataFileLoad()' - Read a whole data file into memory.
//
// The file must be valid UTF-8 with no NUL bytes and at most NOTICE_DATA_MAX
// bytes.  The caller frees the returned text with free().
//

char *					// O - Nul-terminated text or NULL on error
noticeDataFileLoad(
    const char               *dir,	// I - Data directory
    const char               *filename,	// I - File name inside it
    size_t                   *length,	// O - Length in bytes
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char		path[1280];		// Full path
  FILE		*fp;			// File
  char		*text;			// Contents
  size_t	bytes;			// Bytes read


  if (!dir || !filename || !length)
    return (NULL);

  *length = 0;

  if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, filename) >= sizeof(path))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Data directory name too long: %s", dir);
    return (NULL);
  }

  if ((fp = fopen(path, "rb")) == NULL)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Notice data file missing: %s (%s) - reinstall onshi-notice.", path, strerror(errno));
    return (NULL);
  }

  if ((text = malloc(NOTICE_DATA_MAX + 2)) == NULL)
  {
    fclose(fp);
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Out of memory reading %s.", path);
    return (NULL);
  }

  bytes = fread(text, 1, NOTICE_DATA_MAX + 1, fp);
  fclose(fp);

  // Check size and encoding before anyone parses the text...
  if (bytes > NOTICE_DATA_MAX)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Notice data file too large: %s - reinstall onshi-notice.", path);
    free(text);
    return (NULL);
  }

  if (!noticeUTF8IsValid(text, bytes))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Notice data file is not valid UTF-8: %s - reinstall onshi-notice.", path);
    free(text);
    return (NULL);
  }

  text[bytes] = '\0';
  *length     = bytes;

  return (text);
}


//
// 'noticeDataFileReaderInit()' - Start reading records from text.
//

void
noticeDataFileReaderInit(
    notice_reader_t *reader,		// O - Reader
    const char      *text,		// I - Text
    size_t          length)		// I - Length in bytes
{
  reader->ptr    = text;
  reader->end    = text ? text + length : NULL;
  reader->number = 0;
}


//
// 'noticeDataFileReaderNext()' - Read the next record, skipping blanks and comments.
//
// A record is a keyword of letters, digits, '-', '.' and '@' (which sets off
// an edition qualifier, "note@current"), white space (spaces or tabs), then
// the value.  Trailing white space and a CR before the newline
// are not part of the value.
//

notice_read_t				// O - Outcome
noticeDataFileReaderNext(
    notice_reader_t *reader,		// I - Reader
    notice_record_t *record)		// O - Record
{
  const char	*line,			// Start of line
		*eol,			// End of line
		*ptr;			// Pointer into line
  size_t	keylen;			// Length of keyword


  while (reader->ptr && reader->ptr < reader->end)
  {
    // Find the line and step the reader past it...
    line = reader->ptr;
    if ((eol = memchr(line, '\n', (size_t)(reader->end - line))) == NULL)
      eol = reader->end;

    reader->ptr = eol < reader->end ? eol + 1 : eol;
    reader->number ++;

    while (eol > line && (is_blank(eol[-1]) || eol[-1] == '\r'))
      eol --;

    // Skip blank lines and comments...
    if (eol == line || *line == '#')
      continue;

    // Keyword...
    for (ptr = line; ptr < eol && !is_blank(*ptr); ptr ++)
    {
      if (!((*ptr >= 'a' && *ptr <= 'z') || (*ptr >= 'A' && *ptr <= 'Z') || (*ptr >= '0' && *ptr <= '9') || *ptr == '-' || *ptr == '.' || *ptr == '@'))
        break;
    }

    keylen         = (size_t)(ptr - line);
    record->number = reader->number;

    if (keylen == 0 || keylen >= sizeof(record->key) || (ptr < eol && !is_blank(*ptr)))
      return (NOTICE_READ_BAD);

    memcpy(record->key, line, keylen);
    record->key[keylen] = '\0';

    // Value...
    while (ptr < eol && is_blank(*ptr))
      ptr ++;

    record->value     = ptr;
    record->value_len = (size_t)(eol - ptr);

    return (NOTICE_READ_RECORD);
  }

  return (NOTICE_READ_END);
}


//
// 'noticeDataFileCopyText()' - Copy counted text into a new nul-terminated string.
//
// The caller frees the copy with free().
//

char *					// O - Copy or NULL on error
noticeDataFileCopyText(const char *text,	// I - Text
               size_t     length)	// I - Length in bytes
{
  char	*copy;				// Copy


  if (!text || (copy = malloc(length + 1)) == NULL)
    return (NULL);

  memcpy(copy, text, length);
  copy[length] = '\0';

  return (copy);
}


//
// 'noticeDataFileSplitWord()' - Split the first word off counted text.
//
// Words are separated by spaces or tabs.
//

size_t					// O - Length of the first word
noticeDataFileSplitWord(const char *text,	// I - Text
                size_t     length,	// I - Length in bytes
                const char **rest,	// O - Text after the word and white space
                size_t     *rest_len)	// O - Length of the rest
{
  size_t	wordlen,		// Length of word
		skip;			// Length of word and white space


  for (wordlen = 0; wordlen < length && !is_blank(text[wordlen]); wordlen ++);
  for (skip = wordlen; skip < length && is_blank(text[skip]); skip ++);

  *rest     = text + skip;
  *rest_len = length - skip;

  return (wordlen);
}


//
// 'is_blank()' - Tell whether a byte is a space or tab.
//

static bool				// O - `true` for space or tab
is_blank(char ch)			// I - Byte
{
  return (ch == ' ' || ch == '\t');
}
