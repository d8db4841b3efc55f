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
#include "raster-header.h"
#include "options.h"
#include <stdio.h>
#include <string.h>


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
    buffer[0] = (unsigned char)header->bits_per_pixel;
    buffer[1] = 0;			// sGray: the only space for our pages
    buffer[2] = 1;			// One-sided
    buffer[3] = (unsigned char)header->print_quality;
    buffer[5] = (unsigned char)header->media_position;

    for (i = 0; i < sizeof(urf_media_types) / sizeof(urf_media_types[0]); i ++)
    {
      if (!strcmp(header->media_type, urf_media_types[i]))
      {
        buffer[4] = (unsigned char)i;
        break;
      }
    }

    put_uint(buffer + 12, header->width);
    put_uint(buffer + 16, header->height);
    put_uint(buffer + 20, header->resolution);

    return (32);
  }

  if (header->format != NOTICE_FORMAT_PWG || bufsize < NOTICE_RASTER_HEADER_MAX)
    return (0);

  memset(buffer, 0, NOTICE_RASTER_HEADER_MAX);

  // Strings...
  put_string(buffer + 0, "PwgRaster");	// MediaClass
  put_string(buffer + 128, header->media_type);
					// MediaType
  put_string(buffer + 1732, header->page_size_name);
					// PageSizeName

  // Integers; CutMedia, Duplex, InsertSheet, Jog, LeadingEdge, NumCopies,
  // Orientation, Tumble and ColorOrder (chunky) stay zero...
  put_uint(buffer + 276, header->resolution);
					// HWResolution
  put_uint(buffer + 280, header->resolution);
  put_uint(buffer + 292, header->page_size[0]);
					// ImagingBoundingBox right and top
  put_uint(buffer + 296, header->page_size[1]);
  put_uint(buffer + 324, header->media_position);
					// MediaPosition
  put_uint(buffer + 352, header->page_size[0]);
					// PageSize
  put_uint(buffer + 356, header->page_size[1]);
  put_uint(buffer + 372, header->width);// Width
  put_uint(buffer + 376, header->height);
					// Height
  put_uint(buffer + 384, header->bits_per_pixel);
					// BitsPerColor: one colour
  put_uint(buffer + 388, header->bits_per_pixel);
					// BitsPerPixel
  put_uint(buffer + 392, header->bytes_per_line);
					// BytesPerLine
  put_uint(buffer + 400, header->color_space);
					// ColorSpace
  put_uint(buffer + 420, 1);		// NumColors
  put_uint(buffer + 452, header->total_page_count);
					// TotalPageCount
  put_uint(buffer + 456, 1);		// CrossFeedTransform
  put_uint(buffer + 460, 1);		// FeedTransform
  put_uint(buffer + 480, 0xffffff);	// AlternatePrimary: white

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
