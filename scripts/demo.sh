#!/bin/bash
#
# Show the main job: build onshi-notice, start a private CUPS scheduler with
# an onshi-notice queue, print the code "invalid" through it with lp, and
# keep what the printer would have received.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: scripts/demo.sh [CODE ...]   (as root on a fresh Debian 12 machine)
#
# Leaves demo-out/CODE.pdf and demo-out/CODE.png for each code (default:
# invalid and no-record).  The private scheduler lives in a temporary
# directory and is stopped at the end; the system's CUPS is not touched.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

codes=("$@")
[ ${#codes[@]} -gt 0 ] || codes=(invalid no-record)

"$top/scripts/install-deps.sh"

# Build...
[ -x configure ] || autoreconf -fi
mkdir -p _build/demo
(cd _build/demo && { [ -f Makefile ] || ../../configure -q; } && make -s -j"$(nproc)" > /dev/null)

# Start a private scheduler with an onshi-notice queue writing to a file...
top_srcdir=$top
top_builddir=$top/_build/demo
. "$top/tests/lib/private-cupsd.sh"

work=$(mktemp -d /tmp/onshi-notice-demo.XXXXXX)
chmod 755 "$work"
trap 'pcupsd_stop; rm -rf "$work"' EXIT

pcupsd_start "$work" "$top_builddir/filter/onshi-notice" "$top/data"
lpadmin -p onshi-notice -E -v "file://$work/out/onshi-notice.out" \
    -P "$top_builddir/ppd/onshi-notice.ppd" 2>/dev/null

mkdir -p demo-out
for code in "${codes[@]}"; do
  echo "\$ echo $code | lp -d onshi-notice"
  reply=$(echo "$code" | lp -d onshi-notice)
  echo "$reply"
  job=$(pcupsd_job_id "$reply")
  state=$(pcupsd_wait_job "$job")
  if [ "$state" != completed ]; then
    echo "job $job: $state: $(pcupsd_job_message "$job")" >&2
    continue
  fi
  cp "$work/out/onshi-notice.out" "demo-out/$code.pdf"
  chmod 644 "demo-out/$code.pdf"
  pdftoppm -r 100 -png -singlefile "demo-out/$code.pdf" "demo-out/$code"
  echo "job $job completed: demo-out/$code.pdf (and demo-out/$code.png)"
done
