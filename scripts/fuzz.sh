#!/bin/bash
#
# Build the libFuzzer targets with clang and run each one for a while.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: scripts/fuzz.sh [SECONDS [TARGET...]]
#
# SECONDS (default 180) is the time for all the targets together, shared
# evenly among them (at least 10 seconds each); as many targets run at once
# as there are processors (FUZZ_JOBS=N says otherwise).  The test command
# (scripts/test-all.sh) gives 180 seconds.  For a long session give more, or
# name the targets:
#
#   scripts/fuzz.sh 3600                   about 17 minutes each on 2 cores
#   scripts/fuzz.sh 600 fuzz-setup-ppd     10 minutes on one target
#
# The targets, and the seeds each starts from:
#
#   fuzz-job           job decoding and code resolution; tests/jobs/*.job,
#                      fuzz/corpus/job/
#   fuzz-data          the notice data parsers; data/, fuzz/corpus/data/
#   fuzz-watch-result  the watcher's reading of a result file (UTF-8 and
#                      Shift_JIS, single and bulk); tests/watch/ as
#                      tests/watch.test fills it in, fuzz/corpus/watch-result/
#   fuzz-watch-state   the watcher's state file, saved and loaded again, and
#                      the input as a path remembered across a restart;
#                      fuzz/corpus/watch-state/
#   fuzz-watch-conf    watch.conf and its trigger list; watch/watch.conf,
#                      fuzz/corpus/watch-conf/
#   fuzz-setup-ipp     onshi-notice-setup's reading of IPP answers (queues,
#                      printers, models); the answers fuzz-ipp-seeds writes
#   fuzz-setup-ppd     onshi-notice-setup's reading of the PPD the scheduler
#                      sends back; the built ppd/*.ppd, tests/e2e/*.ppd,
#                      fuzz/corpus/setup-ppd/
#
# New inputs the fuzzer finds stay in _build/fuzz/corpus-*/ and are used
# again next time; a crash, leak or undefined behaviour leaves its input as
# _build/fuzz/crash-* (or leak-*, timeout-*) and makes this script fail.
# Reproduce one with _build/fuzz/fuzz/TARGET FILE.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
total=${1:-180}
[ $# -gt 0 ] && shift
build=$top/_build/fuzz
all_targets="fuzz-job fuzz-data fuzz-watch-result fuzz-watch-state fuzz-watch-conf fuzz-setup-ipp fuzz-setup-ppd"
targets=${*:-$all_targets}
slots=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}

case "$total" in
  ''|*[!0-9]*) echo "Usage: scripts/fuzz.sh [SECONDS [TARGET...]]" >&2; exit 2 ;;
esac

for target in $targets; do
  case " $all_targets " in
    *" $target "*) ;;
    *) echo "fuzz: no target $target (targets: $all_targets)" >&2; exit 2 ;;
  esac
done

# Each target's share: the total over the rounds the slots need...
count=$(echo $targets | wc -w)
rounds=$(( (count + slots - 1) / slots ))
seconds=$(( total / rounds ))
[ "$seconds" -ge 10 ] || seconds=10

[ -x "$top/configure" ] || (cd "$top" && autoreconf -fi)
mkdir -p "$build"
cd "$build"

if [ ! -f Makefile ]; then
  "$top/configure" -q --enable-fuzzing CC=clang \
      CFLAGS="-g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
      LDFLAGS="-fsanitize=address,undefined"
fi
make -s -j"$(nproc)" $(for t in $all_targets; do echo "fuzz/$t"; done) fuzz/fuzz-ipp-seeds \
    ppd/onshi-notice.ppd ppd/onshi-notice-pwg.ppd ppd/onshi-notice-urf.ppd \
    ppd/onshi-notice-ps.ppd ppd/onshi-notice-client.ppd > make.out 2>&1 || { cat make.out; exit 1; }

# The tests' leak suppressions and the fuzz targets' own (fuzz/lsan.supp)...
cat "$top/tests/sanitizer/lsan.supp" "$top/fuzz/lsan.supp" > lsan.supp
export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$build/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# Seeds that are made, not kept: the tests' result files filled in as
# tests/watch.test fills them (and in Shift_JIS with CRLF, as the terminal
# writes them), watch.conf, the PPDs, and the IPP answers...
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds/watch-result" "$seeds/watch-conf" "$seeds/setup-ppd" "$seeds/setup-ipp"
for v in 1 2 3 4 x; do
  sed -e 's/@SEGMENT@/1/' -e "s/@VALIDITY@/$v/" "$top/tests/watch/single.xml.in" > "$seeds/watch-result/single-$v.xml"
done
sed -e 's/@SEGMENT@/2/' -e '/@VALIDITY@/d' "$top/tests/watch/single.xml.in" > "$seeds/watch-result/single-failed.xml"
sed -e 's/@V1@/2/' -e 's/@V2@/1/' -e 's/@V3@/4/' "$top/tests/watch/bulk.xml.in" > "$seeds/watch-result/bulk.xml"
for f in single-2 bulk; do
  sed -e 's/encoding="UTF-8"/encoding="Shift_JIS"/' -e 's/$/\r/' "$seeds/watch-result/$f.xml" |
    iconv -f UTF-8 -t CP932 > "$seeds/watch-result/$f-sjis.xml"
done
cp "$top"/tests/watch/*.xml "$seeds/watch-result/"
cp "$top/watch/watch.conf" "$seeds/watch-conf/"
cp ppd/*.ppd "$top"/tests/e2e/*.ppd "$seeds/setup-ppd/"
./fuzz/fuzz-ipp-seeds "$seeds/setup-ipp"

# seed_dirs TARGET: the directories of seeds a target starts from, which are
# only read.
seed_dirs() {
  case "$1" in
    fuzz-job)          echo "$top/tests/jobs $top/fuzz/corpus/job" ;;
    fuzz-data)         echo "$top/data $top/fuzz/corpus/data" ;;
    fuzz-watch-result) echo "$seeds/watch-result $top/fuzz/corpus/watch-result" ;;
    fuzz-watch-state)  echo "$top/fuzz/corpus/watch-state" ;;
    fuzz-watch-conf)   echo "$seeds/watch-conf $top/fuzz/corpus/watch-conf" ;;
    fuzz-setup-ipp)    echo "$seeds/setup-ipp" ;;
    fuzz-setup-ppd)    echo "$seeds/setup-ppd $top/fuzz/corpus/setup-ppd" ;;
  esac
}

# run TARGET: fuzz for $seconds into a corpus directory of its own; the
# exit status goes to TARGET.rc.
run() {
  local target=$1
  local rc=0
  mkdir -p "corpus-$target"
  "./fuzz/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
      -print_final_stats=1 -artifact_prefix="$build/" \
      "corpus-$target" $(seed_dirs "$target") > "$target.log" 2>&1 || rc=$?
  echo $rc > "$target.rc"
}

echo "fuzzing $count targets for $seconds s each, $slots at a time"

# Run them, $slots at a time...
running=0
for target in $targets; do
  if [ "$running" -ge "$slots" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  rm -f "$target.rc"
  run "$target" &
  running=$((running + 1))
done
wait

# ...and report each one's outcome in order.
status=0
for target in $targets; do
  if [ "$(cat "$target.rc" 2>/dev/null)" = 0 ]; then
    echo "$target: $(sed -n 's/^stat::number_of_executed_units: *//p' "$target.log") runs"
  else
    tail -n 60 "$target.log"
    echo "fuzz: $target found a problem; input saved as $build/crash-* (or leak-*, timeout-*)"
    status=1
  fi
done

exit $status
