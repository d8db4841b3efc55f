//
// Output formats for onshi-notice: the laid-out page as a printable document.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// This is the only module that knows about cairo surfaces.  Every format
// writes through the front end's write callback, so output can go to a file
// descriptor, a pipe or memory alike.
//

#include <config.h>
#include "output.h"
#include "log.h"
#include <cairo-pdf.h>
#include <string.h>


//
// Local types...
//

typedef struct notice_sink_s		// Where cairo's output goes
{
  notice_write_cb_t	write_cb;	// Front end's write callback
  void			*write_data;	// Its data
  const notice_callbacks_t *cb;		// Callbacks, for cancellation
  bool			failed;		// Has a write failed?
} notice_sink_t;


//
// Local functions...
//

static cairo_status_t	sink_write(void *closure, const unsigned char *data, unsigned int length);
static bool		write_pdf(const notice_layout_t *layout, const notice_options_t *options, notice_sink_t *sink, const notice_callbacks_t *cb, int *pages);


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
  notice_sink_t	sink;			// Output sink


  if (!layout || !options || !write_cb || !pages)
    return (false);

  *pages = 0;

  sink.write_cb   = write_cb;
  sink.write_data = write_data;
  sink.cb         = cb;
  sink.failed     = false;

  switch (options->format)
  {
    case NOTICE_FORMAT_PDF :
        return (write_pdf(layout, options, &sink, cb, pages));
  }

  noticeLog(cb, NOTICE_LEVEL_ERROR, "Unsupported output format.");
  return (false);
}


//
// 'sink_write()' - Pass cairo's output to the front end.
//

static cairo_status_t			// O - Status
sink_write(void                *closure,// I - Sink
           const unsigned char *data,	// I - Bytes
           unsigned int        length)	// I - Number of bytes
{
  notice_sink_t	*sink = (notice_sink_t *)closure;
					// Output sink


  if (sink->failed || noticeIsCanceled(sink->cb) || !(sink->write_cb)(sink->write_data, data, length))
  {
    sink->failed = true;
    return (CAIRO_STATUS_WRITE_ERROR);
  }

  return (CAIRO_STATUS_SUCCESS);
}


//
// 'write_pdf()' - Write the page as PDF.
//
// cairo subsets and embeds the fonts and keeps the text extractable.  The
// creation date comes from the job, so the same job gives the same bytes.
//

static bool				// O - `true` on success
write_pdf(
    const notice_layout_t    *layout,	// I - Laid-out page
    const notice_options_t   *options,	// I - Options
    notice_sink_t            *sink,	// I - Output sink
    const notice_callbacks_t *cb,	// I - Callbacks
    int                      *pages)	// O - Pages written
{
  cairo_surface_t	*surface;	// PDF surface
  cairo_t		*cr;		// Drawing context
  cairo_status_t	status;		// Final status
  char			date[32];	// Creation date
  struct tm		tm;		// Job time in UTC
  int			copy;		// Current copy


  surface = cairo_pdf_surface_create_for_stream(sink_write, sink, options->page_width_pt, options->page_height_pt);

  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, noticeLayoutGetTitle(layout));
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);

  if (options->job_time > 0 && gmtime_r(&options->job_time, &tm))
  {
    strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", &tm);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  }

  cr = cairo_create(surface);

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
