//
// UTF-8 decoding and validation for onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_UTF8_PRIVATE_H
#  define NOTICE_UTF8_PRIVATE_H
#  include "core-private.h"

extern bool	noticeUTF8CleanLine(const char *value, size_t max_chars, char *buffer, size_t bufsize, bool *cut);
extern long	noticeUTF8Decode(const char **ptr, const char *end);
extern size_t	noticeUTF8Encode(long ch, char *buffer, size_t bufsize);
extern bool	noticeUTF8IsValid(const char *text, size_t length);

#endif // !NOTICE_UTF8_PRIVATE_H
