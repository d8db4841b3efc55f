#!/bin/bash
#
# Print a job file on a queue with lp and return when the scheduler has no
# job left (so a forwarded job's second job counts too).  Used by run.sh.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: bench/lp-wait.sh QUEUE FILE   (with CUPS_SERVER set)
#

lp -d "$1" "$2" > /dev/null || exit 1

# lpstat takes a few milliseconds; so does each poll...
for i in $(seq 1 3000); do
  [ -z "$(lpstat -o 2>/dev/null)" ] && exit 0
  sleep 0.005
done

echo "lp-wait: the job did not end" >&2
exit 1
