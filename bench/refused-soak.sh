#!/bin/bash
#
# Soak the notice queue with refused jobs: twenty thousand wrong jobs of every
# kind through a private CUPS scheduler with CUPS's default limits, then a
# valid code.  Shows that refused jobs end, that nothing piles up in the
# queue, the spool or the scheduler's memory, and that the next notice still
# prints.  Not run by the test suite (it takes half an hour or so).
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: bench/refused-soak.sh [--jobs N] [--batch N] [BUILD_DIR]
#
#   BUILD_DIR   an existing build (default: build into _build/bench)
#   --jobs N    refused jobs in all (default 20000)
#   --batch N   jobs sent before waiting for the queue to empty (default 250:
#               below cupsd's MaxJobs of 500, which counts waiting jobs)
#
# Prints a Markdown table for BENCHMARKS.md and exits 1 if any job did not
# end canceled, was refused by the scheduler, or the final code did not
# print.  Run as root, as the tests do.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
jobs=20000
batch=250
builddir=

while [ $# -gt 0 ]; do
  case $1 in
    --jobs) jobs=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    -*) echo "usage: bench/refused-soak.sh [--jobs N] [--batch N] [BUILD_DIR]" >&2; exit 2 ;;
    *) builddir=$1; shift ;;
  esac
done

if [ -z "$builddir" ]; then
  builddir=$top/_build/bench
  [ -x "$top/configure" ] || (cd "$top" && autoreconf -fi)
  mkdir -p "$builddir"
  (cd "$builddir" && { [ -f Makefile ] || "$top/configure" -q; } && make -s -j"$(nproc)" > /dev/null)
fi

top_srcdir=$top
top_builddir=$(cd "$builddir" && pwd)
. "$top/tests/lib/private-cupsd.sh"

work=$(mktemp -d /tmp/onshi-notice-soak.XXXXXX)
chmod 755 "$work"
trap 'pcupsd_stop; rm -rf "$work"' EXIT

# CUPS's own defaults (LogLevel warn, MaxJobs 500): what a clinic has...
PCUPSD_LOGLEVEL=warn pcupsd_start "$work/cupsd" "$top_builddir/filter/onshi-notice" "$top/data" ||
  { echo "soak: the private CUPS scheduler did not start" >&2; exit 1; }
lpadmin -p soak -E -v "onshi-notice:/file://$work/cupsd/out/soak.out" -P "$top_builddir/ppd/onshi-notice.ppd" ||
  { echo "soak: cannot create the queue" >&2; exit 1; }

# The refused samples that lp sends (it refuses empty files itself)...
samples=()
while read -r file expect _; do
  case $file in ''|'#'*) continue ;; esac
  [ "$expect" = refused ] && [ -s "$top/tests/jobs/$file" ] && samples+=("$top/tests/jobs/$file")
done < "$top/tests/jobs/jobs.txt"

# rss_kb PID: resident memory of a process in KiB.
rss_kb() {
  awk '$1 == "VmRSS:" { print $2 }' "/proc/$1/status"
}

# spool_files: the scheduler's job files (control and data) kept on disk.
spool_files() {
  find "$work/cupsd/spool" -maxdepth 1 -type f -name '[cd]*' | wc -l
}

# ended_states: "STATE COUNT" for the jobs the scheduler still remembers.
ended_states() {
  ipptool -c -T 30 "ipp://127.0.0.1:$PCUPSD_PORT/printers/soak" -d user="$(id -un)" \
      "$top/tests/ipp/get-jobs.test" 2>/dev/null | tail -n +2 | cut -d, -f2 | sort | uniq -c |
    awk '{ printf "%s%s %s", sep, $2, $1; sep = ", " }'
}

rss_before=$(rss_kb "$PCUPSD_PID")
start=$(date +%s%N)
sent=0
turned_away=0
stopped=0
max_waiting=0
while [ "$sent" -lt "$jobs" ]; do
  for i in $(seq 1 "$batch"); do
    [ "$sent" -lt "$jobs" ] || break
    lp -d soak -o document-format=text/plain "${samples[$((sent % ${#samples[@]}))]}" > /dev/null 2>&1 ||
      turned_away=$((turned_away + 1))
    sent=$((sent + 1))
  done

  # Wait until the batch has ended; a job that stops instead is counted and
  # the soak fails...
  for i in $(seq 1 1200); do
    waiting=$(lpstat -o soak 2>/dev/null | wc -l)
    [ "$waiting" -gt "$max_waiting" ] && max_waiting=$waiting
    [ "$waiting" -eq 0 ] && break
    if lpstat -l -o soak 2>/dev/null | grep -qi 'stopped'; then
      stopped=$((stopped + 1))
      echo "soak: a job stopped instead of ending:" >&2
      lpstat -l -o soak | head -n 8 >&2
      break 2
    fi
    sleep 0.1
  done
  [ "$waiting" -eq 0 ] || { echo "soak: jobs still waiting after 120 s" >&2; break; }
  [ $((sent % 2000)) -eq 0 ] && echo "soak: $sent jobs, scheduler RSS $(rss_kb "$PCUPSD_PID") KiB, $(spool_files) spool files" >&2
done
elapsed=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
rss_after=$(rss_kb "$PCUPSD_PID")
states=$(ended_states)
left=$(lpstat -o soak 2>/dev/null | wc -l)

# ... and the next notice prints.
rm -f "$work/cupsd/out/soak.out"
job=$(pcupsd_job_id "$(echo invalid | lp -d soak)")
final=$(pcupsd_wait_job "$job" 60) || true
printed=no
[ "$final" = completed ] && head -c 5 "$work/cupsd/out/soak.out" 2>/dev/null | grep -q '%PDF-' && printed=yes

cat <<TABLE
| refused jobs sent | turned away by the scheduler | stopped | left in the queue | most waiting at once | time | jobs/s | states the scheduler remembers | spool files | scheduler RSS before → after | next code printed |
|---|---|---|---|---|---|---|---|---|---|---|
| $sent | $turned_away | $stopped | $left | $max_waiting | $(printf '%.0f' "$elapsed") s | $(awk -v n="$sent" -v t="$elapsed" 'BEGIN { printf "%.1f", n / t }') | $states | $(spool_files) | $rss_before → $rss_after KiB | $printed |
TABLE

[ "$turned_away" -eq 0 ] && [ "$stopped" -eq 0 ] && [ "$left" -eq 0 ] && [ "$printed" = yes ]
