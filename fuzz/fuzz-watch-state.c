//
// libFuzzer target: the watcher's state file.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Writes arbitrary bytes as the "state" file of a scratch state directory
// and opens it with watchStateOpen(), as the watcher does when it starts.
// A damaged state file must never stop the watcher, so opening must succeed.
// What was loaded is then saved and opened again: the second load must see
// the same handled files and the same waiting notices, in the same order.
//
// The same bytes, as a file's path (a watched folder's name may hold any
// byte but NUL), are then remembered, saved and opened once more: a file
// handled before a restart must be known after it, or its notice prints
// twice.
//

#include "fuzz-file.h"
#include "state.h"
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


//
// Local constants...
//

#define MAX_FILES	100		// Most handled files (STATE_MAX's minimum)


//
// Local globals...
//

static char	state_dir[1100];	// Scratch state directory


//
// Local types...
//

typedef struct summary_s		// What a loaded state holds
{
  size_t		count;		// Handled files
  size_t		num_pending;	// Waiting notices
  char			*text;		// The notices, one line each
} summary_t;


//
// Local functions...
//

static watch_state_t *open_state(void);
static void	summarize(watch_state_t *state, summary_t *summary);


//
// 'LLVMFuzzerInitialize()' - Make the scratch state directory.
//

int					// O - 0
LLVMFuzzerInitialize(int  *argc,	// I - Unused
                     char ***argv)	// I - Unused
{
  (void)argc;
  (void)argv;

  snprintf(state_dir, sizeof(state_dir), "%s/state-dir", fuzzFileDir());
  if (mkdir(state_dir, 0700))
    abort();

  return (0);
}


//
// 'LLVMFuzzerTestOneInput()' - Load one state file, save it, load it again.
//

int					// O - 0
LLVMFuzzerTestOneInput(
    const uint8_t *data,		// I - Input bytes
    size_t        size)			// I - Number of bytes
{
  watch_state_t	*state;			// State
  summary_t	first,			// State as loaded from the input
		second;			// State as saved and loaded again
  char		path[PATH_MAX];		// The input as a file's path
  watch_file_t	file;			// That file
  time_t	now = time(NULL);	// Time of the listing


  fuzzFileWrite("state-dir/state", data, size);

  // Load, save, load again: the same files and notices...
  if ((state = open_state()) == NULL)
    abort();

  if (!watchStateSave(state))
    abort();

  summarize(state, &first);
  watchStateClose(state);

  if ((state = open_state()) == NULL)
    abort();

  summarize(state, &second);

  if (first.count != second.count || first.num_pending != second.num_pending || strcmp(first.text, second.text))
    abort();

  free(first.text);
  free(second.text);

  // The input as the path of a file handled before a restart...
  if (size > 0 && size < sizeof(path) && !memchr(data, '\0', size))
  {
    memcpy(path, data, size);
    path[size] = '\0';

    file.path       = path;
    file.size       = (off_t)size;
    file.mtime_sec  = now;
    file.mtime_nsec = 123456789;

    if (!watchStateAdd(state, &file, now) || !watchStateSave(state))
      abort();

    watchStateClose(state);

    if ((state = open_state()) == NULL)
      abort();

    if (!watchStateSeen(state, &file, now))
      abort();
  }

  watchStateClose(state);

  return (0);
}


//
// 'open_state()' - Open the scratch state directory.
//

static watch_state_t *			// O - State or NULL
open_state(void)
{
  return (watchStateOpen(state_dir, MAX_FILES, NULL));
}


//
// 'summarize()' - Note what a state holds, and check each waiting notice.
//
// The notices are taken out of the state as they are listed (the state
// offers only its oldest); it is not saved afterwards.
//

static void
summarize(watch_state_t *state,		// I - State, left without notices
          summary_t     *summary)	// O - What it held
{
  const watch_pending_t	*pending;	// Oldest waiting notice
  char			token[WATCH_TOKEN_SIZE];
					// Its token
  size_t		size;		// Size of text
  FILE			*fp;		// Stream into text


  summary->count       = watchStateCount(state);
  summary->num_pending = watchStatePendingCount(state);
  summary->text        = NULL;

  if ((fp = open_memstream(&summary->text, &size)) == NULL)
    abort();

  while ((pending = watchStatePendingFirst(state)) != NULL)
  {
    if (strlen(pending->token) != WATCH_TOKEN_SIZE - 1 || (unsigned)pending->status >= NOTICE_STATUS_COUNT || !pending->path || !pending->path[0] || !pending->maybe_sent)
      abort();

    fprintf(fp, "%s %d %jd %s\n", pending->token, (int)pending->status, (intmax_t)pending->created, pending->path);

    memcpy(token, pending->token, sizeof(token));
    if (!watchStateRemovePending(state, token))
      abort();
  }

  fclose(fp);
}
