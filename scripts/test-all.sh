#!/bin/bash
#
# Run every onshi-notice test: install what is needed, build with warnings as
# errors, run the unit, integration and end-to-end tests, run the filter
# under valgrind on every sample job, fuzz the input parsers, run the tests
# again under AddressSanitizer and UndefinedBehaviorSanitizer, check the
# source distribution with make distcheck, build and check the Debian
# package, and run the benchmark once, quickly.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: scripts/test-all.sh   (as root on a fresh Debian 12 machine)
#
# ONSHI_TEST_SKIP lists phases to leave out: webui, valgrind, fuzz, sanitizers,
# distcheck and package-check (the package is then built with "nocheck"
# and checked all the same).  Nothing is left out unless it is set:
# scripts/matrix.sh sets it for the second and third systems, where these
# phases would only repeat what the first proved.
#
# ONSHI_SANITIZE_TESTS, when set, is the list of tests (as make check's
# TESTS) that the sanitizers phase runs instead of every test:
# scripts/matrix.sh gives the second library's system the tests that run
# that library's code.
#
# Builds happen in _build/ below the source tree.  Ends with a line
# "N passed, N failed" counting the test programs of the make check phases
# and one each for the valgrind, fuzzing and distcheck phases.
#

set -u

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

jobs=$(nproc 2>/dev/null || echo 2)
total_pass=0
total_fail=0
phases_failed=

log() {
  printf '\n=== %s ===\n' "$*"
}

# count_results LOG: add the "# PASS:" and "# FAIL:"/"# ERROR:" lines of an
# automake test summary to the totals.
count_results() {
  local pass fail
  pass=$(sed -n 's/^# PASS: *//p' "$1" | tail -n 1)
  fail=$(sed -n 's/^# \(FAIL\|ERROR\|XPASS\): *//p' "$1" | awk '{ n += $1 } END { print n + 0 }')
  total_pass=$((total_pass + ${pass:-0}))
  total_fail=$((total_fail + ${fail:-0}))
}

# phase NAME CMD...: run a phase, remember whether it failed.
phase() {
  local name=$1
  shift
  log "$name"
  if ! "$@"; then
    echo "*** $name failed"
    phases_failed="$phases_failed [$name]"
    return 1
  fi
}

# wanted KEY NAME: true unless ONSHI_TEST_SKIP lists KEY; says so when it does.
wanted() {
  case " ${ONSHI_TEST_SKIP:-} " in
    *" $1 "*) log "$2"; echo "--- $2: left out (ONSHI_TEST_SKIP)"; return 1 ;;
  esac
  return 0
}

# checked_phase NAME CMD...: a phase that is one check of its own in the
# totals (the make check phases count their test programs instead).
checked_phase() {
  if phase "$@"; then
    total_pass=$((total_pass + 1))
  else
    total_fail=$((total_fail + 1))
  fi
}

# build_and_check DIR CONFIGURE-ARGS...: configure in DIR, build, run make
# check (only the tests of $CHECK_TESTS if it is set), print the logs of
# failing tests.
build_and_check() {
  local dir=$1
  shift
  mkdir -p "$dir"
  (
    cd "$dir" &&
    "$top/configure" -q "$@" &&
    make -j"$jobs" > make.out 2>&1 || { cat make.out; exit 1; }
    make -j"$jobs" check ${CHECK_TESTS:+"TESTS=$CHECK_TESTS"} > check.out 2>&1
    status=$?
    sed -n '/^=\{20,\}/,$p' check.out
    if [ $status -ne 0 ]; then
      failed=$(find . -name '*.trs' -exec grep -l -E '^:test-result: (FAIL|ERROR)' {} +)
      for trs in $failed; do
        echo "--- ${trs%.trs}.log"
        cat "${trs%.trs}.log"
      done
      # No test failed: make check stopped before them (a test program that
      # does not build)...
      [ -n "$failed" ] || tail -n 40 check.out
    fi
    exit $status
  )
  local status=$?
  [ -f "$dir/check.out" ] && count_results "$dir/check.out"
  return $status
}

phase "install packages" "$top/scripts/install-deps.sh" || exit 1
phase "autoreconf" autoreconf -fi || exit 1

phase "build and test (warnings are errors)" \
  build_and_check "$top/_build/release" --enable-werror

# CUPS's web interface in a real browser: tests/webui.test ran in the make
# check above, where it is skipped without the browser; here it must have
# passed (scripts/install-deps.sh installed the browser)...
webui_passed() {
  local trs="$top/_build/release/tests/webui.trs"
  if [ ! -f "$trs" ]; then
    echo "tests/webui.test did not run"
    return 1
  fi
  grep -q '^:test-result: PASS' "$trs" && return 0
  echo "tests/webui.test did not pass:"
  grep -E '^(SKIP|not ok)' "${trs%.trs}.log"
  return 1
}
wanted webui "CUPS's web interface in a real browser" &&
  checked_phase "CUPS's web interface in a real browser (tests/webui.test)" webui_passed

wanted valgrind "valgrind memcheck on every sample job" &&
  checked_phase "valgrind memcheck on every sample job" \
    "$top/scripts/valgrind-jobs.sh" "$top/_build/release/filter/onshi-notice"

wanted fuzz "fuzz every input parser" &&
  checked_phase "fuzz every input parser (7 targets, 180 s in all)" \
    "$top/scripts/fuzz.sh" 180

sanitizers() {
  # The sanitizers' suppressions are read by every sanitized program, also by
  # those that run as another user (the filter as cupsd's "lp", the setup
  # command as "nobody"): give them copies that user can read, wherever the
  # tree is...
  supp_dir=$(mktemp -d /tmp/onshi-notice-supp.XXXXXX)
  trap 'rm -rf "$supp_dir"' EXIT
  cp "$top"/tests/sanitizer/*.supp "$supp_dir/"
  chmod 755 "$supp_dir"
  chmod 644 "$supp_dir"/*.supp
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:suppressions=$supp_dir/asan.supp"
  export LSAN_OPTIONS="suppressions=$supp_dir/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  # (a hundred refused jobs in a row under the sanitizers; the release build's
  # thousand cost ten times the time here and prove nothing more)
  export REFUSED_JOBS=100
  CHECK_TESTS=${ONSHI_SANITIZE_TESTS:-} \
  phase "build and test under AddressSanitizer and UndefinedBehaviorSanitizer" \
    build_and_check "$top/_build/sanitize" --enable-werror \
      CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
      LDFLAGS="-fsanitize=address,undefined"
  unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS REFUSED_JOBS
}
wanted sanitizers "build and test under AddressSanitizer and UndefinedBehaviorSanitizer" && sanitizers

# The tests distcheck runs in the unpacked source distribution: those of
# what it installs and distributes.  The package phase builds from the same
# archive and runs every test there (but on systems that leave out
# package-check, which leave out distcheck too)...
DISTCHECK_TESTS="tests/test-catalog tests/test-messages tests/ppd.test tests/man.test tests/i18n.test tests/install.test"

distcheck() {
  (cd "$top/_build/release" && make -j"$jobs" distcheck TESTS="$DISTCHECK_TESTS" > distcheck.out 2>&1)
  local status=$?
  grep -E '^(onshi-notice-.* archives ready for distribution|=+$|.*\.tar\.gz$)' "$top/_build/release/distcheck.out" | head -5
  [ $status -eq 0 ] || tail -n 60 "$top/_build/release/distcheck.out"
  return $status
}
wanted distcheck "make distcheck" && checked_phase "make distcheck" distcheck

# package: build the Debian package from the source distribution and check
# it with tests/package.sh.  The build's own tests (Debian's dh_auto_test)
# run a hundred refused jobs, as distcheck does, or none with package-check
# in ONSHI_TEST_SKIP.
package() {
  local nocheck=
  case " ${ONSHI_TEST_SKIP:-} " in *" package-check "*) nocheck=yes ;; esac
  REFUSED_JOBS=100 ONSHI_PACKAGE_NOCHECK=$nocheck \
    "$top/tests/package.sh" "$top/_build/release" > "$top/_build/release/package.out" 2>&1
  local status=$?
  grep -E '^(not ok|# Depends)' "$top/_build/release/package.out"
  echo "tests/package.sh: $(tail -n 1 "$top/_build/release/package.out")"
  [ $status -eq 0 ] || cat "$top/_build/release/package.out"
  return $status
}
checked_phase "Debian package: build, contents, install and print" package

# One quick run of the benchmark, to keep it working (its numbers mean
# nothing: see BENCHMARKS.md for a real run)...
bench_smoke() {
  "$top/bench/run.sh" --quick "$top/_build/release" > "$top/_build/release/bench-smoke.out" 2>&1
  local status=$?
  [ $status -eq 0 ] && grep -q '^| PWG raster 600 dpi sgray_8 | [0-9]' "$top/_build/release/bench-smoke.out"
  status=$?
  [ $status -eq 0 ] || tail -n 30 "$top/_build/release/bench-smoke.out"
  return $status
}
checked_phase "benchmark smoke run" bench_smoke

log "summary"
if [ -n "$phases_failed" ]; then
  echo "failed phases:$phases_failed"
  total_fail=$((total_fail > 0 ? total_fail : 1))
fi
echo "$total_pass passed, $total_fail failed"
[ -z "$phases_failed" ] && [ "$total_fail" -eq 0 ]
