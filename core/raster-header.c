//
// Raster stream and page headers for onshi-notice: the bytes that start a
// PWG raster or Apple raster stream and each of its pages.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// This module is THE one source of raster headers in onshi-notice: the page
// geometry, colour space and job details of every PWG and Apple raster page
// the filter writes come from here, filled from notice_options_t alone, so
// the core needs no libcups to write raster.  (The CUPS adapter's call into
// libcupsfilters only reads a job's options into notice_options_t.)
//
// The bytes are those libcups 2.4 writes for the same page with
// cupsRasterInitPWGHeader() and cupsRasterWriteHeader2(); tests/test-raster-
// header.c compares them byte for byte.  That means following libcups where
// it differs from a full reading of PWG 5102.4:
//
// - A PWG raster stream is the sync word "RaS2" and, for each page, a
//   1796-byte header of big-endian 32-bit integers and 64-byte strings.
//   libcups keeps ImagingBoundingBox (in the reserved bytes 284-299), writes
//   ImageBox (bytes 464-479) as zero, AlternatePrimary as 0xffffff and no
//   PrintQuality (bytes 484-487 stay zero).
// - An Apple raster stream is "UNIRAST\0" and the page count as a big-endian
//   32-bit integer, then for each page a 32-byte header: bits per pixel,
//   colour space (0 for grey), duplex (1, one-sided), quality, media type
//   (an index into Apple's list, 0 when not listed), media position, and the
//   width, height and resolution as big-endian 32-bit integers.
//

#include <config.h>
#include "raster-header-private.h"
#include "notice.h"
#include <stdio.h>
#include <string.h>


//
// Local constants...
//

// Byte offsets of the PWG raster page header's fields (PWG 5102.4)...
#define PWG_MEDIA_CLASS			0	// MediaClass, 64 bytes
#define PWG_MEDIA_TYPE			128	// MediaType, 64 bytes
#define PWG_HW_RESOLUTION		276	// HWResolution, cross-feed then feed
#define PWG_IMAGING_BBOX		284	// Reserved; libcups's ImagingBoundingBox
#define PWG_MEDIA_POSITION		324	// MediaPosition
#define PWG_PAGE_SIZE			352	// PageSize, width then length in points
#define PWG_WIDTH			372	// Width in pixels
#define PWG_HEIGHT			376	// Height in pixels
#define PWG_BITS_PER_COLOR		384	// BitsPerColor
#define PWG_BITS_PER_PIXEL		388	// BitsPerPixel
#define PWG_BYTES_PER_LINE		392	// BytesPerLine
#define PWG_COLOR_SPACE			400	// ColorSpace
#define PWG_NUM_COLORS			420	// NumColors
#define PWG_TOTAL_PAGE_COUNT		452	// TotalPageCount
#define PWG_CROSS_FEED_TRANSFORM	456	// CrossFeedTransform
#define PWG_FEED_TRANSFORM		460	// FeedTransform
#define PWG_ALTERNATE_PRIMARY		480	// AlternatePrimary
#define PWG_PAGE_SIZE_NAME		1732	// PageSizeName, 64 bytes

// Byte offsets of the Apple raster page header's fields...
#define URF_BITS_PER_PIXEL		0	// Bits per pixel
#define URF_COLOR_SPACE			1	// Colour space, 0 for sGray
#define URF_DUPLEX			2	// 1 one-sided, 2 and 3 two-sided
#define URF_QUALITY			3	// PrintQuality
#define URF_MEDIA_TYPE			4	// Index into urf_media_types
#define URF_MEDIA_POSITION		5	// MediaPosition
#define URF_WIDTH			12	// Width in pixels
#define URF_HEIGHT			16	// Height in pixels
#define URF_RESOLUTION			20	// Dots per inch


//
// Local globals...
//

static const char * const urf_media_types[] =
{					// Apple raster media types, by number
  "auto",
  "stationery",
  "transparency",
  "envelope",
  "cardstock",
  "labels",
  "stationery-letterhead",
  "disc",
  "photographic-matte",
  "photographic-satin",
  "photographic-semi-gloss",
  "photographic-glossy",
  "photographic-high-gloss",
  "other"
};


//
// Local functions...
//

static void	put_string(unsigned char *field, const char *value);
static void	put_uint(unsigned char *field, unsigned value);


//
// 'noticeRasterHeaderEncodePage()' - Encode the header of one page.
//
// Returns the number of bytes written to "buffer" (1796 for PWG raster, 32
// for Apple raster), or 0 if the buffer is too small.
//

size_t					// O - Bytes in the header or 0 on error
noticeRasterHeaderEncodePage(
    const notice_raster_header_t *header,
					// I - Page header
    unsigned char                *buffer,
					// O - Encoded header
    size_t                       bufsize)
					// I - Size of buffer
{
  size_t	i;			// Looping var


  if (!header || !buffer)
    return (0);

  if (header->format == NOTICE_FORMAT_URF)
  {
    if (bufsize < 32)
      return (0);

    memset(buffer, 0, 32);
    buffer[URF_BITS_PER_PIXEL] = (unsigned char)header->bits_per_pixel;
    buffer[URF_COLOR_SPACE]    = 0;	// Grey or black: both written as sGray
    buffer[URF_DUPLEX]         = 1;
    buffer[URF_QUALITY]        = (unsigned char)header->print_quality;
    buffer[URF_MEDIA_POSITION] = (unsigned char)header->media_position;

    for (i = 0; i < sizeof(urf_media_types) / sizeof(urf_media_types[0]); i ++)
    {
      if (!strcmp(header->media_type, urf_media_types[i]))
      {
        buffer[URF_MEDIA_TYPE] = (unsigned char)i;
        break;
      }
    }

    put_uint(buffer + URF_WIDTH, header->width);
    put_uint(buffer + URF_HEIGHT, header->height);
    put_uint(buffer + URF_RESOLUTION, header->resolution);

    return (32);
  }

  if (header->format != NOTICE_FORMAT_PWG || bufsize < NOTICE_RASTER_HEADER_MAX)
    return (0);

  memset(buffer, 0, NOTICE_RASTER_HEADER_MAX);

  // Strings; MediaColor, PrintContentOptimize and RenderingIntent stay
  // empty...
  put_string(buffer + PWG_MEDIA_CLASS, "PwgRaster");
  put_string(buffer + PWG_MEDIA_TYPE, header->media_type);
  put_string(buffer + PWG_PAGE_SIZE_NAME, header->page_size_name);

  // Integers; CutMedia, Duplex, InsertSheet, Jog, LeadingEdge, NumCopies,
  // Orientation, Tumble, ColorOrder (chunky) and the ImageBox stay zero...
  put_uint(buffer + PWG_HW_RESOLUTION, header->resolution);
  put_uint(buffer + PWG_HW_RESOLUTION + 4, header->resolution);
  put_uint(buffer + PWG_IMAGING_BBOX + 8, header->page_size[0]);
  put_uint(buffer + PWG_IMAGING_BBOX + 12, header->page_size[1]);
  put_uint(buffer + PWG_MEDIA_POSITION, header->media_position);
  put_uint(buffer + PWG_PAGE_SIZE, header->page_size[0]);
  put_uint(buffer + PWG_PAGE_SIZE + 4, header->page_size[1]);
  put_uint(buffer + PWG_WIDTH, header->width);
  put_uint(buffer + PWG_HEIGHT, header->height);
  put_uint(buffer + PWG_BITS_PER_COLOR, header->bits_per_pixel);
  put_uint(buffer + PWG_BITS_PER_PIXEL, header->bits_per_pixel);
  put_uint(buffer + PWG_BYTES_PER_LINE, header->bytes_per_line);
  put_uint(buffer + PWG_COLOR_SPACE, header->color_space);
  put_uint(buffer + PWG_NUM_COLORS, 1);
  put_uint(buffer + PWG_TOTAL_PAGE_COUNT, header->total_page_count);
  put_uint(buffer + PWG_CROSS_FEED_TRANSFORM, 1);
  put_uint(buffer + PWG_FEED_TRANSFORM, 1);
  put_uint(buffer + PWG_ALTERNATE_PRIMARY, 0xffffff);

  return (NOTICE_RASTER_HEADER_MAX);
}


//
// 'noticeRasterHeaderEncodeStart()' - Encode the start of a raster stream.
//
// "RaS2" for PWG raster, "UNIRAST\0" and the page count for Apple raster.
// Returns the number of bytes written to "buffer", or 0 if it is too small.
//

size_t					// O - Bytes written or 0 on error
noticeRasterHeaderEncodeStart(
    const notice_raster_header_t *header,
					// I - First page's header
    unsigned char                *buffer,
					// O - Start of the stream
    size_t                       bufsize)
					// I - Size of buffer
{
  if (!header || !buffer)
    return (0);

  if (header->format == NOTICE_FORMAT_URF)
  {
    if (bufsize < 12)
      return (0);

    memcpy(buffer, "UNIRAST", 8);	// With its nul
    put_uint(buffer + 8, header->total_page_count);

    return (12);
  }

  if (header->format != NOTICE_FORMAT_PWG || bufsize < 4)
    return (0);

  memcpy(buffer, "RaS2", 4);

  return (4);
}


//
// 'noticeRasterHeaderInit()' - Fill a page header from the job's options.
//
// The paper is one of the notice's papers (options.h), by name or else by
// size; its dimensions in hundredths of millimetres give the page size in
// whole points and in whole pixels, truncated as libcups truncates them.
// Every copy is a page of its own, one-sided.
//

bool					// O - `true` on success
noticeRasterHeaderInit(
    notice_raster_header_t *header,	// O - Page header
    const notice_options_t *options)	// I - Options
{
  const notice_paper_t	*paper;		// Paper
  const notice_paper_t	*papers;	// All papers
  size_t		i,		// Looping var
			count;		// Number of papers
  int			width,		// Page width in hundredths of millimetres
			length;		// Page length in hundredths of millimetres


  if (!header)
    return (false);

  memset(header, 0, sizeof(notice_raster_header_t));

  if (!options || (options->format != NOTICE_FORMAT_PWG && options->format != NOTICE_FORMAT_URF) || options->resolution < 1 || options->copies < 1)
    return (false);

  if ((paper = noticePaperFind(options->media)) == NULL)
  {
    // Not a paper by name; look for one of the same size...
    width  = (int)(options->page_width_pt * 2540.0 / 72.0 + 0.5);
    length = (int)(options->page_height_pt * 2540.0 / 72.0 + 0.5);
    papers = noticePapers(&count);

    for (i = 0; i < count; i ++)
    {
      if (papers[i].width == width && papers[i].length == length)
      {
        paper = papers + i;
        break;
      }
    }

    if (!paper)
      return (false);
  }

  header->format = options->format;
  snprintf(header->page_size_name, sizeof(header->page_size_name), "%s", paper->pwg);
  header->page_size[0] = (unsigned)(72 * paper->width / 2540);
  header->page_size[1] = (unsigned)(72 * paper->length / 2540);
  header->resolution   = (unsigned)options->resolution;
  header->width        = (unsigned)(paper->width * options->resolution / 2540);
  header->height       = (unsigned)(paper->length * options->resolution / 2540);

  if (options->color == NOTICE_COLOR_BLACK_1)
  {
    header->bits_per_pixel = 1;
    header->color_space    = NOTICE_RASTER_CSPACE_K;
  }
  else
  {
    header->bits_per_pixel = 8;
    header->color_space    = NOTICE_RASTER_CSPACE_SW;
  }

  header->bytes_per_line   = (header->width * header->bits_per_pixel + 7) / 8;
  header->total_page_count = (unsigned)options->copies;
  header->media_position   = options->media_position;
  header->print_quality    = options->print_quality > 0 ? (unsigned)options->print_quality : 0;
  snprintf(header->media_type, sizeof(header->media_type), "%s", options->media_type);

  return (header->width > 0 && header->height > 0);
}


//
// 'put_string()' - Put a string into a 64-byte header field.
//
// The field is already zeroed; a longer string is cut to 63 bytes.
//

static void
put_string(unsigned char *field,	// O - Field
           const char    *value)	// I - String
{
  size_t	length = strlen(value);	// Length of string


  if (length > 63)
    length = 63;

  memcpy(field, value, length);
}


//
// 'put_uint()' - Put a big-endian 32-bit integer into a header field.
//

static void
put_uint(unsigned char *field,		// O - Field
         unsigned      value)		// I - Integer
{
  field[0] = (unsigned char)(value >> 24);
  field[1] = (unsigned char)(value >> 16);
  field[2] = (unsigned char)(value >> 8);
  field[3] = (unsigned char)value;
}
