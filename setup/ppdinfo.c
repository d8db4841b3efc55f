//
// What a PPD file offers: whether it runs our filter, its NickName, and the
// choices of the options onshi-notice-setup sets as queue defaults.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "setup.h"
#include <string.h>

// The PPD API is deprecated in libcups, but a PPD is how a classic CUPS
// queue describes itself; only this file uses it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <cups/ppd.h>


//
// Local functions...
//

static void	append_item(char *list, size_t listsize, const char *item);
static void	option_choices(ppd_file_t *ppd, const char *keyword, char *list, size_t listsize);


//
// 'setupPPDInfoRead()' - Read what a PPD file offers.
//
// A PPD is ours when one of its "*cupsFilter2" lines names the onshi-notice
// filter, or when it is our client PPD (manufacturer "onshi-notice", no
// filter: it passes jobs on to a print server's notice queue).  Paper sizes
// are listed by their PWG names.
//

bool					// O - `true` if the file is a readable PPD
setupPPDInfoRead(
    const char       *filename,		// I - PPD file
    setup_ppdinfo_t *info)		// O - What it offers
{
  ppd_file_t	*ppd;			// PPD file
  ppd_attr_t	*attr;			// cupsFilter2 line
  pwg_media_t	*media;			// Paper
  int		i;			// Looping var
  size_t	length;			// Length of a filter value


  memset(info, 0, sizeof(setup_ppdinfo_t));

  if (!filename || (ppd = ppdOpenFile(filename)) == NULL)
    return (false);

  // The filter: "*cupsFilter2: "src/type dst/type cost onshi-notice""...
  for (attr = ppdFindAttr(ppd, "cupsFilter2", NULL); attr; attr = ppdFindNextAttr(ppd, "cupsFilter2", NULL))
  {
    if (attr->value && (length = strlen(attr->value)) > 13 && !strcmp(attr->value + length - 13, " onshi-notice"))
      info->ours = true;
  }

  if (!info->ours && ppd->manufacturer && !strcmp(ppd->manufacturer, "onshi-notice"))
    info->ours = info->client = true;

  if (ppd->nickname)
    snprintf(info->nickname, sizeof(info->nickname), "%s", ppd->nickname);

  for (i = 0; i < ppd->num_sizes; i ++)
  {
    if ((media = pwgMediaForPPD(ppd->sizes[i].name)) != NULL)
      append_item(info->media, sizeof(info->media), media->pwg);
  }

  option_choices(ppd, "notice-language", info->languages, sizeof(info->languages));
  option_choices(ppd, "notice-edition", info->editions, sizeof(info->editions));
  option_choices(ppd, "notice-date", info->dates, sizeof(info->dates));

  ppdClose(ppd);

  return (true);
}


//
// 'append_item()' - Add an item to a comma-separated list.
//
// An empty item, or one that holds a comma, would read back as other items
// than it is: it is left out, as is one that does not fit.
//

static void
append_item(char       *list,		// I - List
            size_t     listsize,	// I - Size of list
            const char *item)		// I - Item
{
  size_t	length = strlen(list);	// Current length


  if (!*item || strchr(item, ',') || length + strlen(item) + 2 > listsize)
    return;

  snprintf(list + length, listsize - length, "%s%s", length ? "," : "", item);
}


//
// 'option_choices()' - List the choices of a PPD option.
//

static void
option_choices(ppd_file_t *ppd,		// I - PPD file
               const char *keyword,	// I - Option keyword
               char       *list,	// O - Comma-separated choices
               size_t     listsize)	// I - Size of list
{
  ppd_option_t	*option;		// Option
  int		i;			// Looping var


  *list = '\0';

  if ((option = ppdFindOption(ppd, keyword)) == NULL)
    return;

  for (i = 0; i < option->num_choices; i ++)
    append_item(list, listsize, option->choices[i].choice);
}

#pragma GCC diagnostic pop
