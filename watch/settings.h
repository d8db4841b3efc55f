//
// The watcher's settings, from its configuration file and command line.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef WATCH_SETTINGS_H
#  define WATCH_SETTINGS_H
#  include "notice.h"

#  define WATCH_DIRS_MAX	16	// Most folders watched

typedef struct watch_settings_s		// Everything that shapes the watcher
{
  char		queue[256];		// Notice queue (QUEUE)
  char		codes[256];		// Validity values that print (CODES)
  char		state_dir[1024];	// State directory (STATE_DIR)
  char		data_dir[1024];		// Notice data with codes.txt (DATA_DIR)
  char		cups_server[256];	// CUPS server, "" for the client default (CUPS_SERVER)
  double	poll_sec;		// Seconds between listings (POLL)
  double	full_scan_sec;		// Seconds between full listings of unchanged folders, 0 for every listing (FULL_SCAN)
  double	settle_sec;		// Seconds a broken file stays unchanged before it is refused (SETTLE)
  size_t	max_notices;		// Most notices printed for one file (MAX_NOTICES)
  size_t	max_files;		// Most handled files remembered (STATE_MAX)
  double	forget_days;		// Days unseen before a handled file is forgotten (FORGET_DAYS)
  bool		use_inotify;		// Use inotify as a fast path (INOTIFY)
  bool		print_existing;		// First run: print files already there (FIRST_RUN=print)
  bool		once;			// Handle what is there, then exit
  size_t	num_dirs;		// Number of folders (DIRS)
  char		dirs[WATCH_DIRS_MAX][1024];
					// Folders watched
} watch_settings_t;

extern void	watchSettingsInit(watch_settings_t *settings, const char *state_dir, const char *data_dir);
extern bool	watchSettingsLoad(watch_settings_t *settings, const char *path, const notice_callbacks_t *cb);
extern bool	watchSettingsSet(watch_settings_t *settings, const char *key, const char *value, const notice_callbacks_t *cb);
extern bool	watchSettingsAddDir(watch_settings_t *settings, const char *dir, const notice_callbacks_t *cb);

#endif // !WATCH_SETTINGS_H
