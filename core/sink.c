//
// Output sink for onshi-notice: gathers the output formats' bytes and passes
// them to the front end's write callback.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Every output format (output.c, output-raster.c) writes through a sink, so
// output can go to a file descriptor, a pipe or memory alike, and a failed
// write or a cancelled job stops all of them the same way.
//

#include <config.h>
#include "sink-private.h"
#include <string.h>


//
// 'noticeSinkFlush()' - Write the bytes waiting in the buffer.
//

bool					// O - `true` on success
noticeSinkFlush(notice_sink_t *sink)	// I - Output sink
{
  if (!sink)
    return (false);

  if (sink->failed || noticeIsCanceled(sink->cb) || (sink->used > 0 && !(sink->write_cb)(sink->write_data, sink->buffer, sink->used)))
  {
    sink->failed = true;
    return (false);
  }

  sink->used = 0;

  return (true);
}


//
// 'noticeSinkInit()' - Prepare a sink for the front end's write callback.
//
// The sink is large (NOTICE_SINK_BYTES); the caller allocates it.
//

void
noticeSinkInit(
    notice_sink_t            *sink,	// O - Output sink
    notice_write_cb_t        write_cb,	// I - Write callback
    void                     *write_data,
					// I - Data for write callback
    const notice_callbacks_t *cb)	// I - Callbacks, for cancellation
{
  if (!sink)
    return;

  sink->write_cb   = write_cb;
  sink->write_data = write_data;
  sink->cb         = cb;
  sink->failed     = false;
  sink->used       = 0;
}


//
// 'noticeSinkWrite()' - Pass output to the front end.
//
// Small writes are gathered into NOTICE_SINK_BYTES before they go to the
// front end: raster output comes a row at a time.  After the first failure,
// or once the job is cancelled, nothing more is written.
//

bool					// O - `true` on success
noticeSinkWrite(
    notice_sink_t       *sink,		// I - Output sink
    const unsigned char *data,		// I - Bytes
    size_t              length)		// I - Number of bytes
{
  if (!sink || (length > 0 && !data))
    return (false);

  if (sink->failed || noticeIsCanceled(sink->cb))
  {
    sink->failed = true;
    return (false);
  }

  if (sink->used + length > sizeof(sink->buffer) && !noticeSinkFlush(sink))
    return (false);

  if (length >= sizeof(sink->buffer))
  {
    if (!(sink->write_cb)(sink->write_data, data, length))
    {
      sink->failed = true;
      return (false);
    }
  }
  else
  {
    memcpy(sink->buffer + sink->used, data, length);
    sink->used += length;
  }

  return (true);
}
