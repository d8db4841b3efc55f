#!/bin/bash
#
# Benchmark onshi-notice-watch: result files handled per second, and the
# delay from a result file appearing to its notice being queued, through a
# private CUPS scheduler.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: bench/watch.sh [--files N] [--samples N] [--poll SECONDS] [BUILD_DIR]
#
#   BUILD_DIR       an existing build (default: build into _build/bench)
#   --files N       files for the throughput runs (default 1000)
#   --samples N     files for each latency run (default 20)
#   --poll SECONDS  the service's listing interval (default 1)
#
# Throughput: N result files are already in the folder; the service runs
# with --once --print-existing and the queue is stopped, so that what is timed
# is reading, deciding, remembering and submitting, not printing.  Once with
# 2% of the files calling for a notice (a day's mix), once with all of them
# (at most 400: cupsd holds at most 500 active jobs by default, MaxJobs).
#
# Latency: the service runs with inotify (a local folder) and with
# --no-inotify (a CIFS mount, where only listing sees the other side's
# files).  Each file is renamed into the folder at a random moment; its delay
# is the time from the rename to the service's log line saying its job was
# queued (the job exists in CUPS then).  The target is one poll interval
# plus 100 ms.  Run as root, as the tests do.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
files=1000
samples=20
poll=1

while [ $# -gt 0 ]; do
  case $1 in
    --files) files=$2; shift 2 ;;
    --samples) samples=$2; shift 2 ;;
    --poll) poll=$2; shift 2 ;;
    -h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) break ;;
  esac
done

build=${1:-$top/_build/bench}
build=$(mkdir -p "$build" && cd "$build" && pwd)

[ -x "$top/configure" ] || (cd "$top" && autoreconf -fi)
(cd "$build" && { [ -f Makefile ] || "$top/configure" -q; } && make -s -j2 > /dev/null)

WATCH="$build/watch/onshi-notice-watch"
FILTER="$build/filter/onshi-notice"
export ONSHI_NOTICE_DATADIR="$top/data"

. "$top/tests/lib/private-cupsd.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/onshi-notice-bench.XXXXXX")
chmod 755 "$tmp"
WATCH_PID=
cleanup() {
  [ -n "$WATCH_PID" ] && kill "$WATCH_PID" 2>/dev/null && wait "$WATCH_PID" 2>/dev/null
  pcupsd_stop
  rm -rf "$tmp"
}
trap cleanup EXIT

pcupsd_start "$tmp/cupsd" "$FILTER" "$ONSHI_NOTICE_DATADIR" > /dev/null
lpadmin -p onshi-notice -E -v "file://$tmp/cupsd/out/notice.out" -P "$build/ppd/onshi-notice.ppd" 2>/dev/null

# result VALUE FILE: a synthetic single result (fake personal data).
result() {
  sed -e 's/@SEGMENT@/1/' -e "s/@VALIDITY@/$1/" "$top/tests/watch/single.xml.in" > "$2"
}

# now: the time in seconds, to the microsecond.
now() {
  date +%s.%6N
}

echo "# onshi-notice-watch benchmark"
echo
echo "$(nproc) CPUs, $(uname -r), $(date -u +%Y-%m-%dT%H:%MZ)"
echo


#
# Throughput...
#

echo "## Files handled per second (queue stopped)"
echo
echo "| files | calling for a notice | seconds | files/s | jobs queued |"
echo "|---|---|---|---|---|"
for share in 50 1; do
  dir="$tmp/many-$share"
  count=$files
  [ "$share" -eq 1 ] && [ "$count" -gt 400 ] && count=400
  mkdir -p "$dir"
  for i in $(seq 1 "$count"); do
    if [ $((i % share)) -eq 0 ]; then v=2; else v=1; fi
    result "$v" "$dir/OQSsiquc01res_$i.xml"
  done
  cupsdisable onshi-notice
  start=$(now)
  status=0
  "$WATCH" --once --print-existing --state-dir "$tmp/state-$share" "$dir" > "$tmp/many-$share.log" 2>&1 || status=$?
  end=$(now)
  [ "$status" -eq 0 ] || { echo "bench: the service failed ($status)" >&2; tail "$tmp/many-$share.log" >&2; exit 1; }
  jobs=$(grep -c 'queued as job' "$tmp/many-$share.log" || true)
  awk -v s="$start" -v e="$end" -v n="$count" -v j="$jobs" -v share="$share" \
      'BEGIN { printf "| %d | %d%% | %.2f | %.0f | %d |\n", n, 100 / share, e - s, n / (e - s), j }'
  cancel -a onshi-notice 2>/dev/null || true
  cupsenable onshi-notice
done
echo

# Let the scheduler finish with the cancelled jobs before timing anything...
pcupsd_wait_idle 120 || true


#
# Latency...
#

echo "## Delay from a result file appearing to its job being queued (poll $poll s, $samples files)"
echo
echo "| mode | mean ms | median ms | max ms | target ms | within target | max ms to the decision |"
echo "|---|---|---|---|---|---|---|"
for mode in inotify poll; do
  dir="$tmp/latency-$mode"
  log="$tmp/latency-$mode.log"
  mkdir -p "$dir"
  : > "$log"
  options=()
  [ "$mode" = poll ] && options=(--no-inotify)
  "$WATCH" --poll "$poll" --state-dir "$tmp/state-latency-$mode" "${options[@]}" "$dir" > "$log" 2>&1 &
  WATCH_PID=$!
  for i in $(seq 1 100); do grep -q 'First run' "$log" && break; sleep 0.05; done

  : > "$tmp/delays-$mode"
  : > "$tmp/decided-$mode"
  # Sample 0 warms the scheduler up and is not counted...
  for i in $(seq 0 "$samples"); do
    result 2 "$tmp/staging.xml"
    # A random moment within the poll interval...
    sleep "$(awk -v p="$poll" -v r="$RANDOM" 'BEGIN { printf "%.3f", p * r / 32768 }')"
    t0=$(now)
    mv "$tmp/staging.xml" "$dir/OQSsiquc01res_$i.xml"
    line=
    for j in $(seq 1 400); do
      line=$(grep -F "/OQSsiquc01res_$i.xml: notice invalid queued as job" "$log" || true)
      [ -n "$line" ] && break
      sleep 0.01
    done
    [ -n "$line" ] || { echo "bench: file $i was not queued" >&2; tail "$log" >&2; exit 1; }
    [ "$i" -gt 0 ] || continue
    t1=$(date -d "$(cut -d' ' -f1-2 <<< "$line")" +%s.%6N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }' >> "$tmp/delays-$mode"
    line=$(grep -F "/OQSsiquc01res_$i.xml: validity 2 - notice invalid." "$log")
    t1=$(date -d "$(cut -d' ' -f1-2 <<< "$line")" +%s.%6N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }' >> "$tmp/decided-$mode"
  done

  kill "$WATCH_PID"
  wait "$WATCH_PID" 2>/dev/null || true
  WATCH_PID=
  cp "$tmp/delays-$mode" "$build/watch-delays-$mode.txt"
  sort -n "$tmp/delays-$mode" | awk -v mode="$mode" -v decided="$(sort -n "$tmp/decided-$mode" | tail -n 1)" -v target="$(awk -v p="$poll" 'BEGIN { print p * 1000 + 100 }')" '
    { d[NR] = $1; sum += $1; if ($1 <= target) within ++ }
    END {
      median = (NR % 2) ? d[(NR + 1) / 2] : (d[NR / 2] + d[NR / 2 + 1]) / 2
      printf "| %s | %.1f | %.1f | %.1f | %d | %d of %d | %.1f |\n", mode, sum / NR, median, d[NR], target, within, NR, decided
    }'
done
