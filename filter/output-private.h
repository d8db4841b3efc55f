//
// Internals shared by the output modules of onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_OUTPUT_PRIVATE_H
#  define NOTICE_OUTPUT_PRIVATE_H
#  include "output.h"

#  define NOTICE_BAND_BYTES	(1024 * 1024)
					// Memory for one band of raster output
#  define NOTICE_BAND_SLOTS	3	// Bands drawn ahead of writing
#  define NOTICE_SINK_BYTES	65536	// Output gathered before each write

typedef struct notice_sink_s		// Where output goes
{
  notice_write_cb_t	write_cb;	// Front end's write callback
  void			*write_data;	// Its data
  const notice_callbacks_t *cb;		// Callbacks, for cancellation
  bool			failed;		// Has a write failed?
  size_t		used;		// Bytes waiting in the buffer
  unsigned char		buffer[NOTICE_SINK_BYTES];
					// Output not yet written
} notice_sink_t;

extern bool	noticeOutputRaster(const notice_layout_t *layout, const notice_options_t *options, notice_sink_t *sink, const notice_callbacks_t *cb, int *pages);
extern bool	noticeSinkFlush(notice_sink_t *sink);
extern bool	noticeSinkWrite(notice_sink_t *sink, const unsigned char *data, size_t length);

#endif // !NOTICE_OUTPUT_PRIVATE_H
