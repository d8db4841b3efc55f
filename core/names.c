//
// The names of the core's vocabulary: eligibility statuses, editions, output
// formats and papers, as data files, job options and front ends write them.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "notice.h"
#include <string.h>
#include <strings.h>


//
// Local globals...
//

static const char * const status_names[NOTICE_STATUS_COUNT] =
{					// Status names, as in the data files
  "invalid",
  "no-record"
};

static const char * const edition_names[NOTICE_EDITION_COUNT] =
{					// Edition names, as in options and data
  "2023",
  "current"
};

static const notice_paper_t papers[] =
{					// Papers the notice is laid out for
  { "iso_a4_210x297mm",   "A4",     "iso-a4",    21000, 29700 },
  { "iso_a5_148x210mm",   "A5",     "iso-a5",    14800, 21000 },
  { "jis_b5_182x257mm",   "B5",     "jis-b5",    18200, 25700 },
  { "na_letter_8.5x11in", "Letter", "na-letter", 21590, 27940 }
};

static const notice_formatinfo_t formats[] =
{					// Output formats
  { NOTICE_FORMAT_PDF, "pdf", "application/pdf",        true },
  { NOTICE_FORMAT_PWG, "pwg", "image/pwg-raster",       true },
  { NOTICE_FORMAT_URF, "urf", "image/urf",              true },
  { NOTICE_FORMAT_PS,  "ps",  "application/postscript", true },
  { NOTICE_FORMAT_PNG, "png", "image/png",              false }
};


//
// 'noticeEditionFromName()' - Look up an edition by its name.
//
// Letter case does not matter ("Current" is "current").
//

bool					// O - `true` if found
noticeEditionFromName(
    const char       *name,		// I - Name, such as "current"
    notice_edition_t *edition)		// O - Edition
{
  int	i;				// Looping var


  for (i = 0; name && edition && i < NOTICE_EDITION_COUNT; i ++)
  {
    if (!strcasecmp(name, edition_names[i]))
    {
      *edition = (notice_edition_t)i;
      return (true);
    }
  }

  return (false);
}


//
// 'noticeEditionName()' - Return the name of an edition.
//

const char *				// O - Name
noticeEditionName(
    notice_edition_t edition)		// I - Edition
{
  if ((unsigned)edition >= NOTICE_EDITION_COUNT)
    return ("unknown");

  return (edition_names[edition]);
}


//
// 'noticeFormatFromName()' - Look up an output format by keyword or MIME type.
//
// Letter case does not matter ("PDF", "application/pdf").
//

bool					// O - `true` if found
noticeFormatFromName(
    const char      *name,		// I - Keyword or MIME type
    notice_format_t *format)		// O - Format
{
  size_t	i;			// Looping var


  for (i = 0; name && format && i < sizeof(formats) / sizeof(formats[0]); i ++)
  {
    if (!strcasecmp(name, formats[i].keyword) || !strcasecmp(name, formats[i].mime_type))
    {
      *format = formats[i].format;
      return (true);
    }
  }

  return (false);
}


//
// 'noticeFormatInfo()' - Return the names of an output format.
//

const notice_formatinfo_t *		// O - Format's names or NULL
noticeFormatInfo(
    notice_format_t format)		// I - Format
{
  size_t	i;			// Looping var


  for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i ++)
  {
    if (formats[i].format == format)
      return (formats + i);
  }

  return (NULL);
}


//
// 'noticePaperFind()' - Find a paper by any of its names.
//
// Accepts PWG names ("iso_a4_210x297mm"), PPD names ("A4"), the names lp(1)
// documents ("a4", "letter") and legacy IPP names ("iso-a4"), in any letter
// case.
//

const notice_paper_t *			// O - Paper or NULL if not supported
noticePaperFind(const char *name)	// I - Paper name
{
  size_t	i;			// Looping var


  for (i = 0; name && i < sizeof(papers) / sizeof(papers[0]); i ++)
  {
    if (!strcasecmp(name, papers[i].pwg) || !strcasecmp(name, papers[i].ppd) || !strcasecmp(name, papers[i].legacy))
      return (papers + i);
  }

  return (NULL);
}


//
// 'noticePapers()' - Return the table of papers, A4 first.
//

const notice_paper_t *			// O - First paper
noticePapers(size_t *count)		// O - Number of papers
{
  *count = sizeof(papers) / sizeof(papers[0]);

  return (papers);
}


//
// 'noticeStatusFromName()' - Look up a status by its name.
//

bool					// O - `true` if found
noticeStatusFromName(
    const char      *name,		// I - Name, such as "no-record"
    notice_status_t *status)		// O - Status
{
  int	i;				// Looping var


  for (i = 0; name && i < NOTICE_STATUS_COUNT; i ++)
  {
    if (!strcmp(name, status_names[i]))
    {
      *status = (notice_status_t)i;
      return (true);
    }
  }

  return (false);
}


//
// 'noticeStatusName()' - Return the name of a status.
//

const char *				// O - Name
noticeStatusName(
    notice_status_t status)		// I - Status
{
  if ((unsigned)status >= NOTICE_STATUS_COUNT)
    return ("unknown");

  return (status_names[status]);
}
