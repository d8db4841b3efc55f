//
// Test helper: read PWG and Apple raster back with libcups and describe it,
// or compare its first page with a Ghostscript rendering.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Usage:
//
//   rastertool info RASTER
//       One line per page: "page N WIDTHxHEIGHT XDPIxYDPI cspace=N bits=N
//       bpl=N total=N size=NAME points=WxH ink=LEFT,TOP,RIGHT,BOTTOM", the
//       ink box in points from the top left ("none" for a blank page); then
//       "pages N".  Exits 1 if the stream or a page is malformed.
//
//   rastertool encode RASTER
//       Reads the first page into memory, then times libcups writing it
//       again as PWG raster (into memory, best of five), and prints "encode
//       MILLISECONDS ms".  The benchmark reports it: how much of the time to
//       write a page is libcups's compression alone.
//
//   rastertool compare RASTER PGM
//       Compares the first page with a binary PGM of the same resolution (as
//       Ghostscript's pgmraw device writes).  Both are cut at half coverage
//       (a pixel is ink when darker than 50 %).  Prints "pixels N ink N
//       differ N stray N": pixels compared (the area both cover), ink pixels
//       of both images, pixels that are ink in one image only, and ink pixels
//       of either image with no ink in the other within one pixel (a
//       3 x 3 neighbourhood).  Anti-aliasing and glyph rasterisers move edges
//       by a pixel and count in "differ" only; a missing, extra or shifted
//       shape counts in "stray".
//

#include <cups/raster.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>


//
// Local types...
//

typedef struct image_s			// Ink of a page, one byte a pixel
{
  int		width,			// Width in pixels
		height;			// Height in pixels
  unsigned char	*ink;			// 1 where there is ink
} image_t;


//
// Local functions...
//

static int	do_compare(const char *rasterfile, const char *pgmfile);
static int	do_encode(const char *rasterfile);
static ssize_t	discard_cb(void *ctx, unsigned char *buffer, size_t length);
static int	do_info(const char *rasterfile);
static bool	is_ink(const cups_page_header2_t *header, const unsigned char *line, unsigned x);
static bool	near_ink(const image_t *image, int x, int y);
static bool	read_pgm(const char *filename, image_t *image);
static bool	read_pgm_number(FILE *fp, bool magic, int *number);
static bool	read_raster_page(cups_raster_t *raster, const cups_page_header2_t *header, image_t *image);


//
// 'main()' - Run a command.
//

int					// O - Exit status
main(int  argc,				// I - Number of arguments
     char *argv[])			// I - Arguments
{
  if (argc == 3 && !strcmp(argv[1], "info"))
    return (do_info(argv[2]));
  else if (argc == 3 && !strcmp(argv[1], "encode"))
    return (do_encode(argv[2]));
  else if (argc == 4 && !strcmp(argv[1], "compare"))
    return (do_compare(argv[2], argv[3]));

  fputs("Usage: rastertool info RASTER\n       rastertool encode RASTER\n       rastertool compare RASTER PGM\n", stderr);
  return (2);
}


//
// 'do_compare()' - Compare the first raster page with a PGM image.
//

static int				// O - Exit status
do_compare(const char *rasterfile,	// I - Raster file
           const char *pgmfile)		// I - PGM file
{
  int			fd;		// Raster file
  cups_raster_t		*raster;	// Raster stream
  cups_page_header2_t	header;		// Page header
  image_t		page,		// Raster page
			pgm;		// Ghostscript's page
  int			x, y,		// Position
			width, height;	// Area both cover
  long			pixels = 0,	// Pixels compared
			ink = 0,	// Ink pixels of both
			differ = 0,	// Pixels that differ
			stray = 0;	// Ink far from the other image's ink
  bool			a, b;		// Ink in each image


  if ((fd = open(rasterfile, O_RDONLY)) < 0)
  {
    perror(rasterfile);
    return (1);
  }

  raster = cupsRasterOpen(fd, CUPS_RASTER_READ);

  if (!raster || !cupsRasterReadHeader2(raster, &header) || !read_raster_page(raster, &header, &page))
  {
    fprintf(stderr, "%s: no readable page\n", rasterfile);
    return (1);
  }

  cupsRasterClose(raster);
  close(fd);

  if (!read_pgm(pgmfile, &pgm))
    return (1);

  width  = page.width < pgm.width ? page.width : pgm.width;
  height = page.height < pgm.height ? page.height : pgm.height;

  for (y = 0; y < height; y ++)
  {
    for (x = 0; x < width; x ++)
    {
      a = page.ink[y * page.width + x] != 0;
      b = pgm.ink[y * pgm.width + x] != 0;

      pixels ++;
      ink += a + b;

      if (a != b)
      {
        differ ++;

        if ((a && !near_ink(&pgm, x, y)) || (b && !near_ink(&page, x, y)))
          stray ++;
      }
    }
  }

  printf("pixels %ld ink %ld differ %ld stray %ld\n", pixels, ink, differ, stray);

  free(page.ink);
  free(pgm.ink);

  return (0);
}


//
// 'do_encode()' - Time libcups compressing the first page again.
//

static int				// O - Exit status
do_encode(const char *rasterfile)	// I - Raster file
{
  int			fd;		// Raster file
  cups_raster_t		*raster;	// Raster stream
  cups_page_header2_t	header;		// Page header
  unsigned char		*pixels;	// The whole page
  size_t		bytes;		// Bytes of the page
  unsigned		y;		// Row
  int			i;		// Attempt
  struct timespec	start,		// Start of an attempt
			end;		// End of it
  double		ms,		// Time of an attempt
			best = 0.0;	// Best time


  if ((fd = open(rasterfile, O_RDONLY)) < 0)
  {
    perror(rasterfile);
    return (1);
  }

  raster = cupsRasterOpen(fd, CUPS_RASTER_READ);

  if (!raster || !cupsRasterReadHeader2(raster, &header) || header.cupsBytesPerLine > 100000 || header.cupsHeight > 20000)
  {
    fprintf(stderr, "%s: no readable page\n", rasterfile);
    return (1);
  }

  bytes = (size_t)header.cupsBytesPerLine * header.cupsHeight;

  if ((pixels = malloc(bytes)) == NULL || cupsRasterReadPixels(raster, pixels, (unsigned)bytes) < bytes)
  {
    fprintf(stderr, "%s: page cut short\n", rasterfile);
    return (1);
  }

  cupsRasterClose(raster);
  close(fd);

  for (i = 0; i < 5; i ++)
  {
    clock_gettime(CLOCK_MONOTONIC, &start);

    raster = cupsRasterOpenIO(discard_cb, NULL, CUPS_RASTER_WRITE_PWG);
    cupsRasterWriteHeader2(raster, &header);
    for (y = 0; y < header.cupsHeight; y ++)
      cupsRasterWritePixels(raster, pixels + y * header.cupsBytesPerLine, header.cupsBytesPerLine);
    cupsRasterClose(raster);

    clock_gettime(CLOCK_MONOTONIC, &end);

    ms = (end.tv_sec - start.tv_sec) * 1000.0 + (end.tv_nsec - start.tv_nsec) / 1000000.0;
    if (i == 0 || ms < best)
      best = ms;
  }

  printf("encode %.1f ms\n", best);

  free(pixels);

  return (0);
}


//
// 'discard_cb()' - Throw raster output away.
//

static ssize_t				// O - Bytes "written"
discard_cb(void          *ctx,		// I - Unused
           unsigned char *buffer,	// I - Unused
           size_t        length)	// I - Number of bytes
{
  (void)ctx;
  (void)buffer;

  return ((ssize_t)length);
}


//
// 'do_info()' - Describe every page of a raster stream.
//

static int				// O - Exit status
do_info(const char *rasterfile)		// I - Raster file
{
  int			fd;		// Raster file
  cups_raster_t		*raster;	// Raster stream
  cups_page_header2_t	header;		// Page header
  image_t		page;		// Page
  int			pages = 0,	// Pages read
			x, y,		// Position
			left, top,	// Ink box, top left
			right, bottom;	// Ink box, bottom right


  if ((fd = open(rasterfile, O_RDONLY)) < 0)
  {
    perror(rasterfile);
    return (1);
  }

  if ((raster = cupsRasterOpen(fd, CUPS_RASTER_READ)) == NULL)
  {
    fprintf(stderr, "%s: not a raster stream\n", rasterfile);
    return (1);
  }

  while (cupsRasterReadHeader2(raster, &header))
  {
    pages ++;

    if (!read_raster_page(raster, &header, &page))
    {
      fprintf(stderr, "%s: page %d is cut short\n", rasterfile, pages);
      return (1);
    }

    left   = page.width;
    top    = page.height;
    right  = -1;
    bottom = -1;

    for (y = 0; y < page.height; y ++)
    {
      for (x = 0; x < page.width; x ++)
      {
        if (page.ink[y * page.width + x])
        {
          if (x < left)
            left = x;
          if (x > right)
            right = x;
          if (y < top)
            top = y;
          bottom = y;
        }
      }
    }

    printf("page %d %ux%u %ux%u cspace=%d bits=%u bpl=%u total=%u size=%s points=%ux%u ", pages, header.cupsWidth, header.cupsHeight, header.HWResolution[0], header.HWResolution[1], (int)header.cupsColorSpace, header.cupsBitsPerPixel, header.cupsBytesPerLine, header.cupsInteger[CUPS_RASTER_PWG_TotalPageCount], header.cupsPageSizeName[0] ? header.cupsPageSizeName : "-", header.PageSize[0], header.PageSize[1]);

    if (right < 0)
      puts("ink=none");
    else
      printf("ink=%.1f,%.1f,%.1f,%.1f\n", left * 72.0 / header.HWResolution[0], top * 72.0 / header.HWResolution[1], (right + 1) * 72.0 / header.HWResolution[0], (bottom + 1) * 72.0 / header.HWResolution[1]);

    free(page.ink);
  }

  cupsRasterClose(raster);
  close(fd);

  printf("pages %d\n", pages);

  return (pages > 0 ? 0 : 1);
}


//
// 'is_ink()' - Tell whether a pixel of a raster line is at least half dark.
//

static bool				// O - `true` for ink
is_ink(const cups_page_header2_t *header,
					// I - Page header
       const unsigned char       *line,	// I - Line
       unsigned                  x)	// I - Pixel
{
  switch (header->cupsColorSpace)
  {
    case CUPS_CSPACE_K :
        if (header->cupsBitsPerPixel == 1)
          return ((line[x / 8] & (0x80 >> (x % 8))) != 0);
        return (line[x] >= 128);

    case CUPS_CSPACE_SW :
    case CUPS_CSPACE_W :
        return (line[x] < 128);

    default :
        return (false);
  }
}


//
// 'near_ink()' - Tell whether an image has ink within one pixel.
//

static bool				// O - `true` if ink is near
near_ink(const image_t *image,		// I - Image
         int           x,		// I - Column
         int           y)		// I - Row
{
  int	dx, dy;				// Offsets


  for (dy = -1; dy <= 1; dy ++)
  {
    for (dx = -1; dx <= 1; dx ++)
    {
      if (x + dx >= 0 && x + dx < image->width && y + dy >= 0 && y + dy < image->height && image->ink[(y + dy) * image->width + x + dx])
        return (true);
    }
  }

  return (false);
}


//
// 'read_pgm()' - Read a binary 8-bit PGM image as ink.
//

static bool				// O - `true` on success
read_pgm(const char *filename,		// I - PGM file
         image_t    *image)		// O - Image
{
  FILE		*fp;			// File
  int		maxval;			// Largest value
  size_t	i,			// Looping var
		count;			// Number of pixels
  unsigned char	*pixels;		// Grey values


  if ((fp = fopen(filename, "rb")) == NULL)
  {
    perror(filename);
    return (false);
  }

  if (!read_pgm_number(fp, true, &maxval) || maxval != 5 || !read_pgm_number(fp, false, &image->width) || !read_pgm_number(fp, false, &image->height) || !read_pgm_number(fp, false, &maxval) || maxval != 255 || image->width < 1 || image->height < 1 || image->width > 20000 || image->height > 20000)
  {
    fprintf(stderr, "%s: not an 8-bit binary PGM\n", filename);
    fclose(fp);
    return (false);
  }

  count       = (size_t)image->width * (size_t)image->height;
  pixels      = malloc(count);
  image->ink  = malloc(count);

  if (!pixels || !image->ink || fread(pixels, 1, count, fp) != count)
  {
    fprintf(stderr, "%s: cut short\n", filename);
    fclose(fp);
    return (false);
  }

  fclose(fp);

  for (i = 0; i < count; i ++)
    image->ink[i] = pixels[i] < 128;

  free(pixels);

  return (true);
}


//
// 'read_pgm_number()' - Read a number of a PGM header, skipping comments.
//
// With "magic", reads the "P" of the magic number first.  The single white
// space character after the last number is consumed.
//

static bool				// O - `true` on success
read_pgm_number(FILE *fp,		// I - File
                bool magic,		// I - Read "P" first?
                int  *number)		// O - Number
{
  int	ch;				// Current character


  // Skip white space and comments...
  while ((ch = getc(fp)) != EOF)
  {
    if (ch == '#')
    {
      while ((ch = getc(fp)) != EOF && ch != '\n');
    }
    else if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n')
      break;
  }

  if (magic)
  {
    if (ch != 'P')
      return (false);

    ch = getc(fp);
  }

  if (ch < '0' || ch > '9')
    return (false);

  for (*number = 0; ch >= '0' && ch <= '9' && *number < 100000; ch = getc(fp))
    *number = *number * 10 + ch - '0';

  return (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n');
}


//
// 'read_raster_page()' - Read the pixels of one page as ink.
//

static bool				// O - `true` on success
read_raster_page(
    cups_raster_t             *raster,	// I - Raster stream
    const cups_page_header2_t *header,	// I - Page header
    image_t                   *image)	// O - Image
{
  unsigned char	*line;			// One line
  unsigned	x, y;			// Position


  image->width  = (int)header->cupsWidth;
  image->height = (int)header->cupsHeight;

  if (header->cupsWidth < 1 || header->cupsWidth > 20000 || header->cupsHeight < 1 || header->cupsHeight > 20000 || header->cupsBytesPerLine < (header->cupsWidth * header->cupsBitsPerPixel + 7) / 8)
    return (false);

  line       = malloc(header->cupsBytesPerLine);
  image->ink = malloc((size_t)image->width * (size_t)image->height);

  if (!line || !image->ink)
    return (false);

  for (y = 0; y < header->cupsHeight; y ++)
  {
    if (cupsRasterReadPixels(raster, line, header->cupsBytesPerLine) < header->cupsBytesPerLine)
    {
      free(line);
      free(image->ink);
      return (false);
    }

    for (x = 0; x < header->cupsWidth; x ++)
      image->ink[y * header->cupsWidth + x] = is_ink(header, line, x);
  }

  free(line);

  return (true);
}
