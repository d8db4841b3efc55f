//
// The results a verification terminal shows, by the names the data files
// and front ends use for them.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "notice.h"
#include <string.h>


//
// Local globals...
//

static const char * const result_names[NOTICE_RESULT_COUNT] =
{					// Result names, as in the data files
  "invalid",
  "no-record"
};


//
// 'noticeResultFromName()' - Look up a result by its name.
//

bool					// O - `true` if found
noticeResultFromName(
    const char      *name,		// I - Name, such as "no-record"
    notice_result_t *result)		// O - Result
{
  int	i;				// Looping var


  for (i = 0; name && i < NOTICE_RESULT_COUNT; i ++)
  {
    if (!strcmp(name, result_names[i]))
    {
      *result = (notice_result_t)i;
      return (true);
    }
  }

  return (false);
}


//
// 'noticeResultName()' - Return the name of a result.
//

const char *				// O - Name
noticeResultName(
    notice_result_t result)		// I - Result
{
  if ((unsigned)result >= NOTICE_RESULT_COUNT)
    return ("unknown");

  return (result_names[result]);
}
