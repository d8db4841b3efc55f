//
// Scratch files for the libFuzzer targets whose parsers read a file by name.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef FUZZ_FILE_H
#  define FUZZ_FILE_H
#  include <stdbool.h>
#  include <stddef.h>

extern const char	*fuzzFileDir(void);
extern const char	*fuzzFileWrite(const char *name, const void *data, size_t size);

#endif // !FUZZ_FILE_H
