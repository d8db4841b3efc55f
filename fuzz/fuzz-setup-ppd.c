//
// libFuzzer target: onshi-notice-setup's reading of a PPD.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Writes arbitrary bytes as a scratch PPD file and reads it with
// setupPPDInfoRead(), as the setup command reads the PPD the scheduler sends
// back for a queue or a model (cupsGetPPD3(), cupsGetServerPPD()).  What it
// read then goes where the setup command sends it: the paper choice and the
// checks of --language, --edition and --date.  Checks that every list ends
// within its buffer and holds no empty item.
//

#include "fuzz-file.h"
#include "setup.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


//
// Local functions...
//

static void	check_list(const char *list, size_t size);


//
// 'LLVMFuzzerTestOneInput()' - Read one PPD.
//

int					// O - 0
LLVMFuzzerTestOneInput(
    const uint8_t *data,		// I - Input bytes
    size_t        size)			// I - Number of bytes
{
  setup_ppdinfo_t	info;		// What the PPD offers
  char			media[128];	// Paper chosen


  if (!setupPPDInfoRead(fuzzFileWrite("fuzz.ppd", data, size), &info))
    return (0);

  if (info.client && !info.ours)
    abort();

  if (strnlen(info.nickname, sizeof(info.nickname)) >= sizeof(info.nickname))
    abort();

  check_list(info.media, sizeof(info.media));
  check_list(info.languages, sizeof(info.languages));
  check_list(info.editions, sizeof(info.editions));
  check_list(info.dates, sizeof(info.dates));

  // As the setup command uses them...
  if (setupPlanChoosePaper(NULL, NULL, NULL, info.media, media, sizeof(media), NULL) && strnlen(media, sizeof(media)) >= sizeof(media))
    abort();

  setupPlanChoosePaper("A4", NULL, NULL, info.media, media, sizeof(media), NULL);
  setupPlanCheckChoice("--language", "ja", info.languages, NULL);
  setupPlanCheckChoice("--edition", "2026", info.editions, NULL);
  setupPlanCheckChoice("--date", "on", info.dates, NULL);

  return (0);
}


//
// 'check_list()' - Abort unless a comma-separated list is well formed.
//

static void
check_list(const char *list,		// I - List
           size_t     size)		// I - Size of its buffer
{
  size_t	len = strnlen(list, size);
					// Length of list


  if (len >= size)
    abort();

  if (len > 0 && (list[0] == ',' || list[len - 1] == ',' || strstr(list, ",,")))
    abort();
}
