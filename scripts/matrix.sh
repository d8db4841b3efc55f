#!/bin/bash
#
# Prove onshi-notice on every supported system, each in a root file system
# bootstrapped from nothing (minbase), the way Debian's own clean-root builds
# and tests work.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage (as root on a Debian machine):
#
#   scripts/matrix.sh [SYSTEM ...]       bootstrap a root per SYSTEM, clone
#                                        the project into its /root and run
#                                        the system's checks there
#   scripts/matrix.sh --shell SYSTEM     bootstrap (or reuse) SYSTEM's root
#                                        and open a shell in it
#   scripts/matrix.sh --install SYSTEM DEB
#                                        install a built package into a
#                                        fresh root of SYSTEM and run its
#                                        autopkgtest there
#
# SYSTEM is one of:
#
#   bookworm      Debian 12, libcupsfilters 1.28: the whole suite
#   trixie        Debian 13, libcupsfilters 1.28: the build with every
#                 test, the package and its autopkgtest; not the phases
#                 that prove the code rather than the system (valgrind,
#                 fuzzing, the sanitizers, distcheck, the package build's
#                 second make check)
#   trixie-cf2    Debian 13 with libcupsfilters 2.0 (the library Ubuntu 24.04
#                 builds against): as trixie, and the tests that run the
#                 other library's code again under the sanitizers
#
# (system_skip() gives each system's ONSHI_TEST_SKIP for README's test
# command; one run of those phases proves them, and three would not fit
# CI's hour on two cores.)
#
# (default: all three).  Each root lives in $ONSHI_MATRIX_DIR (default
# /var/tmp/onshi-notice-matrix) and is made anew on every run; only the
# downloaded .deb files are kept between runs, in $ONSHI_MATRIX_DIR/cache,
# to spare the mirror.  Each root gets its own mount and PID namespace, so
# /proc and /dev disappear with it and no process outlives its checks.
#
# Ends with "N passed, N failed", one count per check of every system.
#

set -u

top=$(cd "$(dirname "$0")/.." && pwd)
matrix_dir=${ONSHI_MATRIX_DIR:-/var/tmp/onshi-notice-matrix}
cache_dir=$matrix_dir/cache
total_pass=0
total_fail=0
summary=()


#
# 'log()' - Print a heading.
#

log()
{
  printf '\n##### %s #####\n' "$*"
}


#
# 'system_suite()' - Print the Debian suite of a SYSTEM.
#

system_suite()
{
  case "$1" in
    bookworm) echo bookworm ;;
    trixie | trixie-cf2) echo trixie ;;
    *) return 1 ;;
  esac
}


#
# 'system_skip()' - Print the phases README's test command leaves out on SYSTEM.
#

system_skip()
{
  case "$1" in
    bookworm) echo "" ;;
    trixie) echo "webui valgrind fuzz sanitizers distcheck package-check" ;;
    trixie-cf2) echo "webui valgrind fuzz distcheck package-check" ;;
  esac
}


#
# 'system_sanitize_tests()' - Print the tests the sanitizers run on SYSTEM,
#                             or nothing for all of them.
#
# Debian 12 runs every test under the sanitizers; the libcupsfilters 2
# system runs those that reach that library's code (the filter's raster
# options, the setup command's printer attributes), in CI's hour.
#

system_sanitize_tests()
{
  case "$1" in
    trixie-cf2) echo "tests/test-options tests/test-setup tests/filter.test tests/output.test tests/cupsd-formats.test tests/setup.test tests/network.test" ;;
  esac
}


#
# 'bootstrap_root()' - Make a minbase root for SYSTEM in DIR.
#
# Nothing but Debian's "minbase" set is installed here: what the project
# needs, the project's own scripts must install.
#

bootstrap_root()
{
  local system=$1 root=$2 suite

  suite=$(system_suite "$system") || { echo "unknown system $system" >&2; return 1; }
  rm -rf "$root"
  mkdir -p "$cache_dir/$suite"

  # Keep the downloaded packages between runs: apt checks each one against
  # the signed index, so the cache saves time and changes nothing...
  mmdebstrap --quiet --variant=minbase --mode=root \
      --skip=essential/unlink \
      --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
      --setup-hook="sync-in '$cache_dir/$suite' /var/cache/apt/archives/" \
      --customize-hook="sync-out /var/cache/apt/archives '$cache_dir/$suite'" \
      "$suite" "$root" || return 1

  # The project, cloned the way a new user gets it (into root's home, which
  # is mode 0700 on Debian and so not readable by cupsd's user "lp")...
  git clone --quiet --no-hardlinks "$top" "$root/root/onshi-notice" || return 1
  chmod 700 "$root/root"

  # Keep downloaded packages inside the root, so that they can go back to
  # the cache when the root is done...
  rm -f "$root/etc/apt/apt.conf.d/docker-clean"
  echo 'APT::Keep-Downloaded-Packages "true";' > "$root/etc/apt/apt.conf.d/90keep"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
  return 0
}


#
# 'in_root()' - Run a shell command in a root, in its own mount and PID
#               namespaces.
#

in_root()
{
  local root=$1 command=$2

  unshare --mount --pid --fork --propagation private /bin/bash -c '
    root=$1
    mount -t proc proc "$root/proc" &&
    mount --rbind /sys "$root/sys" &&
    mount --rbind /dev "$root/dev" &&
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" &&
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp" || exit 1
    exec chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CI="${CI:-}" ONSHI_TEST_SKIP="${ONSHI_TEST_SKIP:-}" ONSHI_SANITIZE_TESTS="${ONSHI_SANITIZE_TESTS:-}" \
        /bin/bash -c "$2"' bash "$root" "$command"
}


#
# 'save_cache()' - Keep a root's downloaded packages for the next run.
#

save_cache()
{
  local system=$1 root=$2 suite

  suite=$(system_suite "$system")
  cp -n "$root"/var/cache/apt/archives/*.deb "$cache_dir/$suite/" 2>/dev/null
  return 0
}


#
# 'readme_commands()' - Print the commands of README.md's first code block.
#
# README opens with the two commands a new user types; the matrix runs
# exactly those, so that README cannot drift from what is proven.
#

readme_commands()
{
  awk '/^```/ { if (inside) exit; inside = 1; next } inside { sub(/[ \t]+#.*/, ""); if (NF) print }' "$top/README.md"
}


#
# 'count()' - Add one check's outcome to the totals.
#

count()
{
  local system=$1 what=$2 status=$3

  if [ "$status" -eq 0 ]; then
    total_pass=$((total_pass + 1))
    summary+=("ok      $system: $what")
  else
    total_fail=$((total_fail + 1))
    summary+=("FAILED  $system: $what")
  fi
}


#
# 'build_system()' - Bootstrap SYSTEM's build root and run README's commands
#                    there; keep the package it builds in OUTDIR.
#

build_system()
{
  local system=$1 outdir=$2 root=$matrix_dir/$system prepare= status line counts

  mkdir -p "$outdir"

  log "$system: bootstrap a minbase root"
  bootstrap_root "$system" "$root"
  count "$system" "bootstrap a minbase root and clone the project into /root" $?
  [ -d "$root/root/onshi-notice" ] || return 1

  # The libcupsfilters 2 system chooses its library before README's
  # commands run (they keep whichever is installed)...
  [ "$system" = trixie-cf2 ] && prepare="scripts/install-deps.sh --cupsfilters2 &&"

  # README's first command shows the main job, the second runs every test;
  # each must work in the clone under /root, which cupsd's user cannot read.
  local n=0
  while IFS= read -r line; do
    n=$((n + 1))
    log "$system: README command $n: $line"
    ONSHI_TEST_SKIP=$(system_skip "$system") ONSHI_SANITIZE_TESTS=$(system_sanitize_tests "$system") \
      in_root "$root" "cd /root/onshi-notice && $prepare $line" 2>&1 | tee "$outdir/readme-$n.log" | tail -n 60
    status=${PIPESTATUS[0]}
    prepare=
    if [ "$n" = 1 ]; then
      # The demo must leave PDFs behind, not only exit 0...
      [ "$status" -eq 0 ] && ls "$root"/root/onshi-notice/demo-out/*.pdf > /dev/null 2>&1 || status=1
    else
      # Add the test command's own counts to the summary...
      counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$outdir/readme-$n.log" | tail -n 1)
      [ -n "$counts" ] && summary+=("        $system: $line: $counts")
    fi
    count "$system" "README command $n ($line)" "$status"
  done < <(readme_commands)

  cp "$root"/root/onshi-notice/_build/release/deb/onshi-notice_*.deb "$outdir/" 2>/dev/null
  save_cache "$system" "$root"
  return 0
}


#
# 'install_system()' - Install the package SYSTEM built into a fresh minbase
#                      root, without recommended packages, and run its
#                      autopkgtest there.
#

install_system()
{
  local system=$1 outdir=$2 root=$matrix_dir/$system-install deb

  deb=$(ls "$outdir"/onshi-notice_*.deb 2>/dev/null | head -n 1)
  if [ -z "$deb" ]; then
    count "$system" "the package was built" 1
    return 1
  fi

  log "$system: install $(basename "$deb") into a fresh root and run its autopkgtest"
  bootstrap_root "$system" "$root" || { count "$system" "bootstrap the install root" 1; return 1; }
  cp "$deb" "$root/root/"

  in_root "$root" "
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq &&
    apt-get install -y -qq --no-install-recommends /root/$(basename "$deb") > /root/install.log 2>&1 ||
      { cat /root/install.log; exit 1; }
    echo \"installed: \$(dpkg-query -W -f='\${Package} \${Version}' onshi-notice)\"
    # autopkgtest itself, on the root as its test bed (the 'null' runner)...
    apt-get install -y -qq --no-install-recommends autopkgtest > /root/autopkgtest-install.log 2>&1 ||
      { cat /root/autopkgtest-install.log; exit 1; }
    cd /root/onshi-notice && autopkgtest --no-built-binaries --output-dir /root/autopkgtest-out . -- null
  " 2>&1 | tee "$outdir/install.log" | tail -n 40
  count "$system" "the package installs without recommends and passes its autopkgtest" "${PIPESTATUS[0]}"
  save_cache "$system" "$root"
  rm -rf "$root"
  return 0
}


#
# Main...
#

if [ "$(id -u)" != 0 ]; then
  echo "scripts/matrix.sh: run as root (it bootstraps root file systems)" >&2
  exit 1
fi

if ! command -v mmdebstrap > /dev/null; then
  echo "scripts/matrix.sh: installing mmdebstrap"
  apt-get update -qq &&
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap > /dev/null || exit 1
fi

if [ "${1:-}" = --install ]; then
  system=${2:?usage: scripts/matrix.sh --install SYSTEM DEB}
  deb=${3:?usage: scripts/matrix.sh --install SYSTEM DEB}
  outdir=$(mktemp -d)
  cp "$deb" "$outdir/"
  install_system "$system" "$outdir"
  rm -rf "$outdir"
  printf '%s\n' "${summary[@]}"
  echo "$total_pass passed, $total_fail failed"
  [ "$total_fail" -eq 0 ]
  exit $?
fi

if [ "${1:-}" = --shell ]; then
  system=${2:?usage: scripts/matrix.sh --shell SYSTEM}
  [ -d "$matrix_dir/$system/root/onshi-notice" ] || bootstrap_root "$system" "$matrix_dir/$system" || exit 1
  in_root "$matrix_dir/$system" "cd /root/onshi-notice && exec bash -i"
  exit $?
fi

systems=("$@")
[ ${#systems[@]} -gt 0 ] || systems=(bookworm trixie trixie-cf2)
for system in "${systems[@]}"; do
  system_suite "$system" > /dev/null || { echo "unknown system: $system" >&2; exit 2; }
done

start=$SECONDS
for system in "${systems[@]}"; do
  began=$SECONDS
  outdir=$matrix_dir/out/$system
  rm -rf "$outdir"
  build_system "$system" "$outdir"
  install_system "$system" "$outdir"
  rm -rf "${matrix_dir:?}/$system"
  summary+=("        $system: $((SECONDS - began)) s")
done

log "summary ($((SECONDS - start)) s)"
printf '%s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
