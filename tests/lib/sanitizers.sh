# The sanitizers' settings, for the programs the tests run in an environment
# of their own.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# tests/lib/common.sh sources this file and sets SANITIZER_ENV at once;
# tests/lib/private-cupsd.sh sources it too.  It gives:
#
#   sanitizer_env [DIR]     set the array SANITIZER_ENV to NAME=VALUE for
#                           each of ASAN_OPTIONS, LSAN_OPTIONS and
#                           UBSAN_OPTIONS that is set; with DIR, copy each
#                           suppressions file they name into DIR as
#                           NAME.supp, readable by every user, and name the
#                           copy instead
#
# A sanitized build reads these variables in every program it runs
# (scripts/test-all.sh sets them for its sanitizer phase).  A program the
# tests run with env -i, or that a scheduler runs with its own environment,
# gets them only through SANITIZER_ENV; one that runs as another user ("lp"
# under a scheduler started by root, "nobody") also needs suppressions it
# can read, which a file in a tree under /root is not.

sanitizer_env() {
  local dir=${1:-} name value
  SANITIZER_ENV=()
  for name in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
    value=${!name:-}
    [ -n "$value" ] || continue
    if [ -n "$dir" ] && [[ "$value" =~ (^|:)suppressions=([^:]+) ]] && [ -f "${BASH_REMATCH[2]}" ]; then
      cp "${BASH_REMATCH[2]}" "$dir/$name.supp" || return 1
      chmod 644 "$dir/$name.supp"
      value=${value/suppressions=${BASH_REMATCH[2]}/suppressions=$dir/$name.supp}
    fi
    SANITIZER_ENV+=("$name=$value")
  done
}
