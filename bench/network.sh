#!/bin/bash
#
# Benchmark printing from a workstation: the time from "lp" on a
# workstation's notice queue (made by onshi-notice-setup --server) to the
# job completing on the print server's notice queue.  Two private CUPS
# schedulers on 127.0.0.1 stand for the two machines.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: bench/network.sh [--jobs N] [BUILD_DIR]
#
#   BUILD_DIR   an existing build (default: build into _build/bench)
#   --jobs N    jobs to time, one after the other (default 20)
#
# Each job holds the code "invalid"; the server's queue writes the PDF
# notice into a file.  The server's job state is polled every 10 ms, so a
# time is at most 10 ms late.  Prints every time and then the mean, median
# and maximum in milliseconds.  Run as root, as the tests do.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
jobs=20
build=

while [ $# -gt 0 ]; do
  case $1 in
    --jobs) jobs=$2; shift 2 ;;
    -*) echo "usage: bench/network.sh [--jobs N] [BUILD_DIR]" >&2; exit 2 ;;
    *) build=$(cd "$1" && pwd); shift ;;
  esac
done

if [ -z "$build" ]; then
  build="$top/_build/bench"
  mkdir -p "$build"
  (cd "$build" && { [ -f Makefile ] || "$top/configure" > /dev/null; } && make -j2 > /dev/null)
fi

export top_srcdir=$top top_builddir=$build
. "$top/tests/lib/common.sh"
. "$top/tests/lib/private-cupsd.sh"
set +u

S_PID= W_PID=
on_exit() {
  for PCUPSD_PID in $S_PID $W_PID; do pcupsd_stop; done
  cleanup_tmp
}
trap on_exit EXIT

pcupsd_start "$TEST_TMP/server" "$FILTER" "$top/data" "$build/ppd"
S_PID=$PCUPSD_PID S_PORT=$PCUPSD_PORT S_DIR=$PCUPSD_DIR
CUPS_SERVER="127.0.0.1:$S_PORT" lpadmin -p onshi-notice -E -v "file://$S_DIR/out/notice.out" \
    -P "$build/ppd/onshi-notice.ppd" -o printer-is-shared=true 2> /dev/null

pcupsd_start "$TEST_TMP/ws" "$FILTER" "$top/data" "$build/ppd"
W_PID=$PCUPSD_PID
ONSHI_NOTICE_PPDDIR="$build/ppd" "$build/setup/onshi-notice-setup" --server "127.0.0.1:$S_PORT" > /dev/null

# server_state ID: the server's job-state for job ID.
server_state() {
  ipptool -c -T 5 "ipp://127.0.0.1:$S_PORT/jobs" -d job_id="$1" -d user="$(id -un)" \
      "$top/tests/ipp/get-job.test" 2> /dev/null | sed -n '2s/,.*//p'
}

times=()
for i in $(seq 1 "$jobs"); do
  start=$(date +%s%N)
  echo invalid | lp -d onshi-notice > /dev/null
  while :; do
    state=$(server_state "$i")
    case $state in
      completed) break ;;
      stopped|aborted|canceled|processing-stopped)
        echo "server job $i $state" >&2; exit 1 ;;
    esac
    [ $(( $(date +%s%N) - start )) -lt 60000000000 ] || { echo "server job $i: no end after 60 s" >&2; exit 1; }
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "job $i: $ms ms"
done

printf '%s\n' "${times[@]}" | sort -n | awk '
  { t[NR] = $1; sum += $1 }
  END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%d jobs, lp on the workstation to completed on the server: mean %.0f ms, median %.0f ms, max %d ms\n", NR, sum / NR, median, t[NR]
  }'
