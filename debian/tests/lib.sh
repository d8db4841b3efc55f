# Shared by the onshi-notice autopkgtests: the system's scheduler, a stand-in
# for the clinic's printer, and waiting.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Source it, then call start_scheduler and make_clinic_printer; the exit
# trap removes the queues and the backend and stops a scheduler we started.

backend=/usr/lib/cups/backend/onshi-notice-test
work=$(mktemp -d /tmp/onshi-notice-test.XXXXXX)
chmod 0755 "$work"
cupsd_pid=

cleanup() {
  lpadmin -x onshi-notice 2>/dev/null || true
  lpadmin -x clinic-printer 2>/dev/null || true
  rm -f "$backend"
  if [ -n "$cupsd_pid" ]; then
    kill "$cupsd_pid" 2>/dev/null || true
    wait "$cupsd_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*"
  [ -r /var/log/cups/error_log ] && tail -n 40 /var/log/cups/error_log | sed 's/^/# /'
  exit 1
}

scheduler_running() {
  LC_ALL=C lpstat -r 2>/dev/null | grep -q 'scheduler is running'
}

# wait_for SECONDS COMMAND...: run COMMAND every 0.2 s until it succeeds.
wait_for() {
  limit=$(( $1 * 5 ))
  shift
  while ! "$@"; do
    limit=$((limit - 1))
    [ $limit -gt 0 ] || return 1
    sleep 0.2
  done
}

# start_scheduler: on a test bed with an init system cupsd already runs; in
# a bare root (a chroot) start it the way the cups service starts it, from
# its packaged configuration.
start_scheduler() {
  scheduler_running && return 0
  start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/cups.service /usr/lib/systemd/system/cups.service 2>/dev/null | head -n 1)
  [ -n "$start" ] || start="/usr/sbin/cupsd -l"
  echo "# starting the scheduler as the cups service does: $start"
  # -l keeps cupsd in the foreground, so it is ours to stop...
  $start &
  cupsd_pid=$!
  wait_for 20 scheduler_running || fail "the scheduler did not start"
}

# make_clinic_printer: a raw queue "clinic-printer" keeping each job as
# $work/out/job-ID.out, and the notice queue forwarding to it.
make_clinic_printer() {
  mkdir -m 0777 "$work/out"
  cat > "$backend" <<'BACKEND'
#!/bin/sh
# A printer for the onshi-notice package tests: keeps each job in a file.
[ $# -eq 0 ] && { echo 'direct onshi-notice-test "Unknown" "onshi-notice test printer"'; exit 0; }
dir=${DEVICE_URI#onshi-notice-test:}
if [ $# -ge 6 ]; then cat "$6"; else cat; fi > "$dir/job-$1.tmp" && mv "$dir/job-$1.tmp" "$dir/job-$1.out"
BACKEND
  chmod 0755 "$backend"
  lpadmin -p clinic-printer -E -v "onshi-notice-test:$work/out" -m raw 2>/dev/null ||
    fail "cannot make the clinic's printer queue"
  onshi-notice-setup --forward-to clinic-printer < /dev/null || fail "onshi-notice-setup --forward-to clinic-printer"
}

# queues_empty: no job is waiting or printing.
queues_empty() {
  [ -z "$(lpstat -o 2>/dev/null)" ]
}

# job_ended ID: the notice queue's job ID has ended (completed, canceled or
# aborted): it is no longer among the queue's jobs that have not.
job_ended() {
  ! lpstat -o onshi-notice 2>/dev/null | grep -q "^onshi-notice-$1 "
}

# notice_printed LABEL: a job at clinic-printer is the notice with LABEL.
notice_printed() {
  for file in "$work"/out/*.out; do
    [ -f "$file" ] || continue
    pdftotext -q "$file" - 2>/dev/null | tr -d ' \n' | grep -q "$1" && return 0
  done
  return 1
}
