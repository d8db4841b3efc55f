//
// Whether a result folder must be read again: what its last reading saw,
// and when its time counts as settled.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef WATCH_FOLDER_H
#  define WATCH_FOLDER_H
#  include <stdbool.h>
#  include <sys/stat.h>
#  include <time.h>

#  define WATCH_FOLDER_TICK_SEC	2.0	// Coarsest folder time step (FAT: 2 s)

typedef struct watch_folder_s		// A folder as its readings found it
{
  bool			known;		// Has it been read?
  bool			settled;	// Time unchanged for WATCH_FOLDER_TICK_SEC of readings?
  dev_t			dev;		// Device
  ino_t			ino;		// Inode
  struct timespec	mtime,		// Modification time
			ctime;		// Change time
  double		since;		// Monotonic time of the first reading that showed them
} watch_folder_t;

extern void	watchFolderForget(watch_folder_t *folder);
extern void	watchFolderNote(watch_folder_t *folder, const struct stat *st, double started);
extern bool	watchFolderUnchanged(const watch_folder_t *folder, const struct stat *st);

#endif // !WATCH_FOLDER_H
