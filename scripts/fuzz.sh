#!/bin/bash
#
# Build the libFuzzer targets with clang and run each one for a while.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: scripts/fuzz.sh [SECONDS]   (default 60 seconds per target)
#
#   fuzz-job   job decoding and code resolution; seeds: tests/jobs/*.job
#   fuzz-data  the notice data parsers; seeds: data/ and fuzz/corpus/data/
#
# New inputs the fuzzer finds stay in _build/fuzz/corpus-*/; a crash leaves
# its input as _build/fuzz/crash-* and makes this script fail.
#

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build=$top/_build/fuzz

[ -x "$top/configure" ] || (cd "$top" && autoreconf -fi)
mkdir -p "$build"
cd "$build"

if [ ! -f Makefile ]; then
  "$top/configure" -q --enable-fuzzing CC=clang \
      CFLAGS="-g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
      LDFLAGS="-fsanitize=address,undefined"
fi
make -s -j"$(nproc)" fuzz/fuzz-job fuzz/fuzz-data > make.out 2>&1 || { cat make.out; exit 1; }

export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$top/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# run TARGET SEEDS...: fuzz for $seconds into a corpus directory of our own,
# starting from the seeds, which are only read.
run() {
  local target=$1
  shift
  mkdir -p "corpus-$target"
  echo "fuzzing $target for $seconds s"
  "./fuzz/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
      -print_final_stats=1 -artifact_prefix="$build/" \
      "corpus-$target" "$@" > "$target.log" 2>&1 || {
    tail -n 60 "$target.log"
    echo "fuzz: $target found a problem; input saved as $build/crash-*"
    return 1
  }
  grep -E '^stat::number_of_executed_units|^Done ' "$target.log" | tr '\n' ' '
  echo
}

status=0
run fuzz-job "$top/tests/jobs" || status=1
run fuzz-data "$top/data" "$top/fuzz/corpus/data" || status=1
exit $status
