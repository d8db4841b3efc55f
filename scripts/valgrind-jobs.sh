#!/bin/bash
#
# Run the filter under valgrind memcheck on every sample job in tests/jobs,
# and on one job in each translation and each output format: no memory error
# and no definite leak is allowed, whether the job prints or is refused.
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
ppds=$(cd "$(dirname "$filter")/.." && pwd)/ppd	# built beside the filter
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

export top filter ppds logs

# check_job NAME JOB PPD [OPTIONS]: run one job; print "ok" or "not ok" with
# valgrind's verdict.
check_job() {
  local name=$1 job=$2 ppd=$3 options=${4:-} log
  log="$logs/$name.log"
  ONSHI_NOTICE_DATADIR="$top/data" PPD="$ppds/$ppd" \
    valgrind --quiet --error-exitcode=99 --leak-check=full --num-callers=40 \
      --errors-for-leak-kinds=definite --show-leak-kinds=definite \
      --suppressions="$top/tests/sanitizer/valgrind.supp" --log-file="$log" \
      "$filter" 1 valgrind notice 1 "time-at-creation=1764000000 $options" "$job" > /dev/null 2>&1
  if [ $? -eq 99 ] || [ -s "$log" ]; then
    echo "not ok - $name"
    sed 's/^/# /' "$log"
  else
    echo "ok - $name"
  fi
}
export -f check_job

# One case a line: NAME JOB PPD OPTIONS...
cases() {
  local job
  for job in "$top"/tests/jobs/*.job; do
    echo "$(basename "$job" .job) $job onshi-notice.ppd"
  done
  job="$top/tests/jobs/invalid-utf8.job"
  for language in en zh-CN ko vi pt-BR zh-TW fil ne id my th es; do
    echo "language-$language $job onshi-notice.ppd notice-language=$language notice-edition=current notice-clinic-name=Clinic"
  done
  echo "format-pwg-600 $job onshi-notice-pwg.ppd Resolution=600dpi"
  echo "format-pwg-black $job onshi-notice-pwg.ppd ColorModel=Black copies=2"
  echo "format-urf $job onshi-notice-urf.ppd"
  echo "format-ps $job onshi-notice-ps.ppd"
}

results=$(cases | xargs -P "$(nproc)" -L 1 bash -c 'check_job "$@"' check_job)
echo "$results"
passed=$(grep -c '^ok' <<< "$results")
failed=$(grep -c '^not ok' <<< "$results")
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
