//
// Base of the onshi-notice core's private headers.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Every private header of core/ includes this one first.  Only the core's
// own sources and its unit tests are built with NOTICE_BUILDING_CORE; a
// front end that includes a private header stops the build here, so that
// notice.h stays the whole interface the front ends rely on.
//

#ifndef NOTICE_CORE_PRIVATE_H
#  define NOTICE_CORE_PRIVATE_H
#  ifndef NOTICE_BUILDING_CORE
#    error "This header is private to the onshi-notice core: outside core/, include only notice.h."
#  endif
#  include "notice.h"
#endif // !NOTICE_CORE_PRIVATE_H
