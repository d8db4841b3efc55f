//
// Output sink for onshi-notice: gathers the output formats' bytes and passes
// them to the front end's write callback.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_SINK_PRIVATE_H
#  define NOTICE_SINK_PRIVATE_H
#  include "core-private.h"

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

extern bool	noticeSinkFlush(notice_sink_t *sink);
extern void	noticeSinkInit(notice_sink_t *sink, notice_write_cb_t write_cb, void *write_data, const notice_callbacks_t *cb);
extern bool	noticeSinkWrite(notice_sink_t *sink, const unsigned char *data, size_t length);

#endif // !NOTICE_SINK_PRIVATE_H
