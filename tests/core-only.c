//
// Link check for onshi-notice: the core prints a raster page without CUPS.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Makefile.am links this program with filter/libnotice.a and the drawing
// libraries alone, never libcups or libcupsfilters: if the core called
// either, this program would not link.  Run, it prints a notice as PWG
// raster through noticePrintJob() into memory and checks the stream's sync
// word and first page header (A4 at 300 dpi: 2480 by 3507 pixels).  It needs
// no cmocka, so it runs with --disable-unit-tests too.
//
// Usage: tests/core-only, with ONSHI_NOTICE_DATADIR naming the notice data
// (make check sets it).
//

#include <config.h>
#include "notice.h"
#include <stdlib.h>
#include <string.h>


//
// Local types...
//

typedef struct output_s			// Output collected in memory
{
  unsigned char	*data;			// Bytes
  size_t	length;			// Number of bytes
} output_t;


//
// Local functions...
//

static unsigned	get_uint(const unsigned char *field);
static void	log_cb(void *cbdata, notice_level_t level, const char *message);
static bool	write_cb(void *cbdata, const unsigned char *buffer, size_t bytes);


//
// 'main()' - Print a PWG raster page and check its header.
//

int					// O - Exit status
main(void)
{
  const char		*data_dir;	// Notice data
  notice_options_t	options;	// Options
  notice_callbacks_t	cb;		// Callbacks
  notice_summary_t	summary;	// What the job produced
  output_t		output;		// PWG raster written
  FILE			*job;		// Job holding a status code
  static const char	job_text[] = "invalid\n";
					// The job
  bool			ok;		// Did printing work?
  int			status = 0;	// Exit status


  if ((data_dir = getenv("ONSHI_NOTICE_DATADIR")) == NULL)
  {
    fputs("core-only: ONSHI_NOTICE_DATADIR is not set.\n", stderr);
    return (1);
  }

  noticeOptionsInit(&options, data_dir);
  options.format     = NOTICE_FORMAT_PWG;
  options.resolution = 300;
  options.color      = NOTICE_COLOR_SGRAY_8;
  options.copies     = 1;

  memset(&cb, 0, sizeof(cb));
  cb.log_cb = log_cb;

  memset(&output, 0, sizeof(output));

  if ((job = fmemopen((void *)job_text, sizeof(job_text) - 1, "rb")) == NULL)
  {
    perror("core-only: fmemopen");
    return (1);
  }

  ok = noticePrintJob(job, &options, &cb, write_cb, &output, &summary);
  fclose(job);

  // "RaS2", then a 1796-byte page header: width at byte 372 and height at
  // 376 of the header, the paper's name at 1732...
  if (!ok || summary.pages != 1)
  {
    fprintf(stderr, "core-only: printing failed (%d pages).\n", ok ? summary.pages : 0);
    status = 1;
  }
  else if (output.length < 4 + 1796 || memcmp(output.data, "RaS2", 4))
  {
    fprintf(stderr, "core-only: %u bytes, not a PWG raster stream.\n", (unsigned)output.length);
    status = 1;
  }
  else if (get_uint(output.data + 4 + 372) != 2480 || get_uint(output.data + 4 + 376) != 3507 || strcmp((char *)output.data + 4 + 1732, "iso_a4_210x297mm"))
  {
    fprintf(stderr, "core-only: page %ux%u pixels on \"%.63s\", expected 2480x3507 on \"iso_a4_210x297mm\".\n", get_uint(output.data + 4 + 372), get_uint(output.data + 4 + 376), (char *)output.data + 4 + 1732);
    status = 1;
  }
  else
    printf("core-only: PWG raster page of 2480x3507 pixels, %u bytes.\n", (unsigned)output.length);

  free(output.data);

  return (status);
}


//
// 'get_uint()' - Read a big-endian 32-bit integer.
//

static unsigned				// O - Integer
get_uint(const unsigned char *field)	// I - Field
{
  return (((unsigned)field[0] << 24) | ((unsigned)field[1] << 16) | ((unsigned)field[2] << 8) | (unsigned)field[3]);
}


//
// 'log_cb()' - Show the core's errors.
//

static void
log_cb(void           *cbdata,		// I - Unused
       notice_level_t level,		// I - Severity
       const char     *message)		// I - Message
{
  (void)cbdata;

  if (level >= NOTICE_LEVEL_WARNING)
    fprintf(stderr, "core-only: %s\n", message);
}


//
// 'write_cb()' - Append output to memory.
//

static bool				// O - `true` on success
write_cb(void                *cbdata,	// I - Output
         const unsigned char *buffer,	// I - Bytes
         size_t              bytes)	// I - Number of bytes
{
  output_t	*output = (output_t *)cbdata;
					// Output
  unsigned char	*temp;			// Grown data


  if ((temp = realloc(output->data, output->length + bytes + 1)) == NULL)
    return (false);

  output->data = temp;
  memcpy(output->data + output->length, buffer, bytes);
  output->length += bytes;
  output->data[output->length] = '\0';

  return (true);
}
