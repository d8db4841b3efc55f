#!/bin/sh
#
# Check that a translation is complete: every message of the template is
# translated, and none is fuzzy or left untranslated.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: po/check-po.sh TEMPLATE.pot LANG.po
#
# Exits 1 and lists the messages when LANG.po lacks a translation; the build
# runs it before it compiles a catalog.  MSGCMP and MSGATTRIB name the tools
# (default: from PATH).
#

pot=$1
po=$2
status=0

if [ ! -f "$pot" ] || [ ! -f "$po" ]; then
  echo "usage: check-po.sh TEMPLATE.pot LANG.po" >&2
  exit 2
fi

# Every message of the template has a translation that is neither fuzzy nor
# empty (msgcmp counts those as missing)...
if ! missing=$("${MSGCMP:-msgcmp}" "$po" "$pot" 2>&1); then
  printf '%s\n' "$missing" | sed 's/^/check-po: /' >&2
  echo "check-po: $po lacks translations of messages in $pot (run msgmerge and translate them)" >&2
  status=1
fi

# ... and nothing in the file itself is fuzzy or untranslated, obsolete
# entries aside...
for kind in fuzzy untranslated; do
  if [ "$kind" = fuzzy ]; then
    found=$("${MSGATTRIB:-msgattrib}" --only-fuzzy --no-obsolete "$po" 2> /dev/null | grep -c '^msgid ')
  else
    found=$("${MSGATTRIB:-msgattrib}" --untranslated --no-obsolete "$po" 2> /dev/null | grep -c '^msgid ')
  fi
  if [ "${found:-0}" -gt 0 ]; then
    echo "check-po: $po has $found $kind messages" >&2
    status=1
  fi
done

exit $status
