//
// Private header of the message catalogs: what the unit tests reach.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_MESSAGES_PRIVATE_H
#  define NOTICE_MESSAGES_PRIVATE_H
#  include "core-private.h"

extern bool	noticeMessagesLoad(const char *path);
extern void	noticeMessagesUnload(void);

#endif // !NOTICE_MESSAGES_PRIVATE_H
