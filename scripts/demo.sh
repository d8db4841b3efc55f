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
# Exits 1, with the job's message and a short reason, when a job does not
# print.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

codes=("$@")
[ ${#codes[@]} -gt 0 ] || codes=(invalid no-record)

"$top/scripts/install-deps.sh"

# Build, in _build/demo, or in the tree itself when it was configured there
# (configure then refuses any other build directory)...
[ -x configure ] || autoreconf -fi
if [ -f config.status ]; then
  builddir=$top
else
  builddir=$top/_build/demo
  mkdir -p "$builddir"
  (cd "$builddir" && { [ -f Makefile ] || ../../configure -q; })
fi
make -C "$builddir" -s -j"$(nproc)" > /dev/null

# Start a private scheduler with an onshi-notice queue writing to a file
# through our backend, as onshi-notice-setup makes queues.
# It gets copies of the filter and the notice data in a temporary directory
# of its own: it runs the filter as the user lp, who may not be able to read
# this tree (a clone under /root, say)...
top_srcdir=$top
top_builddir=$builddir
. "$top/tests/lib/private-cupsd.sh"

work=$(mktemp -d /tmp/onshi-notice-demo.XXXXXX)
chmod 755 "$work"
trap 'pcupsd_stop; rm -rf "$work"' EXIT

pcupsd_start "$work" "$top_builddir/filter/onshi-notice" "$top/data" ||
  { echo "demo: the private CUPS scheduler did not start" >&2; exit 1; }
if ! lpadmin -p onshi-notice -E -v "onshi-notice:/file://$work/out/onshi-notice.out" \
       -P "$top_builddir/ppd/onshi-notice.ppd" 2> "$work/lpadmin.err"; then
  echo "demo: cannot create the queue: $(grep -v deprecated "$work/lpadmin.err")" >&2
  exit 1
fi

# why_failed JOB STATE MESSAGE: a short reason for a job that did not print.
why_failed() {
  case $2:$3 in
    timeout:*)
      echo "the job did not end within 30 seconds" ;;
    *:"Filter failed")
      echo "the filter did not run or crashed without a message; the scheduler said:"
      grep -E "\[Job $1\] (execv failed|PID [0-9]+ .*(stopped with|crashed))" "$work/log/error_log" |
        cut -d']' -f3- | sed 's/^/  /' | tail -n 5 ;;
    *:*" - "*)
      echo "the filter refused the job and said what to send instead" ;;
    *)
      echo "the job ended as $2" ;;
  esac
}

mkdir -p demo-out
failed=0
for code in "${codes[@]}"; do
  echo "\$ echo $code | lp -d onshi-notice"
  if ! reply=$(echo "$code" | lp -d onshi-notice); then
    echo "demo: lp did not accept the job for \"$code\"" >&2
    failed=1
    continue
  fi
  echo "$reply"
  job=$(pcupsd_job_id "$reply")
  state=$(pcupsd_wait_job "$job") || true
  if [ "$state" != completed ]; then
    message=$(pcupsd_job_message "$job")
    echo "demo: job $job (\"$code\") did not print: $state: $message" >&2
    why_failed "$job" "$state" "$message" | sed 's/^/demo: /' >&2
    failed=1
    continue
  fi
  cp "$work/out/onshi-notice.out" "demo-out/$code.pdf"
  chmod 644 "demo-out/$code.pdf"
  pdftoppm -r 100 -png -singlefile "demo-out/$code.pdf" "demo-out/$code"
  echo "job $job completed: demo-out/$code.pdf (and demo-out/$code.png)"
done

exit "$failed"
