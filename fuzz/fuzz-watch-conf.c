//
// libFuzzer target: the watcher's configuration file, watch.conf.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Writes arbitrary bytes as a scratch watch.conf and reads it with
// watchSettingsLoad(), then parses its CODES with watchTriggersParse() against
// the installed codes.txt, as the watcher does when it starts.  Checks that
// every setting stays within the limits the watcher relies on, accepted or
// not, and that every message is one line.
//

#include "settings.h"
#include "fuzz-file.h"
#include "result.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerInitialize(int *argc, char ***argv);
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


//
// Local globals...
//

static notice_codes_t	*codes = NULL;	// Table of spellings, loaded once


//
// Local functions...
//

static void	check_log(void *data, notice_level_t level, const char *message);
static void	check_string(const char *value, size_t size);


//
// 'LLVMFuzzerInitialize()' - Load the table of spellings.
//

int					// O - 0
LLVMFuzzerInitialize(int  *argc,	// I - Unused
                     char ***argv)	// I - Unused
{
  (void)argc;
  (void)argv;

  if ((codes = noticeCodesLoad(FUZZ_DATADIR, NULL)) == NULL)
    abort();

  return (0);
}


//
// 'LLVMFuzzerTestOneInput()' - Read one configuration file.
//

int					// O - 0
LLVMFuzzerTestOneInput(
    const uint8_t *data,		// I - Input bytes
    size_t        size)			// I - Number of bytes
{
  watch_settings_t	settings;	// Settings
  watch_triggers_t	triggers;	// Values that print a notice
  notice_callbacks_t	cb;		// Callbacks
  notice_jobcode_t	jobcode;	// What a trigger value means
  const char		*path;		// Scratch watch.conf
  size_t		i,		// Looping var
			len;		// Length of a folder name


  memset(&cb, 0, sizeof(cb));
  cb.log_cb = check_log;

  path = fuzzFileWrite("watch.conf", data, size);

  watchSettingsInit(&settings, "/var/lib/onshi-notice-watch", "/usr/share/onshi-notice");
  watchSettingsLoad(&settings, path, &cb);

  // Whatever the file said, the settings are within their limits...
  check_string(settings.queue, sizeof(settings.queue));
  check_string(settings.codes, sizeof(settings.codes));
  check_string(settings.state_dir, sizeof(settings.state_dir));
  check_string(settings.data_dir, sizeof(settings.data_dir));
  check_string(settings.cups_server, sizeof(settings.cups_server));

  if (!settings.queue[0] || !settings.codes[0])
    abort();

  if (settings.poll_sec < 0.05 || settings.poll_sec > 3600.0 || settings.settle_sec < 0.0 || settings.settle_sec > 3600.0 || settings.forget_days < 1.0 || settings.forget_days > 3650.0)
    abort();

  if (settings.max_notices < 1 || settings.max_notices > 10000 || settings.max_files < 100 || settings.max_files > 10000000)
    abort();

  if (settings.num_dirs > WATCH_DIRS_MAX)
    abort();

  for (i = 0; i < settings.num_dirs; i ++)
  {
    check_string(settings.dirs[i], sizeof(settings.dirs[i]));

    if ((len = strlen(settings.dirs[i])) == 0 || (len > 1 && settings.dirs[i][len - 1] == '/') || strpbrk(settings.dirs[i], " \t"))
      abort();
  }

  // The trigger list, as the watcher reads it...
  if (watchTriggersParse(settings.codes, codes, &triggers, &cb))
  {
    if (triggers.count == 0 || triggers.count > WATCH_TRIGGERS_MAX)
      abort();

    for (i = 0; i < triggers.count; i ++)
    {
      check_string(triggers.items[i].value, sizeof(triggers.items[i].value));

      if (noticeCodesLookup(codes, triggers.items[i].value, strlen(triggers.items[i].value), &jobcode) != NOTICE_LOOKUP_FOUND || jobcode.status != triggers.items[i].status)
        abort();
    }
  }

  return (0);
}


//
// 'check_log()' - Abort unless a message is one line of a known level.
//

static void
check_log(void           *data,		// I - Unused
          notice_level_t level,		// I - Severity
          const char     *message)	// I - Message
{
  (void)data;

  if ((unsigned)level > NOTICE_LEVEL_ERROR || !message || !*message || strchr(message, '\n') || strchr(message, '\r'))
    abort();
}


//
// 'check_string()' - Abort unless a setting ends within its buffer.
//

static void
check_string(const char *value,		// I - Setting
             size_t     size)		// I - Size of its buffer
{
  if (strnlen(value, size) >= size)
    abort();
}
