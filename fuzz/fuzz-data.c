//
// libFuzzer target: the parsers of the notice data files.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Feeds arbitrary bytes to noticeContentParse() and noticeCodesParse(), and
// checks that accepted content has every required field in valid UTF-8.
//

#include "catalog-private.h"
#include "code-private.h"
#include "utf8-private.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


//
// 'check_text()' - Abort unless a field is valid UTF-8.
//

static void
check_text(const char *text,		// I - Field
           bool       required)		// I - Must it be present?
{
  if (!text)
  {
    if (required)
      abort();
    return;
  }

  if (!noticeUTF8IsValid(text, strlen(text)))
    abort();
}


//
// 'LLVMFuzzerTestOneInput()' - Parse one input both ways.
//

int					// O - 0
LLVMFuzzerTestOneInput(
    const uint8_t *data,		// I - Input bytes
    size_t        size)			// I - Number of bytes
{
  notice_content_t	*content;	// Parsed notice
  notice_codes_t	*codes;		// Parsed spellings
  notice_jobcode_t	jobcode;	// Outcome of a lookup
  size_t		i;		// Looping var


  if ((content = noticeContentParse((const char *)data, size, "fuzz.notice", NULL)) != NULL)
  {
    check_text(content->language, true);
    check_text(content->fonts, true);
    check_text(content->font_package, true);
    check_text(content->title, true);
    check_text(content->subtitle, false);
    check_text(content->source, false);

    for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
      check_text(content->status_label[i], true);

    if (content->num_blocks == 0 || content->num_blocks > NOTICE_BLOCKS_MAX)
      abort();

    for (i = 0; i < content->num_blocks; i ++)
    {
      check_text(content->blocks[i].marker, true);
      check_text(content->blocks[i].text, true);
    }

    noticeContentDelete(content);
  }

  if ((codes = noticeCodesParse((const char *)data, size, "fuzz.txt", NULL)) != NULL)
  {
    // A parsed table must answer lookups, including of its own text...
    noticeCodesLookup(codes, (const char *)data, size, &jobcode);
    noticeCodesLookup(codes, "invalid", 7, &jobcode);
    noticeCodesDelete(codes);
  }

  return (0);
}
