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
# Usage: bench/watch.sh [--files N] [--samples N] [--poll SECONDS]
#                       [--old N[,N...]] [--rest SECONDS] [BUILD_DIR]
#
#   BUILD_DIR       an existing build (default: build into _build/bench)
#   --files N       files for the throughput runs (default 1000)
#   --samples N     files for each latency run (default 20)
#   --poll SECONDS  the service's listing interval (default 1)
#   --old N,...     instead: the cost at rest with N old files (see below)
#   --rest SECONDS  how long the cost at rest is measured (default 30)
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
# At rest (--old): N earlier result files lie in the folder, as where nothing
# deletes them, and the service lists it only (--no-inotify, as on a CIFS
# mount).  Measured: the CPU it uses while nothing changes (user and system
# time from /proc/PID/stat over --rest seconds), its memory (VmRSS and the
# peak VmHWM from /proc/PID/status), and the delay of new files as above.
# The targets for 50,000 files and poll 1 s: at most 1 % of a core, at most
# 20 MB, a new file queued on average within the poll interval plus 100 ms.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
files=1000
samples=20
poll=1
old=
rest=30

while [ $# -gt 0 ]; do
  case $1 in
    --files) files=$2; shift 2 ;;
    --samples) samples=$2; shift 2 ;;
    --poll) poll=$2; shift 2 ;;
    --old) old=$2; shift 2 ;;
    --rest) rest=$2; shift 2 ;;
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


# drop_samples DIR LOG TAG: drop result files into DIR at random moments
# and note the delay of each to its queued job in $tmp/delays-TAG, and to its
# decision in $tmp/decided-TAG.
drop_samples() {
  local dir=$1 log=$2 tag=$3 i j line t0 t1
  : > "$tmp/delays-$tag"
  : > "$tmp/decided-$tag"
  # Sample 0 warms the scheduler up and is not counted...
  for i in $(seq 0 "$samples"); do
    result 2 "$tmp/staging.xml"
    # A random moment within the poll interval...
    sleep "$(awk -v p="$poll" -v r="$RANDOM" 'BEGIN { printf "%.3f", p * r / 32768 }')"
    t0=$(now)
    mv "$tmp/staging.xml" "$dir/OQSsiquc01res_$tag-$i.xml"
    line=
    for j in $(seq 1 1000); do
      line=$(grep -F "/OQSsiquc01res_$tag-$i.xml: notice invalid queued as job" "$log" || true)
      [ -n "$line" ] && break
      sleep 0.01
    done
    [ -n "$line" ] || { echo "bench: file $i was not queued" >&2; tail "$log" >&2; exit 1; }
    [ "$i" -gt 0 ] || continue
    t1=$(date -d "$(cut -d' ' -f1-2 <<< "$line")" +%s.%6N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }' >> "$tmp/delays-$tag"
    line=$(grep -F "/OQSsiquc01res_$tag-$i.xml: validity 2 - notice invalid." "$log")
    t1=$(date -d "$(cut -d' ' -f1-2 <<< "$line")" +%s.%6N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }' >> "$tmp/decided-$tag"
  done
}

# delay_row TAG LABEL: one table row from the delays of drop_samples.
delay_row() {
  sort -n "$tmp/delays-$1" | awk -v mode="$2" -v decided="$(sort -n "$tmp/decided-$1" | tail -n 1)" -v target="$(awk -v p="$poll" 'BEGIN { print p * 1000 + 100 }')" '
    { d[NR] = $1; sum += $1; if ($1 <= target) within ++ }
    END {
      median = (NR % 2) ? d[(NR + 1) / 2] : (d[NR / 2] + d[NR / 2 + 1]) / 2
      printf "| %s | %.1f | %.1f | %.1f | %d | %d of %d | %.1f |\n", mode, sum / NR, median, d[NR], target, within, NR, decided
    }'
}

# cpu_ticks PID: user and system time of a process, in clock ticks.
cpu_ticks() {
  sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

# status_kb PID FIELD: a field of /proc/PID/status, in kB.
status_kb() {
  awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"
}


#
# At rest, with many old files...
#

if [ -n "$old" ]; then
  echo "## At rest with old result files, listing only (--no-inotify, poll $poll s)"
  echo
  echo "CPU over $rest s while nothing changes; memory after the first run has"
  echo "remembered the old files; delay of $samples new files dropped afterwards."
  echo
  echo "| old files | first run s | CPU % of a core at rest | VmRSS MB | VmHWM MB | state file MB |"
  echo "|---|---|---|---|---|---|"
  hz=$(getconf CLK_TCK)
  for n in ${old//,/ }; do
    dir="$tmp/old-$n"
    log="$tmp/old-$n.log"
    mkdir -p "$dir"
    # The old files, value 1, written by one process...
    result 1 "$tmp/old.xml"
    awk -v dir="$dir" -v n="$n" -v src="$tmp/old.xml" '
      BEGIN {
        while ((getline line < src) > 0) body = body line "\n"
        for (i = 1; i <= n; i ++) {
          f = sprintf("%s/OQSsiquc01res_old%07d.xml", dir, i)
          printf "%s", body > f
          close(f)
        }
      }'
    # Remember them all: STATE_MAX must hold every old file...
    printf 'STATE_MAX=%d\n' "$((n * 2 > 100000 ? n * 2 : 100000))" > "$tmp/old-$n.conf"
    start=$(now)
    "$WATCH" --config "$tmp/old-$n.conf" --no-inotify --poll "$poll" --state-dir "$tmp/state-old-$n" "$dir" > "$log" 2>&1 &
    WATCH_PID=$!
    for i in $(seq 1 6000); do grep -q 'First run' "$log" && break; sleep 0.05; done
    first=$(awk -v s="$start" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }')
    # Let it settle, then measure a quiet stretch...
    sleep 5
    t0=$(now)
    c0=$(cpu_ticks "$WATCH_PID")
    sleep "$rest"
    c1=$(cpu_ticks "$WATCH_PID")
    t1=$(now)
    rss=$(status_kb "$WATCH_PID" VmRSS)
    hwm=$(status_kb "$WATCH_PID" VmHWM)
    awk -v n="$n" -v first="$first" -v c="$((c1 - c0))" -v hz="$hz" -v t0="$t0" -v t1="$t1" -v rss="$rss" -v hwm="$hwm" -v st="$(stat -c %s "$tmp/state-old-$n/state")" \
        'BEGIN { printf "| %d | %s | %.2f | %.1f | %.1f | %.1f |\n", n, first, 100 * c / hz / (t1 - t0), rss / 1024, hwm / 1024, st / 1048576 }' >> "$tmp/rest-rows"
    drop_samples "$dir" "$log" "old$n"
    kill "$WATCH_PID"
    wait "$WATCH_PID" 2>/dev/null || true
    WATCH_PID=
    rm -rf "$dir"
  done
  cat "$tmp/rest-rows"
  echo
  echo "Delay from a new file appearing to its job being queued, with the old files there:"
  echo
  echo "| old files | mean ms | median ms | max ms | target ms | within target | max ms to the decision |"
  echo "|---|---|---|---|---|---|---|"
  for n in ${old//,/ }; do
    delay_row "old$n" "$n"
  done
  exit 0
fi


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

  drop_samples "$dir" "$log" "$mode"

  kill "$WATCH_PID"
  wait "$WATCH_PID" 2>/dev/null || true
  WATCH_PID=
  cp "$tmp/delays-$mode" "$build/watch-delays-$mode.txt"
  delay_row "$mode" "$mode"
done
