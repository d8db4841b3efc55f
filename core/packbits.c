//
// Row compression of PWG and Apple raster for onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// PWG raster (PWG 5102.4) and Apple raster compress a page the same way:
// each group of identical rows is a repeat count (0-255 for 1-256 rows)
// followed by the row in a PackBits variant.  In the row, a byte of 0-127
// means "the next pixel, 1-128 times", and 129-255 means "257 minus it
// pixels, as they are".  A single pixel left at the end of a row is a run of
// one.
//
// libcups's cupsRasterWritePixels() does the same, comparing pixel by pixel
// through memcmp(); at 600 dpi that takes longer than drawing the page.
// This encoder makes the same choices, so it writes exactly the bytes libcups
// would (tests/test-raster.c compares the two), but finds the long blank runs
// of a notice eight pixels at a time.  Pixels are one byte (sgray_8), or
// eight to the byte (black_1), which compresses as bytes just the same.
//

#include "packbits-private.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


//
// Local constants...
//

#define RUN_MAX		128		// Longest run or literal sequence
#define REPEAT_MAX	256		// Most identical rows in one group


//
// Local functions...
//

static size_t	equal_run(const unsigned char *ptr, size_t max);
static bool	write_pending(notice_packer_t *packer);


//
// 'noticePackRow()' - Compress one row.
//
// "out" must hold noticePackRowMax(length) bytes.
//

size_t					// O - Bytes written to "out"
noticePackRow(
    const unsigned char *row,		// I - Row of pixels
    size_t              length,		// I - Bytes in the row
    unsigned char       *out)		// O - Compressed row
{
  const unsigned char	*ptr = row,	// Current pixel
			*end = row + length;
					// End of row
  unsigned char		*optr = out;	// Current output byte
  size_t		left,		// Pixels left in the row
			count;		// Pixels in this run or sequence


  while (ptr < end)
  {
    left = (size_t)(end - ptr);

    if (left == 1)
    {
      // The last pixel alone: a run of one...
      *optr++ = 0;
      *optr++ = *ptr++;
    }
    else if (ptr[0] == ptr[1])
    {
      // A run of one value...
      count   = equal_run(ptr, left < RUN_MAX ? left : RUN_MAX);
      *optr++ = (unsigned char)(count - 1);
      *optr++ = *ptr;
      ptr     += count;
    }
    else
    {
      // Pixels as they are, up to the next pair of equal pixels; a single
      // pixel left at the end of the row joins them...
      for (count = 1; count < RUN_MAX && count < left - 1 && ptr[count] != ptr[count + 1]; count ++);

      if (count == left - 1 && count < RUN_MAX)
        count ++;

      *optr++ = (unsigned char)(257 - count);
      memcpy(optr, ptr, count);
      optr += count;
      ptr  += count;
    }
  }

  return ((size_t)(optr - out));
}


//
// 'noticePackRowMax()' - Return the most bytes a compressed row can take.
//

size_t					// O - Bytes
noticePackRowMax(size_t length)		// I - Bytes in the row
{
  // A lone pixel costs two bytes, but is always followed by a run of two or
  // more pixels in two bytes: at worst four bytes for three pixels...
  return (2 * length + 2);
}


//
// 'noticePackerInit()' - Prepare to compress the rows of a page.
//
// The caller frees the packer with noticePackerFree().
//

bool					// O - `true` on success
noticePackerInit(
    notice_packer_t   *packer,		// O - Packer
    size_t            bytes_per_line,	// I - Bytes in a row
    notice_write_cb_t write_cb,		// I - Where compressed rows go
    void              *write_data)	// I - Data for write_cb
{
  if (!packer || bytes_per_line == 0 || !write_cb)
    return (false);

  memset(packer, 0, sizeof(notice_packer_t));
  packer->bytes_per_line = bytes_per_line;
  packer->write_cb       = write_cb;
  packer->write_data     = write_data;
  packer->pending        = malloc(bytes_per_line);
  packer->encoded        = malloc(1 + noticePackRowMax(bytes_per_line));

  if (!packer->pending || !packer->encoded)
  {
    noticePackerFree(packer);
    return (false);
  }

  return (true);
}


//
// 'noticePackerAddRow()' - Add the next row of the page.
//
// A row equal to the one before it only counts; any other row sends the
// group before it on its way.
//

bool					// O - `true` on success
noticePackerAddRow(
    notice_packer_t     *packer,	// I - Packer
    const unsigned char *row)		// I - Row of pixels
{
  if (packer->repeat > 0 && packer->repeat < REPEAT_MAX && !memcmp(row, packer->pending, packer->bytes_per_line))
  {
    packer->repeat ++;
    return (true);
  }

  if (packer->repeat > 0 && !write_pending(packer))
    return (false);

  memcpy(packer->pending, row, packer->bytes_per_line);
  packer->repeat = 1;

  return (true);
}


//
// 'noticePackerEndPage()' - Send the last group of rows of a page.
//

bool					// O - `true` on success
noticePackerEndPage(
    notice_packer_t *packer)		// I - Packer
{
  return (packer->repeat == 0 || write_pending(packer));
}


//
// 'noticePackerFree()' - Free a packer's memory.
//

void
noticePackerFree(
    notice_packer_t *packer)		// I - Packer
{
  if (!packer)
    return;

  free(packer->pending);
  free(packer->encoded);
  packer->pending = NULL;
  packer->encoded = NULL;
}


//
// 'equal_run()' - Count the bytes equal to the first, up to a maximum.
//
// Eight bytes are compared at a time while they can be.
//

static size_t				// O - Length of the run
equal_run(const unsigned char *ptr,	// I - First byte
          size_t              max)	// I - Longest run to count
{
  uint64_t	pattern = 0x0101010101010101ULL * ptr[0],
					// Eight copies of the byte
		word;			// Eight bytes of the row
  size_t	count = 0;		// Bytes counted


  while (count + 8 <= max)
  {
    memcpy(&word, ptr + count, sizeof(word));
    if (word != pattern)
      break;
    count += 8;
  }

  while (count < max && ptr[count] == ptr[0])
    count ++;

  return (count);
}


//
// 'write_pending()' - Compress and send the group of rows waiting.
//

static bool				// O - `true` on success
write_pending(notice_packer_t *packer)	// I - Packer
{
  size_t	bytes;			// Bytes of the compressed group


  packer->encoded[0] = (unsigned char)(packer->repeat - 1);
  bytes              = 1 + noticePackRow(packer->pending, packer->bytes_per_line, packer->encoded + 1);
  packer->repeat     = 0;

  return ((packer->write_cb)(packer->write_data, packer->encoded, bytes));
}
