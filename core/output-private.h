//
// Output formats for onshi-notice: the laid-out page as a printable document.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_OUTPUT_PRIVATE_H
#  define NOTICE_OUTPUT_PRIVATE_H
#  include "layout-private.h"

extern bool	noticeOutputWrite(const notice_layout_t *layout, const notice_options_t *options, notice_write_cb_t write_cb, void *write_data, const notice_callbacks_t *cb, int *pages);

#endif // !NOTICE_OUTPUT_PRIVATE_H
