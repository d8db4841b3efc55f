//
// Output formats for onshi-notice: the laid-out page as a printable document.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The output modules are the only ones that know about cairo surfaces and
// raster streams.  This one chooses the format, and writes the vector ones,
// PDF and PostScript, and the PNG preview itself; output-raster.c writes PWG
// and Apple raster.  Every format writes through the sink (sink.c) to the
// front end's write callback.
//

#include <config.h>
#include "output-private.h"
#include "output-raster-private.h"
#include "sink-private.h"
#include <cairo-pdf.h>
#include <cairo-ps.h>
#include <stdlib.h>
#include <string.h>


//
// Local functions...
//

static cairo_status_t	sink_write(void *closure, const unsigned char *data, unsigned int length);
static bool		write_png(const notice_layout_t *layout, const notice_options_t *options, notice_sink_t *sink, const notice_callbacks_t *cb, int *pages);
static bool		report_status(notice_sink_t *sink, cairo_status_t status, const notice_callbacks_t *cb);
static bool		write_vector(const notice_layout_t *layout, const notice_options_t *options, notice_sink_t *sink, const notice_callbacks_t *cb, int *pages);


//
// 'noticeOutputWrite()' - Write the page in the format the options ask for.
//
// The page is repeated "options->copies" times.  "pages" receives the number
// of pages written.
//

bool					// O - `true` on success
noticeOutputWrite(
    const notice_layout_t    *layout,	// I - Laid-out page
    const notice_options_t   *options,	// I - Options
    notice_write_cb_t        write_cb,	// I - Write callback
    void                     *write_data,
					// I - Data for write callback
    const notice_callbacks_t *cb,	// I - Callbacks
    int                      *pages)	// O - Pages written
{
  notice_sink_t	*sink;			// Output sink
  bool		ok;			// Did output succeed?


  if (!layout || !options || !write_cb || !pages)
    return (false);

  *pages = 0;

  if ((sink = calloc(1, sizeof(notice_sink_t))) == NULL)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Not enough memory to print the notice - try again.");
    return (false);
  }

  noticeSinkInit(sink, write_cb, write_data, cb);

  switch (options->format)
  {
    case NOTICE_FORMAT_PDF :
    case NOTICE_FORMAT_PS :
        ok = write_vector(layout, options, sink, cb, pages);
        break;

    case NOTICE_FORMAT_PWG :
    case NOTICE_FORMAT_URF :
        ok = noticeOutputRaster(layout, options, sink, cb, pages);
        break;

    case NOTICE_FORMAT_PNG :
        ok = write_png(layout, options, sink, cb, pages);
        break;

    default :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Unsupported output format.");
        ok = false;
        break;
  }

  // Write what is left in the buffer...
  if (ok && !noticeSinkFlush(sink))
  {
    if (!noticeIsCanceled(cb))
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to write the notice to the printer.");
    ok = false;
  }

  free(sink);

  return (ok);
}


//
// 'sink_write()' - Pass cairo's output to the front end.
//

static cairo_status_t			// O - Status
sink_write(void                *closure,// I - Sink
           const unsigned char *data,	// I - Bytes
           unsigned int        length)	// I - Number of bytes
{
  return (noticeSinkWrite((notice_sink_t *)closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR);
}


//
// 'write_vector()' - Write the page as PDF or PostScript.
//
// cairo subsets and embeds the fonts and keeps PDF text extractable.  The PDF
// creation date comes from the job, so the same job gives the same bytes.
// PostScript is kept to language level 2 for older printers; it sets the page
// size on the printer itself.
//

static bool				// O - `true` on success
write_vector(
    const notice_layout_t    *layout,	// I - Laid-out page
    const notice_options_t   *options,	// I - Options
    notice_sink_t            *sink,	// I - Output sink
    const notice_callbacks_t *cb,	// I - Callbacks
    int                      *pages)	// O - Pages written
{
  cairo_surface_t	*surface;	// PDF or PostScript surface
  cairo_t		*cr;		// Drawing context
  cairo_status_t	status;		// Final status
  char			date[32];	// Creation date
  struct tm		tm;		// Job time in UTC
  int			copy;		// Current copy


  if (options->format == NOTICE_FORMAT_PS)
  {
    surface = cairo_ps_surface_create_for_stream(sink_write, sink, options->page_width_pt, options->page_height_pt);

    cairo_ps_surface_restrict_to_level(surface, CAIRO_PS_LEVEL_2);
    cairo_ps_surface_dsc_comment(surface, "%%Title: " PACKAGE_NAME " patient notice");
  }
  else
  {
    surface = cairo_pdf_surface_create_for_stream(sink_write, sink, options->page_width_pt, options->page_height_pt);

    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, noticeLayoutGetTitle(layout));
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);

    if (options->job_time > 0 && gmtime_r(&options->job_time, &tm))
    {
      strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", &tm);
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
  }

  cr = cairo_create(surface);

  // Under ASan with strict_string_checks, cairo 1.18's cairo_show_page()
  // reports a read past cairo's own copy of the text: a false report on a
  // bounded strndup(), suppressed in tests/sanitizer/asan.supp...
  for (copy = 0; copy < options->copies && cairo_status(cr) == CAIRO_STATUS_SUCCESS && !sink->failed; copy ++)
  {
    noticeLayoutDraw(layout, cr);
    cairo_show_page(cr);
    (*pages) ++;
  }

  // cairo errors are sticky: check once after drawing and once after the
  // surface wrote its last bytes...
  status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);

  return (report_status(sink, status, cb));
}


//
// 'write_png()' - Write the page as a PNG image, for previews.
//
// One image at "options->resolution", white where nothing is drawn; copies
// do not apply to an image.
//

static bool				// O - `true` on success
write_png(
    const notice_layout_t    *layout,	// I - Laid-out page
    const notice_options_t   *options,	// I - Options
    notice_sink_t            *sink,	// I - Output sink
    const notice_callbacks_t *cb,	// I - Callbacks
    int                      *pages)	// O - Pages written
{
  cairo_surface_t	*surface;	// Image
  cairo_t		*cr;		// Drawing context
  cairo_status_t	status;		// Final status
  double		scale;		// Pixels per point


  if (options->resolution < NOTICE_RESOLUTION_MIN || options->resolution > NOTICE_RESOLUTION_MAX)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Resolution %d dpi is not supported for an image - use %d to %d dpi.", options->resolution, NOTICE_RESOLUTION_MIN, NOTICE_RESOLUTION_MAX);
    return (false);
  }

  scale   = options->resolution / 72.0;
  surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(options->page_width_pt * scale + 0.5), (int)(options->page_height_pt * scale + 0.5));
  cr      = cairo_create(surface);

  cairo_set_source_rgb(cr, 1.0, 1.0, 1.0);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  noticeLayoutDraw(layout, cr);

  status = cairo_status(cr);
  cairo_destroy(cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream(surface, sink_write, sink);
  cairo_surface_destroy(surface);

  if (status == CAIRO_STATUS_SUCCESS)
    *pages = 1;

  return (report_status(sink, status, cb));
}


//
// 'report_status()' - Log how drawing and writing a page ended.
//
// A cancelled job ends quietly.
//

static bool				// O - `true` on success
report_status(notice_sink_t            *sink,
					// I - Output sink
              cairo_status_t           status,
					// I - cairo's final status
              const notice_callbacks_t *cb)
					// I - Callbacks
{
  if (noticeIsCanceled(cb))
    return (false);

  if (sink->failed)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to write the notice to the printer.");
    return (false);
  }

  if (status != CAIRO_STATUS_SUCCESS)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unable to draw the notice: %s", cairo_status_to_string(status));
    return (false);
  }

  return (true);
}
