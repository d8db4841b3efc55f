//
// Unit tests for the message catalogs: the language chosen from the
// environment as cupsd and a shell give it, and catalog files that are
// damaged, foreign or hostile read safely or not at all.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The catalog is the build tree's po/locale/ja/LC_MESSAGES/onshi-notice.mo,
// as msgfmt made it from po/ja.po.
//

#define NOTICE_BUILDING_CORE
#include "unit.h"
#include "messages-private.h"
#include <stdio.h>
#include <unistd.h>


//
// Constants...
//

#define TEST_LOCALEDIR	TEST_BUILDDIR "/po/locale"
#define TEST_CATALOG	TEST_LOCALEDIR "/ja/LC_MESSAGES/onshi-notice.mo"
#define ENGLISH		"Unknown notice code - %s."
#define JAPANESE_START	"不明な案内文コードです。"


//
// Environments and the language they choose...
//

typedef struct locale_case_s		// One environment
{
  const char	*lc_all,		// LC_ALL
		*lc_messages,		// LC_MESSAGES
		*lang,			// LANG
		*language;		// LANGUAGE
  bool		japanese;		// Japanese messages expected?
} locale_case_t;

static const locale_case_t locale_cases[] =
{
  // As cupsd hands a job's language to a filter, installed or not...
  { NULL, NULL, "ja_JP.UTF-8", NULL, true },
  { NULL, NULL, "ja.UTF-8", NULL, true },
  { NULL, NULL, "ja", NULL, true },
  { NULL, NULL, "ja_JP.UTF-8@modifier", NULL, true },
  { NULL, NULL, "en.UTF-8", NULL, false },
  { NULL, NULL, "en_US.UTF-8", NULL, false },
  // English in "C", whatever LANGUAGE says, as gettext has it...
  { NULL, NULL, NULL, NULL, false },
  { NULL, NULL, "C", "ja", false },
  { NULL, NULL, "C.UTF-8", "ja", false },
  { NULL, NULL, "POSIX", "ja", false },
  { "C", NULL, "ja_JP.UTF-8", "ja", false },
  // LC_ALL before LC_MESSAGES before LANG...
  { "ja_JP.UTF-8", NULL, "C", NULL, true },
  { NULL, "ja_JP.UTF-8", "C", NULL, true },
  { "en_US.UTF-8", NULL, "ja_JP.UTF-8", NULL, false },
  // Outside "C", LANGUAGE chooses, each of its languages in turn...
  { NULL, NULL, "en_US.UTF-8", "ja", true },
  { NULL, NULL, "de_DE.UTF-8", "fr:ja_JP:en", true },
  { NULL, NULL, "ja_JP.UTF-8", "en", false },
  { NULL, NULL, "ja_JP.UTF-8", "::", true },
  // Names that must not reach outside the catalog directory...
  { NULL, NULL, "../../../../../tmp/x", NULL, false },
  { NULL, NULL, "ja/../ja", NULL, false },
  { NULL, NULL, ".UTF-8", NULL, false },
  { NULL, NULL, "@", NULL, false },
  { NULL, NULL, "ja_JP.UTF-8@a-modifier-much-longer-than-any-there-is-in-any-locale", NULL, true },
  { NULL, NULL, "an-absurdly-long-language-name-of-more-than-sixty-four-bytes-0123456789_JP.UTF-8", NULL, false }
};


//
// Local functions...
//

static unsigned char	*read_catalog(size_t *size);
static void		put_word(unsigned char *data, size_t offset, uint32_t word, bool big_endian);
static uint32_t		get_word(const unsigned char *data, size_t offset);
static bool		load_bytes(const unsigned char *data, size_t size);


//
// 'test_locales()' - Every environment chooses the expected language.
//

static void
test_locales(void **state)
{
  size_t	i;			// Looping var
  const char	*text;			// Translated text


  (void)state;

  for (i = 0; i < sizeof(locale_cases) / sizeof(locale_cases[0]); i ++)
  {
    const locale_case_t *c = locale_cases + i;

    noticeSetLocale(TEST_LOCALEDIR, c->lc_all, c->lc_messages, c->lang, c->language);
    text = _(ENGLISH);

    if (c->japanese != !strncmp(text, JAPANESE_START, strlen(JAPANESE_START)))
      fail_msg("LC_ALL=%s LC_MESSAGES=%s LANG=%s LANGUAGE=%s: \"%s\"", c->lc_all, c->lc_messages, c->lang, c->language, text);
    if (!c->japanese)
      assert_string_equal(text, ENGLISH);
  }

  // No catalog directory, or no catalog in it: English...
  noticeSetLocale("/nonexistent", NULL, NULL, "ja_JP.UTF-8", NULL);
  assert_string_equal(_(ENGLISH), ENGLISH);
  noticeSetLocale(NULL, NULL, NULL, "ja_JP.UTF-8", NULL);
  assert_string_equal(_(ENGLISH), ENGLISH);
  noticeMessagesUnload();
}


//
// 'test_lookup()' - Every message of the catalog is found, others are not.
//

static void
test_lookup(void **state)
{
  unsigned char	*data;			// The catalog's bytes
  size_t	size;			// Their number
  uint32_t	count,			// Messages
		originals,		// Table of originals
		translations,		// Table of translations
		i;			// Looping var


  (void)state;

  data = read_catalog(&size);
  assert_true(noticeMessagesLoad(TEST_CATALOG));

  count        = get_word(data, 8);
  originals    = get_word(data, 12);
  translations = get_word(data, 16);
  assert_true(count > 100);

  // Entry 0 is the catalog's header, msgid ""; an empty text stays itself...
  for (i = 1; i < count; i ++)
  {
    const char *original    = (const char *)data + get_word(data, originals + 8 * i + 4);
    const char *translation = (const char *)data + get_word(data, translations + 8 * i + 4);

    assert_string_equal(_(original), translation);
  }

  assert_string_equal(_(""), "");
  assert_null(noticeTranslate(NULL));
  assert_string_equal(_("Not a message of this program."), "Not a message of this program.");
  assert_string_equal(_(" "), " ");
  assert_string_equal(_("\xff\xff\xff"), "\xff\xff\xff");

  // noticeLog() translates its format...
  {
    unit_log_t		log;		// Collected messages
    notice_callbacks_t	cb = unit_callbacks(&log);
					// Callbacks

    noticeLog(&cb, NOTICE_LEVEL_ERROR, "Unknown notice code - %s.", "x");
    assert_memory_equal(log.last_error, JAPANESE_START, strlen(JAPANESE_START));
  }

  noticeMessagesUnload();
  assert_string_equal(_(ENGLISH), ENGLISH);
  free(data);
}


//
// 'test_byte_order()' - A catalog written on a big-endian machine reads the same.
//

static void
test_byte_order(void **state)
{
  unsigned char	*data;			// The catalog's bytes
  size_t	size,			// Their number
		offset,			// Offset of a word
		words;			// Words of header and tables
  uint32_t	count,			// Messages
		originals,		// Table of originals
		translations;		// Table of translations


  (void)state;

  data         = read_catalog(&size);
  count        = get_word(data, 8);
  originals    = get_word(data, 12);
  translations = get_word(data, 16);

  // msgfmt writes the header, then the two tables, then the hash table;
  // swap the header and the tables...
  assert_int_equal(originals, 28);
  assert_int_equal(translations, 28 + 8 * count);
  words = (translations + 8 * count) / 4;
  for (offset = 0; offset < 4 * words; offset += 4)
    put_word(data, offset, get_word(data, offset), true);

  assert_true(load_bytes(data, size));
  assert_memory_equal(_(ENGLISH), JAPANESE_START, strlen(JAPANESE_START));

  noticeMessagesUnload();
  free(data);
}


//
// 'test_damaged()' - A damaged catalog is refused whole, never half read.
//

static void
test_damaged(void **state)
{
  unsigned char	*data,			// The catalog's bytes
		*copy;			// A damaged copy
  size_t	size,			// Their number
		length,			// Length of a truncated copy
		end;			// End of the last string, its nul
  uint32_t	count,			// Messages
		originals,		// Table of originals
		translations,		// Table of translations
		last;			// Offset of the last translation's string


  (void)state;

  data         = read_catalog(&size);
  count        = get_word(data, 8);
  originals    = get_word(data, 12);
  translations = get_word(data, 16);
  last         = get_word(data, translations + 8 * (count - 1) + 4);
  end          = last + get_word(data, translations + 8 * (count - 1));
  copy         = malloc(size);
  assert_non_null(copy);

  // Cut anywhere before the nul of the last string: refused.  Every length
  // of the header and around the tables' ends, and a sample of the rest
  // (every one would take long under valgrind)...
  for (length = 0; length <= end; length ++)
  {
    if (length > 64 && length % 257 && length + 2 < end && (length + 2 < originals + 8 * count || length > originals + 8 * count + 2) && (length + 2 < translations + 8 * count || length > translations + 8 * count + 2))
      continue;

    if (load_bytes(data, length))
      fail_msg("a catalog cut to %zu of %zu bytes was read", length, size);
    assert_string_equal(_(ENGLISH), ENGLISH);
  }

  // Each field of the header out of range...
  const struct
  {
    size_t	offset;			// Word to change
    uint32_t	value;			// Value it gets
    const char	*why;			// What it is
  } damages[] =
  {
    { 0, 0x12345678, "magic number" },
    { 4, 0x00020000, "major revision 2" },
    { 8, 0xffffffff, "count" },
    { 8, 0x10000000, "count" },
    { 12, 0xfffffff8, "offset of the originals" },
    { 12, 30, "unaligned originals" },
    { 16, 0xfffffff8, "offset of the translations" },
    { 32, 0xfffffff0, "first original's offset" },
    { 28, 0xfffffff0, "first original's length" },
    { 28 + 8 * 1 + 4, (uint32_t)size, "second original's offset" },
    { 28 + 8 * 1, (uint32_t)size, "second original's length" }
  };
  size_t	i;			// Looping var

  for (i = 0; i < sizeof(damages) / sizeof(damages[0]); i ++)
  {
    memcpy(copy, data, size);
    put_word(copy, damages[i].offset, damages[i].value, false);
    if (load_bytes(copy, size))
      fail_msg("a catalog with a bad %s was read", damages[i].why);
    assert_string_equal(_(ENGLISH), ENGLISH);
  }

  // A string without its nul...
  memcpy(copy, data, size);
  copy[end] = 'x';
  assert_false(load_bytes(copy, size));

  // Originals out of order: the search would miss messages...
  memcpy(copy, data, size);
  memcpy(copy + originals + 8, data + originals + 16, 8);
  memcpy(copy + originals + 16, data + originals + 8, 8);
  assert_false(load_bytes(copy, size));

  // The undamaged catalog still reads...
  assert_true(load_bytes(data, size));
  noticeMessagesUnload();

  free(copy);
  free(data);
}


//
// 'get_word()' - Read a little-endian word, as msgfmt writes on this machine.
//

static uint32_t				// O - Word
get_word(const unsigned char *data,	// I - Bytes
         size_t              offset)	// I - Offset of the word
{
  uint32_t	word;			// Word

  memcpy(&word, data + offset, 4);
  return (word);
}


//
// 'load_bytes()' - Write bytes to a scratch catalog and load it.
//

static bool				// O - `true` if loaded
load_bytes(const unsigned char *data,	// I - Bytes
           size_t              size)	// I - Number of bytes
{
  char		path[] = "/tmp/test-messages.XXXXXX";
					// Scratch file
  int		fd;			// Its descriptor
  bool		loaded;			// Was it loaded?


  assert_true((fd = mkstemp(path)) >= 0);
  assert_int_equal(write(fd, data, size), (ssize_t)size);
  close(fd);

  loaded = noticeMessagesLoad(path);
  unlink(path);

  return (loaded);
}


//
// 'put_word()' - Write a word in either byte order.
//

static void
put_word(unsigned char *data,		// I - Bytes
         size_t        offset,		// I - Offset of the word
         uint32_t      word,		// I - Word
         bool          big_endian)	// I - Big-endian?
{
  int	i;				// Looping var

  for (i = 0; i < 4; i ++)
    data[offset + (size_t)i] = (unsigned char)(word >> (big_endian ? 24 - 8 * i : 8 * i));
}


//
// 'read_catalog()' - Read the build tree's Japanese catalog.
//

static unsigned char *			// O - Bytes
read_catalog(size_t *size)		// O - Number of bytes
{
  FILE		*fp;			// Catalog file
  unsigned char	*data;			// Its bytes
  long		length;			// Its length


  assert_non_null(fp = fopen(TEST_CATALOG, "rb"));
  assert_int_equal(fseek(fp, 0, SEEK_END), 0);
  assert_true((length = ftell(fp)) > 28);
  rewind(fp);
  assert_non_null(data = malloc((size_t)length));
  assert_int_equal(fread(data, 1, (size_t)length, fp), (size_t)length);
  fclose(fp);

  // This test reads the file as a little-endian machine wrote it...
  assert_int_equal(get_word(data, 0), 0x950412de);

  *size = (size_t)length;
  return (data);
}


//
// 'main()' - Run the tests.
//

int					// O - Exit status
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_locales),
    cmocka_unit_test(test_lookup),
    cmocka_unit_test(test_byte_order),
    cmocka_unit_test(test_damaged)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
