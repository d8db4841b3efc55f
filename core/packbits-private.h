//
// Row compression of PWG and Apple raster for onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#ifndef NOTICE_PACKBITS_PRIVATE_H
#  define NOTICE_PACKBITS_PRIVATE_H
#  include "core-private.h"

typedef struct notice_packer_s		// Rows of one page on their way out
{
  size_t		bytes_per_line;	// Bytes in a row
  unsigned char		*pending;	// Row not yet written
  unsigned		repeat;		// Times it occurs in a row, 0 for none
  unsigned char		*encoded;	// Room for one encoded row
  notice_write_cb_t	write_cb;	// Where encoded rows go
  void			*write_data;	// Data for write_cb
} notice_packer_t;

extern size_t	noticePackRow(const unsigned char *row, size_t length, unsigned char *out);
extern size_t	noticePackRowMax(size_t length);
extern bool	noticePackerInit(notice_packer_t *packer, size_t bytes_per_line, notice_write_cb_t write_cb, void *write_data);
extern bool	noticePackerAddRow(notice_packer_t *packer, const unsigned char *row);
extern bool	noticePackerEndPage(notice_packer_t *packer);
extern void	noticePackerFree(notice_packer_t *packer);

#endif // !NOTICE_PACKBITS_PRIVATE_H
