//
// The notice catalog: texts of the patient notice, read from data files.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_CATALOG_H
#  define NOTICE_CATALOG_H
#  include "notice.h"

#  define NOTICE_BLOCKS_MAX	16	// Most paragraphs and notes in a notice

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

typedef struct notice_content_s		// Everything printed on a notice
{
  char			*language;	// Language tag, such as "ja"
  char			*fonts;		// Font families in order of preference
  char			*font_package;	// Package that provides the first font
  char			*title;		// Title
  char			*subtitle;	// Subtitle or NULL
  char			*result_label[NOTICE_RESULT_COUNT];
					// Text of the result box for each result
  size_t		num_blocks;	// Number of blocks
  notice_block_t	blocks[NOTICE_BLOCKS_MAX];
					// Paragraphs and notes in order
  char			*source;	// Source line or NULL
} notice_content_t;

extern notice_content_t	*noticeContentLoad(const char *data_dir, const char *language, const notice_callbacks_t *cb);
extern notice_content_t	*noticeContentParse(const char *text, size_t length, const char *name, const notice_callbacks_t *cb);
extern void		noticeContentDelete(notice_content_t *content);

#endif // !NOTICE_CATALOG_H
