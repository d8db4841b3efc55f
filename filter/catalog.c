//
// The notice catalog: texts of the patient notice, read from data files.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// A notice text file ("LANG.notice", format in data/README.md) holds one
// record a line.  Parsing is strict: an unknown keyword, a repeated single
// field or a missing required field rejects the whole file, so that a damaged
// installation never prints a notice with a part missing.
//

#include "catalog.h"
#include "datafile.h"
#include "log.h"
#include "utf8.h"
#include <stdlib.h>
#include <string.h>


//
// Local functions...
//

static bool	is_language_tag(const char *language);
static bool	set_field(char **field, const notice_record_t *record, const char *name, const notice_callbacks_t *cb);


//
// 'noticeContentLoad()' - Load the notice text for a language.
//
// The language must be a plain tag ("ja", "pt-BR"); it never names a path.
// The caller frees the content with noticeContentDelete().
//

notice_content_t *			// O - Content or NULL on error
noticeContentLoad(
    const char               *data_dir,	// I - Data directory
    const char               *language,	// I - Language tag
    const notice_callbacks_t *cb)	// I - Callbacks
{
  char			filename[64];	// Name of notice file
  char			*text;		// File contents
  size_t		length;		// Length of file
  notice_content_t	*content;	// Content


  if (!language || !is_language_tag(language))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unsupported notice language \"%s\".", language ? language : "");
    return (NULL);
  }

  snprintf(filename, sizeof(filename), "%s.notice", language);

  if ((text = noticeDataLoad(data_dir, filename, &length, cb)) == NULL)
    return (NULL);

  content = noticeContentParse(text, length, filename, cb);
  free(text);

  if (content && strcmp(content->language, language))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s says its language is \"%s\" - reinstall onshi-notice.", filename, content->language);
    noticeContentDelete(content);
    content = NULL;
  }

  return (content);
}


//
// 'noticeContentParse()' - Parse a notice text file.
//

notice_content_t *			// O - Content or NULL on error
noticeContentParse(
    const char               *text,	// I - File contents
    size_t                   length,	// I - Length in bytes
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_content_t	*content;	// Content
  notice_reader_t	reader;		// Reader
  notice_record_t	record;		// Current record
  notice_read_t		status;		// Outcome of reading
  notice_block_t	*block;		// New block
  const char		*rest;		// Text after the marker
  size_t		marker_len,	// Length of marker
			rest_len;	// Length of text
  int			i;		// Looping var
  bool			ok = true;	// Still valid?


  if (!text || !name)
    return (NULL);

  if (!noticeUTF8IsValid(text, length))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s is not valid UTF-8 - reinstall onshi-notice.", name);
    return (NULL);
  }

  if ((content = calloc(1, sizeof(notice_content_t))) == NULL)
    return (NULL);

  noticeReaderInit(&reader, text, length);

  while (ok && (status = noticeReaderNext(&reader, &record)) == NOTICE_READ_RECORD)
  {
    if (record.value_len == 0)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"%s\" has no text - reinstall onshi-notice.", name, record.number, record.key);
      ok = false;
    }
    else if (!strcmp(record.key, "paragraph") || !strcmp(record.key, "note"))
    {
      // A marked block: "paragraph MARKER TEXT" or "note MARKER TEXT"...
      marker_len = noticeSplitWord(record.value, record.value_len, &rest, &rest_len);

      if (rest_len == 0)
      {
        noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"%s\" needs a marker and text - reinstall onshi-notice.", name, record.number, record.key);
        ok = false;
      }
      else if (content->num_blocks >= NOTICE_BLOCKS_MAX)
      {
        noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: more than %d blocks - reinstall onshi-notice.", name, record.number, NOTICE_BLOCKS_MAX);
        ok = false;
      }
      else
      {
        block         = content->blocks + content->num_blocks ++;
        block->kind   = !strcmp(record.key, "note") ? NOTICE_BLOCK_NOTE : NOTICE_BLOCK_PARAGRAPH;
        block->marker = noticeCopyText(record.value, marker_len);
        block->text   = noticeCopyText(rest, rest_len);
        ok            = block->marker && block->text;
      }
    }
    else if (!strcmp(record.key, "language"))
      ok = set_field(&content->language, &record, name, cb);
    else if (!strcmp(record.key, "fonts"))
      ok = set_field(&content->fonts, &record, name, cb);
    else if (!strcmp(record.key, "font-package"))
      ok = set_field(&content->font_package, &record, name, cb);
    else if (!strcmp(record.key, "title"))
      ok = set_field(&content->title, &record, name, cb);
    else if (!strcmp(record.key, "subtitle"))
      ok = set_field(&content->subtitle, &record, name, cb);
    else if (!strcmp(record.key, "source"))
      ok = set_field(&content->source, &record, name, cb);
    else if (!strncmp(record.key, "result.", 7))
    {
      // Result box label: "result.invalid", "result.no-record"...
      for (i = 0; i < NOTICE_RESULT_COUNT; i ++)
      {
        if (!strcmp(record.key + 7, noticeResultName((notice_result_t)i)))
          break;
      }

      if (i < NOTICE_RESULT_COUNT)
      {
        ok = set_field(content->result_label + i, &record, name, cb);
      }
      else
      {
        noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: unknown result \"%s\" - reinstall onshi-notice.", name, record.number, record.key + 7);
        ok = false;
      }
    }
    else
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: unknown keyword \"%s\" - reinstall onshi-notice.", name, record.number, record.key);
      ok = false;
    }
  }

  if (ok && status == NOTICE_READ_BAD)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: not a record - reinstall onshi-notice.", name, record.number);
    ok = false;
  }

  // Check that nothing required is missing...
  if (ok)
  {
    const char *missing = NULL;		// Name of a missing field

    if (!content->language)
      missing = "language";
    else if (!is_language_tag(content->language))
      missing = "a valid language";
    else if (!content->fonts)
      missing = "fonts";
    else if (!content->font_package)
      missing = "font-package";
    else if (!content->title)
      missing = "title";
    else if (content->num_blocks == 0 || content->blocks[0].kind != NOTICE_BLOCK_PARAGRAPH)
      missing = "a paragraph before any note";

    for (i = 0; !missing && i < NOTICE_RESULT_COUNT; i ++)
    {
      if (!content->result_label[i])
        missing = "a result label for every result";
    }

    if (missing)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s lacks %s - reinstall onshi-notice.", name, missing);
      ok = false;
    }
  }

  if (!ok)
  {
    noticeContentDelete(content);
    return (NULL);
  }

  return (content);
}


//
// 'noticeContentDelete()' - Free notice content.
//

void
noticeContentDelete(
    notice_content_t *content)		// I - Content or NULL
{
  size_t	i;			// Looping var


  if (!content)
    return;

  free(content->language);
  free(content->fonts);
  free(content->font_package);
  free(content->title);
  free(content->subtitle);
  free(content->source);

  for (i = 0; i < NOTICE_RESULT_COUNT; i ++)
    free(content->result_label[i]);

  for (i = 0; i < content->num_blocks; i ++)
  {
    free(content->blocks[i].marker);
    free(content->blocks[i].text);
  }

  free(content);
}


//
// 'is_language_tag()' - Tell whether a string is a plain language tag.
//
// Letters, digits and '-' only, at most 15 characters: such a tag can be
// part of a file name but can never leave the data directory.
//

static bool				// O - `true` if valid
is_language_tag(const char *language)	// I - Language tag
{
  const char	*ptr;			// Pointer into tag


  if (!*language || strlen(language) > 15 || *language == '-')
    return (false);

  for (ptr = language; *ptr; ptr ++)
  {
    if (!((*ptr >= 'a' && *ptr <= 'z') || (*ptr >= 'A' && *ptr <= 'Z') || (*ptr >= '0' && *ptr <= '9') || *ptr == '-'))
      return (false);
  }

  return (true);
}


//
// 'set_field()' - Set a field that may appear once.
//

static bool				// O - `true` on success
set_field(
    char                     **field,	// IO - Field
    const notice_record_t    *record,	// I  - Record
    const char               *name,	// I  - File name for messages
    const notice_callbacks_t *cb)	// I  - Callbacks
{
  if (*field)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"%s\" given twice - reinstall onshi-notice.", name, record->number, record->key);
    return (false);
  }

  return ((*field = noticeCopyText(record->value, record->value_len)) != NULL);
}
