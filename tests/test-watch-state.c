//
// Unit tests for the watcher's memory (watch/state.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"
#include "state.h"
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>


//
// Local types...
//

typedef struct fixture_s		// A fresh state directory
{
  char		dir[64];		// Directory
  unit_log_t	log;			// Messages
  notice_callbacks_t cb;		// Callbacks
} fixture_t;


//
// 'setup_dir()' - Make a fresh state directory.
//

static int				// O - 0 on success
setup_dir(void **state)			// O - Fixture
{
  fixture_t	*f;			// Fixture


  if ((f = calloc(1, sizeof(fixture_t))) == NULL)
    return (-1);

  snprintf(f->dir, sizeof(f->dir), "/tmp/test-watch-state.XXXXXX");
  if (!mkdtemp(f->dir))
    return (-1);

  f->cb  = unit_callbacks(&f->log);
  *state = f;

  return (0);
}


//
// 'teardown_dir()' - Remove the state directory.
//

static int				// O - 0 on success
teardown_dir(void **state)		// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture


  char		path[256];		// File in the directory
  static const char * const names[] = { "state", "state.tmp", "lock" };
					// Files a state directory holds
  size_t	i;			// Looping var


  for (i = 0; i < sizeof(names) / sizeof(names[0]); i ++)
  {
    snprintf(path, sizeof(path), "%s/%s", f->dir, names[i]);
    unlink(path);
  }

  rmdir(f->dir);
  free(f);

  return (0);
}


//
// 'file_at()' - Describe a file.
//

static watch_file_t			// O - File
file_at(const char *path,		// I - Path
        off_t      size,		// I - Size
        time_t     sec,			// I - Modification time
        long       nsec)		// I - Nanoseconds
{
  watch_file_t	file;			// File


  file.path       = path;
  file.size       = size;
  file.mtime_sec  = sec;
  file.mtime_nsec = nsec;

  return (file);
}


//
// 'test_remember()' - Handled files are remembered across a restart.
//

static void
test_remember(void **state)		// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture
  watch_state_t	*ws;			// State
  watch_file_t	a = file_at("/srv/res/OQSsiquc01res_0001.xml", 1234, 1767225600, 5),
		odd = file_at("/srv/res dir/100% fun\nname.xml", 1, 2, 3);
  watch_file_t	probe;			// File looked up
  time_t	now = time(NULL);	// Current time


  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_true(watchStateIsNew(ws));
  assert_false(watchStateSeen(ws, &a, now));

  assert_true(watchStateAdd(ws, &a, now));
  assert_true(watchStateAdd(ws, &odd, now));
  assert_true(watchStateIsDirty(ws));
  assert_true(watchStateSave(ws));
  assert_false(watchStateIsDirty(ws));
  watchStateClose(ws);

  // After a restart: the same path, size and time is the same file...
  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_false(watchStateIsNew(ws));
  assert_int_equal(watchStateCount(ws), 2);
  assert_true(watchStateSeen(ws, &a, now));
  assert_true(watchStateSeen(ws, &odd, now));

  // ... and any difference makes it a new one...
  probe = file_at(a.path, 1235, a.mtime_sec, a.mtime_nsec);
  assert_false(watchStateSeen(ws, &probe, now));
  probe = file_at(a.path, a.size, a.mtime_sec + 1, a.mtime_nsec);
  assert_false(watchStateSeen(ws, &probe, now));
  probe = file_at(a.path, a.size, a.mtime_sec, 6);
  assert_false(watchStateSeen(ws, &probe, now));
  probe = file_at("/srv/face/OQSsiquc01res_0001.xml", a.size, a.mtime_sec, a.mtime_nsec);
  assert_false(watchStateSeen(ws, &probe, now));

  // A file rewritten under the same name replaces its entry...
  probe = file_at(a.path, 99, 1767225700, 0);
  assert_true(watchStateAdd(ws, &probe, now));
  assert_int_equal(watchStateCount(ws), 2);
  assert_false(watchStateSeen(ws, &a, now));
  assert_true(watchStateSeen(ws, &probe, now));

  watchStateClose(ws);
  assert_int_equal(f->log.count[NOTICE_LEVEL_WARNING] + f->log.count[NOTICE_LEVEL_ERROR], 0);
}


//
// 'test_inode()' - A listing's inode number tells a handled file by name,
//                  in memory only.
//

static void
test_inode(void **state)		// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture
  watch_state_t	*ws;			// State
  watch_file_t	a = file_at("/srv/res/OQSsiquc01res_0003.xml", 1234, 1767225600, 5),
		b = file_at("/srv/res/OQSsiquc01res_0003.xml", 99, 1767225700, 0);
  time_t	now = time(NULL);	// Current time


  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_true(watchStateAdd(ws, &a, now));

  // Not noted yet, 0 and unknown paths never match...
  assert_false(watchStateSeenInode(ws, a.path, 4711, now));
  watchStateSetInode(ws, a.path, 4711);
  assert_true(watchStateSeenInode(ws, a.path, 4711, now));
  assert_false(watchStateSeenInode(ws, a.path, 4712, now));
  assert_false(watchStateSeenInode(ws, a.path, 0, now));
  assert_false(watchStateSeenInode(ws, "/srv/res/other.xml", 4711, now));
  watchStateSetInode(ws, "/srv/res/other.xml", 4711);
  assert_int_equal(watchStateCount(ws), 1);

  // A file decided again under the same name must be noted again...
  assert_true(watchStateAdd(ws, &b, now));
  assert_false(watchStateSeenInode(ws, a.path, 4711, now));

  // ... and nothing of it is saved...
  watchStateSetInode(ws, a.path, 4711);
  assert_true(watchStateSave(ws));
  watchStateClose(ws);

  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_true(watchStateSeen(ws, &b, now));
  assert_false(watchStateSeenInode(ws, a.path, 4711, now));

  assert_false(watchStateSeenInode(NULL, a.path, 4711, now));
  assert_false(watchStateSeenInode(ws, NULL, 4711, now));
  watchStateSetInode(NULL, a.path, 1);
  watchStateSetInode(ws, NULL, 1);
  watchStateClose(ws);
}


//
// 'inode_of()' - Get the inode of a state directory's state file.
//

static ino_t				// O - Inode or 0
inode_of(const fixture_t *f)		// I - Fixture
{
  char		path[256];		// State file
  struct stat	st;			// Its status


  snprintf(path, sizeof(path), "%s/state", f->dir);

  return (stat(path, &st) ? 0 : st.st_ino);
}


//
// 'test_append()' - Saves after the first append what changed; the file is
//                   written whole again after pruning and once it grows.
//

static void
test_append(void **state)		// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture
  watch_state_t	*ws;			// State
  watch_file_t	a = file_at("/srv/res/OQSsiquc01res_0010.xml", 10, 1767225600, 0),
		b = file_at("/srv/res/OQSsiquc01res_0011.xml", 11, 1767225600, 0),
		c;			// One of many files
  char		path[256],		// State file
		name[64],		// Name of one of many files
		token[WATCH_TOKEN_SIZE];// Token of a notice
  ino_t		whole;			// Inode after a whole write
  FILE		*fp;			// State file
  int		i;			// Looping var
  time_t	now = time(NULL);	// Current time


  snprintf(path, sizeof(path), "%s/state", f->dir);

  ws = watchStateOpen(f->dir, 100000, &f->cb);
  assert_non_null(ws);
  assert_true(watchStateAdd(ws, &a, now));
  assert_true(watchStateSave(ws));
  whole = inode_of(f);

  // A decision and a sent notice are appended, in place...
  assert_true(watchStateAdd(ws, &b, now));
  assert_true(watchStateAddPending(ws, NOTICE_STATUS_INVALID, b.path, now));
  assert_true(watchStateAddPending(ws, NOTICE_STATUS_NO_RECORD, b.path, now));
  assert_true(watchStateSave(ws));
  assert_int_equal(inode_of(f), whole);
  snprintf(token, sizeof(token), "%s", watchStatePendingFirst(ws)->token);
  assert_true(watchStateRemovePending(ws, token));
  assert_true(watchStateSave(ws));
  assert_int_equal(inode_of(f), whole);
  watchStateClose(ws);

  // ... and read back as they were...
  ws = watchStateOpen(f->dir, 100000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStateCount(ws), 2);
  assert_true(watchStateSeen(ws, &a, now));
  assert_true(watchStateSeen(ws, &b, now));
  assert_int_equal(watchStatePendingCount(ws), 1);
  assert_int_equal(watchStatePendingFirst(ws)->status, NOTICE_STATUS_NO_RECORD);
  assert_string_not_equal(watchStatePendingFirst(ws)->token, token);
  watchStateClose(ws);
  assert_int_equal(f->log.count[NOTICE_LEVEL_WARNING], 0);

  // A crash in the middle of an append leaves a partial line: skipped with a
  // warning, and the next save writes the file whole...
  fp = fopen(path, "a");
  assert_non_null(fp);
  fputs("F 1767225600 12 1767225600 0 /srv/res/OQSsiq", fp);
  fclose(fp);

  ws = watchStateOpen(f->dir, 100000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStateCount(ws), 2);
  assert_int_equal(watchStatePendingCount(ws), 1);
  assert_int_equal(f->log.count[NOTICE_LEVEL_WARNING], 1);
  assert_true(watchStateAdd(ws, &a, now));
  assert_true(watchStateSave(ws));
  assert_int_not_equal(inode_of(f), whole);
  whole = inode_of(f);

  // Appends stop once they outnumber half the files and a thousand...
  for (i = 0; i < 3000 && inode_of(f) == whole; i ++)
  {
    snprintf(name, sizeof(name), "/srv/res/OQSsiquc01res_m%04d.xml", i);
    c = file_at(name, i, 1767225600, 0);
    assert_true(watchStateAdd(ws, &c, now));
    assert_true(watchStateSave(ws));
  }
  assert_int_not_equal(inode_of(f), whole);
  assert_in_range(i, 1900, 2100);
  whole = inode_of(f);

  // ... and after pruning...
  assert_true(watchStatePrune(ws, now + 100, 50) > 0);
  assert_true(watchStateSave(ws));
  assert_int_not_equal(inode_of(f), whole);
  assert_int_equal(watchStateCount(ws), 0);
  watchStateClose(ws);

  ws = watchStateOpen(f->dir, 100000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStateCount(ws), 0);
  assert_int_equal(watchStatePendingCount(ws), 1);
  watchStateClose(ws);
  assert_int_equal(f->log.count[NOTICE_LEVEL_WARNING], 1);
}


//
// 'test_content()' - The state file holds paths, sizes and times only.
//

static void
test_content(void **state)		// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture
  watch_state_t	*ws;			// State
  watch_file_t	a = file_at("/srv/res/OQSsiquc01res_0002.xml", 4321, 1767225600, 0);
  char		path[256],		// State file
		line[1024];		// Line of it
  FILE		*fp;			// State file
  int		lines = 0;		// Lines read


  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_true(watchStateAdd(ws, &a, 1767225601));
  assert_true(watchStateAddPending(ws, NOTICE_STATUS_NO_RECORD, a.path, 1767225602));
  assert_true(watchStateSave(ws));
  watchStateClose(ws);

  snprintf(path, sizeof(path), "%s/state", f->dir);
  fp = fopen(path, "r");
  assert_non_null(fp);

  while (fgets(line, sizeof(line), fp))
  {
    lines ++;
    if (lines == 1)
      assert_string_equal(line, "onshi-notice-watch state 1\n");
    else if (line[0] == 'F')
      assert_string_equal(line, "F 1767225601 4321 1767225600 0 /srv/res/OQSsiquc01res_0002.xml\n");
    else
      assert_true(line[0] == 'P' && strlen(line) == 2 + 16 + strlen(" no-record 1767225602 /srv/res/OQSsiquc01res_0002.xml\n") && strstr(line, " no-record 1767225602 /srv/res/OQSsiquc01res_0002.xml\n"));
  }

  fclose(fp);
  assert_int_equal(lines, 3);

  // Only the state file and the lock are left, readable by the owner only...
  snprintf(path, sizeof(path), "%s/state.tmp", f->dir);
  assert_int_not_equal(access(path, F_OK), 0);
  {
    struct stat st;			// State file status

    snprintf(path, sizeof(path), "%s/state", f->dir);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
  }
}


//
// 'test_pending()' - Waiting notices survive a restart, in order.
//

static void
test_pending(void **state)		// I - Fixture
{
  fixture_t		*f = (fixture_t *)*state;
					// Fixture
  watch_state_t		*ws;		// State
  const watch_pending_t	*p;		// First waiting notice
  char			first[WATCH_TOKEN_SIZE],
					// Token of the first
			second[WATCH_TOKEN_SIZE];
					// Token of the second


  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_null(watchStatePendingFirst(ws));
  assert_true(watchStateAddPending(ws, NOTICE_STATUS_INVALID, "/srv/res/a b.xml", 100));
  assert_true(watchStateAddPending(ws, NOTICE_STATUS_NO_RECORD, "/srv/res/c.xml", 101));
  assert_false(watchStateAddPending(ws, NOTICE_STATUS_COUNT, "/srv/res/d.xml", 101));
  assert_int_equal(watchStatePendingCount(ws), 2);

  p = watchStatePendingFirst(ws);
  assert_non_null(p);
  assert_false(p->maybe_sent);
  assert_int_equal(strlen(p->token), 16);
  snprintf(first, sizeof(first), "%s", p->token);
  snprintf(second, sizeof(second), "%s", ws ? p[1].token : "");
  assert_string_not_equal(first, second);
  assert_true(watchStateSave(ws));
  watchStateClose(ws);

  // After a restart, both wait, in order, marked as perhaps sent...
  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStatePendingCount(ws), 2);
  p = watchStatePendingFirst(ws);
  assert_string_equal(p->token, first);
  assert_int_equal(p->status, NOTICE_STATUS_INVALID);
  assert_string_equal(p->path, "/srv/res/a b.xml");
  assert_int_equal(p->created, 100);
  assert_true(p->maybe_sent);

  // Sending the first leaves the second...
  assert_true(watchStateRemovePending(ws, first));
  assert_false(watchStateRemovePending(ws, first));
  p = watchStatePendingFirst(ws);
  assert_string_equal(p->token, second);
  assert_int_equal(p->status, NOTICE_STATUS_NO_RECORD);
  assert_true(watchStateSave(ws));
  watchStateClose(ws);

  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStatePendingCount(ws), 1);
  assert_true(watchStateRemovePending(ws, second));
  assert_true(watchStateSave(ws));
  watchStateClose(ws);

  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStatePendingCount(ws), 0);
  watchStateClose(ws);
}


//
// 'test_lock()' - Two watchers never share a state directory.
//

static void
test_lock(void **state)			// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture
  watch_state_t	*ws,			// First
		*other;			// Second


  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);

  other = watchStateOpen(f->dir, 1000, &f->cb);
  assert_null(other);
  assert_non_null(strstr(f->log.last_error, "Another onshi-notice-watch"));

  watchStateClose(ws);

  other = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(other);
  watchStateClose(other);
}


//
// 'test_prune()' - Unseen files are forgotten; the limit keeps the newest.
//

static void
test_prune(void **state)		// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture
  watch_state_t	*ws;			// State
  watch_file_t	files[6];		// Files
  char		paths[6][32];		// Their paths
  int		i;			// Looping var
  time_t	now = time(NULL);	// Current time


  ws = watchStateOpen(f->dir, 4, &f->cb);
  assert_non_null(ws);

  for (i = 0; i < 6; i ++)
  {
    snprintf(paths[i], sizeof(paths[i]), "/srv/res/%d.xml", i);
    files[i] = file_at(paths[i], 10, 1000, 0);
    assert_true(watchStateAdd(ws, files + i, now - 1000 + 100 * i));
  }

  // Nothing unseen for long enough, but two beyond the limit: the two seen
  // longest ago go...
  assert_true(watchStateSave(ws));
  assert_int_equal(watchStatePrune(ws, now, 2000), 2);
  assert_true(watchStateIsDirty(ws));
  assert_int_equal(watchStateCount(ws), 4);
  assert_false(watchStateSeen(ws, files + 0, now - 1));
  assert_false(watchStateSeen(ws, files + 1, now - 1));
  assert_true(watchStateSeen(ws, files + 2, now - 700));

  // Files unseen for more than 650 seconds go: 3 (seen at now-700) and 2
  // (just marked seen at now-700), not 4 (now-600)...
  assert_int_equal(watchStatePrune(ws, now, 650), 2);
  assert_int_equal(watchStateCount(ws), 2);
  assert_true(watchStateSeen(ws, files + 4, now));
  assert_true(watchStateSeen(ws, files + 5, now));
  assert_int_equal(watchStatePrune(ws, now, 650), 0);

  // Files are never forgotten within "forget_after" of a restart, whatever
  // the saved state says...
  assert_true(watchStateSave(ws));
  watchStateClose(ws);
  ws = watchStateOpen(f->dir, 4, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStatePrune(ws, now + 10, 60), 0);
  assert_int_equal(watchStatePrune(ws, now + 100, 60), 2);
  watchStateClose(ws);
}


//
// 'test_many()' - Thousands of files stay findable as the table grows.
//

static void
test_many(void **state)			// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture
  watch_state_t	*ws;			// State
  char		path[64];		// Path
  watch_file_t	file;			// File
  int		i,			// Looping var
		found = 0;		// Files found
  time_t	now = time(NULL);	// Current time


  ws = watchStateOpen(f->dir, 100000, &f->cb);
  assert_non_null(ws);

  for (i = 0; i < 20000; i ++)
  {
    snprintf(path, sizeof(path), "/srv/res/OQSsiquc01res_%05d.xml", i);
    file = file_at(path, i, 1767225600 + i, i);
    assert_true(watchStateAdd(ws, &file, now));
  }

  assert_true(watchStateSave(ws));
  watchStateClose(ws);

  ws = watchStateOpen(f->dir, 100000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStateCount(ws), 20000);

  for (i = 0; i < 20000; i ++)
  {
    snprintf(path, sizeof(path), "/srv/res/OQSsiquc01res_%05d.xml", i);
    file = file_at(path, i, 1767225600 + i, i);
    found += watchStateSeen(ws, &file, now);
  }

  assert_int_equal(found, 20000);
  watchStateClose(ws);
}


//
// 'test_damaged()' - A damaged state file loses only its damaged lines.
//

static void
test_damaged(void **state)		// I - Fixture
{
  fixture_t	*f = (fixture_t *)*state;
					// Fixture
  watch_state_t	*ws;			// State
  char		path[256];		// State file
  FILE		*fp;			// State file
  watch_file_t	good = file_at("/srv/res/good.xml", 7, 8, 9);


  snprintf(path, sizeof(path), "%s/state", f->dir);
  fp = fopen(path, "w");
  assert_non_null(fp);
  fputs("onshi-notice-watch state 1\n"
        "F 1 7 8 9 /srv/res/good.xml\n"
        "F 1 x 8 9 /srv/res/bad.xml\n"
        "F 1 7 8 9 /srv/res/bad%zz.xml\n"
        "P 0123456789abcdef invalid 5 /srv/res/good.xml\n"
        "P 0123456789abcdef maybe 5 /srv/res/good.xml\n"
        "P short invalid 5 /srv/res/good.xml\n"
        "garbage\n"
        "F 1 7 8 9 /srv/res/trunc", fp);
  fclose(fp);

  // The last line has no newline: a partial append, damaged too...
  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_false(watchStateIsNew(ws));
  assert_int_equal(watchStateCount(ws), 1);
  assert_true(watchStateSeen(ws, &good, time(NULL)));
  assert_int_equal(watchStatePendingCount(ws), 1);
  assert_int_equal(f->log.count[NOTICE_LEVEL_WARNING], 1);
  assert_non_null(strstr(f->log.last_warning, "6 damaged lines"));
  watchStateClose(ws);
}


//
// 'test_long_path()' - The longest path survives a restart, however written.
//
// Found with fuzz-watch-state's save-and-load check: a path with more than
// about 1365 bytes written as %XX (spaces, controls, '%') made a record
// longer than the reader took, so the file was forgotten at the next start
// and its notice printed again (fuzz/corpus/watch-state/long-path).  A line
// longer than any record is now damaged as a whole, not read in pieces.
//

static void
test_long_path(void **state)		// I - Fixture
{
  fixture_t		*f = (fixture_t *)*state;
					// Fixture
  watch_state_t		*ws;		// State
  const watch_pending_t	*p;		// Waiting notice
  char			*path;		// Longest path
  char			statefile[256];	// State file
  FILE			*fp;		// State file
  watch_file_t		file;		// File with that path
  time_t		now = time(NULL);
					// Current time
  size_t		i;		// Looping var


  path = malloc(PATH_MAX + 1);
  assert_non_null(path);

  // PATH_MAX - 1 bytes, every one but the first written as %XX...
  path[0] = '/';
  for (i = 1; i < PATH_MAX - 1; i ++)
    path[i] = " %\n\t"[i % 4];
  path[PATH_MAX - 1] = '\0';
  file = file_at(path, 1, 2, 3);

  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_true(watchStateAdd(ws, &file, now));
  assert_true(watchStateAddPending(ws, NOTICE_STATUS_INVALID, path, 100));
  assert_true(watchStateSave(ws));
  watchStateClose(ws);

  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStateCount(ws), 1);
  assert_true(watchStateSeen(ws, &file, now));
  p = watchStatePendingFirst(ws);
  assert_non_null(p);
  assert_string_equal(p->path, path);

  // A longer path cannot be kept, and is refused...
  memset(path, 'a', PATH_MAX);
  path[PATH_MAX] = '\0';
  file = file_at(path, 1, 2, 3);
  assert_false(watchStateAdd(ws, &file, now));
  assert_false(watchStateAddPending(ws, NOTICE_STATUS_INVALID, path, 100));
  watchStateClose(ws);
  assert_int_equal(f->log.count[NOTICE_LEVEL_WARNING], 0);

  // A line longer than any record (3 * PATH_MAX + 128 bytes) whose end
  // looks like a record is damaged, and no record is read from it...
  snprintf(statefile, sizeof(statefile), "%s/state", f->dir);
  fp = fopen(statefile, "w");
  assert_non_null(fp);
  fputs("onshi-notice-watch state 1\n", fp);
  for (i = 0; i < 3 * PATH_MAX + 127; i ++)
    putc('x', fp);
  fputs("F 1 7 8 9 /srv/res/tail.xml\n", fp);
  fputs("F 1 7 8 9 /srv/res/good.xml\r\n", fp);
  fclose(fp);

  ws = watchStateOpen(f->dir, 1000, &f->cb);
  assert_non_null(ws);
  assert_int_equal(watchStateCount(ws), 1);
  file = file_at("/srv/res/good.xml", 7, 8, 9);
  assert_true(watchStateSeen(ws, &file, now));
  assert_int_equal(f->log.count[NOTICE_LEVEL_WARNING], 1);
  assert_non_null(strstr(f->log.last_warning, "1 damaged lines"));
  watchStateClose(ws);

  free(path);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test_setup_teardown(test_remember, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_inode, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_content, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_append, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_pending, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_lock, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_prune, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_many, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_damaged, setup_dir, teardown_dir),
    cmocka_unit_test_setup_teardown(test_long_path, setup_dir, teardown_dir)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
