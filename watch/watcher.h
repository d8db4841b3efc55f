//
// The watcher: lists the result folders, handles each new file once and
// sends the notices it calls for, retrying while CUPS cannot take them.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef WATCH_WATCHER_H
#  define WATCH_WATCHER_H
#  include "settings.h"
#  include "submit.h"

#  define WATCH_EXIT_PENDING	75	// --once left notices waiting (EX_TEMPFAIL)

typedef struct watch_sender_s		// How notices are sent
{
  watch_send_cb_t	send_cb;	// Send a code
  watch_find_cb_t	find_cb;	// Look for an earlier job
  void			*data;		// Data for both
} watch_sender_t;

typedef struct watch_s watch_t;		// A running watcher

extern watch_t	*watchNew(const watch_settings_t *settings, const notice_callbacks_t *cb, const watch_sender_t *sender);
extern int	watchRun(watch_t *watch);
extern void	watchDelete(watch_t *watch);

#endif // !WATCH_WATCHER_H
