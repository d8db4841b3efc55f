//
// The watcher: lists the result folders, handles each new file once and
// sends the notices it calls for, retrying while CUPS cannot take them.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The folders are usually a CIFS mount of the terminal's Windows share,
// where inotify sees no change made by the other side: they are listed every
// POLL seconds, and inotify, where it works, only makes a new file seen
// sooner.
//
// A listing that finds nothing new must cost next to nothing, however many
// old files lie in a folder (where nothing deletes them, tens of thousands a
// year), because on a CIFS mount each look is a round trip to the terminal.
// So a folder is read only when its status (modification and change time,
// device and inode) differs from what the last reading of it saw; files
// that were not complete are looked at by name; and every FULL_SCAN seconds
// every folder is read all the same, as a safety net where folder times
// cannot be trusted.
//
// What folder times can be trusted for, with CIFS and NFS attribute caching
// and coarse time steps, and when a folder's time counts as settled, is
// explained in folder.c.
//
// A file is handled when two looks around reading it agree on its size and
// modification time and it parses as XML; a file that does not parse is
// looked at again until it has stayed unchanged for SETTLE seconds, and is
// then refused with one log line.  Every decision goes into the state
// together with the notices it calls for, and the state is saved before any
// notice is sent, so that a restart neither prints a file twice nor loses a
// notice.  Logs name the file and the decision, never anything it holds.
//

#include "watcher.h"
#include "notice.h"
#include "folder.h"
#include "result.h"
#include "state.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>


//
// Local constants...
//

#define RETRY_MAX_SEC	60.0		// Longest wait between send attempts
#define PRUNE_SEC	3600.0		// Seconds between prunings of the state


//
// Local types...
//

typedef struct candidate_s		// A file not decided yet
{
  char		*path;			// Directory and name
  off_t		size;			// Size when last looked at
  time_t	mtime_sec;		// Modification time, seconds
  long		mtime_nsec;		// Modification time, nanoseconds
  double	since;			// Monotonic time it last changed
  bool		logged;			// Has a read error been logged?
} candidate_t;

struct watch_s				// A running watcher
{
  watch_settings_t	settings;	// Settings
  notice_callbacks_t	cb;		// Log and cancel callbacks
  watch_sender_t	sender;		// How notices are sent
  notice_codes_t	*codes;		// Code table
  watch_triggers_t	triggers;	// Values that print
  watch_state_t		*state;		// Handled files and waiting notices
  char			*buffer;	// File contents
  int			inotify_fd;	// inotify instance or -1
  int			wd[WATCH_DIRS_MAX];
					// Watch per folder or -1
  bool			dir_failed[WATCH_DIRS_MAX];
					// Did the last listing fail?
  watch_folder_t	folders[WATCH_DIRS_MAX];
					// Folders as last read
  double		next_full;	// Monotonic time of the next full listing
  bool			baseline;	// Remember files without printing (first run)
  size_t		baseline_count;	// Files remembered so
  candidate_t		*cands;		// Files not decided yet
  size_t		num_cands,	// Number of them
			alloc_cands;	// Allocated
  double		next_send;	// Monotonic time of the next send attempt
  int			failures;	// Failed send attempts in a row
  double		last_prune;	// Monotonic time of the last pruning
  size_t		listed_files;	// Result files in the last listing
  size_t		new_files;	// Files not handled before in it
  size_t		skipped_dirs;	// Folders unchanged, not read in it
};


//
// Local functions...
//

static void	add_inotify(watch_t *watch, size_t i);
static void	decide(watch_t *watch, const watch_file_t *file, const watch_result_t *result);
static candidate_t *find_candidate(watch_t *watch, const char *path);
static void	handle_file(watch_t *watch, int dfd, const char *name, const watch_file_t *file);
static bool	is_result_name(const char *name);
static double	list_folders(watch_t *watch, double now);
static void	look_at(watch_t *watch, size_t i, int dfd, const char *name, uint64_t ino, bool full, time_t now);
static void	look_at_candidates(watch_t *watch, size_t i, time_t now);
static double	monotonic(void);
static void	read_inotify(watch_t *watch);
static void	remove_candidate(watch_t *watch, const char *path);
static bool	scan_all(watch_t *watch, bool full);
static void	send_pending(watch_t *watch);
static bool	waiting_for_files(const watch_t *watch);
static void	update_candidate(watch_t *watch, const watch_file_t *file, bool log_error, const char *error);


//
// 'watchNew()' - Load the code table and the state, ready to watch.
//

watch_t *				// O - Watcher or NULL on error
watchNew(
    const watch_settings_t   *settings,	// I - Settings
    const notice_callbacks_t *cb,	// I - Log and cancel callbacks
    const watch_sender_t     *sender)	// I - How notices are sent
{
  watch_t	*watch;			// Watcher
  size_t	i;			// Looping var


  if (!settings || !cb || !sender || !sender->send_cb || !sender->find_cb)
    return (NULL);

  if (settings->num_dirs == 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "No folder to watch: name the terminal's res and face folders.");
    return (NULL);
  }

  if ((watch = calloc(1, sizeof(watch_t))) == NULL)
    return (NULL);

  watch->settings   = *settings;
  watch->cb         = *cb;
  watch->sender     = *sender;
  watch->inotify_fd = -1;
  for (i = 0; i < WATCH_DIRS_MAX; i ++)
    watch->wd[i] = -1;

  if ((watch->codes = noticeCodesLoad(settings->data_dir, cb)) == NULL)
    goto error;

  if (!watchTriggersParse(settings->codes, watch->codes, &watch->triggers, cb))
    goto error;

  if ((watch->buffer = malloc(WATCH_RESULT_MAX_BYTES + 1)) == NULL)
    goto error;

  if ((watch->state = watchStateOpen(settings->state_dir, settings->max_files, cb)) == NULL)
    goto error;

  watch->baseline = watchStateIsNew(watch->state) && !settings->print_existing;

  if (settings->use_inotify && !settings->once)
  {
    if ((watch->inotify_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) < 0)
      noticeLog(cb, NOTICE_LEVEL_WARNING, "inotify is not available (%s): listing every %g seconds only.", strerror(errno), settings->poll_sec);
  }

  for (i = 0; i < settings->num_dirs; i ++)
    add_inotify(watch, i);

  return (watch);

  error:

  watchDelete(watch);
  return (NULL);
}


//
// 'watchDelete()' - Save the state and free the watcher.
//

void
watchDelete(watch_t *watch)		// I - Watcher or NULL
{
  size_t	i;			// Looping var


  if (!watch)
    return;

  if (watch->state && watchStateIsDirty(watch->state))
    watchStateSave(watch->state);

  watchStateClose(watch->state);
  noticeCodesDelete(watch->codes);
  free(watch->buffer);

  for (i = 0; i < watch->num_cands; i ++)
    free(watch->cands[i].path);
  free(watch->cands);

  if (watch->inotify_fd >= 0)
    close(watch->inotify_fd);

  free(watch);
}


//
// 'watchRun()' - Watch until cancelled, or with "once" until what is there is
//                handled.
//

int					// O - 0, WATCH_EXIT_PENDING or 1 on error
watchRun(watch_t *watch)		// I - Watcher
{
  double	now,			// Monotonic time
		next_scan = 0.0,	// Time of the next listing
		wait_sec;		// Seconds to wait
  struct pollfd	pfd;			// inotify descriptor
  int		timeout_ms;		// Milliseconds to wait


  if (!watch)
    return (1);

  noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "Watching %u folder(s) for queue %s (values %s, every %g s%s).", (unsigned)watch->settings.num_dirs, watch->settings.queue, watch->settings.codes, watch->settings.poll_sec, watch->inotify_fd >= 0 ? _(", inotify too") : "");

  if (watchStatePendingCount(watch->state) > 0)
    noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%u notice(s) still wait to be sent.", (unsigned)watchStatePendingCount(watch->state));

  for (;;)
  {
    if (noticeIsCanceled(&watch->cb))
      break;

    now = monotonic();

    // List the folders when it is time...
    if (now >= next_scan)
      next_scan = list_folders(watch, now);

    // Save the decisions, then send what waits...
    if (watchStateIsDirty(watch->state))
      watchStateSave(watch->state);

    send_pending(watch);

    if (watchStateIsDirty(watch->state))
      watchStateSave(watch->state);

    if (watch->settings.once && !waiting_for_files(watch))
      break;

    // Wait for the next listing, send attempt or inotify event...
    now      = monotonic();
    wait_sec = next_scan - now;
    if (watchStatePendingCount(watch->state) > 0 && watch->next_send - now < wait_sec)
      wait_sec = watch->next_send - now;
    if (wait_sec < 0.0)
      wait_sec = 0.0;

    timeout_ms = (int)(wait_sec * 1000.0 + 0.999);
    pfd.fd      = watch->inotify_fd;
    pfd.events  = POLLIN;
    pfd.revents = 0;

    if (poll(&pfd, watch->inotify_fd >= 0 ? 1 : 0, timeout_ms) > 0 && (pfd.revents & POLLIN))
      read_inotify(watch);
  }

  if (watchStateIsDirty(watch->state))
    watchStateSave(watch->state);

  if (watch->settings.once && watchStatePendingCount(watch->state) > 0)
  {
    noticeLog(&watch->cb, NOTICE_LEVEL_WARNING, "%u notice(s) wait to be sent by the next run.", (unsigned)watchStatePendingCount(watch->state));
    return (WATCH_EXIT_PENDING);
  }

  return (0);
}


//
// 'add_inotify()' - Watch a folder with inotify, if inotify is in use.
//

static void
add_inotify(watch_t *watch,		// I - Watcher
            size_t  i)			// I - Folder number
{
  if (watch->inotify_fd < 0 || watch->wd[i] >= 0)
    return;

  watch->wd[i] = inotify_add_watch(watch->inotify_fd, watch->settings.dirs[i], IN_CLOSE_WRITE | IN_MOVED_TO | IN_ONLYDIR);
}


//
// 'decide()' - Record the decision on a file and queue its notices.
//

static void
decide(watch_t              *watch,	// I - Watcher
       const watch_file_t   *file,	// I - File
       const watch_result_t *result)	// I - What it calls for
{
  size_t	notices = watchResultNotices(result),
					// Notices called for
		i,			// Looping var
		n;			// Looping var
  time_t	now = time(NULL);	// Time of the decision
  const char	*value = result->value[0] ? result->value : "unknown";
					// Value for the log


  if (result->status != WATCH_STATUS_RESULT)
  {
    if (result->status == WATCH_STATUS_NOT_NORMAL)
      noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%s: %s - no notice.", file->path, watchStatusString(result->status));
    else
      noticeLog(&watch->cb, NOTICE_LEVEL_WARNING, "%s: refused, %s.", file->path, watchStatusString(result->status));
  }
  else if (notices > watch->settings.max_notices)
  {
    noticeLog(&watch->cb, NOTICE_LEVEL_WARNING, "%s: %u notices called for, more than MAX_NOTICES (%u) - none printed.", file->path, (unsigned)notices, (unsigned)watch->settings.max_notices);
  }
  else
  {
    for (i = 0; i < NOTICE_STATUS_COUNT; i ++)
    {
      for (n = 0; n < result->notices[i]; n ++)
      {
        if (!watchStatePendingCount(watch->state))
          watch->next_send = 0.0;

        if (!watchStateAddPending(watch->state, (notice_status_t)i, file->path, now))
          noticeLog(&watch->cb, NOTICE_LEVEL_ERROR, "%s: out of memory - notice %s not printed.", file->path, noticeStatusName((notice_status_t)i));
      }
    }

    if (result->units == 0)
      noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%s: no QualificationValidity - no notice.", file->path);
    else if (result->units == 1 && notices == 0)
      noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%s: validity %s - no notice.", file->path, value);
    else if (result->units == 1)
      noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%s: validity %s - notice %s.", file->path, value, result->notices[NOTICE_STATUS_INVALID] ? noticeStatusName(NOTICE_STATUS_INVALID) : noticeStatusName(NOTICE_STATUS_NO_RECORD));
    else
      noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%s: %u results - notices %s %u, %s %u.", file->path, (unsigned)result->units, noticeStatusName(NOTICE_STATUS_INVALID), (unsigned)result->notices[NOTICE_STATUS_INVALID], noticeStatusName(NOTICE_STATUS_NO_RECORD), (unsigned)result->notices[NOTICE_STATUS_NO_RECORD]);
  }

  watchStateAdd(watch->state, file, now);
  remove_candidate(watch, file->path);
}


//
// 'find_candidate()' - Find an undecided file.
//

static candidate_t *			// O - Candidate or NULL
find_candidate(watch_t    *watch,	// I - Watcher
               const char *path)	// I - Path
{
  size_t	i;			// Looping var


  for (i = 0; i < watch->num_cands; i ++)
  {
    if (!strcmp(watch->cands[i].path, path))
      return (watch->cands + i);
  }

  return (NULL);
}


//
// 'handle_file()' - Read a new file and decide, or wait for it to settle.
//

static void
handle_file(watch_t            *watch,	// I - Watcher
            int                dfd,	// I - Folder
            const char         *name,	// I - File name
            const watch_file_t *file)	// I - File as listed
{
  int			fd;		// File
  struct stat		before,		// Status before reading
			after;		// Status after reading
  size_t		length = 0;	// Bytes read
  ssize_t		bytes;		// Bytes of one read
  watch_result_t	result;		// What it calls for
  candidate_t		*cand;		// Earlier look at it
  watch_file_t		read_file;	// File as read


  memset(&result, 0, sizeof(result));

  if (file->size > WATCH_RESULT_MAX_BYTES)
  {
    result.status = WATCH_STATUS_TOO_LARGE;
    decide(watch, file, &result);
    return;
  }

  if ((fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)) < 0)
  {
    update_candidate(watch, file, true, strerror(errno));
    return;
  }

  if (fstat(fd, &before))
  {
    update_candidate(watch, file, true, strerror(errno));
    close(fd);
    return;
  }

  while (length <= WATCH_RESULT_MAX_BYTES && (bytes = read(fd, watch->buffer + length, WATCH_RESULT_MAX_BYTES + 1 - length)) != 0)
  {
    if (bytes < 0)
    {
      if (errno == EINTR || errno == EAGAIN)
        continue;

      update_candidate(watch, file, true, strerror(errno));
      close(fd);
      return;
    }

    length += (size_t)bytes;
  }

  if (fstat(fd, &after))
    memset(&after, 0, sizeof(after));

  close(fd);

  read_file.path       = file->path;
  read_file.size       = after.st_size;
  read_file.mtime_sec  = after.st_mtim.tv_sec;
  read_file.mtime_nsec = after.st_mtim.tv_nsec;

  if (length > WATCH_RESULT_MAX_BYTES)
  {
    result.status = WATCH_STATUS_TOO_LARGE;
    decide(watch, &read_file, &result);
    return;
  }

  // Still being written?
  if (before.st_size != after.st_size || before.st_mtim.tv_sec != after.st_mtim.tv_sec || before.st_mtim.tv_nsec != after.st_mtim.tv_nsec || (off_t)length != after.st_size)
  {
    update_candidate(watch, &read_file, false, NULL);
    return;
  }

  watchResultParse(watch->buffer, length, &watch->triggers, &result);

  if (result.status == WATCH_STATUS_MALFORMED)
  {
    // Perhaps only part of it is there yet: refuse it only once it has
    // stayed the same for SETTLE seconds...
    update_candidate(watch, &read_file, false, NULL);

    if ((cand = find_candidate(watch, file->path)) != NULL && monotonic() - cand->since < watch->settings.settle_sec)
      return;
  }

  decide(watch, &read_file, &result);
}


//
// 'is_result_name()' - Is a file name one of a result file (*.xml)?
//

static bool				// O - `true` if so
is_result_name(const char *name)	// I - File name
{
  size_t	len = strlen(name);	// Length of name


  return (name[0] != '.' && len > 4 && !strcasecmp(name + len - 4, ".xml"));
}


//
// 'list_folders()' - List the folders, then prune the state when it is time.
//

static double				// O - Monotonic time of the next listing
list_folders(watch_t *watch,		// I - Watcher
             double  now)		// I - Monotonic time
{
  bool		listed,			// Was every folder read?
		full;			// Read every folder, changed or not?
  size_t	removed;		// Files forgotten
  double	next_scan;		// Time of the next listing


  // Every folder is read on the first listing, with --once, with FULL_SCAN 0
  // and every FULL_SCAN seconds; otherwise only those whose time changed...
  full = watch->baseline || watch->settings.once || watch->settings.full_scan_sec <= 0.0 || now >= watch->next_full;
  if (full)
    watch->next_full = now + watch->settings.full_scan_sec;

  listed = scan_all(watch, full);

  if (watch->baseline)
  {
    // The first run remembers what is already there without printing it...
    noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "First run: %u result file(s) already present remembered, not printed.", (unsigned)watch->baseline_count);
    watch->baseline = false;
    watchStateSave(watch->state);
  }

  now = monotonic();
  if (watch->settings.once)
    next_scan = now + (watch->settings.poll_sec < 0.1 ? watch->settings.poll_sec : 0.1);
  else
    next_scan = now + watch->settings.poll_sec;

  // Prune only after a listing that read every folder, which has noted every
  // file still there as seen...
  if (listed && (watch->last_prune == 0.0 || now - watch->last_prune >= PRUNE_SEC))
  {
    removed = watchStatePrune(watch->state, time(NULL), (time_t)(watch->settings.forget_days * 86400.0));

    if (removed)
      noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "Forgot %u handled file(s) not seen for %g days or beyond %u.", (unsigned)removed, watch->settings.forget_days, (unsigned)watch->settings.max_files);
    watch->last_prune = now;
  }

  return (next_scan);
}


//
// 'look_at()' - Look at one directory entry.
//
// Unless "full" is set, a name handled before (and not waiting to be
// complete) is taken as the same file when the listing gives it the same
// inode number as before, without asking for its status: a listing that a
// changed folder time calls for then costs about one status per new file.  A
// file written to again in place keeps its inode, and is seen by the next
// full listing.
//

static void
look_at(watch_t    *watch,		// I - Watcher
        size_t     i,			// I - Folder number
        int        dfd,			// I - Folder
        const char *name,		// I - File name
        uint64_t   ino,			// I - Inode number the listing gave, 0 if none
        bool       full,		// I - Ask for the status of every file?
        time_t     now)			// I - Time of the listing
{
  char		path[PATH_MAX];		// Directory and name
  struct stat	st;			// File status
  watch_file_t	file;			// File as listed


  if (!is_result_name(name))
    return;

  if (snprintf(path, sizeof(path), "%s/%s", watch->settings.dirs[i], name) >= (int)sizeof(path))
    return;

  if (!full && !find_candidate(watch, path) && watchStateSeenInode(watch->state, path, ino, now))
  {
    watch->listed_files ++;
    return;
  }

  if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) || !S_ISREG(st.st_mode))
    return;

  file.path       = path;
  file.size       = st.st_size;
  file.mtime_sec  = st.st_mtim.tv_sec;
  file.mtime_nsec = st.st_mtim.tv_nsec;

  watch->listed_files ++;

  if (watchStateSeen(watch->state, &file, now))
  {
    watchStateSetInode(watch->state, path, ino);
    return;
  }

  watch->new_files ++;

  if (watch->baseline)
  {
    watchStateAdd(watch->state, &file, now);
    watchStateSetInode(watch->state, path, ino);
    watch->baseline_count ++;
    return;
  }

  // Once decided, the state's entry is the file listed...
  handle_file(watch, dfd, name, &file);
  if (!find_candidate(watch, path))
    watchStateSetInode(watch->state, path, ino);
}


//
// 'look_at_candidates()' - Look again at the files of a folder that were not
//                          complete, without reading the folder.
//

static void
look_at_candidates(watch_t *watch,	// I - Watcher
                   size_t  i,		// I - Folder number
                   time_t  now)		// I - Time of the listing
{
  const char	*dirname = watch->settings.dirs[i];
					// Folder
  size_t	dirlen = strlen(dirname),
					// Length of its name
		c;			// Candidate number
  int		dfd = -1;		// Folder, opened when needed
  char		name[NAME_MAX + 1];	// Name of a candidate


  // Backwards, since deciding a file moves the last candidate into its
  // place...
  for (c = watch->num_cands; c > 0; c --)
  {
    const char	*path = watch->cands[c - 1].path;
					// Candidate

    if (strncmp(path, dirname, dirlen) || path[dirlen] != '/' || strchr(path + dirlen + 1, '/') || strlen(path + dirlen + 1) >= sizeof(name))
      continue;

    if (dfd < 0 && (dfd = open(dirname, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
      return;

    // look_at() may free the path...
    snprintf(name, sizeof(name), "%s", path + dirlen + 1);
    look_at(watch, i, dfd, name, 0, true, now);
  }

  if (dfd >= 0)
    close(dfd);
}


//
// 'monotonic()' - Get the monotonic clock in seconds.
//

static double				// O - Seconds
monotonic(void)
{
  struct timespec	ts;		// Time


  clock_gettime(CLOCK_MONOTONIC, &ts);

  return ((double)ts.tv_sec + ts.tv_nsec / 1e9);
}


//
// 'read_inotify()' - Look at the files inotify names.
//

static void
read_inotify(watch_t *watch)		// I - Watcher
{
  char			events[16384]	// Events
			__attribute__((aligned(__alignof__(struct inotify_event))));
  ssize_t		bytes;		// Bytes read
  const char		*ptr;		// Current event
  const struct inotify_event *event;	// Event
  size_t		i;		// Folder number
  int			dfd;		// Folder
  time_t		now = time(NULL);
					// Time of the listing


  while ((bytes = read(watch->inotify_fd, events, sizeof(events))) > 0)
  {
    for (ptr = events; ptr < events + bytes; ptr += sizeof(struct inotify_event) + event->len)
    {
      event = (const struct inotify_event *)ptr;

      if (event->mask & IN_IGNORED)
      {
        // The folder went away (unmounted, removed): watch it again later...
        for (i = 0; i < watch->settings.num_dirs; i ++)
        {
          if (watch->wd[i] == event->wd)
            watch->wd[i] = -1;
        }
        continue;
      }

      if (!event->len)
        continue;

      for (i = 0; i < watch->settings.num_dirs; i ++)
      {
        if (watch->wd[i] != event->wd)
          continue;

        if ((dfd = open(watch->settings.dirs[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0)
        {
          look_at(watch, i, dfd, event->name, 0, true, now);
          close(dfd);
        }
      }
    }
  }
}


//
// 'remove_candidate()' - Forget an undecided file.
//

static void
remove_candidate(watch_t    *watch,	// I - Watcher
                 const char *path)	// I - Path
{
  candidate_t	*cand;			// Candidate


  if ((cand = find_candidate(watch, path)) == NULL)
    return;

  free(cand->path);
  *cand = watch->cands[-- watch->num_cands];
}


//
// 'scan_all()' - List the folders and look at each new file.
//
// A folder whose time has settled and not changed since it was last read is
// not read unless "full" is set: only its files that were not complete are
// looked at again.
//

static bool				// O - `true` if every folder was read
scan_all(watch_t *watch,		// I - Watcher
         bool    full)			// I - Read unchanged folders too?
{
  size_t	i,			// Folder number
		c;			// Candidate number
  int		dfd;			// Folder
  DIR		*dir;			// Listing
  struct dirent	*entry;			// Entry
  time_t	now = time(NULL);	// Time of the listing
  bool		listed = true;		// Was every folder read?
  struct stat	st;			// Status of a folder or a candidate
  double	started;		// Monotonic time a folder's reading began
  bool		have_st;		// Is the folder's status known?


  watch->listed_files = 0;
  watch->new_files    = 0;
  watch->skipped_dirs = 0;

  for (i = 0; i < watch->settings.num_dirs; i ++)
  {
    if (noticeIsCanceled(&watch->cb))
      return (false);

    // The folder's status first, so that a change during the reading shows
    // as a change next time...
    started = monotonic();
    have_st = stat(watch->settings.dirs[i], &st) == 0;

    if (have_st && !full && !watch->dir_failed[i] && watchFolderUnchanged(watch->folders + i, &st))
    {
      // Unchanged: only the files not complete yet are looked at...
      watch->skipped_dirs ++;
      listed = false;
      look_at_candidates(watch, i, now);
      continue;
    }

    if ((dfd = open(watch->settings.dirs[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 || (dir = fdopendir(dfd)) == NULL)
    {
      if (!watch->dir_failed[i])
        noticeLog(&watch->cb, NOTICE_LEVEL_ERROR, "Cannot list %s: %s - trying again every %g s.", watch->settings.dirs[i], strerror(errno), watch->settings.poll_sec);

      if (dfd >= 0)
        close(dfd);

      watch->dir_failed[i] = true;
      listed               = false;
      watchFolderForget(watch->folders + i);
      continue;
    }

    if (watch->dir_failed[i])
    {
      noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%s can be listed again.", watch->settings.dirs[i]);
      watch->dir_failed[i] = false;
    }

    add_inotify(watch, i);

    while ((entry = readdir(dir)) != NULL)
      look_at(watch, i, dfd, entry->d_name, (uint64_t)entry->d_ino, full, now);

    closedir(dir);

    if (have_st)
      watchFolderNote(watch->folders + i, &st, started);
    else
      watchFolderForget(watch->folders + i);
  }

  // Files that went away before they were decided are forgotten...
  for (c = 0; c < watch->num_cands;)
  {
    if (stat(watch->cands[c].path, &st))
      remove_candidate(watch, watch->cands[c].path);
    else
      c ++;
  }

  if (watch->skipped_dirs)
    noticeDebug(&watch->cb, "Listed %u folder(s), %u unchanged and not read: %u result file(s), %u new, %u not complete.", (unsigned)watch->settings.num_dirs, (unsigned)watch->skipped_dirs, (unsigned)watch->listed_files, (unsigned)watch->new_files, (unsigned)watch->num_cands);
  else
    noticeDebug(&watch->cb, "Listed %u folder(s): %u result file(s), %u new, %u not complete.", (unsigned)watch->settings.num_dirs, (unsigned)watch->listed_files, (unsigned)watch->new_files, (unsigned)watch->num_cands);

  return (listed);
}


//
// 'send_pending()' - Send the waiting notices, oldest first.
//

static void
send_pending(watch_t *watch)		// I - Watcher
{
  const watch_pending_t	*pending;	// Oldest waiting notice
  char			title[64],	// Job title
			message[256],	// Why sending failed
			token[WATCH_TOKEN_SIZE];
					// Its token
  int			job_id;		// Job
  watch_send_t		status;		// Outcome
  double		delay;		// Seconds until the next attempt


  while ((pending = watchStatePendingFirst(watch->state)) != NULL && monotonic() >= watch->next_send)
  {
    if (noticeIsCanceled(&watch->cb))
      return;

    snprintf(title, sizeof(title), "onshi-notice %s", pending->token);
    snprintf(token, sizeof(token), "%s", pending->token);
    message[0] = '\0';

    // A notice left from an earlier run may have reached CUPS just before
    // that run ended...
    status = WATCH_SEND_NOT_FOUND;
    if (pending->maybe_sent)
      status = (watch->sender.find_cb)(watch->sender.data, title, &job_id, message, sizeof(message));

    if (status == WATCH_SEND_OK)
    {
      noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%s: notice %s was queued as job %d before the restart.", pending->path, noticeStatusName(pending->status), job_id);
    }
    else if (status == WATCH_SEND_NOT_FOUND)
    {
      status = (watch->sender.send_cb)(watch->sender.data, noticeStatusName(pending->status), title, &job_id, message, sizeof(message));

      if (status == WATCH_SEND_OK)
        noticeLog(&watch->cb, NOTICE_LEVEL_INFO, "%s: notice %s queued as job %d.", pending->path, noticeStatusName(pending->status), job_id);
    }

    if (status != WATCH_SEND_OK)
    {
      // CUPS is down or refuses jobs: try again later, waiting longer each time...
      watch->failures ++;
      delay = watch->failures < 7 ? (double)(1 << (watch->failures - 1)) : RETRY_MAX_SEC;
      if (delay > RETRY_MAX_SEC)
        delay = RETRY_MAX_SEC;

      watch->next_send = monotonic() + delay;
      noticeLog(&watch->cb, NOTICE_LEVEL_WARNING, "Cannot send to queue %s (%s); %u notice(s) waiting, trying again in %g s.", watch->settings.queue, message[0] ? message : _("unknown error"), (unsigned)watchStatePendingCount(watch->state), delay);

      if (watch->settings.once)
        watch->next_send = monotonic() + 1e9;
      return;
    }

    watch->failures  = 0;
    watch->next_send = 0.0;
    watchStateRemovePending(watch->state, token);
  }
}


//
// 'update_candidate()' - Note how an undecided file looks now.
//

static void
update_candidate(
    watch_t            *watch,		// I - Watcher
    const watch_file_t *file,		// I - File as last seen
    bool               log_error,	// I - Log "error" once?
    const char         *error)		// I - Why it could not be read
{
  candidate_t	*cand;			// Candidate


  if ((cand = find_candidate(watch, file->path)) == NULL)
  {
    if (watch->num_cands >= watch->alloc_cands)
    {
      size_t		alloc = watch->alloc_cands ? 2 * watch->alloc_cands : 16;
					// New size
      candidate_t	*temp;		// New array

      if ((temp = realloc(watch->cands, alloc * sizeof(candidate_t))) == NULL)
        return;

      watch->cands       = temp;
      watch->alloc_cands = alloc;
    }

    cand = watch->cands + watch->num_cands;
    memset(cand, 0, sizeof(candidate_t));

    if ((cand->path = strdup(file->path)) == NULL)
      return;

    cand->size       = file->size;
    cand->mtime_sec  = file->mtime_sec;
    cand->mtime_nsec = file->mtime_nsec;
    cand->since      = monotonic();
    watch->num_cands ++;

    if (!log_error)
      noticeDebug(&watch->cb, "%s: not complete yet - waiting.", file->path);
  }
  else if (cand->size != file->size || cand->mtime_sec != file->mtime_sec || cand->mtime_nsec != file->mtime_nsec)
  {
    cand->size       = file->size;
    cand->mtime_sec  = file->mtime_sec;
    cand->mtime_nsec = file->mtime_nsec;
    cand->since      = monotonic();
  }

  if (log_error && !cand->logged)
  {
    noticeLog(&watch->cb, NOTICE_LEVEL_WARNING, "%s: cannot be read (%s) - trying again.", file->path, error);
    cand->logged = true;
  }
}


//
// 'waiting_for_files()' - Tell whether a file may still be decided soon.
//
// Files that cannot be read are not waited for: they are tried again by the
// next run.
//

static bool				// O - `true` if a file is still settling
waiting_for_files(
    const watch_t *watch)		// I - Watcher
{
  size_t	i;			// Looping var


  for (i = 0; i < watch->num_cands; i ++)
  {
    if (!watch->cands[i].logged)
      return (true);
  }

  return (false);
}
