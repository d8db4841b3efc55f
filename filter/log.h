//
// Logging and cancellation through the front end's callbacks.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_LOG_H
#  define NOTICE_LOG_H
#  include "notice.h"

extern void	noticeLog(const notice_callbacks_t *cb, notice_level_t level, const char *format, ...) __attribute__((format(printf, 3, 4)));
extern bool	noticeIsCanceled(const notice_callbacks_t *cb);

#endif // !NOTICE_LOG_H
