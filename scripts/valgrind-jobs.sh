#!/bin/bash
#
# Run the filter under valgrind memcheck on every sample job in tests/jobs:
# no memory error and no definite leak is allowed, whether the job prints or
# is refused.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: scripts/valgrind-jobs.sh FILTER   (a build without sanitizers)
#

set -u

top=$(cd "$(dirname "$0")/.." && pwd)
filter=${1:?usage: scripts/valgrind-jobs.sh FILTER}
ppd=$(cd "$(dirname "$filter")/.." && pwd)/ppd/onshi-notice.ppd	# built beside the filter
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

export top filter ppd logs

# check_job FILE: run one job; print "ok" or "not ok" with valgrind's verdict.
check_job() {
  local job=$1 name log
  name=$(basename "$job" .job)
  log="$logs/$name.log"
  ONSHI_NOTICE_DATADIR="$top/data" PPD="$ppd" \
    valgrind --quiet --error-exitcode=99 --leak-check=full --num-callers=40 \
      --errors-for-leak-kinds=definite --show-leak-kinds=definite \
      --suppressions="$top/tests/sanitizer/valgrind.supp" --log-file="$log" \
      "$filter" 1 valgrind notice 1 "time-at-creation=1764000000" "$job" > /dev/null 2>&1
  if [ $? -eq 99 ] || [ -s "$log" ]; then
    echo "not ok - $name"
    sed 's/^/# /' "$log"
  else
    echo "ok - $name"
  fi
}
export -f check_job

results=$(ls "$top"/tests/jobs/*.job | xargs -P "$(nproc)" -I{} bash -c 'check_job {}')
echo "$results"
passed=$(grep -c '^ok' <<< "$results")
failed=$(grep -c '^not ok' <<< "$results")
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
