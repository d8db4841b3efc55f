//
// The date of issue printed on a notice, in each language's own form.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// The form of the date is data: a template in each notice file ("date"),
// with month names and, for the Japanese calendar, the eras and the word for
// an era's first year (令和元年).  A date falls in the latest era that began on
// or before it, so 2019-04-30 is 平成31年4月30日 and 2019-05-01 is 令和元年5月1日.
//

#include "date-private.h"
#include <stdio.h>
#include <string.h>


//
// 'noticeDateFormat()' - Write a date in the form a notice text asks for.
//
// Fails for an impossible date and for a date before the first era when the
// template shows an era.
//

bool					// O - `true` on success
noticeDateFormat(
    const notice_content_t *content,	// I - Notice text
    int                    year,	// I - Year, 1-9999
    int                    month,	// I - Month, 1-12
    int                    day,		// I - Day, 1-31
    char                   *buffer,	// O - Date
    size_t                 bufsize)	// I - Size of buffer
{
  static const char * const names[] =	// Placeholders, as in catalog.c
  {
    "year",
    "month",
    "day",
    "month-name",
    "era",
    "era-year"
  };
  const char	*values[6];		// Their values
  char		year_s[16],		// Year as text
		month_s[16],		// Month as text
		day_s[16],		// Day as text
		era_year_s[16];		// Year of the era as text
  const notice_era_t *era = NULL;	// Era the date falls in
  size_t	i;			// Looping var
  long		date;			// Date as YYYYMMDD


  if (!content || !content->date_format || !buffer || bufsize == 0)
    return (false);

  *buffer = '\0';

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return (false);

  date = year * 10000L + month * 100L + day;

  for (i = 0; i < content->num_eras; i ++)
  {
    if (content->eras[i].year * 10000L + content->eras[i].month * 100L + content->eras[i].day <= date)
      era = content->eras + i;
  }

  snprintf(year_s, sizeof(year_s), "%d", year);
  snprintf(month_s, sizeof(month_s), "%d", month);
  snprintf(day_s, sizeof(day_s), "%d", day);

  values[0] = year_s;
  values[1] = month_s;
  values[2] = day_s;
  values[3] = content->month_names[month - 1];
  values[4] = era ? era->name : NULL;
  values[5] = NULL;

  if (era)
  {
    if (year == era->year && content->era_first_year)
    {
      values[5] = content->era_first_year;
    }
    else
    {
      snprintf(era_year_s, sizeof(era_year_s), "%d", year - era->year + 1);
      values[5] = era_year_s;
    }
  }

  // noticeContentFormat() fails on a placeholder without a value, such as
  // {era} for a date before the first era...
  if (!noticeContentFormat(content->date_format, names, values, sizeof(names) / sizeof(names[0]), buffer, bufsize))
  {
    *buffer = '\0';
    return (false);
  }

  return (true);
}


//
// 'noticeDateFromTime()' - Find the local calendar date of a time.
//
// The date is the print server's local date (its time zone, or TZ).
//

bool					// O - `true` on success
noticeDateFromTime(
    time_t t,				// I - Time
    int    *year,			// O - Year
    int    *month,			// O - Month, 1-12
    int    *day)			// O - Day, 1-31
{
  struct tm	tm;			// Broken-down local time


  if (!year || !month || !day || !localtime_r(&t, &tm))
    return (false);

  *year  = tm.tm_year + 1900;
  *month = tm.tm_mon + 1;
  *day   = tm.tm_mday;

  return (true);
}
