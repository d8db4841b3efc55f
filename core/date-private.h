//
// The date of issue printed on a notice, in each language's own form.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_DATE_PRIVATE_H
#  define NOTICE_DATE_PRIVATE_H
#  include "catalog-private.h"

extern bool	noticeDateFormat(const notice_content_t *content, int year, int month, int day, char *buffer, size_t bufsize);
extern bool	noticeDateFromTime(time_t t, int *year, int *month, int *day);

#endif // !NOTICE_DATE_PRIVATE_H
