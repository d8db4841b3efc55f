//
// The watcher's memory: which result files it has handled and which notices
// still wait to be sent, kept in its state directory across restarts.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// A handled file is remembered by its path, size and modification time only;
// nothing from inside a file is kept.  A waiting notice is its code, the
// path of the file that called for it and a random token that names its job.
//

#ifndef WATCH_STATE_H
#  define WATCH_STATE_H
#  include "notice.h"
#  include <stdint.h>
#  include <sys/types.h>

#  define WATCH_TOKEN_SIZE	17	// Size of a token: 16 hex digits and a nul

typedef struct watch_state_s watch_state_t;
					// Handled files and waiting notices

typedef struct watch_file_s		// How a file is recognised
{
  const char		*path;		// Directory and name
  off_t			size;		// Size in bytes
  time_t		mtime_sec;	// Modification time, seconds
  long			mtime_nsec;	// Modification time, nanoseconds
} watch_file_t;

typedef struct watch_pending_s		// A notice that waits to be sent
{
  char			token[WATCH_TOKEN_SIZE];
					// Random name of its job
  notice_status_t	status;		// Notice to print
  const char		*path;		// File that called for it
  time_t		created;	// When it was decided
  bool			maybe_sent;	// Left over from an earlier run: perhaps sent already
} watch_pending_t;

extern watch_state_t	*watchStateOpen(const char *dir, size_t max_files, const notice_callbacks_t *cb);
extern void		watchStateClose(watch_state_t *state);
extern bool		watchStateIsNew(const watch_state_t *state);
extern bool		watchStateSeen(watch_state_t *state, const watch_file_t *file, time_t now);
extern bool		watchStateSeenInode(watch_state_t *state, const char *path, uint64_t ino, time_t now);
extern void		watchStateSetInode(watch_state_t *state, const char *path, uint64_t ino);
extern bool		watchStateAdd(watch_state_t *state, const watch_file_t *file, time_t now);
extern size_t		watchStateCount(const watch_state_t *state);
extern size_t		watchStatePrune(watch_state_t *state, time_t now, time_t forget_after);
extern bool		watchStateAddPending(watch_state_t *state, notice_status_t status, const char *path, time_t now);
extern size_t		watchStatePendingCount(const watch_state_t *state);
extern const watch_pending_t *watchStatePendingFirst(const watch_state_t *state);
extern bool		watchStateRemovePending(watch_state_t *state, const char *token);
extern bool		watchStateSave(watch_state_t *state);
extern bool		watchStateIsDirty(const watch_state_t *state);

#endif // !WATCH_STATE_H
