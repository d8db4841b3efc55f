//
// onshi-notice-setup's part of the result-file watcher: naming the folders
// and the queue in the watcher's configuration file.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The file is the one the packaged unit reads (/etc/onshi-notice/watch.conf):
// one KEY=VALUE a line.  Only the DIRS and QUEUE lines are rewritten; every
// other line, comments included, stays as the clinic's IT left it.
//

#include "setup.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


//
// Local functions...
//

static bool	is_key_line(const char *line, const char *key);


//
// 'setupWatchConfigCheckDirs()' - Check the folders to watch.
//
// DIRS separates folders with white space, so a folder name may not hold
// any; each must be an absolute path to an existing folder.
//

bool					// O - `true` if all usable
setupWatchConfigCheckDirs(
    int                      num_dirs,	// I - Number of folders
    char                     **dirs,	// I - Folders
    const notice_callbacks_t *cb)	// I - Callbacks
{
  int		i;			// Looping var
  struct stat	info;			// Folder information


  if (num_dirs < 1)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Give the terminal's result folders to watch (--watch DIR...).");
    return (false);
  }

  for (i = 0; i < num_dirs; i ++)
  {
    if (dirs[i][0] != '/')
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The folder \"%s\" is not an absolute path - give it from \"/\".", dirs[i]);
      return (false);
    }

    if (strpbrk(dirs[i], " \t\r\n"))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The folder \"%s\" has white space in its name - mount the share at a path without spaces.", dirs[i]);
      return (false);
    }

    if (stat(dirs[i], &info) || !S_ISDIR(info.st_mode))
    {
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The folder \"%s\" does not exist - mount the terminal's share first.", dirs[i]);
      return (false);
    }
  }

  return (true);
}


//
// 'setupWatchConfigWrite()' - Set DIRS and QUEUE in the watcher's
//                              configuration file.
//
// The new file is written beside the old one and renamed over it, so the
// watcher never reads half a file.  A missing file is created.
//

bool					// O - `true` on success
setupWatchConfigWrite(
    const char               *path,	// I - Configuration file
    int                      num_dirs,	// I - Number of folders
    char                     **dirs,	// I - Folders
    const char               *queue,	// I - Notice queue
    const notice_callbacks_t *cb)	// I - Callbacks
{
  FILE		*in,			// Old file or NULL
		*out;			// New file
  char		temp[1024],		// New file's name
		line[4096];		// Line from the old file
  bool		wrote_dirs = false,	// DIRS line written?
		wrote_queue = false;	// QUEUE line written?
  int		i,			// Looping var
		fd;			// New file's descriptor


  if (snprintf(temp, sizeof(temp), "%s.XXXXXX", path) >= (int)sizeof(temp))
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The configuration file name \"%s\" is too long.", path);
    return (false);
  }

  if ((fd = mkstemp(temp)) < 0 || (out = fdopen(fd, "w")) == NULL)
  {
    noticeDebug(cb, "%s: %s", temp, strerror(errno));
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Cannot write \"%s\" - run onshi-notice-setup as root (sudo).", path);
    if (fd >= 0)
    {
      close(fd);
      unlink(temp);
    }
    return (false);
  }

  // Copy the old file, replacing the first DIRS and QUEUE lines and dropping
  // any later ones (the watcher would take the last)...
  if ((in = fopen(path, "r")) != NULL)
  {
    while (fgets(line, sizeof(line), in))
    {
      if (is_key_line(line, "DIRS"))
      {
        if (wrote_dirs)
          continue;

        fputs("DIRS=", out);
        for (i = 0; i < num_dirs; i ++)
          fprintf(out, "%s%s", i ? " " : "", dirs[i]);
        putc('\n', out);
        wrote_dirs = true;
      }
      else if (is_key_line(line, "QUEUE"))
      {
        if (wrote_queue)
          continue;

        fprintf(out, "QUEUE=%s\n", queue);
        wrote_queue = true;
      }
      else
        fputs(line, out);
    }

    fclose(in);
  }

  if (!wrote_dirs)
  {
    fputs("DIRS=", out);
    for (i = 0; i < num_dirs; i ++)
      fprintf(out, "%s%s", i ? " " : "", dirs[i]);
    putc('\n', out);
  }

  if (!wrote_queue)
    fprintf(out, "QUEUE=%s\n", queue);

  // Readable by the watcher's user, which is not root...
  if (fchmod(fileno(out), 0644) || fflush(out) || fsync(fileno(out)) || ferror(out))
  {
    noticeDebug(cb, "%s: %s", temp, strerror(errno));
    fclose(out);
    unlink(temp);
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Cannot write \"%s\" - check the free space.", path);
    return (false);
  }

  if (fclose(out) || rename(temp, path))
  {
    noticeDebug(cb, "%s: %s", path, strerror(errno));
    unlink(temp);
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Cannot write \"%s\" - run onshi-notice-setup as root (sudo).", path);
    return (false);
  }

  return (true);
}


//
// 'is_key_line()' - Does a line set KEY (not in a comment)?
//

static bool				// O - `true` if it sets KEY
is_key_line(const char *line,		// I - Line
            const char *key)		// I - Key
{
  size_t	keylen = strlen(key);	// Length of key


  while (*line == ' ' || *line == '\t')
    line ++;

  if (strncmp(line, key, keylen))
    return (false);

  line += keylen;
  while (*line == ' ' || *line == '\t')
    line ++;

  return (*line == '=');
}
