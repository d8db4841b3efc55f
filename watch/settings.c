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
// file also serves as a systemd EnvironmentFile.  Keys are those named in
// settings.h; DIRS is a list of folders separated by white space.
//

#include "settings.h"
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>


//
// Local functions...
//

static bool	parse_bool(const char *value, bool *flag);
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
  double	number;			// Numeric value


  if (!settings || !key || !value)
    return (false);

  if (!strcmp(key, "QUEUE"))
  {
    if (!*value || strlen(value) >= sizeof(settings->queue))
      return (false);
    snprintf(settings->queue, sizeof(settings->queue), "%s", value);
  }
  else if (!strcmp(key, "CODES"))
  {
    if (!*value || strlen(value) >= sizeof(settings->codes))
      return (false);
    snprintf(settings->codes, sizeof(settings->codes), "%s", value);
  }
  else if (!strcmp(key, "STATE_DIR") || !strcmp(key, "DATA_DIR") || !strcmp(key, "CUPS_SERVER"))
  {
    char	*dst = !strcmp(key, "STATE_DIR") ? settings->state_dir : !strcmp(key, "DATA_DIR") ? settings->data_dir : settings->cups_server;
					// Setting
    size_t	dstsize = !strcmp(key, "CUPS_SERVER") ? sizeof(settings->cups_server) : sizeof(settings->state_dir);
					// Its size

    if (strlen(value) >= dstsize)
      return (false);
    snprintf(dst, dstsize, "%s", value);
  }
  else if (!strcmp(key, "DIRS"))
  {
    char	copy[4096],		// Copy of the list
		*ptr,			// Current folder
		*save;			// strtok_r state

    if (strlen(value) >= sizeof(copy))
      return (false);

    snprintf(copy, sizeof(copy), "%s", value);
    settings->num_dirs = 0;

    for (ptr = strtok_r(copy, " \t", &save); ptr; ptr = strtok_r(NULL, " \t", &save))
    {
      if (!watchSettingsAddDir(settings, ptr, cb))
        return (false);
    }
  }
  else if (!strcmp(key, "POLL"))
  {
    if (!parse_number(value, 0.05, 3600.0, &settings->poll_sec))
      return (false);
  }
  else if (!strcmp(key, "FULL_SCAN"))
  {
    if (!parse_number(value, 0.0, 86400.0, &settings->full_scan_sec))
      return (false);
  }
  else if (!strcmp(key, "SETTLE"))
  {
    if (!parse_number(value, 0.0, 3600.0, &settings->settle_sec))
      return (false);
  }
  else if (!strcmp(key, "MAX_NOTICES"))
  {
    if (!parse_number(value, 1.0, 10000.0, &number) || number != floor(number))
      return (false);
    settings->max_notices = (size_t)number;
  }
  else if (!strcmp(key, "STATE_MAX"))
  {
    if (!parse_number(value, 100.0, 10000000.0, &number) || number != floor(number))
      return (false);
    settings->max_files = (size_t)number;
  }
  else if (!strcmp(key, "FORGET_DAYS"))
  {
    if (!parse_number(value, 1.0, 3650.0, &settings->forget_days))
      return (false);
  }
  else if (!strcmp(key, "INOTIFY"))
  {
    if (!parse_bool(value, &settings->use_inotify))
      return (false);
  }
  else if (!strcmp(key, "FIRST_RUN"))
  {
    if (!strcmp(value, "print"))
      settings->print_existing = true;
    else if (!strcmp(value, "skip"))
      settings->print_existing = false;
    else
      return (false);
  }
  else
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Unknown setting %s.", key);
    return (false);
  }

  return (true);
}


//
// 'parse_bool()' - Parse yes/no, true/false, on/off or 1/0.
//

static bool				// O - `true` if valid
parse_bool(const char *value,		// I - Text
           bool       *flag)		// O - Value
{
  if (!strcmp(value, "yes") || !strcmp(value, "true") || !strcmp(value, "on") || !strcmp(value, "1"))
    *flag = true;
  else if (!strcmp(value, "no") || !strcmp(value, "false") || !strcmp(value, "off") || !strcmp(value, "0"))
    *flag = false;
  else
    return (false);

  return (true);
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
