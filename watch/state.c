//
// The watcher's memory: which result files it has handled and which notices
// still wait to be sent, kept in its state directory across restarts.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The state directory holds two files:
//
//   lock    held with flock() while a watcher uses the directory
//   state   one record a line:
//             onshi-notice-watch state 1
//             F SEEN SIZE MTIME-SEC MTIME-NSEC PATH    a handled file
//             P TOKEN RESULT CREATED PATH              a notice waiting to be sent
//             D TOKEN                                  that notice was sent
//
// PATH is written with bytes up to the space, '%' and DEL as %XX.  A later F
// record for the same path replaces an earlier one.
//
// The first save of a run, a save after pruning and a save once the records
// appended since the last whole write outnumber half the handled files (and
// a thousand) replace the file as a whole (written to "state.tmp", synced,
// renamed), so that a crash leaves either the old or the new state.  Other
// saves append only what changed since the last save, in one write, and
// sync it: saving a decision then costs its own few lines, not a line per
// handled file (52 MB with 500,000 of them).  A crash in the middle of an
// append can leave a partial last line, which the next start skips with a
// warning before it writes the file whole.
//
// Handled files are kept in a hash table keyed by path.  In memory only, an
// entry also keeps the inode number that a folder listing gave its file, so
// that a listing can tell a file it handled from another under the same name
// without asking for the file's status.  An entry is dropped
// when its file has not been seen in a listing for "forget_after" seconds
// (counted from the start of this run at the earliest, so that a share that
// is briefly not mounted makes nothing forgotten), and, beyond "max_files"
// entries, the entries seen longest ago go first.
//

#include "state.h"
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>


//
// Local constants...
//

#define STATE_HEADER	"onshi-notice-watch state 1"
					// First line of the state file
#define STATE_BUCKETS	1024		// Initial hash table size
#define STATE_LINE_MAX	(3 * PATH_MAX + 128)
					// Longest record: its numbers and a
					// path of PATH_MAX - 1 bytes, each as %XX


//
// Local types...
//

typedef struct state_entry_s		// A handled file
{
  struct state_entry_s	*next;		// Next entry in the bucket
  char			*path;		// Directory and name
  off_t			size;		// Size in bytes
  time_t		mtime_sec;	// Modification time, seconds
  long			mtime_nsec;	// Modification time, nanoseconds
  time_t		seen;		// Last time a listing showed it
  uint64_t		ino;		// Inode number a listing gave, 0 if not known (not saved)
} state_entry_t;

struct watch_state_s			// Handled files and waiting notices
{
  char			dir[1024];	// State directory
  int			lock_fd;	// Lock file, held while open
  bool			is_new;		// No state file existed
  bool			dirty;		// Changed since the last save
  size_t		max_files;	// Most handled files remembered
  notice_callbacks_t	cb;		// Callbacks for messages
  state_entry_t		**buckets;	// Hash table
  size_t		num_buckets;	// Size of hash table
  size_t		count;		// Number of handled files
  watch_pending_t	*pending;	// Waiting notices, oldest first
  size_t		num_pending;	// Number of waiting notices
  size_t		alloc_pending;	// Allocated waiting notices
  FILE			*journal;	// Records since the last save (memory stream) or NULL
  char			*journal_buf;	// Its buffer
  size_t		journal_len;	// Its length
  size_t		journal_records;// Records in it
  int			append_fd;	// State file open for appending or -1
  size_t		appended;	// Records appended since the last whole write
  bool			rewrite;	// Must the next save write the file whole?
};


//
// Local functions...
//

static bool	add_entry(watch_state_t *state, const watch_file_t *file, time_t seen);
static bool	add_pending(watch_state_t *state, const char *token, notice_status_t status, const char *path, time_t created, bool maybe_sent);
static int	compare_seen(const void *a, const void *b);
static bool	decode_path(const char *text, char *path, size_t pathsize);
static void	encode_path(FILE *fp, const char *path);
static bool	drop_pending(watch_state_t *state, const char *token);
static state_entry_t **find_entry(const watch_state_t *state, const char *path);
static size_t	hash_path(const char *path);
static FILE	*journal(watch_state_t *state);
static void	journal_reset(watch_state_t *state);
static bool	load_state(watch_state_t *state, FILE *fp);
static void	make_token(char *token);
static bool	rehash(watch_state_t *state);
static void	remove_entry(watch_state_t *state, state_entry_t **ptr);
static bool	save_whole(watch_state_t *state);
static void	write_entry(FILE *fp, const state_entry_t *entry);
static void	write_pending(FILE *fp, const watch_pending_t *pending);


//
// 'watchStateOpen()' - Lock a state directory and load its state.
//
// The directory is created if it does not exist.  The caller closes the state
// with watchStateClose().
//

watch_state_t *				// O - State or NULL on error
watchStateOpen(
    const char               *dir,	// I - State directory
    size_t                   max_files,	// I - Most handled files remembered
    const notice_callbacks_t *cb)	// I - Callbacks for messages
{
  watch_state_t	*state;			// State
  char		path[1100];		// File in the directory
  FILE		*fp;			// State file
  time_t	now = time(NULL);	// Time of loading
  size_t	i;			// Looping var


  if (!dir || !*dir || strlen(dir) >= sizeof(state->dir) || max_files == 0)
    return (NULL);

  if ((state = calloc(1, sizeof(watch_state_t))) == NULL)
    return (NULL);

  snprintf(state->dir, sizeof(state->dir), "%s", dir);
  state->lock_fd     = -1;
  state->append_fd   = -1;
  state->rewrite     = true;
  state->max_files   = max_files;
  state->num_buckets = STATE_BUCKETS;
  if (cb)
    state->cb = *cb;

  if ((state->buckets = calloc(state->num_buckets, sizeof(state_entry_t *))) == NULL)
    goto error;

  if (mkdir(dir, 0700) && errno != EEXIST)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Cannot create the state directory %s: %s", dir, strerror(errno));
    goto error;
  }

  // One watcher per state directory...
  snprintf(path, sizeof(path), "%s/lock", dir);
  if ((state->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Cannot open %s: %s", path, strerror(errno));
    goto error;
  }

  if (flock(state->lock_fd, LOCK_EX | LOCK_NB))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Another onshi-notice-watch uses the state directory %s.", dir);
    goto error;
  }

  // Load the state, if any...
  snprintf(path, sizeof(path), "%s/state", dir);
  if ((fp = fopen(path, "re")) == NULL)
  {
    if (errno != ENOENT)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "Cannot read %s: %s", path, strerror(errno));
      goto error;
    }

    state->is_new = true;
  }
  else
  {
    bool ok = load_state(state, fp);	// Did it load?

    fclose(fp);

    if (!ok)
      goto error;
  }

  // A file is not forgotten before forget_after from now: the listing that
  // would show it may not have happened yet...
  for (i = 0; i < state->num_buckets; i ++)
  {
    state_entry_t *entry;		// Current entry

    for (entry = state->buckets[i]; entry; entry = entry->next)
    {
      if (entry->seen < now)
        entry->seen = now;
    }
  }

  state->dirty = false;

  return (state);

  error:

  watchStateClose(state);
  return (NULL);
}


//
// 'watchStateClose()' - Free the state and release its directory.
//
// Unsaved changes are lost: call watchStateSave() first.
//

void
watchStateClose(watch_state_t *state)	// I - State or NULL
{
  size_t	i;			// Looping var


  if (!state)
    return;

  if (state->buckets)
  {
    for (i = 0; i < state->num_buckets; i ++)
    {
      while (state->buckets[i])
        remove_entry(state, state->buckets + i);
    }

    free(state->buckets);
  }

  for (i = 0; i < state->num_pending; i ++)
    free((char *)state->pending[i].path);

  free(state->pending);

  journal_reset(state);
  if (state->append_fd >= 0)
    close(state->append_fd);

  if (state->lock_fd >= 0)
    close(state->lock_fd);

  free(state);
}


//
// 'watchStateIsNew()' - Tell whether the state directory held no state yet.
//

bool					// O - `true` on a first run
watchStateIsNew(
    const watch_state_t *state)		// I - State
{
  return (state && state->is_new);
}


//
// 'watchStateIsDirty()' - Tell whether the state changed since it was saved.
//

bool					// O - `true` if unsaved changes exist
watchStateIsDirty(
    const watch_state_t *state)		// I - State
{
  return (state && state->dirty);
}


//
// 'watchStateSeen()' - Tell whether a file was handled, and note it was seen.
//
// A file is the same file when its path, size and modification time all
// match; a file rewritten under the same name is a new file.
//

bool					// O - `true` if handled already
watchStateSeen(watch_state_t      *state,
					// I - State
               const watch_file_t *file,// I - File
               time_t             now)	// I - Time of the listing
{
  state_entry_t	**ptr;			// Entry


  if (!state || !file || !file->path)
    return (false);

  if ((ptr = find_entry(state, file->path)) == NULL)
    return (false);

  if ((*ptr)->size != file->size || (*ptr)->mtime_sec != file->mtime_sec || (*ptr)->mtime_nsec != file->mtime_nsec)
    return (false);

  (*ptr)->seen = now;

  return (true);
}


//
// 'watchStateSeenInode()' - Tell whether a handled file is listed again under
//                           the same name and inode, and note it was seen.
//
// This answers without the file's size and time: a file written to again in
// place keeps its inode and is not told apart.  An inode number of 0, or one
// not noted with watchStateSetInode(), never matches.
//

bool					// O - `true` if handled already
watchStateSeenInode(
    watch_state_t *state,		// I - State
    const char    *path,		// I - Directory and name
    uint64_t      ino,			// I - Inode number the listing gave
    time_t        now)			// I - Time of the listing
{
  state_entry_t	**ptr;			// Entry


  if (!state || !path || ino == 0)
    return (false);

  if ((ptr = find_entry(state, path)) == NULL || (*ptr)->ino != ino)
    return (false);

  (*ptr)->seen = now;

  return (true);
}


//
// 'watchStateSetInode()' - Note the inode number a listing gave a handled file.
//

void
watchStateSetInode(
    watch_state_t *state,		// I - State
    const char    *path,		// I - Directory and name
    uint64_t      ino)			// I - Inode number, 0 if not known
{
  state_entry_t	**ptr;			// Entry


  if (state && path && (ptr = find_entry(state, path)) != NULL)
    (*ptr)->ino = ino;
}


//
// 'watchStateAdd()' - Remember a file as handled.
//
// A path must be shorter than PATH_MAX bytes, as the state file keeps no
// longer one.
//

bool					// O - `true` on success
watchStateAdd(watch_state_t      *state,// I - State
              const watch_file_t *file,	// I - File
              time_t             now)	// I - Time of the listing
{
  if (!state || !file || !file->path || !*file->path || strlen(file->path) >= PATH_MAX)
    return (false);

  state_entry_t	**ptr;			// New entry


  if (!add_entry(state, file, now))
    return (false);

  if ((ptr = find_entry(state, file->path)) != NULL && journal(state))
    write_entry(state->journal, *ptr);

  state->dirty = true;

  return (true);
}


//
// 'watchStateCount()' - Count the handled files remembered.
//

size_t					// O - Number of files
watchStateCount(
    const watch_state_t *state)		// I - State
{
  return (state ? state->count : 0);
}


//
// 'watchStatePrune()' - Forget files not seen for a while, and the oldest
//                       beyond the limit.
//

size_t					// O - Number of files forgotten
watchStatePrune(
    watch_state_t *state,		// I - State
    time_t        now,			// I - Current time
    time_t        forget_after)		// I - Seconds unseen before a file is forgotten
{
  size_t		i,		// Looping var
			n,		// Entries listed
			removed = 0;	// Entries removed
  state_entry_t		**ptr,		// Current entry
			**all;		// Every entry, for sorting


  if (!state)
    return (0);

  // Files not seen for too long...
  for (i = 0; i < state->num_buckets; i ++)
  {
    for (ptr = state->buckets + i; *ptr;)
    {
      if (now - (*ptr)->seen > forget_after)
      {
        remove_entry(state, ptr);
        removed ++;
      }
      else
        ptr = &(*ptr)->next;
    }
  }

  // Then the ones seen longest ago beyond the limit...
  if (state->count > state->max_files && (all = calloc(state->count, sizeof(state_entry_t *))) != NULL)
  {
    state_entry_t	*entry;		// Current entry
    size_t		excess = state->count - state->max_files;
					// Entries to drop

    for (i = 0, n = 0; i < state->num_buckets; i ++)
    {
      for (entry = state->buckets[i]; entry; entry = entry->next)
        all[n ++] = entry;
    }

    qsort(all, n, sizeof(state_entry_t *), compare_seen);

    for (i = 0; i < excess; i ++)
    {
      if ((ptr = find_entry(state, all[i]->path)) != NULL)
      {
        remove_entry(state, ptr);
        removed ++;
      }
    }

    free(all);
  }

  if (removed)
  {
    state->dirty   = true;
    state->rewrite = true;
    journal_reset(state);
  }

  return (removed);
}


//
// 'watchStateAddPending()' - Queue a notice to be sent.
//
// The path must be shorter than PATH_MAX bytes, as for watchStateAdd().
//

bool					// O - `true` on success
watchStateAddPending(
    watch_state_t   *state,		// I - State
    notice_status_t status,		// I - Notice to print
    const char      *path,		// I - File that called for it
    time_t          now)		// I - Current time
{
  char	token[WATCH_TOKEN_SIZE];	// Name of its job


  if (!state || !path || !*path || strlen(path) >= PATH_MAX || (unsigned)status >= NOTICE_STATUS_COUNT)
    return (false);

  make_token(token);

  if (!add_pending(state, token, status, path, now, false))
    return (false);

  if (journal(state))
    write_pending(state->journal, state->pending + state->num_pending - 1);

  state->dirty = true;

  return (true);
}


//
// 'watchStatePendingCount()' - Count the notices that wait to be sent.
//

size_t					// O - Number of notices
watchStatePendingCount(
    const watch_state_t *state)		// I - State
{
  return (state ? state->num_pending : 0);
}


//
// 'watchStatePendingFirst()' - Get the oldest notice that waits to be sent.
//
// The notice belongs to the state and lives until it is removed.
//

const watch_pending_t *			// O - Notice or NULL if none
watchStatePendingFirst(
    const watch_state_t *state)		// I - State
{
  return (state && state->num_pending ? state->pending : NULL);
}


//
// 'watchStateRemovePending()' - Forget a notice once it is sent.
//

bool					// O - `true` if it was waiting
watchStateRemovePending(
    watch_state_t *state,		// I - State
    const char    *token)		// I - Its token
{
  if (!state || !token || !drop_pending(state, token))
    return (false);

  if (journal(state))
    fprintf(state->journal, "D %s\n", token);

  state->dirty = true;

  return (true);
}


//
// 'watchStateSave()' - Save the changes: append them, or write the file whole.
//

bool					// O - `true` on success
watchStateSave(watch_state_t *state)	// I - State
{
  size_t	done = 0;		// Bytes appended
  ssize_t	bytes;			// Bytes of one write
  bool		ok = true;		// Did appending succeed?


  if (!state)
    return (false);

  if (state->rewrite || state->append_fd < 0 || !state->journal || fflush(state->journal))
    return (save_whole(state));

  // Append the records in one write and sync them...
  while (ok && done < state->journal_len)
  {
    if ((bytes = write(state->append_fd, state->journal_buf + done, state->journal_len - done)) < 0)
    {
      if (errno != EINTR)
        ok = false;
    }
    else
      done += (size_t)bytes;
  }

  if (!ok || fdatasync(state->append_fd))
  {
    // Write the file whole instead, which also drops a partial record...
    noticeLog(&state->cb, NOTICE_LEVEL_WARNING, "Cannot append to %s/state: %s - writing it whole.", state->dir, strerror(errno));
    state->rewrite = true;
    return (save_whole(state));
  }

  state->appended += state->journal_records;
  journal_reset(state);

  state->dirty  = false;
  state->is_new = false;

  return (true);
}


//
// 'save_whole()' - Write the state, replacing the old state file.
//

static bool				// O - `true` on success
save_whole(watch_state_t *state)	// I - State
{
  char		path[1100],		// State file
		temp[1100];		// File written first
  int		fd;			// File descriptor
  FILE		*fp;			// Stream
  size_t	i;			// Looping var
  state_entry_t	*entry;			// Current entry
  bool		ok;			// Did writing succeed?


  if (!state)
    return (false);

  snprintf(path, sizeof(path), "%s/state", state->dir);
  snprintf(temp, sizeof(temp), "%s/state.tmp", state->dir);

  if ((fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0 || (fp = fdopen(fd, "w")) == NULL)
  {
    noticeLog(&state->cb, NOTICE_LEVEL_ERROR, "Cannot write %s: %s", temp, strerror(errno));
    if (fd >= 0)
      close(fd);
    return (false);
  }

  fprintf(fp, "%s\n", STATE_HEADER);

  for (i = 0; i < state->num_buckets; i ++)
  {
    for (entry = state->buckets[i]; entry; entry = entry->next)
      write_entry(fp, entry);
  }

  for (i = 0; i < state->num_pending; i ++)
    write_pending(fp, state->pending + i);

  ok = !ferror(fp) && fflush(fp) == 0 && fsync(fd) == 0;
  ok = (fclose(fp) == 0) && ok;

  if (!ok || rename(temp, path))
  {
    noticeLog(&state->cb, NOTICE_LEVEL_ERROR, "Cannot write %s: %s", path, strerror(errno));
    unlink(temp);
    return (false);
  }

  // Make the rename itself durable...
  if ((fd = open(state->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0)
  {
    fsync(fd);
    close(fd);
  }

  // Later saves append to the new file...
  if (state->append_fd >= 0)
    close(state->append_fd);
  state->append_fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
  state->appended  = 0;
  state->rewrite   = false;
  journal_reset(state);

  state->dirty  = false;
  state->is_new = false;

  return (true);
}


//
// 'add_entry()' - Add or replace a handled file.
//

static bool				// O - `true` on success
add_entry(watch_state_t      *state,	// I - State
          const watch_file_t *file,	// I - File
          time_t             seen)	// I - Last time seen
{
  state_entry_t	**ptr,			// Existing entry
		*entry;			// New entry
  size_t	bucket;			// Hash bucket


  if ((ptr = find_entry(state, file->path)) != NULL)
  {
    entry = *ptr;
  }
  else
  {
    if (state->count >= 2 * state->num_buckets)
      rehash(state);

    if ((entry = calloc(1, sizeof(state_entry_t))) == NULL || (entry->path = strdup(file->path)) == NULL)
    {
      free(entry);
      return (false);
    }

    bucket                 = hash_path(file->path) % state->num_buckets;
    entry->next            = state->buckets[bucket];
    state->buckets[bucket] = entry;
    state->count ++;
  }

  entry->size       = file->size;
  entry->mtime_sec  = file->mtime_sec;
  entry->mtime_nsec = file->mtime_nsec;
  entry->seen       = seen;
  entry->ino        = 0;

  return (true);
}


//
// 'add_pending()' - Append a waiting notice.
//

static bool				// O - `true` on success
add_pending(watch_state_t   *state,	// I - State
            const char      *token,	// I - Name of its job
            notice_status_t status,	// I - Notice to print
            const char      *path,	// I - File that called for it
            time_t          created,	// I - When it was decided
            bool            maybe_sent)	// I - Perhaps sent by an earlier run?
{
  watch_pending_t	*pending;	// New notice


  if (state->num_pending >= state->alloc_pending)
  {
    size_t		alloc = state->alloc_pending ? 2 * state->alloc_pending : 16;
					// New size
    watch_pending_t	*temp;		// New array

    if ((temp = realloc(state->pending, alloc * sizeof(watch_pending_t))) == NULL)
      return (false);

    state->pending       = temp;
    state->alloc_pending = alloc;
  }

  pending = state->pending + state->num_pending;
  memset(pending, 0, sizeof(watch_pending_t));
  snprintf(pending->token, sizeof(pending->token), "%s", token);
  pending->status     = status;
  pending->created    = created;
  pending->maybe_sent = maybe_sent;

  if ((pending->path = strdup(path)) == NULL)
    return (false);

  state->num_pending ++;

  return (true);
}


//
// 'compare_seen()' - Order entries by the time they were last seen.
//

static int				// O - Result of comparison
compare_seen(const void *a,		// I - First entry
             const void *b)		// I - Second entry
{
  const state_entry_t	*ea = *(const state_entry_t * const *)a,
					// First entry
			*eb = *(const state_entry_t * const *)b;
					// Second entry


  if (ea->seen < eb->seen)
    return (-1);
  else if (ea->seen > eb->seen)
    return (1);
  else
    return (strcmp(ea->path, eb->path));
}


//
// 'decode_path()' - Decode a path written by encode_path().
//

static bool				// O - `true` if well-formed
decode_path(const char *text,		// I - Encoded path
            char       *path,		// O - Path
            size_t     pathsize)	// I - Size of path buffer
{
  size_t	len = 0;		// Length of path
  unsigned	value;			// Value of %XX
  char		hex[3];			// Hex digits


  for (; *text; text ++)
  {
    if (len + 1 >= pathsize)
      return (false);

    if ((*text & 255) <= ' ' || *text == 0x7f)
      return (false);

    if (*text == '%')
    {
      if (!isxdigit(text[1] & 255) || !isxdigit(text[2] & 255))
        return (false);

      hex[0] = text[1];
      hex[1] = text[2];
      hex[2] = '\0';
      value  = (unsigned)strtoul(hex, NULL, 16);
      if (value == 0)
        return (false);

      path[len ++] = (char)value;
      text += 2;
    }
    else
      path[len ++] = *text;
  }

  path[len] = '\0';

  return (len > 0);
}


//
// 'drop_pending()' - Remove a waiting notice by its token.
//

static bool				// O - `true` if it was waiting
drop_pending(watch_state_t *state,	// I - State
             const char    *token)	// I - Its token
{
  size_t	i;			// Looping var


  for (i = 0; i < state->num_pending; i ++)
  {
    if (!strcmp(state->pending[i].token, token))
    {
      free((char *)state->pending[i].path);
      memmove(state->pending + i, state->pending + i + 1, (state->num_pending - i - 1) * sizeof(watch_pending_t));
      state->num_pending --;
      return (true);
    }
  }

  return (false);
}


//
// 'encode_path()' - Write a path with spaces, controls, '%' and DEL as %XX.
//

static void
encode_path(FILE       *fp,		// I - Stream
            const char *path)		// I - Path
{
  for (; *path; path ++)
  {
    if ((*path & 255) <= ' ' || *path == '%' || *path == 0x7f)
      fprintf(fp, "%%%02X", *path & 255);
    else
      putc(*path, fp);
  }
}


//
// 'find_entry()' - Find the link that points to a path's entry.
//

static state_entry_t **			// O - Link or NULL if not found
find_entry(const watch_state_t *state,	// I - State
           const char          *path)	// I - Path
{
  state_entry_t	**ptr;			// Current link


  for (ptr = state->buckets + hash_path(path) % state->num_buckets; *ptr; ptr = &(*ptr)->next)
  {
    if (!strcmp((*ptr)->path, path))
      return (ptr);
  }

  return (NULL);
}


//
// 'hash_path()' - Hash a path (FNV-1a).
//

static size_t				// O - Hash
hash_path(const char *path)		// I - Path
{
  uint64_t	hash = 14695981039346656037ULL;
					// Hash so far


  for (; *path; path ++)
  {
    hash ^= (unsigned char)*path;
    hash *= 1099511628211ULL;
  }

  return ((size_t)hash);
}


//
// 'journal()' - Get the stream for one more record since the last save.
//
// NULL when the next save writes the file whole anyway: then nothing is
// collected (the first run's thousands of files are not kept twice).
//

static FILE *				// O - Stream or NULL
journal(watch_state_t *state)		// I - State
{
  if (!state->rewrite && state->appended + state->journal_records >= state->count / 2 + 1000)
  {
    // Enough appended: the next save compacts the file...
    state->rewrite = true;
    journal_reset(state);
  }

  if (state->rewrite)
    return (NULL);

  if (!state->journal && (state->journal = open_memstream(&state->journal_buf, &state->journal_len)) == NULL)
  {
    state->rewrite = true;
    return (NULL);
  }

  state->journal_records ++;

  return (state->journal);
}


//
// 'journal_reset()' - Forget the records since the last save.
//

static void
journal_reset(watch_state_t *state)	// I - State
{
  if (state->journal)
    fclose(state->journal);

  free(state->journal_buf);

  state->journal         = NULL;
  state->journal_buf     = NULL;
  state->journal_len     = 0;
  state->journal_records = 0;
}


//
// 'load_state()' - Read the state file.
//
// Records that cannot be read are skipped with one warning: a damaged state
// file must not stop notices from printing.
//

static bool				// O - `true` unless out of memory
load_state(watch_state_t *state,	// I - State
           FILE          *fp)		// I - State file
{
  char		line[STATE_LINE_MAX],	// Line from the file
		path[PATH_MAX],		// Decoded path
		token[WATCH_TOKEN_SIZE + 8],
					// Token
		status_name[32],	// Status name
		*end;			// End of the line
  intmax_t	seen,			// Last seen
		size,			// Size
		sec,			// Modification time, seconds
		created;		// When a notice was decided
  long		nsec;			// Modification time, nanoseconds
  int		number = 0,		// Line number
		bad = 0,		// Lines skipped
		offset,			// Offset of the encoded path
		ch;			// Character skipped
  notice_status_t status;		// Notice to print
  watch_file_t	file;			// Handled file


  while (fgets(line, sizeof(line), fp))
  {
    number ++;

    // A line longer than any record is damaged as a whole: none of its
    // pieces is read as a record of its own...
    end = line + strlen(line);
    if (end > line && end[-1] != '\n' && !feof(fp))
    {
      while ((ch = getc(fp)) != EOF && ch != '\n');
      bad ++;
      continue;
    }

    if (number == 1)
    {
      if (strncmp(line, STATE_HEADER, strlen(STATE_HEADER)))
        bad ++;
      continue;
    }

    // A line without its newline is what a crash in the middle of an
    // append leaves, however well-formed it looks...
    if (!strchr(line, '\n'))
    {
      bad ++;
      continue;
    }

    // The encoded path runs to the end of the line...
    while (end > line && isspace(end[-1] & 255))
      *--end = '\0';

    offset = 0;

    if (line[0] == 'F' && sscanf(line, "F %jd %jd %jd %ld %n", &seen, &size, &sec, &nsec, &offset) == 4 && offset > 0 && size >= 0 && decode_path(line + offset, path, sizeof(path)))
    {
      file.path       = path;
      file.size       = (off_t)size;
      file.mtime_sec  = (time_t)sec;
      file.mtime_nsec = nsec;

      if (!add_entry(state, &file, (time_t)seen))
        return (false);
    }
    else if (line[0] == 'P' && sscanf(line, "P %24s %31s %jd %n", token, status_name, &created, &offset) == 3 && offset > 0 && strlen(token) == WATCH_TOKEN_SIZE - 1 && noticeStatusFromName(status_name, &status) && decode_path(line + offset, path, sizeof(path)))
    {
      if (!add_pending(state, token, status, path, (time_t)created, true))
        return (false);
    }
    else if (line[0] == 'D' && sscanf(line, "D %24s", token) == 1 && strlen(token) == WATCH_TOKEN_SIZE - 1)
    {
      // A notice sent after the last whole write (unknown ones are no harm)...
      drop_pending(state, token);
    }
    else
      bad ++;
  }

  if (bad)
    noticeLog(&state->cb, NOTICE_LEVEL_WARNING, "%s/state: %d damaged lines ignored.", state->dir, bad);

  return (true);
}


//
// 'make_token()' - Make a random token for a job's name.
//

static void
make_token(char *token)			// O - Token, WATCH_TOKEN_SIZE bytes
{
  uint64_t		value;		// Random value
  struct timespec	now;		// Fallback: the time in nanoseconds


  if (getrandom(&value, sizeof(value), GRND_NONBLOCK) != (ssize_t)sizeof(value))
  {
    clock_gettime(CLOCK_REALTIME, &now);
    value = ((uint64_t)now.tv_sec << 30) ^ (uint64_t)now.tv_nsec ^ ((uint64_t)getpid() << 48);
  }

  snprintf(token, WATCH_TOKEN_SIZE, "%016" PRIx64, value);
}


//
// 'rehash()' - Double the hash table.
//

static bool				// O - `true` on success
rehash(watch_state_t *state)		// I - State
{
  state_entry_t	**buckets,		// New table
		*entry,			// Current entry
		*next;			// Next entry
  size_t	num_buckets = 2 * state->num_buckets,
					// New size
		i,			// Looping var
		bucket;			// New bucket


  if ((buckets = calloc(num_buckets, sizeof(state_entry_t *))) == NULL)
    return (false);

  for (i = 0; i < state->num_buckets; i ++)
  {
    for (entry = state->buckets[i]; entry; entry = next)
    {
      next           = entry->next;
      bucket         = hash_path(entry->path) % num_buckets;
      entry->next    = buckets[bucket];
      buckets[bucket] = entry;
    }
  }

  free(state->buckets);
  state->buckets     = buckets;
  state->num_buckets = num_buckets;

  return (true);
}


//
// 'remove_entry()' - Unlink and free an entry.
//

static void
remove_entry(watch_state_t *state,	// I - State
             state_entry_t **ptr)	// I - Link to the entry
{
  state_entry_t	*entry = *ptr;		// Entry


  *ptr = entry->next;
  free(entry->path);
  free(entry);
  state->count --;
}


//
// 'write_entry()' - Write the record of a handled file.
//

static void
write_entry(FILE                *fp,	// I - Stream
            const state_entry_t *entry)	// I - Handled file
{
  fprintf(fp, "F %jd %jd %jd %ld ", (intmax_t)entry->seen, (intmax_t)entry->size, (intmax_t)entry->mtime_sec, entry->mtime_nsec);
  encode_path(fp, entry->path);
  putc('\n', fp);
}


//
// 'write_pending()' - Write the record of a waiting notice.
//

static void
write_pending(FILE                  *fp,// I - Stream
              const watch_pending_t *pending)
					// I - Waiting notice
{
  fprintf(fp, "P %s %s %jd ", pending->token, noticeStatusName(pending->status), (intmax_t)pending->created);
  encode_path(fp, pending->path);
  putc('\n', fp);
}
