//
// Raster stream and page headers for onshi-notice: the bytes that start a
// PWG raster or Apple raster stream and each of its pages.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_RASTER_HEADER_PRIVATE_H
#  define NOTICE_RASTER_HEADER_PRIVATE_H
#  include "core-private.h"

#  define NOTICE_RASTER_HEADER_MAX	1796
					// Largest header: a PWG raster page header
#  define NOTICE_RASTER_CSPACE_K	3
					// PWG ColorSpace "black" (black_1)
#  define NOTICE_RASTER_CSPACE_SW	18
					// PWG ColorSpace "sgray" (sgray_8)

typedef struct notice_raster_header_s	// One page header, as the notice fills it
{
  notice_format_t	format;		// NOTICE_FORMAT_PWG or NOTICE_FORMAT_URF
  char			page_size_name[64];
					// PWG media name of the paper
  unsigned		page_size[2];	// Page width and length in whole points
  unsigned		resolution;	// Dots per inch, both directions
  unsigned		width,		// Page width in pixels
			height,		// Page height in pixels
			bits_per_pixel,	// 1 (black_1) or 8 (sgray_8)
			color_space,	// NOTICE_RASTER_CSPACE_K or _SW
			bytes_per_line,	// Bytes in one row of pixels
			total_page_count,
					// Pages in the stream (the copies)
			media_position,	// MediaPosition (IPP media-source), 0 for auto
			print_quality;	// PrintQuality: 0 default, 3 draft, 4 normal, 5 high
  char			media_type[64];	// MediaType (IPP media-type), "" for the printer's
} notice_raster_header_t;

extern size_t	noticeRasterHeaderEncodePage(const notice_raster_header_t *header, unsigned char *buffer, size_t bufsize);
extern size_t	noticeRasterHeaderEncodeStart(const notice_raster_header_t *header, unsigned char *buffer, size_t bufsize);
extern bool	noticeRasterHeaderInit(notice_raster_header_t *header, const notice_options_t *options);

#endif // !NOTICE_RASTER_HEADER_PRIVATE_H
