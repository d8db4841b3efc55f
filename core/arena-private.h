//
// Memory for a page's pixels: handed out in pieces, freed at once, in huge
// pages where the system allows.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_ARENA_PRIVATE_H
#  define NOTICE_ARENA_PRIVATE_H
#  include "core-private.h"

typedef struct notice_arena_s notice_arena_t;
					// Memory handed out in pieces

extern void		*noticeArenaAlloc(notice_arena_t *arena, size_t size);
extern notice_arena_t	*noticeArenaCreate(void);
extern void		noticeArenaDelete(notice_arena_t *arena);
extern size_t		noticeArenaGetSize(const notice_arena_t *arena);

#endif // !NOTICE_ARENA_PRIVATE_H
