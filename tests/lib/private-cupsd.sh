# A throw-away CUPS scheduler in a temporary directory.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Source this file, then:
#
#   pcupsd_start DIR FILTER DATADIR [PPDDIR]
#                                     start a scheduler whose files all live in
#                                     DIR, with a copy of FILTER installed as
#                                     the onshi-notice filter, a copy of
#                                     DATADIR as its notice data and, if
#                                     given, copies of the PPDs in PPDDIR as
#                                     models that lpinfo -m lists as
#                                     onshi-notice/NAME.ppd; the backend
#                                     built beside FILTER (../backend/) is
#                                     installed too, if there is one; the
#                                     message catalogs in
#                                     ONSHI_NOTICE_LOCALEDIR are copied, if
#                                     it is set
#   pcupsd_add_backend NAME FILE      install a copy of FILE as backend NAME
#   pcupsd_stop                       stop it
#   pcupsd_job_id "lp output"         the job id that lp or lpr printed
#   pcupsd_wait_job ID [SECONDS]      wait until the job ends; prints its state
#   pcupsd_job_message ID             the job's printer-state-message
#   pcupsd_wait_idle [SECONDS]        wait until no job is pending
#
# After pcupsd_start, CUPS_SERVER points lp, lpr, lpadmin and lpstat at the
# private scheduler, and PCUPSD_PORT is its port on 127.0.0.1.  Started as
# root, the scheduler runs filters as the unprivileged user "lp", as a real
# installation does; started by another user, it runs them as that user.
#
# Whatever the scheduler runs or reads is copied into DIR, never linked to
# the source or build tree: "lp" may not be able to read the tree (a clone
# under /root, which is mode 0700 on Debian), and cupsd then reports only
# "Filter failed".  DIR and every directory above it must be readable by
# "lp"; pcupsd_start checks that and says so when they are not.
#
# PCUPSD_WEBINTERFACE=Yes turns CUPS's web interface on, at
# http://127.0.0.1:$PCUPSD_PORT/.
#
# PCUPSD_LOGLEVEL sets the scheduler's LogLevel (default debug, which the
# tests read; a soak uses CUPS's own default, warn).
#
# PCUPSD_SYSTEM_FILTERS=no leaves the system's filters out, so that a queue
# accepts only the formats its PPD names (a stand-in for an IPP printer that
# takes only PWG raster, say); only gziptoany stays, which cupsd itself runs
# to pass a document through unchanged and to uncompress one sent
# gzip-compressed (CUPS's ipp backend compresses PWG and Apple raster).  A
# system with the scheduler but without CUPS's filters (Debian's cups-daemon
# without the package cups) has no gziptoany: the scheduler then gets the
# stand-in tests/e2e/gziptoany, which does the same with gzip.

. "$(dirname "${BASH_SOURCE[0]}")/sanitizers.sh"

PCUPSD_DIR=
PCUPSD_PID=
PCUPSD_PORT=

# pcupsd_free_port: print a TCP port on 127.0.0.1 that nothing listens on.
pcupsd_free_port() {
  local port tries
  for tries in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

pcupsd_start() {
  local dir=$1 filter=$2 datadir=$3 ppddir=${4:-} user group entry sanitizer_conf= locale_conf= backend
  local SANITIZER_ENV=()
  PCUPSD_DIR=$dir
  PCUPSD_PORT=$(pcupsd_free_port) || { echo "no free port" >&2; return 1; }

  if [ "$(id -u)" = 0 ]; then
    user=lp
    group=lp
  else
    user=$(id -un)
    group=$(id -gn)
  fi

  [ -x "$filter" ] || { echo "pcupsd_start: no filter $filter" >&2; return 1; }
  [ -f "$datadir/codes.txt" ] || { echo "pcupsd_start: no notice data in $datadir" >&2; return 1; }

  mkdir -p "$dir"/{conf,state,cache,spool/tmp,log,out,bin/filter,bin/backend,share,data}
  chmod 755 "$dir" "$dir"/bin "$dir"/bin/filter "$dir"/bin/backend "$dir"/share
  chmod 777 "$dir/out"

  # Server binaries: the system's filters and backends plus a copy of ours...
  if [ "${PCUPSD_SYSTEM_FILTERS:-yes}" != no ]; then
    for entry in /usr/lib/cups/filter/*; do
      ln -sf "$entry" "$dir/bin/filter/"
    done
  elif [ -x /usr/lib/cups/filter/gziptoany ]; then
    ln -sf /usr/lib/cups/filter/gziptoany "$dir/bin/filter/"
  else
    cp "$(dirname "${BASH_SOURCE[0]}")/../e2e/gziptoany" "$dir/bin/filter/gziptoany" || return 1
    chmod 755 "$dir/bin/filter/gziptoany"
  fi
  cp "$filter" "$dir/bin/filter/onshi-notice" || return 1
  chmod 755 "$dir/bin/filter/onshi-notice"
  for entry in /usr/lib/cups/backend/*; do
    ln -sf "$entry" "$dir/bin/backend/"
  done
  # ... and our backend, for device URIs onshi-notice:/URI, from beside the
  # filter's build directory (or PCUPSD_BACKEND)...
  backend=${PCUPSD_BACKEND:-$(dirname "$filter")/../backend/onshi-notice}
  if [ -x "$backend" ]; then
    cp "$backend" "$dir/bin/backend/onshi-notice" || return 1
    chmod 755 "$dir/bin/backend/onshi-notice"
  fi
  ln -sf /usr/lib/cups/daemon "$dir/bin/daemon"
  [ -d /usr/lib/cups/cgi-bin ] && ln -sf /usr/lib/cups/cgi-bin "$dir/bin/cgi-bin"
  ln -sf /usr/lib/cups/notifier "$dir/bin/notifier" 2>/dev/null
  for entry in /usr/share/cups/*; do
    ln -sf "$entry" "$dir/share/"
  done

  # ... the notice data and the PPDs, copied...
  cp -R "$datadir/." "$dir/data/" || return 1
  chmod -R a+rX "$dir/data"
  if [ -n "${ONSHI_NOTICE_LOCALEDIR:-}" ] && [ -d "$ONSHI_NOTICE_LOCALEDIR" ]; then
    mkdir -p "$dir/locale"
    cp -R "$ONSHI_NOTICE_LOCALEDIR/." "$dir/locale/" || return 1
    chmod -R a+rX "$dir/locale"
    locale_conf="SetEnv ONSHI_NOTICE_LOCALEDIR $dir/locale"$'\n'
  fi
  if [ -n "$ppddir" ]; then
    rm -f "$dir/share/model"
    mkdir -p "$dir/share/model/onshi-notice"
    chmod 755 "$dir/share/model" "$dir/share/model/onshi-notice"
    for entry in /usr/share/cups/model/*; do
      [ -e "$entry" ] && ln -sf "$entry" "$dir/share/model/"
    done
    cp -R "$ppddir/." "$dir/share/model/onshi-notice/" || return 1
    chmod -R a+rX "$dir/share/model/onshi-notice"
  fi

  # ... and the sanitizers' suppressions, which the filter reads when the
  # tests run under sanitizers: copied, and the options rewritten to name
  # the copies (in a SANITIZER_ENV of our own: the caller's stays as it
  # was)...
  sanitizer_env "$dir" || return 1
  for entry in "${SANITIZER_ENV[@]}"; do
    sanitizer_conf+="SetEnv ${entry%%=*} ${entry#*=}"$'\n'
  done

  # Say at once when the scheduler's user cannot reach what it must run...
  if [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null &&
     ! setpriv --reuid="$user" --regid="$group" --clear-groups \
         test -x "$dir/bin/filter/onshi-notice" -a -r "$dir/data/codes.txt" -a -w "$dir/out" 2> /dev/null; then
    echo "pcupsd_start: the user $user cannot reach $dir; make it and every directory above it readable (mode 755), or set TMPDIR" >&2
    return 1
  fi

  cat > "$dir/conf/cups-files.conf" <<CONF
ServerRoot $dir/conf
StateDir $dir/state
CacheDir $dir/cache
RequestRoot $dir/spool
TempDir $dir/spool/tmp
ServerBin $dir/bin
DataDir $dir/share
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
FileDevice Yes
User $user
Group $group
SystemGroup root
SetEnv ONSHI_NOTICE_DATADIR $dir/data
CONF
  printf '%s' "$sanitizer_conf" "$locale_conf" >> "$dir/conf/cups-files.conf"

  cat > "$dir/conf/cupsd.conf" <<CONF
LogLevel ${PCUPSD_LOGLEVEL:-debug}
MaxLogSize 0
Listen $dir/cupsd.sock
Listen 127.0.0.1:$PCUPSD_PORT
Browsing Off
WebInterface ${PCUPSD_WEBINTERFACE:-No}
DefaultAuthType None
PreserveJobHistory Yes
PreserveJobFiles No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF

  export CUPS_SERVER="$dir/cupsd.sock"

  /usr/sbin/cupsd -f -c "$dir/conf/cupsd.conf" -s "$dir/conf/cups-files.conf" \
      > "$dir/log/cupsd.out" 2>&1 &
  PCUPSD_PID=$!

  # Ready when it answers on its socket...
  local i
  for i in $(seq 1 100); do
    if lpstat -r 2>/dev/null | grep -q 'scheduler is running'; then
      return 0
    fi
    if ! kill -0 "$PCUPSD_PID" 2>/dev/null; then
      echo "cupsd exited:" >&2
      cat "$dir/log/cupsd.out" "$dir/log/error_log" >&2 2>/dev/null
      return 1
    fi
    sleep 0.1
  done
  echo "cupsd did not start" >&2
  return 1
}

# pcupsd_add_backend NAME FILE: install a copy of FILE as the backend NAME,
# for device URIs NAME:...
pcupsd_add_backend() {
  cp "$2" "$PCUPSD_DIR/bin/backend/$1" && chmod 755 "$PCUPSD_DIR/bin/backend/$1"
}

pcupsd_stop() {
  if [ -n "$PCUPSD_PID" ]; then
    kill "$PCUPSD_PID" 2>/dev/null
    wait "$PCUPSD_PID" 2>/dev/null
    PCUPSD_PID=
  fi
}

# pcupsd_job_id TEXT: the number in "request id is QUEUE-N (1 file(s))".
pcupsd_job_id() {
  sed -n 's/^request id is .*-\([0-9][0-9]*\) .*/\1/p' <<< "$1"
}

# pcupsd_job_attr ID NAME: one attribute of a job, from ipptool's CSV output.
pcupsd_job_attr() {
  local id=$1 name=$2 here
  here=$(dirname "${BASH_SOURCE[0]}")
  ipptool -c -T 5 "ipp://127.0.0.1:$PCUPSD_PORT/jobs" -d job_id="$id" \
      -d user="$(id -un)" "$here/../ipp/get-job.test" 2>/dev/null |
    awk -F, -v want="$name" '
      NR == 1 { for (i = 1; i <= NF; i ++) if ($i == want) col = i; last = NF; next }
      col {
        # Only the last column may itself hold commas: a message...
        v = $col
        if (col == last) for (i = col + 1; i <= NF; i ++) v = v "," $i
        print v
        exit
      }'
}

# pcupsd_wait_job ID [SECONDS]: wait for a job to finish or stop; print its
# final state (completed, stopped, aborted, canceled, or timeout).
pcupsd_wait_job() {
  local id=$1 limit=${2:-30} state i
  for i in $(seq 1 $((limit * 10))); do
    state=$(pcupsd_job_attr "$id" job-state)
    case $state in
      completed|stopped|aborted|canceled|processing-stopped)
        echo "$state"
        return 0 ;;
    esac
    sleep 0.1
  done
  echo timeout
  return 1
}

# pcupsd_job_message ID: the job's printer-state-message, read once.  The
# filter makes sure that cupsd has read its last message before it exits
# (see wait_for_stderr_read() in filter/onshi-notice.c), so once the job has
# ended, its message is final.
pcupsd_job_message() {
  pcupsd_job_attr "$1" job-printer-state-message | sed 's/^"//; s/"$//'
}

# pcupsd_wait_idle [SECONDS]: wait until no job is pending or processing.
pcupsd_wait_idle() {
  local limit=${1:-30} i
  for i in $(seq 1 $((limit * 10))); do
    [ -z "$(lpstat -o 2>/dev/null)" ] && return 0
    sleep 0.1
  done
  return 1
}
