//
// Line-oriented data files (codes and notice texts) for onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Both data formats share one shape, described in data/README.md: UTF-8 text,
// one record a line, a keyword, white space, then the value up to the end of
// the line.  Blank lines and lines starting with '#' are skipped.
//

#ifndef NOTICE_DATAFILE_PRIVATE_H
#  define NOTICE_DATAFILE_PRIVATE_H
#  include "core-private.h"

#  define NOTICE_DATA_MAX	65536	// Largest data file in bytes

typedef struct notice_reader_s		// Position in a data file's text
{
  const char	*ptr;			// Next unread byte
  const char	*end;			// End of text
  int		number;			// Number of the last line read
} notice_reader_t;

typedef struct notice_record_s		// One record of a data file
{
  int		number;			// Line number, from 1
  char		key[32];		// Keyword
  const char	*value;			// Value (not nul-terminated)
  size_t	value_len;		// Length of value in bytes
} notice_record_t;

typedef enum notice_read_e		// Outcome of reading one record
{
  NOTICE_READ_END,			// No more records
  NOTICE_READ_RECORD,			// A record was read
  NOTICE_READ_BAD			// The line is not a record
} notice_read_t;

extern char		*noticeDataFileLoad(const char *dir, const char *filename, size_t *length, const notice_callbacks_t *cb);
extern void		noticeDataFileReaderInit(notice_reader_t *reader, const char *text, size_t length);
extern notice_read_t	noticeDataFileReaderNext(notice_reader_t *reader, notice_record_t *record);
extern char		*noticeDataFileCopyText(const char *text, size_t length);
extern size_t		noticeDataFileSplitWord(const char *text, size_t length, const char **rest, size_t *rest_len);

#endif // !NOTICE_DATAFILE_PRIVATE_H
