//
// The notice catalog: texts of the patient notice, read from data files.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_CATALOG_PRIVATE_H
#  define NOTICE_CATALOG_PRIVATE_H
#  include "core-private.h"

#  define NOTICE_BLOCKS_MAX	16	// Most paragraphs and notes in a notice
#  define NOTICE_ERAS_MAX	8	// Most eras in a date calendar

typedef enum notice_block_kind_e	// Kind of text block
{
  NOTICE_BLOCK_PARAGRAPH,		// Main paragraph (○)
  NOTICE_BLOCK_NOTE			// Note (※), set a little smaller
} notice_block_kind_t;

typedef struct notice_block_s		// One marked block of text
{
  notice_block_kind_t	kind;		// Paragraph or note
  char			*marker;	// Marker hanging beside the text
  char			*text;		// Text, one paragraph
} notice_block_t;

typedef struct notice_era_s		// An era of a calendar (令和, 平成)
{
  int			year,		// First day: year
			month,		// First day: month, 1-12
			day;		// First day: day, 1-31
  char			*name;		// Name of the era
} notice_era_t;

typedef struct notice_content_s		// Everything printed on a notice
{
  notice_edition_t	edition;	// Edition the text was read for
  char			*language;	// Language tag, such as "ja"
  char			*language_name;	// Name of the language in itself
  char			*original;	// Language of the authoritative original, NULL if this is it
  char			*translation_mark;
					// "Reference translation" line, translations only
  bool			keep_all;	// Break lines only between words and quoted names?
  char			*fonts;		// Font families in order of preference
  char			*font_package;	// Package that provides the first font
  char			*title;		// Title
  char			*subtitle;	// Subtitle or NULL
  char			*status_label[NOTICE_STATUS_COUNT];
					// Text of the result box for each result
  size_t		num_blocks;	// Number of blocks
  notice_block_t	blocks[NOTICE_BLOCKS_MAX];
					// Paragraphs and notes in order
  char			*edition_note;	// Line saying how this edition differs, or NULL
  char			*source;	// Source line or NULL
  char			*original_heading;
					// Heading above this text under a translation, or NULL
  char			*date_format;	// Template of the date of issue
  char			*month_names[12];
					// Names of the months, or NULLs
  size_t		num_eras;	// Number of eras
  notice_era_t		eras[NOTICE_ERAS_MAX];
					// Eras, oldest first
  char			*era_first_year;
					// Text for year 1 of an era (元), or NULL
  char			*clinic_format;	// Template of the clinic line
  char			*sample;	// Mark of a sample page (見本（テスト印刷）), or NULL
  char			*sample_note;	// Line under the mark: not for patients, or NULL
} notice_content_t;

extern bool		noticeCatalogCanonicalTag(const char *value, char *tag, size_t tagsize);
extern bool		noticeCatalogHasLanguage(const char *data_dir, const char *language);
extern void		noticeContentDelete(notice_content_t *content);
extern bool		noticeContentFormat(const char *format, const char * const *names, const char * const *values, size_t count, char *buffer, size_t bufsize);
extern notice_content_t	*noticeContentLoad(const char *data_dir, const char *language, const notice_callbacks_t *cb);
extern notice_content_t	*noticeContentLoadEdition(const char *data_dir, const char *language, notice_edition_t edition, const notice_callbacks_t *cb);
extern notice_content_t	*noticeContentParse(const char *text, size_t length, const char *name, const notice_callbacks_t *cb);
extern notice_content_t	*noticeContentParseEdition(const char *text, size_t length, const char *name, notice_edition_t edition, const notice_callbacks_t *cb);

#endif // !NOTICE_CATALOG_PRIVATE_H
