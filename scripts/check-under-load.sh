#!/bin/bash
#
# Run "make check" several times in a row while another build of the
# project keeps both cores busy: a test that races shows up here.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: scripts/check-under-load.sh [RUNS]   (default 10; after
#        scripts/install-deps.sh)
#
# Builds in _build/under-load (the tests) and _build/load (the load, rebuilt
# from scratch again and again).  Prints one line a run and ends with
# "N passed, N failed"; the logs of a failed run stay in
# _build/under-load/check-N.out.
#

set -u

top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
jobs=$(nproc 2>/dev/null || echo 2)

cd "$top"
[ -x configure ] || autoreconf -fi > /dev/null || exit 1

for dir in under-load load; do
  mkdir -p "_build/$dir"
  (cd "_build/$dir" && { [ -f Makefile ] || "$top/configure" -q --enable-werror; } && make -s -j"$jobs" > /dev/null) ||
    { echo "check-under-load: the build in _build/$dir failed" >&2; exit 1; }
done

# The load: clean and rebuild, over and over, until the runs are done...
stop=$(mktemp)
rm -f "$stop"
(
  cd "$top/_build/load"
  while [ ! -e "$stop" ]; do
    make -s clean > /dev/null 2>&1
    make -s -j"$jobs" > /dev/null 2>&1
  done
) &
load=$!
trap 'touch "$stop"; wait "$load" 2>/dev/null; rm -f "$stop"' EXIT

passed=0
failed=0
cd "$top/_build/under-load"
for run in $(seq 1 "$runs"); do
  began=$SECONDS
  if make -j"$jobs" check > "check-$run.out" 2>&1; then
    passed=$((passed + 1))
    result=PASS
  else
    failed=$((failed + 1))
    result=FAIL
  fi
  echo "run $run: $result in $((SECONDS - began)) s: $(grep -E '^# (PASS|SKIP|FAIL|ERROR):' "check-$run.out" | tr -s ' \n' ' ')"
  [ $result = PASS ] || grep -E '^(FAIL|ERROR):' "check-$run.out"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
