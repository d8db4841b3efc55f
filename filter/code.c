//
// Reading a job and resolving the status code it holds.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The accepted spellings live in the data file "codes.txt" (see
// data/README.md); this module only reads the job and looks its text up.
//

#include "code.h"
#include "datafile.h"
#include "log.h"
#include "utf8.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>


//
// Local types...
//

typedef struct notice_spelling_s	// One accepted spelling
{
  char			*text;		// Spelling (UTF-8)
  notice_result_t	result;		// Result it stands for
} notice_spelling_t;

struct notice_codes_s			// Table of accepted spellings
{
  size_t		count;		// Number of spellings
  notice_spelling_t	*spellings;	// Spellings in file order
};


//
// Local functions...
//

static bool	is_space(char ch);
static void	trim_space(const char **text, size_t *length);


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


  if ((text = noticeDataLoad(data_dir, "codes.txt", &length, cb)) == NULL)
    return (NULL);

  codes = noticeCodesParse(text, length, "codes.txt", cb);
  free(text);

  return (codes);
}


//
// 'noticeCodesParse()' - Parse the table of accepted spellings.
//
// Each record is "RESULT SPELLING [comment]".  A spelling may appear once.
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
  notice_result_t	result;		// Result of record
  notice_spelling_t	*temp;		// Grown array
  const char		*rest;		// Text after the spelling
  size_t		spelling_len,	// Length of spelling
			rest_len,	// Length of rest
			i;		// Looping var


  if (!text || !name)
    return (NULL);

  if (!noticeUTF8IsValid(text, length))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s is not valid UTF-8 - reinstall onshi-notice.", name);
    return (NULL);
  }

  if ((codes = calloc(1, sizeof(notice_codes_t))) == NULL)
    return (NULL);

  noticeReaderInit(&reader, text, length);

  while ((status = noticeReaderNext(&reader, &record)) == NOTICE_READ_RECORD)
  {
    // Validate the record...
    if (!noticeResultFromName(record.key, &result))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: unknown result \"%s\" - reinstall onshi-notice.", name, record.number, record.key);
      goto error;
    }

    spelling_len = noticeSplitWord(record.value, record.value_len, &rest, &rest_len);
    if (spelling_len == 0)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: missing spelling - reinstall onshi-notice.", name, record.number);
      goto error;
    }

    for (i = 0; i < codes->count; i ++)
    {
      if (strlen(codes->spellings[i].text) == spelling_len && !memcmp(codes->spellings[i].text, record.value, spelling_len))
      {
        noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: spelling listed twice - reinstall onshi-notice.", name, record.number);
        goto error;
      }
    }

    // Add it...
    if ((temp = realloc(codes->spellings, (codes->count + 1) * sizeof(notice_spelling_t))) == NULL)
      goto error;

    codes->spellings = temp;
    codes->spellings[codes->count].result = result;
    if ((codes->spellings[codes->count].text = noticeCopyText(record.value, spelling_len)) == NULL)
      goto error;

    codes->count ++;
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
    free(codes->spellings[i].text);

  free(codes->spellings);
  free(codes);
}


//
// 'noticeCodesList()' - List the accepted spellings for a message.
//
// The list is comma-separated and cut short, never mid-character, when the
// buffer is too small.
//

size_t					// O - Length of list
noticeCodesList(
    const notice_codes_t *codes,	// I - Table
    char                 *buffer,	// O - List
    size_t               bufsize)	// I - Size of buffer
{
  size_t	used = 0,		// Bytes used
		len,			// Length of spelling
		i;			// Looping var


  if (!buffer || bufsize == 0)
    return (0);

  buffer[0] = '\0';

  for (i = 0; codes && i < codes->count; i ++)
  {
    len = strlen(codes->spellings[i].text);
    if (used + len + 3 > bufsize)
      break;

    if (used > 0)
    {
      memcpy(buffer + used, ", ", 2);
      used += 2;
    }

    memcpy(buffer + used, codes->spellings[i].text, len + 1);
    used += len;
  }

  return (used);
}


//
// 'noticeCodesResolve()' - Find the result a job's text stands for.
//
// White space around the code, line ends included, is ignored.
//

notice_code_t				// O - Outcome
noticeCodesResolve(
    const notice_codes_t *codes,	// I - Table
    const char           *text,		// I - Job text
    size_t               length,	// I - Length in bytes
    notice_result_t      *result)	// O - Result
{
  size_t	i;			// Looping var


  if (!codes || !text || !result)
    return (NOTICE_CODE_UNKNOWN);

  if (memchr(text, '\0', length) || !noticeUTF8IsValid(text, length))
    return (NOTICE_CODE_NOT_TEXT);

  trim_space(&text, &length);

  if (length == 0)
    return (NOTICE_CODE_EMPTY);

  for (i = 0; i < codes->count; i ++)
  {
    if (strlen(codes->spellings[i].text) == length && !memcmp(codes->spellings[i].text, text, length))
    {
      *result = codes->spellings[i].result;
      return (NOTICE_CODE_OK);
    }
  }

  return (NOTICE_CODE_UNKNOWN);
}


//
// 'noticeJobRead()' - Read the whole job, refusing more than fits.
//
// Reads at most one byte more than the buffer holds, so that a large document
// sent to the wrong queue is refused at once instead of being read in full.
//

notice_jobread_t			// O - Outcome
noticeJobRead(
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
// 'is_space()' - Tell whether a byte is ASCII white space.
//

static bool				// O - `true` for white space
is_space(char ch)			// I - Byte
{
  return (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '\f' || ch == '\v');
}


//
// 'trim_space()' - Trim ASCII white space from both ends of counted text.
//

static void
trim_space(const char **text,		// IO - Text
           size_t     *length)		// IO - Length in bytes
{
  while (*length > 0 && is_space(**text))
  {
    (*text) ++;
    (*length) --;
  }

  while (*length > 0 && is_space((*text)[*length - 1]))
    (*length) --;
}
