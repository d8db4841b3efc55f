//
// The notice's option vocabulary: every option name and value that a front
// end (the CUPS filter, the preview, the setup command) may pass to the core,
// with the papers, formats and limits behind them.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Set options with noticeOptionsSet() (notice.h); the tables here let a front
// end list the choices or map a paper or format to its own names.
//

#ifndef NOTICE_OPTIONS_H
#  define NOTICE_OPTIONS_H
#  include "notice.h"

#  define NOTICE_RESOLUTION_MIN	36	// Lowest resolution accepted, in dots per inch
#  define NOTICE_RESOLUTION_MAX	600	// Highest resolution accepted, in dots per inch

typedef struct notice_paper_s		// A paper the notice is laid out for
{
  const char	*pwg;			// PWG self-describing name ("iso_a4_210x297mm")
  const char	*ppd;			// PPD PageSize name ("A4")
  const char	*legacy;		// Legacy IPP name ("iso-a4")
  int		width,			// Width in hundredths of millimetres (PWG units)
		length;			// Length in hundredths of millimetres
} notice_paper_t;

typedef struct notice_formatinfo_s	// An output format by its names
{
  notice_format_t format;		// Format
  const char	*keyword;		// Short name ("pdf")
  const char	*mime_type;		// MIME media type ("application/pdf")
  bool		printable;		// Can a printer receive it (not a preview format)?
} notice_formatinfo_t;

extern bool	noticeFormatFromName(const char *name, notice_format_t *format);
extern const notice_formatinfo_t *noticeFormatInfo(notice_format_t format);
extern const notice_paper_t *noticePaperFind(const char *name);
extern const notice_paper_t *noticePapers(size_t *count);

#endif // !NOTICE_OPTIONS_H
