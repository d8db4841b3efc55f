//
// The watcher's settings, from its configuration file and command line.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The configuration file holds KEY=VALUE lines, blank lines and "#"
// comments; a value may be put in double or single quotes, so that the same
// file also serves as a systemd EnvironmentFile.  Keys are those of the
// setters[] table below, also named in settings.h; DIRS is a list of folders
// separated by white space.
//

#include "settings.h"
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>


//
// Local types...
//

typedef struct setter_s setter_t;	// One key of the configuration file

typedef bool (*set_func_t)(watch_settings_t *settings, const setter_t *setter, const char *value, const notice_callbacks_t *cb);
					// Sets one setting from its text

struct setter_s				// One key of the configuration file
{
  const char	*key;			// Key, such as "QUEUE"
  set_func_t	set;			// Its parser
  size_t	offset,			// Offset of its field in watch_settings_t
		size;			// Size of its field in bytes
  double	min,			// Smallest number, or shortest text in bytes
		max;			// Largest number
};

static bool	set_bool(watch_settings_t *settings, const setter_t *setter, const char *value, const notice_callbacks_t *cb);
static bool	set_count(watch_settings_t *settings, const setter_t *setter, const char *value, const notice_callbacks_t *cb);
static bool	set_dirs(watch_settings_t *settings, const setter_t *setter, const char *value, const notice_callbacks_t *cb);
static bool	set_first_run(watch_settings_t *settings, const setter_t *setter, const char *value, const notice_callbacks_t *cb);
static bool	set_number(watch_settings_t *settings, const setter_t *setter, const char *value, const notice_callbacks_t *cb);
static bool	set_text(watch_settings_t *settings, const setter_t *setter, const char *value, const notice_callbacks_t *cb);


//
// Local globals...
//

// Each parser sets a field of its own type: set_text() a char array,
// set_number() a double, set_count() a size_t, set_bool() and
// set_first_run() a bool, set_dirs() the folders...
#define FIELD(name)	offsetof(watch_settings_t, name), sizeof(((watch_settings_t *)0)->name)
					// Offset and size of a field

static const setter_t setters[] =
{					// Keys, parsers, fields and limits
  { "QUEUE",		set_text,	FIELD(queue),		1.0,	0.0 },
  { "CODES",		set_text,	FIELD(codes),		1.0,	0.0 },
  { "STATE_DIR",	set_text,	FIELD(state_dir),	0.0,	0.0 },
  { "DATA_DIR",		set_text,	FIELD(data_dir),	0.0,	0.0 },
  { "CUPS_SERVER",	set_text,	FIELD(cups_server),	0.0,	0.0 },
  { "DIRS",		set_dirs,	FIELD(dirs),		0.0,	0.0 },
  { "POLL",		set_number,	FIELD(poll_sec),	0.05,	3600.0 },
  { "FULL_SCAN",	set_number,	FIELD(full_scan_sec),	0.0,	86400.0 },
  { "SETTLE",		set_number,	FIELD(settle_sec),	0.0,	3600.0 },
  { "MAX_NOTICES",	set_count,	FIELD(max_notices),	1.0,	10000.0 },
  { "STATE_MAX",	set_count,	FIELD(max_files),	100.0,	10000000.0 },
  { "FORGET_DAYS",	set_number,	FIELD(forget_days),	1.0,	3650.0 },
  { "INOTIFY",		set_bool,	FIELD(use_inotify),	0.0,	0.0 },
  { "FIRST_RUN",	set_first_run,	FIELD(print_existing),	0.0,	0.0 }
};


//
// Local functions...
//

static bool	parse_number(const char *value, double min, double max, double *number);


//
// 'watchSettingsInit()' - Set every setting to its default.
//

void
watchSettingsInit(
    watch_settings_t *settings,		// O - Settings
    const char       *state_dir,	// I - Default state directory
    const char       *data_dir)		// I - Default notice data directory
{
  memset(settings, 0, sizeof(watch_settings_t));

  snprintf(settings->queue, sizeof(settings->queue), "onshi-notice");
  snprintf(settings->codes, sizeof(settings->codes), "2,4");
  snprintf(settings->state_dir, sizeof(settings->state_dir), "%s", state_dir ? state_dir : "");
  snprintf(settings->data_dir, sizeof(settings->data_dir), "%s", data_dir ? data_dir : "");

  settings->poll_sec       = 2.0;
  settings->full_scan_sec  = 60.0;
  settings->settle_sec     = 10.0;
  settings->max_notices    = 20;
  settings->max_files      = 100000;
  settings->forget_days    = 30.0;
  settings->use_inotify    = true;
  settings->print_existing = false;
}


//
// 'watchSettingsAddDir()' - Add a folder to watch.
//

bool					// O - `true` on success
watchSettingsAddDir(
    watch_settings_t         *settings,	// I - Settings
    const char               *dir,	// I - Folder
    const notice_callbacks_t *cb)	// I - Callbacks for messages
{
  size_t	len;			// Length of folder name


  if (!dir || !*dir)
    return (false);

  if (settings->num_dirs >= WATCH_DIRS_MAX)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "More than %d folders to watch.", WATCH_DIRS_MAX);
    return (false);
  }

  if ((len = strlen(dir)) >= sizeof(settings->dirs[0]))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Folder name too long: %s", dir);
    return (false);
  }

  // Without trailing slashes, so that paths are the same however typed...
  while (len > 1 && dir[len - 1] == '/')
    len --;

  memcpy(settings->dirs[settings->num_dirs], dir, len);
  settings->dirs[settings->num_dirs][len] = '\0';
  settings->num_dirs ++;

  return (true);
}


//
// 'watchSettingsLoad()' - Read a configuration file.
//

bool					// O - `true` on success
watchSettingsLoad(
    watch_settings_t         *settings,	// I - Settings
    const char               *path,	// I - Configuration file
    const notice_callbacks_t *cb)	// I - Callbacks for messages
{
  FILE		*fp;			// File
  char		line[4096],		// Line
		*key,			// Key
		*value,			// Value
		*end;			// End of value
  int		number = 0;		// Line number
  bool		ok = true;		// Did every line read?


  if ((fp = fopen(path, "re")) == NULL)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Cannot read %s: %s", path, strerror(errno));
    return (false);
  }

  while (fgets(line, sizeof(line), fp))
  {
    number ++;

    // Trim, skip blank lines and comments...
    for (key = line; isspace(*key & 255); key ++);
    for (end = key + strlen(key); end > key && isspace(end[-1] & 255); end --);
    *end = '\0';

    if (!*key || *key == '#')
      continue;

    if ((value = strchr(key, '=')) == NULL)
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: not KEY=VALUE.", path, number);
      ok = false;
      continue;
    }

    for (end = value; end > key && isspace(end[-1] & 255); end --);
    *end = '\0';
    for (value ++; isspace(*value & 255); value ++);

    // Quotes around the value...
    if ((*value == '\"' || *value == '\'') && strlen(value) >= 2 && value[strlen(value) - 1] == *value)
    {
      value[strlen(value) - 1] = '\0';
      value ++;
    }

    if (!watchSettingsSet(settings, key, value, cb))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "%s line %d: bad setting %s.", path, number, key);
      ok = false;
    }
  }

  fclose(fp);

  return (ok);
}


//
// 'watchSettingsSet()' - Set one setting by its configuration file key.
//

bool					// O - `true` on success
watchSettingsSet(
    watch_settings_t         *settings,	// I - Settings
    const char               *key,	// I - Key, such as "QUEUE"
    const char               *value,	// I - Value
    const notice_callbacks_t *cb)	// I - Callbacks for messages
{
  size_t	i;			// Looping var


  if (!settings || !key || !value)
    return (false);

  for (i = 0; i < sizeof(setters) / sizeof(setters[0]); i ++)
  {
    if (!strcmp(key, setters[i].key))
      return ((setters[i].set)(settings, setters + i, value, cb));
  }

  noticeLog(cb, NOTICE_LEVEL_ERROR, "Unknown setting %s.", key);

  return (false);
}


//
// 'parse_number()' - Parse a decimal number within limits.
//

static bool				// O - `true` if valid
parse_number(const char *value,		// I - Text
             double     min,		// I - Smallest value
             double     max,		// I - Largest value
             double     *number)	// O - Value
{
  char		*end;			// End of number
  double	temp;			// Value


  if (!*value || isspace(*value & 255))
    return (false);

  errno = 0;
  temp  = strtod(value, &end);

  if (errno || *end || !isfinite(temp) || temp < min || temp > max)
    return (false);

  *number = temp;

  return (true);
}


//
// 'set_bool()' - Set a flag from yes/no, true/false, on/off or 1/0.
//

static bool				// O - `true` if valid
set_bool(
    watch_settings_t         *settings,	// I - Settings
    const setter_t           *setter,	// I - Key and field
    const char               *value,	// I - Text
    const notice_callbacks_t *cb)	// I - Callbacks for messages (unused)
{
  bool	*flag = (bool *)((char *)settings + setter->offset);
					// Field


  (void)cb;

  if (!strcmp(value, "yes") || !strcmp(value, "true") || !strcmp(value, "on") || !strcmp(value, "1"))
    *flag = true;
  else if (!strcmp(value, "no") || !strcmp(value, "false") || !strcmp(value, "off") || !strcmp(value, "0"))
    *flag = false;
  else
    return (false);

  return (true);
}


//
// 'set_count()' - Set a count from a whole decimal number within limits.
//

static bool				// O - `true` if valid
set_count(
    watch_settings_t         *settings,	// I - Settings
    const setter_t           *setter,	// I - Key, field and limits
    const char               *value,	// I - Text
    const notice_callbacks_t *cb)	// I - Callbacks for messages (unused)
{
  double	number;			// Value


  (void)cb;

  if (!parse_number(value, setter->min, setter->max, &number) || number != floor(number))
    return (false);

  *(size_t *)((char *)settings + setter->offset) = (size_t)number;

  return (true);
}


//
// 'set_dirs()' - Set the folders from a list separated by white space.
//

static bool				// O - `true` if valid
set_dirs(
    watch_settings_t         *settings,	// I - Settings
    const setter_t           *setter,	// I - Key (unused)
    const char               *value,	// I - Folders
    const notice_callbacks_t *cb)	// I - Callbacks for messages
{
  char	copy[4096],			// Copy of the list
	*ptr,				// Current folder
	*save;				// strtok_r state


  (void)setter;

  if (strlen(value) >= sizeof(copy))
    return (false);

  snprintf(copy, sizeof(copy), "%s", value);
  settings->num_dirs = 0;

  for (ptr = strtok_r(copy, " \t", &save); ptr; ptr = strtok_r(NULL, " \t", &save))
  {
    if (!watchSettingsAddDir(settings, ptr, cb))
      return (false);
  }

  return (true);
}


//
// 'set_first_run()' - Set what the first run does with files already there.
//

static bool				// O - `true` if valid
set_first_run(
    watch_settings_t         *settings,	// I - Settings
    const setter_t           *setter,	// I - Key and field
    const char               *value,	// I - "print" or "skip"
    const notice_callbacks_t *cb)	// I - Callbacks for messages (unused)
{
  bool	*print_existing = (bool *)((char *)settings + setter->offset);
					// Field


  (void)cb;

  if (!strcmp(value, "print"))
    *print_existing = true;
  else if (!strcmp(value, "skip"))
    *print_existing = false;
  else
    return (false);

  return (true);
}


//
// 'set_number()' - Set a decimal number within limits.
//

static bool				// O - `true` if valid
set_number(
    watch_settings_t         *settings,	// I - Settings
    const setter_t           *setter,	// I - Key, field and limits
    const char               *value,	// I - Text
    const notice_callbacks_t *cb)	// I - Callbacks for messages (unused)
{
  (void)cb;

  return (parse_number(value, setter->min, setter->max, (double *)((char *)settings + setter->offset)));
}


//
// 'set_text()' - Set a text that fits its field.
//
// QUEUE and CODES may not be empty (their "min" is 1); the directories and
// the CUPS server may.
//

static bool				// O - `true` if valid
set_text(
    watch_settings_t         *settings,	// I - Settings
    const setter_t           *setter,	// I - Key, field and shortest length
    const char               *value,	// I - Text
    const notice_callbacks_t *cb)	// I - Callbacks for messages (unused)
{
  size_t	len = strlen(value);	// Length of text


  (void)cb;

  if (len < (size_t)setter->min || len >= setter->size)
    return (false);

  memcpy((char *)settings + setter->offset, value, len + 1);

  return (true);
}
