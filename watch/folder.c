//
// Whether a result folder must be read again: what its last reading saw,
// and when its time counts as settled.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// A folder's modification time changes when an entry is added, removed or
// renamed in it, on a file server too (NTFS and Samba do so for SMB
// clients); a file written to again in place changes only its own time.
// Three things make the time less than exact:
//
// - A client caches attributes.  A CIFS mount keeps a folder's for up to
//   acdirmax seconds (default: actimeo, 1 s); an NFS mount for acdirmin to
//   acdirmax seconds (default 30 to 60 s) unless mounted with noac or a
//   smaller actimeo.  Until then the old time shows: a new file is seen
//   later, but it is seen, since the new time shows afterwards.
// - The time may be coarse: 2 s on FAT, a clock tick on a local disk.  A
//   file added in the same step as the time seen, just after the folder was
//   read, leaves the time as it was.
// - The server's clock is not ours, so its times cannot be compared with
//   "now".
//
// So a folder's status (device, inode, modification and change time) is
// taken before each reading, and a folder may be left unread only once its
// status is the one that a reading saw which began WATCH_FOLDER_TICK_SEC or
// more after the first reading that showed it: whatever was added in the
// same step as that time was there for that later reading to see.  The
// caller reads every folder all the same now and then, for file systems
// whose folder times cannot be trusted.
//

#include "folder.h"
#include <string.h>


//
// Local functions...
//

static bool	same_status(const watch_folder_t *folder, const struct stat *st);


//
// 'watchFolderForget()' - Forget what was seen, so that the folder is read.
//

void
watchFolderForget(
    watch_folder_t *folder)		// I - Folder
{
  if (folder)
    memset(folder, 0, sizeof(watch_folder_t));
}


//
// 'watchFolderNote()' - Note a folder's status after reading it.
//

void
watchFolderNote(
    watch_folder_t    *folder,		// I - Folder
    const struct stat *st,		// I - Status taken before the reading
    double            started)		// I - Monotonic time of that status
{
  if (!folder || !st)
    return;

  if (same_status(folder, st))
  {
    // The same status again: settled once this reading began a whole time
    // step after the first that showed it...
    if (started - folder->since >= WATCH_FOLDER_TICK_SEC)
      folder->settled = true;
    return;
  }

  folder->known   = true;
  folder->settled = false;
  folder->dev     = st->st_dev;
  folder->ino     = st->st_ino;
  folder->mtime   = st->st_mtim;
  folder->ctime   = st->st_ctim;
  folder->since   = started;
}


//
// 'watchFolderUnchanged()' - Tell whether a folder need not be read.
//

bool					// O - `true` if settled and unchanged
watchFolderUnchanged(
    const watch_folder_t *folder,	// I - Folder as noted
    const struct stat    *st)		// I - Its status now
{
  if (!folder || !st || !folder->known || !folder->settled)
    return (false);

  return (same_status(folder, st));
}


//
// 'same_status()' - Tell whether a folder's status is the one noted.
//

static bool				// O - `true` if the same
same_status(
    const watch_folder_t *folder,	// I - Folder as noted
    const struct stat    *st)		// I - Its status now
{
  return (folder->known && folder->dev == st->st_dev && folder->ino == st->st_ino && folder->mtime.tv_sec == st->st_mtim.tv_sec && folder->mtime.tv_nsec == st->st_mtim.tv_nsec && folder->ctime.tv_sec == st->st_ctim.tv_sec && folder->ctime.tv_nsec == st->st_ctim.tv_nsec);
}
