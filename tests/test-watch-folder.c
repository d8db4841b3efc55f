//
// Unit tests for when a result folder must be read again (watch/folder.c).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "unit.h"
#include "folder.h"


//
// Local types...
//

typedef struct step_s			// One listing of a folder
{
  double	at;			// Monotonic time it begins
  ino_t		ino;			// Folder's inode
  time_t	mtime_sec;		// Its modification time, seconds
  long		mtime_nsec;		// ... nanoseconds
  time_t	ctime_sec;		// Its change time, seconds
  bool		skip;			// May it be left unread?
} step_t;

typedef struct case_s			// Listings one after the other
{
  const char	*name;			// What it shows
  step_t	steps[10];		// Listings, ending with at < 0
} case_t;


//
// Local globals...
//

static const case_t cases[] =		// Table of cases
{
  {
    "a folder never read is read",
    {
      { 0.0, 7, 100, 0, 100, false },
      { -1.0, 0, 0, 0, 0, false }
    }
  },
  {
    "the same time is read again until a reading a whole step later shows it",
    {
      { 0.0, 7, 100, 0, 100, false },
      // A file added in the same second after the first reading leaves the
      // time as it was: the next reading finds it...
      { 1.0, 7, 100, 0, 100, false },
      { 1.9, 7, 100, 0, 100, false },
      // Two seconds after the first reading: settled after this one...
      { 2.0, 7, 100, 0, 100, false },
      { 3.0, 7, 100, 0, 100, true },
      { 900.0, 7, 100, 0, 100, true },
      { -1.0, 0, 0, 0, 0, false }
    }
  },
  {
    "a new time starts over",
    {
      { 0.0, 7, 100, 0, 100, false },
      { 2.0, 7, 100, 0, 100, false },
      { 3.0, 7, 100, 0, 100, true },
      { 4.0, 7, 104, 0, 104, false },
      { 5.0, 7, 104, 0, 104, false },
      { 6.0, 7, 104, 0, 104, false },
      { 7.0, 7, 104, 0, 104, true },
      { -1.0, 0, 0, 0, 0, false }
    }
  },
  {
    "a time set back is a change",
    {
      { 0.0, 7, 100, 0, 100, false },
      { 2.0, 7, 100, 0, 100, false },
      { 3.0, 7, 50, 0, 100, false },
      { -1.0, 0, 0, 0, 0, false }
    }
  },
  {
    "nanoseconds count",
    {
      { 0.0, 7, 100, 0, 100, false },
      { 2.0, 7, 100, 0, 100, false },
      { 3.0, 7, 100, 1, 100, false },
      { -1.0, 0, 0, 0, 0, false }
    }
  },
  {
    "a change time alone is a change (a modification time put back)",
    {
      { 0.0, 7, 100, 0, 100, false },
      { 2.0, 7, 100, 0, 100, false },
      { 3.0, 7, 100, 0, 103, false },
      { -1.0, 0, 0, 0, 0, false }
    }
  },
  {
    "another folder under the same name (remounted, replaced) is a change",
    {
      { 0.0, 7, 100, 0, 100, false },
      { 2.0, 7, 100, 0, 100, false },
      { 3.0, 8, 100, 0, 100, false },
      { -1.0, 0, 0, 0, 0, false }
    }
  }
};


//
// 'status_of()' - Make a folder's status for a step.
//

static struct stat			// O - Status
status_of(const step_t *step)		// I - Step
{
  struct stat	st;			// Status


  memset(&st, 0, sizeof(st));
  st.st_dev          = 3;
  st.st_ino          = step->ino;
  st.st_mode         = S_IFDIR | 0755;
  st.st_mtim.tv_sec  = step->mtime_sec;
  st.st_mtim.tv_nsec = step->mtime_nsec;
  st.st_ctim.tv_sec  = step->ctime_sec;

  return (st);
}


//
// 'test_cases()' - Run the table of listings.
//

static void
test_cases(void **state)		// I - Unused
{
  size_t		i,		// Case number
			j;		// Step number
  watch_folder_t	folder;		// Folder as noted
  struct stat		st;		// Its status


  (void)state;

  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i ++)
  {
    watchFolderForget(&folder);

    for (j = 0; cases[i].steps[j].at >= 0.0; j ++)
    {
      st = status_of(cases[i].steps + j);

      if (watchFolderUnchanged(&folder, &st) != cases[i].steps[j].skip)
        fail_msg("%s: step %u should %s", cases[i].name, (unsigned)j, cases[i].steps[j].skip ? "be left unread" : "be read");

      // A folder not left unread is read, and its status noted...
      if (!cases[i].steps[j].skip)
        watchFolderNote(&folder, &st, cases[i].steps[j].at);
    }
  }
}


//
// 'test_forget()' - A forgotten folder, or a missing argument, is read.
//

static void
test_forget(void **state)		// I - Unused
{
  static const step_t	step = { 0.0, 7, 100, 0, 100, false };
					// A folder's status
  watch_folder_t	folder;		// Folder as noted
  struct stat		st = status_of(&step);
					// Its status


  (void)state;

  watchFolderForget(&folder);
  watchFolderNote(&folder, &st, 0.0);
  watchFolderNote(&folder, &st, 5.0);
  assert_true(watchFolderUnchanged(&folder, &st));

  // A folder that could not be listed is forgotten: read again...
  watchFolderForget(&folder);
  assert_false(watchFolderUnchanged(&folder, &st));

  assert_false(watchFolderUnchanged(NULL, &st));
  assert_false(watchFolderUnchanged(&folder, NULL));
  watchFolderNote(NULL, &st, 0.0);
  watchFolderNote(&folder, NULL, 0.0);
  watchFolderForget(NULL);
}


//
// 'main()' - Run the tests.
//

int					// O - Number of failures
main(void)
{
  const struct CMUnitTest tests[] =
  {
    cmocka_unit_test(test_cases),
    cmocka_unit_test(test_forget)
  };

  return (cmocka_run_group_tests(tests, NULL, NULL));
}
