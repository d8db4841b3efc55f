//
// The language of the messages: gettext's message catalogs (po/*.po, made
// into .mo files by msgfmt), read by the core itself.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Why not glibc's gettext(): it translates only in a locale that is
// installed, or through LANGUAGE in C.UTF-8 - and glibc 2.41 (Debian 13)
// ignores LANGUAGE there too, as it always did in "C".  cupsd hands a
// filter the job's language as "ja_JP.UTF-8" or "ja.UTF-8" whether or not
// such a locale exists, and a minimal system has none but C.UTF-8; the
// person at the printer must still read Japanese.  The files are gettext's
// own, so the usual tools make, check and install them.
//

#include "messages-private.h"
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


//
// Constants...
//

#define MO_MAGIC	0x950412deU	// First word of a .mo file
#define MO_HEADER_SIZE	28		// Bytes of the fixed header
#define MO_SIZE_MAX	(4 * 1024 * 1024)
					// Largest catalog read: ours is ~50 KiB


//
// Local globals...
//

static char	*catalog_data = NULL;	// The chosen catalog, whole
static size_t	catalog_size = 0;	// Its size in bytes
static uint32_t	catalog_count = 0,	// Number of messages
		catalog_originals = 0,	// Offset of the table of originals
		catalog_translations = 0;
					// Offset of the table of translations
static bool	catalog_swapped = false;// Written with the other byte order?


//
// Local functions...
//

static const char	*catalog_string(uint32_t table, uint32_t index);
static uint32_t		catalog_word(size_t offset);
static void		choose_catalog(const char *localedir, const char *languages, const char *locale);
static bool		load_catalog(const char *path);
static bool		try_language(const char *localedir, const char *language);


//
// 'noticeTranslate()' - Look a message up in the chosen catalog.
//
// Returns the text itself when no catalog is chosen or the catalog does not
// translate it: English is the language of the sources.
//

const char *				// O - Translated text
noticeTranslate(const char *text)	// I - English text (msgid)
{
  uint32_t	low,			// Lowest candidate
		high,			// One past the highest candidate
		middle;			// Candidate compared
  int		diff;			// Comparison


  if (!catalog_data || !text || !*text)
    return (text);

  // msgfmt sorts the originals, and noticeMessagesLoad() checked that...
  for (low = 0, high = catalog_count; low < high;)
  {
    middle = low + (high - low) / 2;

    if ((diff = strcmp(text, catalog_string(catalog_originals, middle))) == 0)
      return (catalog_string(catalog_translations, middle));
    else if (diff < 0)
      high = middle;
    else
      low = middle + 1;
  }

  return (text);
}


//
// 'noticeSetLocale()' - Choose the language of the messages.
//
// The front end's main() passes the environment's LC_ALL, LC_MESSAGES, LANG
// and LANGUAGE (each NULL when unset), and they choose as they do for
// gettext: the first of LC_ALL, LC_MESSAGES and LANG names the locale; "C"
// and "POSIX" (also "C.UTF-8") mean English whatever LANGUAGE says;
// otherwise LANGUAGE, a list such as "ja:en", chooses.  The locale need
// not be installed.  Only the character category follows the locale:
// numbers are read and written the same way in every language (PDF and
// PostScript output, option values).
//

void
noticeSetLocale(
    const char *localedir,		// I - Directory of the message catalogs
    const char *lc_all,			// I - LC_ALL or NULL
    const char *lc_messages,		// I - LC_MESSAGES or NULL
    const char *lang,			// I - LANG or NULL
    const char *language)		// I - LANGUAGE or NULL
{
  const char	*name;			// Locale to use


  if (lc_all && *lc_all)
    name = lc_all;
  else if (lc_messages && *lc_messages)
    name = lc_messages;
  else if (lang && *lang)
    name = lang;
  else
    name = "C";

  // UTF-8 characters even when the locale is not installed...
  if (!setlocale(LC_CTYPE, name) && !setlocale(LC_CTYPE, "C.UTF-8"))
    setlocale(LC_CTYPE, "C");

  noticeMessagesUnload();

  if (!localedir || !*localedir || !strcmp(name, "C") || !strcmp(name, "POSIX") || !strncmp(name, "C.", 2))
    return;

  choose_catalog(localedir, language, name);
}


//
// 'noticeMessagesLoad()' - Use one catalog file for the messages.
//
// Returns `false`, with the messages left in English, when the file is
// missing or not a well-formed catalog.
//

bool					// O - `true` if loaded
noticeMessagesLoad(const char *path)	// I - .mo file
{
  noticeMessagesUnload();

  return (load_catalog(path));
}


//
// 'noticeMessagesUnload()' - Go back to English messages.
//

void
noticeMessagesUnload(void)
{
  free(catalog_data);

  catalog_data         = NULL;
  catalog_size         = 0;
  catalog_count        = 0;
  catalog_originals    = 0;
  catalog_translations = 0;
  catalog_swapped      = false;
}


//
// 'catalog_string()' - The string of one entry of a table.
//
// load_catalog() checked every entry, so this cannot leave the file.
//

static const char *			// O - String
catalog_string(uint32_t table,		// I - Offset of the table
               uint32_t index)		// I - Entry
{
  return (catalog_data + catalog_word((size_t)table + 8 * (size_t)index + 4));
}


//
// 'catalog_word()' - Read a 32-bit word of the catalog.
//

static uint32_t				// O - Word
catalog_word(size_t offset)		// I - Offset, 4 bytes inside the file
{
  const unsigned char	*bytes = (const unsigned char *)catalog_data + offset;
					// Bytes of the word

  if (catalog_swapped)
    return ((uint32_t)bytes[0] << 24 | (uint32_t)bytes[1] << 16 | (uint32_t)bytes[2] << 8 | bytes[3]);
  else
    return ((uint32_t)bytes[3] << 24 | (uint32_t)bytes[2] << 16 | (uint32_t)bytes[1] << 8 | bytes[0]);
}


//
// 'choose_catalog()' - Load the catalog of the first language that has one.
//

static void
choose_catalog(const char *localedir,	// I - Directory of the message catalogs
               const char *languages,	// I - LANGUAGE list or NULL
               const char *locale)	// I - Locale name
{
  char		list[256],		// Copy of the LANGUAGE list
		*language,		// One language of it
		*next;			// After it
  bool		listed = false;		// Did LANGUAGE name a language?


  // As in gettext, a LANGUAGE list replaces the locale's language ("en"
  // there means English even in a Japanese locale)...
  if (languages && *languages)
  {
    strncpy(list, languages, sizeof(list) - 1);
    list[sizeof(list) - 1] = '\0';

    for (language = list; language; language = next)
    {
      if ((next = strchr(language, ':')) != NULL)
        *next++ = '\0';

      if (!*language)
        continue;

      listed = true;
      if (try_language(localedir, language))
        return;
    }
  }

  if (!listed)
    try_language(localedir, locale);
}


//
// 'load_catalog()' - Read and check a catalog file.
//

static bool				// O - `true` if loaded
load_catalog(const char *path)		// I - .mo file
{
  FILE		*fp;			// Catalog file
  long		length;			// Its length
  uint32_t	i,			// Looping var
		table,			// Current table
		size,			// Size of a string
		offset;			// Offset of a string
  const char	*previous = NULL;	// Previous original


  if ((fp = fopen(path, "rb")) == NULL)
    return (false);

  if (fseek(fp, 0, SEEK_END) || (length = ftell(fp)) < MO_HEADER_SIZE || length > MO_SIZE_MAX || fseek(fp, 0, SEEK_SET) ||
      (catalog_data = malloc((size_t)length)) == NULL || fread(catalog_data, 1, (size_t)length, fp) != (size_t)length)
  {
    fclose(fp);
    noticeMessagesUnload();
    return (false);
  }

  fclose(fp);
  catalog_size = (size_t)length;

  // The magic number tells the byte order; revision 0 and 1 share the
  // tables read here...
  if (catalog_word(0) != MO_MAGIC)
  {
    catalog_swapped = true;
    if (catalog_word(0) != MO_MAGIC)
      goto bad;
  }

  if (catalog_word(4) >> 16 > 1)
    goto bad;

  catalog_count        = catalog_word(8);
  catalog_originals    = catalog_word(12);
  catalog_translations = catalog_word(16);

  if (catalog_count > catalog_size / 16 || catalog_originals > catalog_size - 8 * (size_t)catalog_count || catalog_translations > catalog_size - 8 * (size_t)catalog_count || (catalog_originals | catalog_translations) & 3)
    goto bad;

  // Every string must lie inside the file and end with its nul, and the
  // originals must be sorted for noticeTranslate()'s binary search...
  for (table = catalog_originals; ; table = catalog_translations)
  {
    for (i = 0; i < catalog_count; i ++)
    {
      size   = catalog_word((size_t)table + 8 * (size_t)i);
      offset = catalog_word((size_t)table + 8 * (size_t)i + 4);

      if (offset >= catalog_size || size >= catalog_size - offset || catalog_data[offset + size] != '\0')
        goto bad;

      if (table == catalog_originals)
      {
        if (previous && strcmp(previous, catalog_data + offset) >= 0)
          goto bad;
        previous = catalog_data + offset;
      }
    }

    if (table == catalog_translations)
      break;
  }

  return (true);

  bad:

  noticeMessagesUnload();
  return (false);
}


//
// 'try_language()' - Load the catalog of a language, or of its parent.
//
// "ja_JP.UTF-8@mod" tries ja_JP@mod, ja_JP, ja@mod and ja, as gettext does.
//

static bool				// O - `true` if loaded
try_language(const char *localedir,	// I - Directory of the message catalogs
             const char *language)	// I - Language or locale name
{
  char		base[64],		// Language and territory
		modifier[32] = "",	// "@modifier" or ""
		candidates[4][96],	// Names to try, best first
		path[1024],		// Catalog file
		*ptr;			// Pointer into base
  size_t	i,			// Looping var
		count = 0;		// Number of candidates
  const char	*at;			// Modifier in language


  // A name from the environment must not climb out of the directory...
  if (strchr(language, '/') || !strcmp(language, "C") || !strcmp(language, "POSIX"))
    return (false);

  strncpy(base, language, sizeof(base) - 1);
  base[sizeof(base) - 1] = '\0';
  if ((at = strchr(language, '@')) != NULL && strlen(at) < sizeof(modifier))
    strncpy(modifier, at, sizeof(modifier) - 1);
  if ((ptr = strpbrk(base, ".@")) != NULL)
    *ptr = '\0';
  if (!base[0] || base[0] == '.')
    return (false);

  if (modifier[0])
    snprintf(candidates[count ++], sizeof(candidates[0]), "%s%s", base, modifier);
  snprintf(candidates[count ++], sizeof(candidates[0]), "%s", base);
  if ((ptr = strchr(base, '_')) != NULL)
  {
    *ptr = '\0';
    if (modifier[0])
      snprintf(candidates[count ++], sizeof(candidates[0]), "%s%s", base, modifier);
    snprintf(candidates[count ++], sizeof(candidates[0]), "%s", base);
  }

  for (i = 0; i < count; i ++)
  {
    snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/%s.mo", localedir, candidates[i], NOTICE_TEXTDOMAIN);
    if (load_catalog(path))
      return (true);
  }

  return (false);
}
