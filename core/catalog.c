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
// installation never prints a notice with a part missing.  A keyword may
// carry an edition qualifier ("note@current"): such a record is read only for
// that edition.
//

#include "catalog-private.h"
#include "datafile-private.h"
#include "utf8-private.h"
#include <dirent.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>


//
// Local globals...
//

static const char * const date_fields[] =
{					// Placeholders of a date template
  "year",
  "month",
  "day",
  "month-name",
  "era",
  "era-year"
};

static const char * const clinic_fields[] =
{					// Placeholders of a clinic template
  "clinic"
};

static const struct
{
  const char	*key;			// Keyword
  size_t	offset;			// Offset of its char * in notice_content_t
} text_fields[] =
{					// Records that are one line of text
  { "language",		offsetof(notice_content_t, language) },
  { "language-name",	offsetof(notice_content_t, language_name) },
  { "original",		offsetof(notice_content_t, original) },
  { "translation-mark",	offsetof(notice_content_t, translation_mark) },
  { "fonts",		offsetof(notice_content_t, fonts) },
  { "font-package",	offsetof(notice_content_t, font_package) },
  { "title",		offsetof(notice_content_t, title) },
  { "subtitle",		offsetof(notice_content_t, subtitle) },
  { "edition-note",	offsetof(notice_content_t, edition_note) },
  { "source",		offsetof(notice_content_t, source) },
  { "original-heading",	offsetof(notice_content_t, original_heading) },
  { "date",		offsetof(notice_content_t, date_format) },
  { "era-first-year",	offsetof(notice_content_t, era_first_year) },
  { "clinic",		offsetof(notice_content_t, clinic_format) },
  { "sample",		offsetof(notice_content_t, sample) },
  { "sample-note",	offsetof(notice_content_t, sample_note) }
};


//
// Local functions...
//

static bool	apply_record(notice_content_t *content, const notice_record_t *record, const char *name, const notice_callbacks_t *cb);
static int	compare_tags(const void *a, const void *b);
static bool	is_language_tag(const char *language);
static bool	parse_block(notice_content_t *content, const notice_record_t *record, const char *name, const notice_callbacks_t *cb);
static bool	parse_era(notice_content_t *content, const notice_record_t *record, const char *name, const notice_callbacks_t *cb);
static bool	parse_line_break(notice_content_t *content, const notice_record_t *record, const char *name, const notice_callbacks_t *cb);
static bool	parse_month_names(notice_content_t *content, const notice_record_t *record, const char *name, const notice_callbacks_t *cb);
static bool	parse_status_label(notice_content_t *content, const notice_record_t *record, const char *name, const notice_callbacks_t *cb);
static bool	scan_template(const char *format, const char * const *names, size_t count, int *uses);
static bool	set_field(char **field, const notice_record_t *record, const char *name, const notice_callbacks_t *cb);
static const char *validate(notice_content_t *content);


//
// 'noticeCatalogCanonicalTag()' - Check a language tag and put it in canonical case.
//
// Accepts tags such as "ja", "pt-br", "zh_CN" and writes "ja", "pt-BR",
// "zh-CN": the language in lower case, a two-letter region in upper case, a
// four-letter script in title case.  A valid tag never names a path.
//

bool					// O - `true` if the value is a valid tag
noticeCatalogCanonicalTag(
    const char *value,			// I - Tag as given
    char       *tag,			// O - Canonical tag
    size_t     tagsize)			// I - Size of tag buffer
{
  size_t	len,			// Length of value
		i,			// Position in value
		j,			// Position in subtag
		start = 0,		// Start of current subtag
		sublen;			// Length of current subtag
  int		subtag = 0;		// Number of current subtag
  char		ch;			// Current character


  if (!value || !tag || tagsize < NOTICE_TAG_MAX)
    return (false);

  len = strlen(value);
  if (len < 2 || len >= NOTICE_TAG_MAX)
    return (false);

  // Copy in lower case, then fix each subtag's case at its end...
  for (i = 0; i <= len; i ++)
  {
    ch = value[i];

    if (ch == '\0' || ch == '-' || ch == '_')
    {
      sublen = i - start;
      if (sublen == 0 || sublen > 8 || (subtag == 0 && (sublen < 2 || sublen > 3)))
        return (false);

      for (j = start; j < i; j ++)
      {
        if (subtag == 0 && !(tag[j] >= 'a' && tag[j] <= 'z'))
          return (false);		// The language is letters only
        if (subtag > 0 && (sublen == 2 || (sublen == 4 && j == start)) && tag[j] >= 'a' && tag[j] <= 'z')
          tag[j] = (char)(tag[j] - 'a' + 'A');
      }

      tag[i] = ch ? '-' : '\0';
      start  = i + 1;
      subtag ++;
    }
    else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
      tag[i] = ch;
    else if (ch >= 'A' && ch <= 'Z')
      tag[i] = (char)(ch - 'A' + 'a');
    else
      return (false);
  }

  return (true);
}


//
// 'noticeCatalogHasLanguage()' - Tell whether a language is installed.
//

bool					// O - `true` if "LANG.notice" exists
noticeCatalogHasLanguage(
    const char *data_dir,		// I - Data directory
    const char *language)		// I - Language tag
{
  char		path[1280];		// Path of notice file
  struct stat	info;			// File information


  if (!data_dir || !language || !is_language_tag(language))
    return (false);

  if ((size_t)snprintf(path, sizeof(path), "%s/%s.notice", data_dir, language) >= sizeof(path))
    return (false);

  return (!stat(path, &info) && S_ISREG(info.st_mode));
}


//
// 'noticeLanguageInfo()' - Describe an installed language.
//
// The name of the language in itself, whether it is a reference translation,
// and the text of the status box for each status, as its notice prints them.
//

bool					// O - `true` if installed and readable
noticeLanguageInfo(
    const char               *data_dir,	// I - Data directory
    const char               *tag,	// I - Language tag
    notice_language_t        *info,	// O - Description
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_content_t	*content;	// The language's notice text
  int			i;		// Looping var


  if (!info)
    return (false);

  memset(info, 0, sizeof(notice_language_t));

  if (!tag || (content = noticeContentLoad(data_dir, tag, cb)) == NULL)
    return (false);

  snprintf(info->tag, sizeof(info->tag), "%s", content->language);
  snprintf(info->name, sizeof(info->name), "%s", content->language_name);
  info->translation = content->original != NULL;

  for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
    snprintf(info->status_label[i], sizeof(info->status_label[i]), "%s", content->status_label[i]);

  noticeContentDelete(content);

  return (true);
}


//
// 'noticeLanguageList()' - List the installed languages.
//
// The original language comes first, the others follow in tag order.
//

size_t					// O - Number of languages
noticeLanguageList(
    const char *data_dir,		// I - Data directory
    char       tags[][NOTICE_TAG_MAX],	// O - Language tags
    size_t     max)			// I - Size of tags array
{
  DIR		*dir;			// Directory
  struct dirent	*entry;			// Directory entry
  size_t	count = 0,		// Languages found
		len;			// Length of name
  char		tag[NOTICE_TAG_MAX];	// Tag part of name


  if (!data_dir || !tags || (dir = opendir(data_dir)) == NULL)
    return (0);

  while (count < max && (entry = readdir(dir)) != NULL)
  {
    len = strlen(entry->d_name);
    if (len <= 7 || len - 7 >= sizeof(tag) || strcmp(entry->d_name + len - 7, ".notice"))
      continue;

    memcpy(tag, entry->d_name, len - 7);
    tag[len - 7] = '\0';

    if (is_language_tag(tag))
      strncpy(tags[count ++], tag, NOTICE_TAG_MAX);
  }

  closedir(dir);

  qsort(tags, count, sizeof(tags[0]), compare_tags);

  return (count);
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
  free(content->language_name);
  free(content->original);
  free(content->translation_mark);
  free(content->fonts);
  free(content->font_package);
  free(content->title);
  free(content->subtitle);
  free(content->edition_note);
  free(content->source);
  free(content->original_heading);
  free(content->date_format);
  free(content->era_first_year);
  free(content->clinic_format);
  free(content->sample);
  free(content->sample_note);

  for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
    free(content->status_label[i]);

  for (i = 0; i < 12; i ++)
    free(content->month_names[i]);

  for (i = 0; i < content->num_eras; i ++)
    free(content->eras[i].name);

  for (i = 0; i < content->num_blocks; i ++)
  {
    free(content->blocks[i].marker);
    free(content->blocks[i].text);
  }

  free(content);
}


//
// 'noticeContentFormat()' - Fill the {name} placeholders of a template.
//
// Fails when the template names a placeholder that is not given or when the
// result does not fit the buffer.
//

bool					// O - `true` on success
noticeContentFormat(
    const char         *format,		// I - Template
    const char * const *names,		// I - Placeholder names
    const char * const *values,		// I - Their values
    size_t             count,		// I - Number of names
    char               *buffer,		// O - Result
    size_t             bufsize)		// I - Size of buffer
{
  const char	*ptr,			// Pointer into template
		*end;			// End of placeholder name
  char		*out = buffer,		// Pointer into buffer
		*outend = buffer + bufsize - 1;
					// Last byte for the nul
  size_t	i,			// Looping var
		len;			// Length of text to copy


  if (!format || !buffer || bufsize == 0)
    return (false);

  for (ptr = format; *ptr; ptr ++)
  {
    if (*ptr == '{')
    {
      if ((end = strchr(ptr, '}')) == NULL)
        return (false);

      for (i = 0; i < count; i ++)
      {
        if (strlen(names[i]) == (size_t)(end - ptr - 1) && !strncmp(ptr + 1, names[i], (size_t)(end - ptr - 1)))
          break;
      }

      if (i >= count || !values[i])
        return (false);

      len = strlen(values[i]);
      if (len > (size_t)(outend - out))
        return (false);

      memcpy(out, values[i], len);
      out += len;
      ptr  = end;
    }
    else if (*ptr == '}' || out >= outend)
      return (false);
    else
      *out++ = *ptr;
  }

  *out = '\0';

  return (true);
}


//
// 'noticeContentLoad()' - Load the notice text of the 2023 edition.
//

notice_content_t *			// O - Content or NULL on error
noticeContentLoad(
    const char               *data_dir,	// I - Data directory
    const char               *language,	// I - Language tag
    const notice_callbacks_t *cb)	// I - Callbacks
{
  return (noticeContentLoadEdition(data_dir, language, NOTICE_EDITION_2023, cb));
}


//
// 'noticeContentLoadEdition()' - Load the notice text for a language and edition.
//
// The language must be a plain tag ("ja", "pt-BR"); it never names a path.
// The caller frees the content with noticeContentDelete().
//

notice_content_t *			// O - Content or NULL on error
noticeContentLoadEdition(
    const char               *data_dir,	// I - Data directory
    const char               *language,	// I - Language tag
    notice_edition_t         edition,	// I - Edition
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

  if ((text = noticeDataFileLoad(data_dir, filename, &length, cb)) == NULL)
    return (NULL);

  content = noticeContentParseEdition(text, length, filename, edition, cb);
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
// 'noticeContentParse()' - Parse the 2023 edition of a notice text file.
//

notice_content_t *			// O - Content or NULL on error
noticeContentParse(
    const char               *text,	// I - File contents
    size_t                   length,	// I - Length in bytes
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  return (noticeContentParseEdition(text, length, name, NOTICE_EDITION_2023, cb));
}


//
// 'noticeContentParseEdition()' - Parse one edition of a notice text file.
//
// Records qualified for another edition are skipped; their qualifier must
// still name a known edition.
//

notice_content_t *			// O - Content or NULL on error
noticeContentParseEdition(
    const char               *text,	// I - File contents
    size_t                   length,	// I - Length in bytes
    const char               *name,	// I - File name for messages
    notice_edition_t         edition,	// I - Edition to read
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_content_t	*content;	// Content
  notice_reader_t	reader;		// Reader
  notice_record_t	record;		// Current record
  notice_read_t		status;		// Outcome of reading
  notice_edition_t	qualifier;	// Edition a record is for
  char			*at;		// Edition qualifier in keyword
  const char		*missing;	// What a valid file lacks
  bool			ok = true;	// Still valid?


  if (!text || !name || (unsigned)edition >= NOTICE_EDITION_COUNT)
    return (NULL);

  if (!noticeUTF8IsValid(text, length))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s is not valid UTF-8 - reinstall onshi-notice.", name);
    return (NULL);
  }

  if ((content = calloc(1, sizeof(notice_content_t))) == NULL)
    return (NULL);

  content->edition = edition;

  noticeDataFileReaderInit(&reader, text, length);

  while (ok && (status = noticeDataFileReaderNext(&reader, &record)) == NOTICE_READ_RECORD)
  {
    // Split off and check an edition qualifier, skip other editions...
    if ((at = strchr(record.key, '@')) != NULL)
    {
      *at++ = '\0';

      if (!noticeEditionFromName(at, &qualifier) || strcmp(at, noticeEditionName(qualifier)))
      {
        noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: unknown edition \"%s\" - reinstall onshi-notice.", name, record.number, at);
        ok = false;
        break;
      }

      if (qualifier != edition)
        continue;
    }

    ok = apply_record(content, &record, name, cb);
  }

  if (ok && status == NOTICE_READ_BAD)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: not a record - reinstall onshi-notice.", name, record.number);
    ok = false;
  }

  // Check that nothing required is missing and that the parts agree...
  if (ok && (missing = validate(content)) != NULL)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s lacks %s - reinstall onshi-notice.", name, missing);
    ok = false;
  }

  if (!ok)
  {
    noticeContentDelete(content);
    return (NULL);
  }

  return (content);
}


//
// 'apply_record()' - Put one record of a notice text file into the content.
//

static bool				// O - `true` if valid
apply_record(
    notice_content_t         *content,	// I - Content
    const notice_record_t    *record,	// I - Record, edition qualifier removed
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  size_t	i;			// Looping var


  if (record->value_len == 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"%s\" has no text - reinstall onshi-notice.", name, record->number, record->key);
    return (false);
  }

  for (i = 0; i < sizeof(text_fields) / sizeof(text_fields[0]); i ++)
  {
    if (!strcmp(record->key, text_fields[i].key))
      return (set_field((char **)((char *)content + text_fields[i].offset), record, name, cb));
  }

  if (!strcmp(record->key, "paragraph") || !strcmp(record->key, "note"))
    return (parse_block(content, record, name, cb));
  else if (!strcmp(record->key, "line-break"))
    return (parse_line_break(content, record, name, cb));
  else if (!strcmp(record->key, "month-names"))
    return (parse_month_names(content, record, name, cb));
  else if (!strcmp(record->key, "era"))
    return (parse_era(content, record, name, cb));
  else if (!strncmp(record->key, "result.", 7))
    return (parse_status_label(content, record, name, cb));

  noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: unknown keyword \"%s\" - reinstall onshi-notice.", name, record->number, record->key);

  return (false);
}


//
// 'compare_tags()' - Order language tags: the original first, then by tag.
//

static int				// O - Result of comparison
compare_tags(const void *a,		// I - First tag
             const void *b)		// I - Second tag
{
  const char	*ta = (const char *)a,	// First tag
		*tb = (const char *)b;	// Second tag


  if (!strcmp(ta, NOTICE_LANGUAGE_DEFAULT))
    return (strcmp(tb, NOTICE_LANGUAGE_DEFAULT) ? -1 : 0);
  else if (!strcmp(tb, NOTICE_LANGUAGE_DEFAULT))
    return (1);
  else
    return (strcmp(ta, tb));
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


  if (!*language || strlen(language) >= NOTICE_TAG_MAX || *language == '-')
    return (false);

  for (ptr = language; *ptr; ptr ++)
  {
    if (!((*ptr >= 'a' && *ptr <= 'z') || (*ptr >= 'A' && *ptr <= 'Z') || (*ptr >= '0' && *ptr <= '9') || *ptr == '-'))
      return (false);
  }

  return (true);
}


//
// 'parse_block()' - Parse a marked block: "paragraph MARKER TEXT" or "note MARKER TEXT".
//

static bool				// O - `true` if valid
parse_block(
    notice_content_t         *content,	// I - Content
    const notice_record_t    *record,	// I - Record
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_block_t	*block;		// New block
  const char		*rest;		// Text after the marker
  size_t		marker_len,	// Length of marker
			rest_len;	// Length of text


  marker_len = noticeDataFileSplitWord(record->value, record->value_len, &rest, &rest_len);

  if (rest_len == 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"%s\" needs a marker and text - reinstall onshi-notice.", name, record->number, record->key);
    return (false);
  }

  if (content->num_blocks >= NOTICE_BLOCKS_MAX)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: more than %d blocks - reinstall onshi-notice.", name, record->number, NOTICE_BLOCKS_MAX);
    return (false);
  }

  block         = content->blocks + content->num_blocks ++;
  block->kind   = !strcmp(record->key, "note") ? NOTICE_BLOCK_NOTE : NOTICE_BLOCK_PARAGRAPH;
  block->marker = noticeDataFileCopyText(record->value, marker_len);
  block->text   = noticeDataFileCopyText(rest, rest_len);

  return (block->marker && block->text);
}


//
// 'parse_era()' - Parse an "era YYYY-MM-DD NAME" record.
//
// Eras must come oldest first.
//

static bool				// O - `true` on success
parse_era(
    notice_content_t         *content,	// I - Content
    const notice_record_t    *record,	// I - Record
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  static const int days_in_month[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
					// Longest month lengths
  const char	*rest;			// Name of the era
  size_t	date_len,		// Length of the date
		rest_len;		// Length of the name
  notice_era_t	*era;			// New era
  const char	*v = record->value;	// Value
  size_t	i;			// Looping var


  date_len = noticeDataFileSplitWord(record->value, record->value_len, &rest, &rest_len);

  // YYYY-MM-DD, digits only...
  for (i = 0; date_len == 10 && i < 10; i ++)
  {
    if ((i == 4 || i == 7) ? v[i] != '-' : (v[i] < '0' || v[i] > '9'))
      break;
  }

  if (date_len != 10 || i < 10 || rest_len == 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"era\" needs YYYY-MM-DD and a name - reinstall onshi-notice.", name, record->number);
    return (false);
  }

  if (content->num_eras >= NOTICE_ERAS_MAX)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: more than %d eras - reinstall onshi-notice.", name, record->number, NOTICE_ERAS_MAX);
    return (false);
  }

  era        = content->eras + content->num_eras;
  era->year  = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
  era->month = (v[5] - '0') * 10 + (v[6] - '0');
  era->day   = (v[8] - '0') * 10 + (v[9] - '0');

  if (era->year < 1 || era->month < 1 || era->month > 12 || era->day < 1 || era->day > days_in_month[era->month - 1])
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"era\" has an impossible date - reinstall onshi-notice.", name, record->number);
    return (false);
  }

  if (content->num_eras > 0 && era->year * 10000 + era->month * 100 + era->day <= era[-1].year * 10000 + era[-1].month * 100 + era[-1].day)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: eras must be listed oldest first - reinstall onshi-notice.", name, record->number);
    return (false);
  }

  if ((era->name = noticeDataFileCopyText(rest, rest_len)) == NULL)
    return (false);

  content->num_eras ++;

  return (true);
}


//
// 'parse_line_break()' - Parse how lines break: "normal" (UAX #14) or
//                        "keep-all" (between words only).
//

static bool				// O - `true` if valid
parse_line_break(
    notice_content_t         *content,	// I - Content
    const notice_record_t    *record,	// I - Record
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  if (record->value_len == 8 && !memcmp(record->value, "keep-all", 8))
    content->keep_all = true;
  else if (record->value_len != 6 || memcmp(record->value, "normal", 6))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"line-break\" must be normal or keep-all - reinstall onshi-notice.", name, record->number);
    return (false);
  }

  return (true);
}


//
// 'parse_month_names()' - Parse twelve comma-separated month names.
//

static bool				// O - `true` on success
parse_month_names(
    notice_content_t         *content,	// I - Content
    const notice_record_t    *record,	// I - Record
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  const char	*ptr = record->value,	// Start of current name
		*end = record->value + record->value_len,
					// End of value
		*comma;			// End of current name
  int		count = 0;		// Names read
  bool		more = true;		// Is there another name?


  if (content->month_names[0])
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"%s\" given twice - reinstall onshi-notice.", name, record->number, record->key);
    return (false);
  }

  while (more && count < 12)
  {
    if ((comma = memchr(ptr, ',', (size_t)(end - ptr))) == NULL)
    {
      comma = end;
      more  = false;
    }

    if (comma == ptr)
      break;

    if ((content->month_names[count ++] = noticeDataFileCopyText(ptr, (size_t)(comma - ptr))) == NULL)
      return (false);

    if (more)
      ptr = comma + 1;
  }

  if (count != 12 || more)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: \"month-names\" needs 12 names separated by commas - reinstall onshi-notice.", name, record->number);
    return (false);
  }

  return (true);
}


//
// 'parse_status_label()' - Parse the text of the status box for one status
//                          ("result.invalid", "result.no-record").
//

static bool				// O - `true` if valid
parse_status_label(
    notice_content_t         *content,	// I - Content
    const notice_record_t    *record,	// I - Record
    const char               *name,	// I - File name for messages
    const notice_callbacks_t *cb)	// I - Callbacks
{
  notice_status_t	status;		// Status the label is for


  if (!noticeStatusFromName(record->key + 7, &status))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: unknown result \"%s\" - reinstall onshi-notice.", name, record->number, record->key + 7);
    return (false);
  }

  return (set_field(content->status_label + status, record, name, cb));
}


//
// 'scan_template()' - Check a template and count the uses of each placeholder.
//

static bool				// O - `true` if every placeholder is known
scan_template(
    const char         *format,		// I - Template
    const char * const *names,		// I - Known placeholders
    size_t             count,		// I - Number of placeholders
    int                *uses)		// O - Uses of each placeholder
{
  const char	*ptr,			// Pointer into template
		*end;			// End of a placeholder
  size_t	i;			// Looping var


  memset(uses, 0, count * sizeof(int));

  for (ptr = format; *ptr; ptr ++)
  {
    if (*ptr == '}')
      return (false);

    if (*ptr != '{')
      continue;

    if ((end = strchr(ptr, '}')) == NULL)
      return (false);

    for (i = 0; i < count; i ++)
    {
      if (strlen(names[i]) == (size_t)(end - ptr - 1) && !strncmp(ptr + 1, names[i], (size_t)(end - ptr - 1)))
        break;
    }

    if (i >= count)
      return (false);

    uses[i] ++;
    ptr = end;
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

  return ((*field = noticeDataFileCopyText(record->value, record->value_len)) != NULL);
}


//
// 'validate()' - Check that a parsed notice is complete and consistent.
//

static const char *			// O - What is missing, NULL if nothing
validate(notice_content_t *content)	// I - Content
{
  int		date_uses[sizeof(date_fields) / sizeof(date_fields[0])];
					// Uses of date placeholders
  int		clinic_uses[1];		// Uses of {clinic}
  int		i;			// Looping var


  if (!content->language)
    return ("language");
  if (!is_language_tag(content->language))
    return ("a valid language");
  if (!content->language_name)
    return ("language-name");
  if (content->original && (!is_language_tag(content->original) || !strcmp(content->original, content->language)))
    return ("a valid original language");
  if (content->original && !content->translation_mark)
    return ("translation-mark, which every translation needs");
  if (!content->original && content->translation_mark)
    return ("original, the language a translation-mark refers to");
  if (!content->fonts)
    return ("fonts");
  if (!content->font_package)
    return ("font-package");
  if (!content->title)
    return ("title");
  if (content->num_blocks == 0 || content->blocks[0].kind != NOTICE_BLOCK_PARAGRAPH)
    return ("a paragraph before any note");

  for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
  {
    if (!content->status_label[i])
      return ("a result label for every result");
  }

  // The date template and what it needs...
  if (!content->date_format)
    return ("date");
  if (!scan_template(content->date_format, date_fields, sizeof(date_fields) / sizeof(date_fields[0]), date_uses))
    return ("a date with only {year}, {month}, {day}, {month-name}, {era} and {era-year}");
  if (date_uses[3] && !content->month_names[0])
    return ("month-names for {month-name}");
  if ((date_uses[4] || date_uses[5]) && content->num_eras == 0)
    return ("an era for {era} and {era-year}");
  if (!date_uses[2] || !(date_uses[1] || date_uses[3]) || !(date_uses[0] || date_uses[5]))
    return ("a date that shows the day, the month and the year");

  // The clinic line holds the clinic's details exactly once...
  if (!content->clinic_format)
    return ("clinic");
  if (!scan_template(content->clinic_format, clinic_fields, 1, clinic_uses) || clinic_uses[0] != 1)
    return ("a clinic line with {clinic} once");

  // A note under the sample mark belongs to a mark...
  if (content->sample_note && !content->sample)
    return ("sample, the mark a sample-note belongs to");

  return (NULL);
}
