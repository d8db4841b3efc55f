//
// The one place that knows libcupsfilters' call for asking a printer for its
// IPP attributes.  libcupsfilters 1.x (Debian 12, Ubuntu 22.04) and 2.x
// (Ubuntu 24.04, Fedora) name it differently; configure says which is
// installed.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Include this header, never <cupsfilters/...> directly: libcupsfilters'
// pkg-config flags point inside its include folder, so its headers are named
// here with their folder.
//

#ifndef NOTICE_CUPSFILTERS_IPP_H
#  define NOTICE_CUPSFILTERS_IPP_H
#  include <config.h>
#  include <cupsfilters/ipp.h>

#  ifdef HAVE_LIBCUPSFILTERS2
// libcupsfilters 2.x (Debian 13's libcupsfilters2-dev, Ubuntu 24.04)...
#    define noticeCFGetPrinterAttributes(http,uri,attrs,num_attrs) \
	cfGetPrinterAttributes2((http), (uri), (attrs), (num_attrs), NULL, 0, 0)
#    define NOTICE_CF_LOG	cf_get_printer_attributes_log
#  else
// libcupsfilters 1.x...
#    define noticeCFGetPrinterAttributes(http,uri,attrs,num_attrs) \
	get_printer_attributes2((http), (uri), (attrs), (num_attrs), NULL, 0, 0)
#    define NOTICE_CF_LOG	get_printer_attributes_log
#  endif // HAVE_LIBCUPSFILTERS2

#endif // !NOTICE_CUPSFILTERS_IPP_H
