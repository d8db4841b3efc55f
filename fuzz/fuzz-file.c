//
// Scratch files for the libFuzzer targets whose parsers read a file by name.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// One private directory per process, in /dev/shm when it can be written (a
// tmpfs: an iteration costs no disk writes), else in $TMPDIR or /tmp.  It is
// removed with everything in it when the fuzzer exits normally; a crash
// leaves it behind for a look.
//

#include "fuzz-file.h"
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


//
// Local globals...
//

static char	scratch[1024] = "";	// Scratch directory, "" until made


//
// Local functions...
//

static void	remove_scratch(void);
static void	remove_tree(const char *path);


//
// 'fuzzFileDir()' - Make the scratch directory once and return its name.
//

const char *				// O - Directory (aborts on failure)
fuzzFileDir(void)
{
  const char	*parents[3];		// Where to try, in order
  size_t	i;			// Looping var


  if (scratch[0])
    return (scratch);

  parents[0] = "/dev/shm";
  parents[1] = getenv("TMPDIR");
  parents[2] = "/tmp";

  for (i = 0; i < sizeof(parents) / sizeof(parents[0]); i ++)
  {
    if (!parents[i] || !*parents[i] || access(parents[i], W_OK))
      continue;

    snprintf(scratch, sizeof(scratch), "%s/onshi-notice-fuzz.XXXXXX", parents[i]);
    if (mkdtemp(scratch))
    {
      atexit(remove_scratch);
      return (scratch);
    }
  }

  abort();
}


//
// 'fuzzFileWrite()' - Replace a scratch file with the given bytes.
//

const char *				// O - Path of the file (aborts on failure)
fuzzFileWrite(const char *name,		// I - File name in the scratch directory
              const void *data,		// I - Bytes
              size_t     size)		// I - Number of bytes
{
  static char	path[2048];		// Path of the file
  int		fd;			// File descriptor
  const char	*ptr = data;		// Bytes left to write
  ssize_t	bytes;			// Bytes written


  snprintf(path, sizeof(path), "%s/%s", fuzzFileDir(), name);

  if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0)
    abort();

  while (size > 0)
  {
    if ((bytes = write(fd, ptr, size)) <= 0)
      abort();

    ptr  += bytes;
    size -= (size_t)bytes;
  }

  close(fd);

  return (path);
}


//
// 'remove_scratch()' - Remove the scratch directory at exit.
//

static void
remove_scratch(void)
{
  if (scratch[0])
    remove_tree(scratch);
}


//
// 'remove_tree()' - Remove a file, or a directory and everything in it.
//

static void
remove_tree(const char *path)		// I - File or directory
{
  DIR		*dir;			// Directory
  struct dirent	*entry;			// Directory entry
  char		child[2048];		// Path of an entry


  if ((dir = opendir(path)) != NULL)
  {
    while ((entry = readdir(dir)) != NULL)
    {
      if (strcmp(entry->d_name, ".") && strcmp(entry->d_name, ".."))
      {
        snprintf(child, sizeof(child), "%s/%s", path, entry->d_name);
        remove_tree(child);
      }
    }

    closedir(dir);
  }

  remove(path);
}
